// Fixture for crypto.jwt-none-algorithm (Java: auth0 java-jwt, jjwt, Nimbus).
package com.example.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import javax.crypto.SecretKey;

public class TokenService {
    private final SecretKey key;
    private final String secret;

    public TokenService(SecretKey key, String secret) {
        this.key = key;
        this.secret = secret;
    }

    public String guestToken(String user) {
        // ruleid: crypto.jwt-none-algorithm
        return JWT.create().withSubject(user).sign(Algorithm.none());
    }

    public DecodedJWT verifyLoose(String token) {
        // ruleid: crypto.jwt-none-algorithm
        return JWT.require(Algorithm.none()).build().verify(token);
    }

    public Object parseLoose(String token) {
        // ruleid: crypto.jwt-none-algorithm
        return Jwts.parser().unsecured().build().parse(token).getPayload();
    }

    public JWTClaimsSet plain(String token) throws Exception {
        // ruleid: crypto.jwt-none-algorithm
        return PlainJWT.parse(token).getJWTClaimsSet();
    }

    // Safe cases

    public String signedToken(String user) {
        // ok: crypto.jwt-none-algorithm
        return JWT.create().withSubject(user).sign(Algorithm.HMAC256(secret));
    }

    public Claims parseSigned(String token) {
        // ok: crypto.jwt-none-algorithm
        return Jwts.parser().verifyWith(key).build().parseSignedClaims(token).getPayload();
    }

    public String describe(String mode) {
        // ok: crypto.jwt-none-algorithm
        return "none".equals(mode) ? "disabled" : mode;
    }
}
