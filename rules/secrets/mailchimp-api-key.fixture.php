<?php
// Fixture for secret.mailchimp-api-key.
$mailchimp = new \MailchimpMarketing\ApiClient();
$mailchimp->setConfig([
  // ruleid: secret.mailchimp-api-key
  'apiKey' => '9e9ac3af3c70193c04d96ebcfa59c628-us3',
  'server' => 'us6',
]);

// ok: secret.mailchimp-api-key
$fromEnv = getenv('MAILCHIMP_API_KEY');

// ok: secret.mailchimp-api-key
$locale = 'en-us';

// ok: secret.mailchimp-api-key
$docs = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us6';

// ok: secret.mailchimp-api-key
$hashOnly = 'be4435d2ba6762ccbfcd271e59d48c39';
