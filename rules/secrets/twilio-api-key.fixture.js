// Fixture for secret.twilio-api-key.
const twilio = require('twilio');

// ruleid: secret.twilio-api-key
const apiKey = 'SK17807f93ab667d4c084e699be2598ef2';

// ok: secret.twilio-api-key
const fromEnv = process.env.TWILIO_API_KEY;

// ok: secret.twilio-api-key
const docs = 'SKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX';

// ok: secret.twilio-api-key
const word = 'TASK4475180dd6088431b30c5b9061ba7012';
