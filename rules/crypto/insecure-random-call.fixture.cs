// Fixture for crypto.insecure-random-call (C#).
using System;
using System.Security.Cryptography;

public class TokenService
{
    private static readonly Random Rng = new Random();

    public string Issue(User user)
    {
        // ruleid: crypto.insecure-random-call
        var resetToken = new Random().Next(100000, 999999).ToString();
        // ruleid: crypto.insecure-random-call
        user.ApiKey = Random.Shared.NextInt64().ToString("x");
        return resetToken;
    }

    public string GenerateSessionId()
    {
        // ruleid: crypto.insecure-random-call
        return Rng.Next().ToString("x8") + Rng.Next().ToString("x8");
    }

    public string Secure(User user)
    {
        // ok: crypto.insecure-random-call
        var resetToken = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        // ok: crypto.insecure-random-call
        var jitter = Rng.Next(0, 250);
        return resetToken + jitter;
    }
}

public class User
{
    public string ApiKey { get; set; }
}
