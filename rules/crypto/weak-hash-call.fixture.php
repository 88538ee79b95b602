<?php
// Fixture for crypto.weak-hash-call (PHP).

function register(PDO $db, string $email, string $password): void
{
    // ruleid: crypto.weak-hash-call
    $hash = md5($password);
    $db->prepare('INSERT INTO users (email, pw) VALUES (?, ?)')->execute([$email, $hash]);
}

function fingerprint(string $path): string
{
    // ruleid: crypto.weak-hash-call
    return sha1_file($path);
}

function legacy_token(string $data): string
{
    // ruleid: crypto.weak-hash-call
    return hash('sha1', $data);
}

function strong(string $data, string $password): array
{
    // ok: crypto.weak-hash-call
    $a = hash('sha256', $data);
    // ok: crypto.weak-hash-call
    $b = password_hash($password, PASSWORD_DEFAULT);
    // ok: crypto.weak-hash-call
    $c = hash_hmac('sha256', $data, getenv('APP_KEY'));
    return [$a, $b, $c];
}
