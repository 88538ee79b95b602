// Fixture for crypto.static-iv (Java).
package com.example.crypto;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;

public class TokenCipher {
    private static final byte[] FIXED_IV = {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10};
    private static final String INIT_VECTOR = "encryptionIntVec";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;
    private final byte[] sessionIv = new byte[16];

    public TokenCipher(SecretKey key) {
        this.key = key;
        RANDOM.nextBytes(sessionIv);
    }

    byte[] zero(byte[] data) throws Exception {
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // ruleid: crypto.static-iv
        c.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(new byte[16]));
        return c.doFinal(data);
    }

    byte[] constantArray(byte[] data) throws Exception {
        // ruleid: crypto.static-iv
        IvParameterSpec spec = new IvParameterSpec(FIXED_IV);
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        c.init(Cipher.ENCRYPT_MODE, key, spec);
        return c.doFinal(data);
    }

    byte[] constantString(byte[] data) throws Exception {
        // ruleid: crypto.static-iv
        IvParameterSpec iv = new IvParameterSpec(INIT_VECTOR.getBytes(StandardCharsets.UTF_8));
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        c.init(Cipher.ENCRYPT_MODE, key, iv);
        return c.doFinal(data);
    }

    byte[] gcmZero(byte[] data) throws Exception {
        byte[] nonce = new byte[12];
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        // ruleid: crypto.static-iv
        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        return c.doFinal(data);
    }

    byte[] literal(byte[] data) throws Exception {
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // ruleid: crypto.static-iv
        c.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec("0000000000000000".getBytes()));
        return c.doFinal(data);
    }

    byte[] random(byte[] data) throws Exception {
        byte[] iv = new byte[16];
        RANDOM.nextBytes(iv);
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // ok: crypto.static-iv
        c.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
        return c.doFinal(data);
    }

    byte[] gcmRandom(byte[] data) throws Exception {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        // ok: crypto.static-iv
        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        return c.doFinal(data);
    }

    byte[] perInstance(byte[] data) throws Exception {
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // ok: crypto.static-iv
        c.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(sessionIv));
        return c.doFinal(data);
    }

    byte[] decrypt(byte[] message) throws Exception {
        byte[] iv = java.util.Arrays.copyOfRange(message, 0, 16);
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // ok: crypto.static-iv
        c.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(iv));
        return c.doFinal(message, 16, message.length - 16);
    }
}
