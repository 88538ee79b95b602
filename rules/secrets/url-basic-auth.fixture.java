// Fixture for secret.url-basic-auth. Passwords are random strings, not real credentials.
import java.net.URI;

class Mirror {
    // ruleid: secret.url-basic-auth
    static final URI MAVEN = URI.create("https://ci-reader:YBZHSoBfy33gXFGo@nexus.corp.internal/repository/maven-public/");

    // ok: secret.url-basic-auth
    static final String PATTERN = "^https?://([^:]+):([^@]+)@";

    // ok: secret.url-basic-auth
    static String withAuth(String user, String pass) { return "https://" + user + ":" + pass + "@nexus.corp.internal/"; }

    // ok: secret.url-basic-auth
    static final String FORMAT = String.format("https://%s:%s@%s/", user, pass, host);
}
