// Fixture for crypto.small-key-call (C#).
using System.Security.Cryptography;

public class KeyFactory
{
    public static RSA Legacy()
    {
        // ruleid: crypto.small-key-call
        return new RSACryptoServiceProvider(1024);
    }

    public static RSA Created()
    {
        // ruleid: crypto.small-key-call
        return RSA.Create(512);
    }

    public static RSA Resized()
    {
        var rsa = RSA.Create();
        // ruleid: crypto.small-key-call
        rsa.KeySize = 1024;
        return rsa;
    }

    public static RSA Strong()
    {
        // ok: crypto.small-key-call
        var rsa = RSA.Create(4096);
        // ok: crypto.small-key-call
        var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var aes = Aes.Create();
        // ok: crypto.small-key-call
        aes.KeySize = 128;
        return rsa;
    }
}
