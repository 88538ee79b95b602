// Fixture for crypto.password-fast-hash (Java).
package com.example.auth;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

public class RegisterServlet extends HttpServlet {
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            // ruleid: crypto.password-fast-hash
            byte[] hash = md.digest(password.getBytes(StandardCharsets.UTF_8));
            save(username, hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }

    byte[] salted(User user, byte[] salt) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-512");
        digest.update(salt);
        // ruleid: crypto.password-fast-hash
        digest.update(user.getPassword().getBytes(StandardCharsets.UTF_8));
        return digest.digest();
    }

    String commons(HttpServletRequest request) {
        // ruleid: crypto.password-fast-hash
        return DigestUtils.sha256Hex(request.getParameter("pwd"));
    }

    String guava(char[] passphrase) {
        // ruleid: crypto.password-fast-hash
        return Hashing.sha256().hashString(new String(passphrase), StandardCharsets.UTF_8).toString();
    }

    byte[] inline(String newPassword) throws Exception {
        // ruleid: crypto.weak-hash
        // ruleid: crypto.password-fast-hash
        return MessageDigest.getInstance("MD5").digest(newPassword.getBytes());
    }

    String good(User user, String username) throws Exception {
        // ok: crypto.password-fast-hash
        String stored = encoder.encode(user.getPassword());
        // ok: crypto.password-fast-hash
        String id = DigestUtils.sha256Hex(username);
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        // ok: crypto.password-fast-hash
        byte[] check = md.digest(user.getPasswordHash().getBytes(StandardCharsets.UTF_8));
        return stored + id + check.length;
    }

    private void save(String user, byte[] hash) {}

    static class User {
        String getPassword() { return ""; }
        String getPasswordHash() { return ""; }
    }
}
