<?php
// Fixture for secret.braintree-api-private-key in PHP.
$gateway = new Braintree\Gateway([
    'environment' => 'production',
    'merchantId' => 'pleiqk2o7ct6xqjv',
    'publicKey' => '03zu444njmbaf6lr',
    // ruleid: secret.braintree-api-private-key
    'privateKey' => '85d1c201e5cf74825488a4b8b7b59fe0',
]);
// ok: secret.braintree-api-private-key
$fromEnv = new Braintree\Gateway(['environment' => 'production', 'privateKey' => getenv('BRAINTREE_PRIVATE_KEY')]);
