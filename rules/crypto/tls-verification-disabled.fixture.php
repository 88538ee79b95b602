<?php
// Fixture for crypto.tls-verification-disabled (PHP).

use GuzzleHttp\Client;

function fetch_partner(string $url): string
{
    $ch = curl_init($url);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    // ruleid: crypto.tls-verification-disabled
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
    // ruleid: crypto.tls-verification-disabled
    curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);
    $body = curl_exec($ch);
    curl_close($ch);
    return $body;
}

function guzzle(): Client
{
    // ruleid: crypto.tls-verification-disabled
    return new Client(['base_uri' => 'https://api.example.com', 'verify' => false]);
}

function stream(string $url): string
{
    $context = stream_context_create([
        'ssl' => [
            // ruleid: crypto.tls-verification-disabled
            'verify_peer' => false,
            'allow_self_signed' => true,
        ],
    ]);
    return file_get_contents($url, false, $context);
}

function secure(string $url): string
{
    $ch = curl_init($url);
    // ok: crypto.tls-verification-disabled
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);
    // ok: crypto.tls-verification-disabled
    curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 2);
    // ok: crypto.tls-verification-disabled
    $client = new Client(['verify' => '/etc/ssl/certs/ca.pem']);
    return curl_exec($ch);
}
