// Fixture for secret.generic-code-csharp. Every value here is random, made for this file.
using System;
using System.Collections.Generic;
using System.Net.Http;

namespace Payments
{
    public class PaymentsOptions
    {
        // ruleid: secret.generic-code-csharp
        private const string ApiKey = "nEgIhPUF26lSINhk3ELOjg";
        // ruleid: secret.generic-code-csharp
        public static readonly string ClientSecret = "SiQPsmo1-iepGXA";
        // ruleid: secret.generic-code-csharp
        public string Password { get; set; } = "#T37brK9DH^3Q5o";
        // ok: secret.generic-code-csharp
        public string TokenUrl { get; set; } = "https://login.example.com/oauth2/v2.0/token";
        // ok: secret.generic-code-csharp
        public const string ApiKeyHeader = "X-Api-Key";
        // ok: secret.generic-code-csharp
        public string SecretName { get; set; } = "prod/payments/stripe";
    }

    public class Client
    {
        public void Configure(HttpClient http, Dictionary<string, string> config)
        {
            // ruleid: secret.generic-code-csharp
            var accessToken = "WYWLZ9BAPSmFNeCld1AoLI";
            // ruleid: secret.generic-code-csharp
            string signingKey = """Lnvin5qeqx780aH3m7WUBG""";
            // ruleid: secret.generic-code-csharp
            this.DbPassword = "yf0HMuSldE#*6fN";
            var options = new PaymentsOptions
            {
                // ruleid: secret.generic-code-csharp
                Password = "5B@0qVXdmCICxIn",
            };
            // ruleid: secret.generic-code-csharp
            var anon = new { user = "app", password = "ksovtNQaId60Rf2ciGgrqj" };
            // ruleid: secret.generic-code-csharp
            Connect(host: "db.internal", password: "B2Lb0QVR8HHTCCAftQPsc6");
            // ruleid: secret.generic-code-csharp
            var token = Environment.GetEnvironmentVariable("API_TOKEN") ?? "PU0JBH60SRs0B6s9aze7N8";
            // ruleid: secret.generic-code-csharp
            http.DefaultRequestHeaders.Add("X-Api-Key", "KwydGO2Tk6DgDJunPcFQ9y");
            // ruleid: secret.generic-code-csharp
            Environment.SetEnvironmentVariable("STRIPE_SECRET_KEY", "a8XYUK8ZjZzZSnhiAmVBIQ");
            // ruleid: secret.generic-code-csharp
            config["Jwt:Secret"] = "o7DlXiVAlw9oVsVy5pFO9A";
            // ruleid: secret.generic-code-csharp
            client.SetAccessToken("nKJrVbuc7OIj7fGWFaxZhq");

            // ok: secret.generic-code-csharp
            var password = Environment.GetEnvironmentVariable("DB_PASSWORD");
            // ok: secret.generic-code-csharp
            var apiKey = config["ApiKey"];
            // ok: secret.generic-code-csharp
            var secret = $"{prefix}-r56OJXE0k33GpRXbYOOWON";
            // ok: secret.generic-code-csharp
            var passwordPrompt = "Enter your password";
            // ok: secret.generic-code-csharp
            var clientSecret = "<client-secret>";
            // ok: secret.generic-code-csharp
            var tokenType = "2TkexYORQ41bmu384E8Mv2";
            // ok: secret.generic-code-csharp
            var emptyToken = "";
            // ok: secret.generic-code-csharp
            if (password == "@0ERga^fa3LOeo9") return;
            // ok: secret.generic-code-csharp
            var ok = VerifyPassword("PDNt3huyvIMciOr");
            // ok: secret.generic-code-csharp
            var authToken = "dummy-auth-token";
        }
    }
}
