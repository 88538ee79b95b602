// Fixture for secret.generic-code-java. Every value here is random, made for this file.
package com.example.payments;

import java.net.HttpURLConnection;
import java.util.Map;
import java.util.Properties;

public class PaymentsClient {
    // ruleid: secret.generic-code-java
    private static final String API_KEY = "6Pok92k6nGH6ancIIoUUTe";
    // ruleid: secret.generic-code-java
    private String dbPassword = "7UcfuFA+YVr0jy@";
    // ruleid: secret.generic-code-java
    static final String CLIENT_SECRET = "iUTIrk3SBqYMzNB81n4XrF", CLIENT_ID = "payments-web";
    // ok: secret.generic-code-java
    private static final String TOKEN_URL = "https://auth.example.com/oauth/token";
    // ok: secret.generic-code-java
    private static final String API_KEY_HEADER = "X-Api-Key";
    // ok: secret.generic-code-java
    @Value("${payments.api.secret}")
    private String apiSecret;
    // ok: secret.generic-code-java
    private final String secretName = "prod/payments/stripe";

    // ruleid: secret.generic-code-java
    @RegisterClient(name = "ledger", token = "JUZ1jIUVNjRb18B7YgPIPh")
    void connect(HttpURLConnection conn, DataSource ds, Properties props) {
        // ruleid: secret.generic-code-java
        String accessToken = "A6b0reenauq5hRGwdEvtxx";
        // ruleid: secret.generic-code-java
        var signingKey = "fIoW#=Z--JW-BWs";
        // ruleid: secret.generic-code-java
        this.dbPassword = "6QOra0cjLOdF2cOFqpLY5o";
        // ruleid: secret.generic-code-java
        ds.setPassword("j0n6w89od3xVPpRoNebpS4");
        // ruleid: secret.generic-code-java
        props.setProperty("spring.datasource.password", "-jD5a4eyvTpCnBW");
        // ruleid: secret.generic-code-java
        props.put("mail.smtp.pass", "!_Uj%1wt1TmnF@4");
        // ruleid: secret.generic-code-java
        conn.setRequestProperty("X-Api-Token", "KMoJWe5ML1S9XSS2nJAy53");
        // ruleid: secret.generic-code-java
        Map<String, String> headers = Map.of("X-API-KEY", "hP2dTOk3nrYtEpfyKwCJcP");
        // ruleid: secret.generic-code-java
        Client client = Client.builder().apiKey("vUu4g81ILj9BAOYkuCTI08").build();
        Mailer mailer = Mailer.builder().host("smtp.internal")
                // ruleid: secret.generic-code-java
                .smtpPassword("&DlVmn0KhrSMLhy")
                .build();
        // ruleid: secret.generic-code-java
        String webhookSecret = System.getProperty("webhook.secret", "mX2swlacnmS5pJ6B5u0YRa");

        // ok: secret.generic-code-java
        String password = System.getenv("DB_PASSWORD");
        // ok: secret.generic-code-java
        String token = props.getProperty("auth.token");
        // ok: secret.generic-code-java
        String passwordLabel = "Enter your password";
        // ok: secret.generic-code-java
        String apiKey = "<api-key>";
        // ok: secret.generic-code-java
        String secretKey = "changeme";
        // ok: secret.generic-code-java
        String passwordField = "tfFimbxgVuxQ8RcMaETTXw";
        // ok: secret.generic-code-java
        String tokenType = "Bearer";
        // ok: secret.generic-code-java
        String credentials = "${CREDENTIALS}";
        // ok: secret.generic-code-java
        if (password.equals("ARBT9MS56oK0P10Zrms6N2")) {
            return;
        }
        // ok: secret.generic-code-java
        boolean valid = validatePassword("6ufW@ywkf2FMjXE");
        // ok: secret.generic-code-java
        String privateKeyPath = "classpath:keys/private.pem";
        // ok: secret.generic-code-java
        String testPassword = "Test1234!";
        // ok: secret.generic-code-java
        String mockToken = "mock-token-value";
    }
}
