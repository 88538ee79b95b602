// Fixture for secret.gitlab-oauth-app-secret. Values are random, in the documented formats, not real tokens.
public final class GitLabOAuth {
    // ruleid: secret.gitlab-oauth-app-secret
    static final String SECRET = "gloas-d203185cacefba82ea6831dd10d6d3d4603269c89bd0a63faec8a830f8fa2c21";
    // ruleid: secret.gitlab-oauth-app-secret
    static final String NEXT = "gloas-bpeMagRjgQy1EXzCAS9WMGM6MQpvOng1eWIKdTo0dXRwcBI.01.1b1wggmul";
    // ok: secret.gitlab-oauth-app-secret
    static final String FROM_ENV = System.getenv("GITLAB_OAUTH_SECRET");
    // ok: secret.gitlab-oauth-app-secret
    static final String DOC = "gloas-YOUR_SECRET";
}
