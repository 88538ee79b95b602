<?php
// Fixture for secret.braintree-access-token in PHP.
$gateway = new Braintree\Gateway([
    // ruleid: secret.braintree-access-token
    'accessToken' => 'access_token$production$uj2rbv0xazaytd10$bae92bc888aebea4ca6e4be72785317c',
]);
$fromEnv = new Braintree\Gateway([
    // ok: secret.braintree-access-token
    'accessToken' => getenv('BRAINTREE_ACCESS_TOKEN'),
]);
// ok: secret.braintree-access-token
$docs = 'access_token$production$$';
