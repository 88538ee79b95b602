// Fixture for crypto.weak-hash-call (C#).
using System;
using System.Security.Cryptography;
using System.Text;

public class Hashing
{
    public static string Legacy(string input)
    {
        // ruleid: crypto.weak-hash-call
        using var md5 = MD5.Create();
        return Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(input)));
    }

    public static byte[] OneShot(byte[] data)
    {
        // ruleid: crypto.weak-hash-call
        return SHA1.HashData(data);
    }

    public static byte[] Provider(byte[] data)
    {
        // ruleid: crypto.weak-hash-call
        using var sha = new SHA1CryptoServiceProvider();
        return sha.ComputeHash(data);
    }

    public static byte[] ByName(byte[] data)
    {
        // ruleid: crypto.weak-hash-call
        using var h = HashAlgorithm.Create("MD5");
        return h.ComputeHash(data);
    }

    public static byte[] Strong(byte[] data)
    {
        // ok: crypto.weak-hash-call
        var a = SHA256.HashData(data);
        // ok: crypto.weak-hash-call
        using var b = SHA512.Create();
        return b.ComputeHash(a);
    }
}
