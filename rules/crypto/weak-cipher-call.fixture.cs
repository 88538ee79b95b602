// Fixture for crypto.weak-cipher-call (C#).
using System.Security.Cryptography;

public class LegacyCrypto
{
    public static byte[] TripleDesEncrypt(byte[] key, byte[] data)
    {
        // ruleid: crypto.weak-cipher-call
        using var tdes = TripleDES.Create();
        tdes.Key = key;
        return tdes.EncryptCbc(data, new byte[8]);
    }

    public static ICryptoTransform Des(byte[] key, byte[] iv)
    {
        // ruleid: crypto.weak-cipher-call
        var des = new DESCryptoServiceProvider();
        return des.CreateEncryptor(key, iv);
    }

    public static byte[] Ecb(byte[] key, byte[] data)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        // ruleid: crypto.weak-cipher-call
        aes.Mode = CipherMode.ECB;
        return aes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    public static byte[] Gcm(byte[] key, byte[] nonce, byte[] plaintext, byte[] tag)
    {
        // ok: crypto.weak-cipher-call
        using var aes = Aes.Create();
        // ok: crypto.weak-cipher-call
        aes.Mode = CipherMode.CBC;
        var ciphertext = new byte[plaintext.Length];
        using var gcm = new AesGcm(key, 16);
        gcm.Encrypt(nonce, plaintext, ciphertext, tag);
        return ciphertext;
    }
}
