// Fixture for secret.cloudflare-legacy-api-credential in Java and TypeScript-like code.
public class DnsClientFactory {
    public DnsClient client() {
        return DnsClient.builder()
                .timeoutMs(5000)
                // ruleid: secret.cloudflare-legacy-api-credential
                .cfApiToken("RRfgtQhAvAFi1C1Lgw2bR45j35C96AGjrQ1I4oVz")
                // ok: secret.cloudflare-legacy-api-credential
                .cfApiToken(System.getenv("CF_API_TOKEN"))
                .build();
    }
}
