// Fixture for secret.http-authorization-header. Values are random.
class Client {
    void Configure(HttpClient client) {
        // ruleid: secret.http-authorization-header
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "5YdIngBaVbVJBMQKnY8qS0BFn7BwpkZ01BZGaG7yOh3FZ9No");
        // ok: secret.http-authorization-header
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }
}
