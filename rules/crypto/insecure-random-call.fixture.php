<?php
// Fixture for crypto.insecure-random-call (PHP).

class PasswordResetController
{
    private string $resetToken = '';

    public function request(PDO $db, string $email): void
    {
        // ruleid: crypto.weak-hash-call
        // ruleid: crypto.insecure-random-call
        $token = md5(uniqid(mt_rand(), true));
        // ruleid: crypto.insecure-random-call
        $this->resetToken = (string) rand(100000, 999999);
        $db->prepare('UPDATE users SET reset_token = ? WHERE email = ?')->execute([$token, $email]);
    }

    public function generateApiKey(): string
    {
        // ruleid: crypto.insecure-random-call
        return substr(str_shuffle('abcdefghijklmnopqrstuvwxyz0123456789'), 0, 32);
    }

    public function formState(): array
    {
        return [
            // ruleid: crypto.weak-hash-call
            // ruleid: crypto.insecure-random-call
            'csrf_token' => sha1(lcg_value()),
            // ok: crypto.insecure-random-call
            'theme' => rand(0, 1) ? 'dark' : 'light',
        ];
    }

    public function secure(): array
    {
        // ok: crypto.insecure-random-call
        $token = bin2hex(random_bytes(32));
        // ok: crypto.insecure-random-call
        $otp = random_int(100000, 999999);
        // ok: crypto.insecure-random-call
        $delay = mt_rand(100, 500);
        return [$token, $otp, $delay];
    }
}
