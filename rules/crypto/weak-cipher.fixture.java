// Fixture for crypto.weak-cipher (Java).
package com.example.crypto;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Properties;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class EncryptServlet extends HttpServlet {
    private static final String TRANSFORMATION = "DESede/ECB/PKCS5Padding";
    private static final String ALGORITHM = "AES";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String param = request.getParameter("data");
        try {
            // ruleid: crypto.weak-cipher
            Cipher c = Cipher.getInstance("DES/CBC/PKCS5Padding", java.security.Security.getProvider("SunJCE"));
            SecretKey key = javax.crypto.KeyGenerator.getInstance("DES").generateKey();
            c.init(Cipher.ENCRYPT_MODE, key);
            response.getWriter().println(java.util.Base64.getEncoder().encodeToString(c.doFinal(param.getBytes())));
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    byte[] constant(SecretKey key, byte[] data) throws Exception {
        // ruleid: crypto.weak-cipher
        Cipher c = javax.crypto.Cipher.getInstance(TRANSFORMATION);
        c.init(Cipher.ENCRYPT_MODE, key);
        return c.doFinal(data);
    }

    byte[] defaultMode(SecretKey key, byte[] data) throws Exception {
        // ruleid: crypto.weak-cipher
        Cipher c = Cipher.getInstance(ALGORITHM);
        c.init(Cipher.ENCRYPT_MODE, key);
        return c.doFinal(data);
    }

    byte[] ecb(SecretKey key, byte[] data) throws Exception {
        // ruleid: crypto.weak-cipher
        Cipher c = Cipher.getInstance("AES/ECB/PKCS5Padding");
        c.init(Cipher.ENCRYPT_MODE, key);
        return c.doFinal(data);
    }

    byte[] rc4(SecretKey key, byte[] data) throws Exception {
        // ruleid: crypto.weak-cipher
        Cipher c = Cipher.getInstance("RC4");
        c.init(Cipher.ENCRYPT_MODE, key);
        return c.doFinal(data);
    }

    byte[] pbe(SecretKey key, byte[] data) throws Exception {
        // ruleid: crypto.weak-cipher
        Cipher c = Cipher.getInstance("PBEWithMD5AndDES");
        c.init(Cipher.ENCRYPT_MODE, key);
        return c.doFinal(data);
    }

    byte[] weakDefault(Properties props, SecretKey key, byte[] data) throws Exception {
        String algorithm = props.getProperty("cipher.transformation", "Blowfish/CBC/PKCS5Padding");
        // ruleid: crypto.weak-cipher
        Cipher c = Cipher.getInstance(algorithm);
        c.init(Cipher.ENCRYPT_MODE, key);
        return c.doFinal(data);
    }

    byte[] gcm(SecretKey key, byte[] data) throws Exception {
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        // ok: crypto.weak-cipher
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        return c.doFinal(data);
    }

    byte[] composed(SecretKey key, byte[] data) throws Exception {
        // ok: crypto.weak-cipher
        Cipher c = Cipher.getInstance(ALGORITHM + "/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, key);
        return c.doFinal(data);
    }

    byte[] rsa(java.security.PublicKey key, byte[] data) throws Exception {
        // ok: crypto.weak-cipher
        Cipher c = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
        c.init(Cipher.ENCRYPT_MODE, key);
        return c.doFinal(data);
    }

    byte[] cbc(SecretKey key, byte[] data, Properties props) throws Exception {
        // ok: crypto.weak-cipher
        Cipher a = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // ok: crypto.weak-cipher
        Cipher b = Cipher.getInstance(props.getProperty("cipher.transformation"));
        // ok: crypto.weak-cipher
        Cipher d = Cipher.getInstance("ChaCha20-Poly1305");
        a.init(Cipher.ENCRYPT_MODE, key);
        return a.doFinal(data);
    }
}
