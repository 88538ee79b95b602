<?php
// Fixture for crypto.small-key-call (PHP).

function make_key()
{
    return openssl_pkey_new([
        // ruleid: crypto.small-key-call
        'private_key_bits' => 1024,
        'private_key_type' => OPENSSL_KEYTYPE_RSA,
    ]);
}

function make_ec_key()
{
    return openssl_pkey_new([
        'private_key_type' => OPENSSL_KEYTYPE_EC,
        // ruleid: crypto.small-key-call
        'curve_name' => 'secp160r1',
    ]);
}

function strong_key()
{
    return openssl_pkey_new([
        // ok: crypto.small-key-call
        'private_key_bits' => 4096,
        // ok: crypto.small-key-call
        'curve_name' => 'prime256v1',
    ]);
}
