// Fixture for crypto.small-key (Java).
package com.example.keys;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;

public class KeyFactoryService {
    private static final int RSA_KEY_SIZE = 1024;
    private static final int STRONG_SIZE = 4096;

    KeyPair rsa() throws Exception {
        KeyPairGenerator keyGen = KeyPairGenerator.getInstance("RSA");
        // ruleid: crypto.small-key
        keyGen.initialize(1024);
        return keyGen.generateKeyPair();
    }

    KeyPair rsaConstant() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        // ruleid: crypto.small-key
        kpg.initialize(RSA_KEY_SIZE, new SecureRandom());
        return kpg.generateKeyPair();
    }

    KeyPair dsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("DSA");
        // ruleid: crypto.small-key
        generator.initialize(512);
        return generator.generateKeyPair();
    }

    KeyPair spec() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        // ruleid: crypto.small-key
        kpg.initialize(new RSAKeyGenParameterSpec(1024, RSAKeyGenParameterSpec.F4));
        return kpg.generateKeyPair();
    }

    KeyPair ec() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC");
        // ruleid: crypto.small-key
        kpg.initialize(new ECGenParameterSpec("secp192r1"));
        return kpg.generateKeyPair();
    }

    KeyPair good() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        // ok: crypto.small-key
        rsa.initialize(STRONG_SIZE);
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        // ok: crypto.small-key
        ec.initialize(256);
        KeyPairGenerator ec2 = KeyPairGenerator.getInstance("EC");
        // ok: crypto.small-key
        ec2.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        // ok: crypto.small-key
        kpg.initialize(new RSAKeyGenParameterSpec(3072, BigInteger.valueOf(65537)));
        return rsa.generateKeyPair();
    }

    void unrelated(ConnectionPool pool) {
        // ok: crypto.small-key
        pool.initialize(16);
    }

    interface ConnectionPool {
        void initialize(int size);
    }
}
