// Fixture for secret.aws-access-key-id. Values are random, in the documented format, not real keys.

// ruleid: secret.aws-access-key-id
const accessKeyId = 'AKIAZ7QJ4W2XKB3MN5PT';

const config = {
  region: 'eu-west-1',
  // ruleid: secret.aws-access-key-id
  credentials: { accessKeyId: "ASIAQ2RXN7VLJ4K6WT3B", secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY },
};

// ok: secret.aws-access-key-id
const documented = 'AKIAIOSFODNN7EXAMPLE';

// ok: secret.aws-access-key-id
const tooShort = 'AKIAZ7QJ4W2XKB3MN5';

// ok: secret.aws-access-key-id
const embedded = 'XAKIAZ7QJ4W2XKB3MN5PTQ';

// ok: secret.aws-access-key-id
const fromEnv = process.env.AWS_ACCESS_KEY_ID;

// ok: secret.aws-access-key-id
const lowerCaseIsNotAKey = 'akiaz7qj4w2xkb3mn5pt';
