// Fixture for crypto.insecure-random (Java servlets).
package com.example.auth;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.lang3.RandomStringUtils;

public class RememberMeServlet extends HttpServlet {
    private static final Random RANDOM = new Random();
    private static final SecureRandom SECURE = new SecureRandom();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        double value = java.lang.Math.random();
        // ruleid: crypto.insecure-random
        String rememberMeKey = Double.toString(value).substring(2);
        Cookie rememberMe = new Cookie("rememberMe", rememberMeKey);
        rememberMe.setSecure(true);
        rememberMe.setHttpOnly(true);
        response.addCookie(rememberMe);
        request.getSession().setAttribute("rememberMe", rememberMeKey);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int randNumber = new java.util.Random().nextInt(99);
        // ruleid: crypto.insecure-random
        String sessionToken = Integer.toString(randNumber);
        response.addCookie(new Cookie("token", sessionToken));
    }

    String bytesToken() {
        byte[] bytes = new byte[16];
        new java.util.Random().nextBytes(bytes);
        // ruleid: crypto.insecure-random
        String csrfToken = java.util.Base64.getEncoder().encodeToString(bytes);
        return csrfToken;
    }

    String generatePassword() {
        // ruleid: crypto.insecure-random
        return RandomStringUtils.randomAlphanumeric(12);
    }

    void reset(User user) {
        long code = ThreadLocalRandom.current().nextLong(100000, 999999);
        // ruleid: crypto.insecure-random
        user.setResetCode(String.valueOf(code));
        // ruleid: crypto.insecure-random
        user.apiKey = Long.toHexString(RANDOM.nextLong());
    }

    String secure() {
        byte[] bytes = new byte[16];
        SECURE.nextBytes(bytes);
        // ok: crypto.insecure-random
        String token = java.util.Base64.getEncoder().encodeToString(bytes);
        // ok: crypto.insecure-random
        String nonce = Long.toString(new SecureRandom().nextLong());
        return token + nonce;
    }

    int pickItem(java.util.List<String> items) {
        // ok: crypto.insecure-random
        int index = RANDOM.nextInt(items.size());
        // ok: crypto.insecure-random
        long retryDelay = 100 + RANDOM.nextInt(50);
        return index + (int) retryDelay;
    }

    static class User {
        String apiKey;
        void setResetCode(String code) {}
    }
}
