// Fixture for secret.slack-legacy-token. Values are random, in the observed shape.
// ruleid: secret.slack-legacy-token
const sessionToken = 'xoxc-8436787810-488386822990-2484258344855-25543ac5e46d0e37c3e181639382fcb010a4eb40334656e597faac21cf0ec20c';

// ruleid: secret.slack-legacy-token
const legacy = "xoxs-9721271177-786550454087-8084555502841-b11a76c70091484175d2df5fc7367fdebf43adab26656315a0e547af043454b1";

// ok: secret.slack-legacy-token
const fromEnv = process.env.SLACK_TOKEN;

// ok: secret.slack-legacy-token
const docs = 'xoxs-xxxxxxxxx-xxxxxxxxx-xxxxxxxxx-xxxxxxxxxx';
