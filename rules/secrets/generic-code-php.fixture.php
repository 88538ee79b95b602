<?php
// Fixture for secret.generic-code-php. Every value here is random, made for this file.

// ruleid: secret.generic-code-php
$password = 'Xv6*5cjwd9X^h!1';
// ruleid: secret.generic-code-php
$stripeSecretKey = "1U7t4yLaKcoEQSD5F3jM6m";
// ruleid: secret.generic-code-php
define('DB_PASSWORD', 'e&!7rTe_3M4onDD');
// ruleid: secret.generic-code-php
const API_TOKEN = 'CpH1kksSrWsqgQlaiDlC4b';

$config = [
    'db' => [
        'host' => 'db.internal',
        // ruleid: secret.generic-code-php
        'password' => 'MaUS4Q_KxHo5z53',
    ],
    // ruleid: secret.generic-code-php
    'client_secret' => "3YxWmIPjJWFJtrRtSWjiXL",
    // ok: secret.generic-code-php
    'token_url' => 'https://auth.example.com/oauth/token',
];
// ruleid: secret.generic-code-php
$config['mail']['smtp_pass'] = 'mXUF7Jl_MhBe9W1';

class PaymentsClient
{
    // ruleid: secret.generic-code-php
    private $apiKey = 'XKR8VHulyaRvAoVzRjtAVw';
    // ruleid: secret.generic-code-php
    public const SIGNING_SECRET = 'FTRxgHUpjNvsN5ZzIBfm5g';
    // ok: secret.generic-code-php
    private string $tokenType = 'Bearer';

    // ruleid: secret.generic-code-php
    public function __construct(string $accessToken = 'tVDTjbo5lNHZPLr26w9Kq3')
    {
        // ruleid: secret.generic-code-php
        $this->secret = "0qYVMTzpcWzjlEUKKRQcGM";
    }
}

// ruleid: secret.generic-code-php
$client = new Client(apiKey: 'VEvkyqxgqbK49hjT7BMGRf');
// ruleid: secret.generic-code-php
$client->setAuthToken('GuUcjOASvbUI5A1VulXcTF');
// ruleid: secret.generic-code-php
$headers->set('X-Api-Key', 'G1J2DlYXFQtX32H7f87TGG');
// ruleid: secret.generic-code-php
$token = getenv('SLACK_TOKEN') ?: '5pWde37N5wrdwxS1LvTtDX';
// ruleid: secret.generic-code-php
$secret = $_ENV['APP_SECRET'] ?? 'UyxetVNoAUOKy0GT5bLLbb';

// ok: secret.generic-code-php
$password = getenv('DB_PASSWORD');
// ok: secret.generic-code-php
$apiKey = $_ENV['API_KEY'];
// ok: secret.generic-code-php
$token = "{$prefix}-rtvxfaNes#IW!9+";
// ok: secret.generic-code-php
$passwordLabel = 'Enter your password';
// ok: secret.generic-code-php
$secret = '<app-secret>';
// ok: secret.generic-code-php
$apiToken = 'changeme';
// ok: secret.generic-code-php
$password_field = 'gY3ppTe!+HoR&5&';
// ok: secret.generic-code-php
$secretName = 'prod/payments/stripe';
// ok: secret.generic-code-php
$hash = password_hash('correct-horse', PASSWORD_DEFAULT);
// ok: secret.generic-code-php
if ($password === 'UyxetVNoAUOKy0GT5bLLbb') { login(); }
// ok: secret.generic-code-php
$password = '$2y$10$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW';
