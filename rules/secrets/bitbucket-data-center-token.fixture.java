// Fixture for secret.bitbucket-data-center-token. Values are random, not real tokens.
public class BitbucketClient {
    // ruleid: secret.bitbucket-data-center-token
    private static final String TOKEN = "BBDC-ODEyNzM2NDkwMTUwOhm5p+yrFzUDQPdzuOeN0aMl1aNi";

    // ok: secret.bitbucket-data-center-token
    private static final String FROM_ENV = System.getenv("BITBUCKET_TOKEN");

    // ok: secret.bitbucket-data-center-token
    private static final String SHORT = "BBDC-ODEyNzM2NDkw";
}
