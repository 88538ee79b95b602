// Fixture for crypto.jwt-unverified-decode (Java: jjwt, auth0 java-jwt).
package com.example.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwt;
import io.jsonwebtoken.Jwts;
import java.security.Key;
import java.util.Date;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class AuthFilterSupport {
    private final Key key;
    private final Algorithm algorithm;

    public AuthFilterSupport(Key key, Algorithm algorithm) {
        this.key = key;
        this.algorithm = algorithm;
    }

    public Jwt<?, ?> legacyParse(String token) {
        // jjwt before 0.12: parse() also accepts a token with no signature
        // ruleid: crypto.jwt-unverified-decode
        return Jwts.parser().setSigningKey(key).parse(token);
    }

    public Object builderParse(String token) {
        // ruleid: crypto.jwt-unverified-decode
        return Jwts.parserBuilder().setSigningKey(key).build().parse(token).getBody();
    }

    public Claims unsignedClaims(String token) {
        // ruleid: crypto.jwt-unverified-decode
        return Jwts.parserBuilder().build().parseClaimsJwt(token).getBody();
    }

    public boolean isAdmin(HttpServletRequest request, HttpServletResponse response) {
        String token = request.getHeader("Authorization").substring(7);
        // ruleid: crypto.jwt-unverified-decode
        DecodedJWT jwt = JWT.decode(token);
        if (!"admin".equals(jwt.getClaim("role").asString())) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return false;
        }
        return true;
    }

    public String currentUser(String token) {
        // ruleid: crypto.jwt-unverified-decode
        return JWT.decode(token).getSubject();
    }

    // Safe cases

    public Claims signedClaims(String token) {
        // ok: crypto.jwt-unverified-decode
        return Jwts.parserBuilder().setSigningKey(key).build().parseClaimsJws(token).getBody();
    }

    public Object modernParse(String token) {
        // jjwt 0.12 refuses unsigned tokens in parse() once a verification key is set
        // ok: crypto.jwt-unverified-decode
        return Jwts.parser().verifyWith((javax.crypto.SecretKey) key).build().parse(token).getPayload();
    }

    public String verifiedSubject(String token) {
        JWTVerifier verifier = JWT.require(algorithm).withIssuer("https://issuer.test").build();
        // ok: crypto.jwt-unverified-decode
        DecodedJWT jwt = JWT.decode(token);
        return verifier.verify(jwt).getSubject();
    }

    public Date expiresAt(String token) {
        // ok: crypto.jwt-unverified-decode
        return JWT.decode(token).getExpiresAt();
    }
}
