// Fixture for crypto.weak-hash (Java).
package com.example.security;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.codec.digest.MessageDigestAlgorithms;

public class HashServlet extends HttpServlet {
    private static final String DIGEST_ALGORITHM = "SHA-1";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String param = request.getParameter("value");
        try {
            // ruleid: crypto.weak-hash
            MessageDigest md = MessageDigest.getInstance("MD5");
            md.update(param.getBytes(StandardCharsets.UTF_8));
            byte[] result = md.digest();
            response.getWriter().println(java.util.Base64.getEncoder().encodeToString(result));
        } catch (NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }

    byte[] constantField(byte[] input) throws NoSuchAlgorithmException {
        // ruleid: crypto.weak-hash
        return MessageDigest.getInstance(DIGEST_ALGORITHM).digest(input);
    }

    byte[] withProvider(byte[] input) throws Exception {
        // ruleid: crypto.weak-hash
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA1", "SUN");
        return md.digest(input);
    }

    byte[] shortName(byte[] input) throws Exception {
        String algorithm = "SHA";
        // ruleid: crypto.weak-hash
        MessageDigest md = MessageDigest.getInstance(algorithm);
        return md.digest(input);
    }

    String commons(String input) {
        // ruleid: crypto.weak-hash
        String a = DigestUtils.md5Hex(input);
        // ruleid: crypto.weak-hash
        String b = DigestUtils.sha1Hex(input.getBytes(StandardCharsets.UTF_8));
        // ruleid: crypto.weak-hash
        byte[] c = new DigestUtils(MessageDigestAlgorithms.MD5).digest(input);
        return a + b + c.length;
    }

    String guava(String input) {
        // ruleid: crypto.weak-hash
        return Hashing.sha1().hashString(input, StandardCharsets.UTF_8).toString();
    }

    byte[] sign(java.security.PrivateKey key, byte[] data) throws Exception {
        // ruleid: crypto.weak-hash
        Signature signer = Signature.getInstance("SHA1withRSA");
        signer.initSign(key);
        signer.update(data);
        return signer.sign();
    }

    byte[] strong(byte[] input, java.util.Properties props) throws Exception {
        // ok: crypto.weak-hash
        MessageDigest a = MessageDigest.getInstance("SHA-256");
        // ok: crypto.weak-hash
        MessageDigest b = MessageDigest.getInstance(props.getProperty("hash.algorithm", "SHA-512"));
        // ok: crypto.weak-hash
        String c = DigestUtils.sha256Hex(input);
        // ok: crypto.weak-hash
        Signature d = Signature.getInstance("SHA256withECDSA");
        // ok: crypto.weak-hash
        java.security.SecureRandom e = java.security.SecureRandom.getInstance("SHA1PRNG");
        a.update(input);
        return b.digest(a.digest());
    }
}
