// Fixture for secret.discord-client-secret.
export const discordOAuth = {
  clientId: '1187265501122461751',
  // ok: secret.discord-client-secret
  clientSecret: process.env.DISCORD_CLIENT_SECRET,
};

// ruleid: secret.discord-client-secret
const DISCORD_CLIENT_SECRET = 'JHTJMAIKp17NkoFU7tE0pID67lZuPzXl';

// ok: secret.discord-client-secret
const DISCORD_CLIENT_SECRET_HINT = '<discord-client-secret>';
