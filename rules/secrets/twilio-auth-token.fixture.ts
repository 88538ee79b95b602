// Fixture for secret.twilio-auth-token: fallbacks after an environment read.
export default {
  // ruleid: secret.twilio-auth-token
  twilioAuthToken: process.env.TWILIO_AUTH_TOKEN || '1e36a68f67dc16912bf306f70557e6ad',
  // ok: secret.twilio-auth-token
  twilioAuthTokenStrict: process.env.TWILIO_AUTH_TOKEN ?? '',
};
