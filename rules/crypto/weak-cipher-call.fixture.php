<?php
// Fixture for crypto.weak-cipher-call (PHP).

function encrypt_legacy(string $data, string $key): string
{
    $iv = random_bytes(8);
    // ruleid: crypto.weak-cipher-call
    return $iv . openssl_encrypt($data, 'des-ede3-cbc', $key, OPENSSL_RAW_DATA, $iv);
}

function encrypt_ecb(string $data, string $key): string
{
    // ruleid: crypto.weak-cipher-call
    return openssl_encrypt($data, 'AES-256-ECB', $key);
}

function old_mcrypt(string $data, string $key): string
{
    // ruleid: crypto.weak-cipher-call
    return mcrypt_encrypt(MCRYPT_RIJNDAEL_128, $key, $data, MCRYPT_MODE_ECB);
}

function encrypt_modern(string $data, string $key): array
{
    $iv = random_bytes(12);
    $tag = '';
    // ok: crypto.weak-cipher-call
    $ciphertext = openssl_encrypt($data, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag);
    return [$iv, $ciphertext, $tag];
}
