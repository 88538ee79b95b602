<?php
// Fixture for secret.aws-secret-access-key in a PHP configuration array.
return [
    's3' => [
        'region' => 'eu-west-1',
        'credentials' => [
            'key' => 'AKIAXLGEP4MGANBU4UVS',
            // ruleid: secret.aws-secret-access-key
            'secret' => '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',
        ],
    ],
    'cache' => [
        // A "secret" far from any access key id is left to the generic rules.
        // ok: secret.aws-secret-access-key
        'secret' => 'qBYJsDYYIyMFce8anFpQfhxztB6eygD4ECkf/S8Q',
    ],
];
<?php
// A fallback default with PHP's ?: operator.
// ruleid: secret.aws-secret-access-key
$secretAccessKey = getenv('SECRET_ACCESS_KEY') ?: 'd4FIQLc/uA2EGv+6xiLl4eO/2PM6tWVFAVeesEyF';
