<?php
// Fixture for secret.slack-workspace-token.

// ruleid: secret.slack-workspace-token
$accessToken = 'xoxa-2-576245847198-703257979378-9665194211043-92a1cc21a96f9e3713b6941f4ab9fdb272af967c5b531188971cf22b77b02d9d';

// ruleid: secret.slack-workspace-token
$refreshToken = "xoxr-623489180676-811552854335-4233631091418-638dd804bdf17675bdafffe651ea59a2db6023a5cb86697fa878ba1b0d98600b";

// ok: secret.slack-workspace-token
$fromEnv = getenv('SLACK_WORKSPACE_TOKEN');

// ok: secret.slack-workspace-token
$doc = 'xoxa-2-XXXXXXXXXXXX-XXXXXXXXXXXX-XXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX';

// ok: secret.slack-workspace-token
$word = 'ajaxoxa-123456-123456-abcdefabcdefabcdefabcdefabcd';
