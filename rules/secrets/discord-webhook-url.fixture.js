// Fixture for secret.discord-webhook-url.
// ruleid: secret.discord-webhook-url
const HOOK = 'https://discord.com/api/webhooks/1187265501122461751/7jR0OcAkPIfofsGWBhA9SZD1YO5umtodu4_Ybo2po4_j9JhOGAegW6oC2SGiwr7Uabcd';

async function alert(content) {
  // ruleid: secret.discord-webhook-url
  await fetch('https://discord.com/api/webhooks/1253603540081309118/DiQEp9sIJjRtCCTaFglnP28kU6WgS0G_dqwGfxIlA42oLhSkOud_5c--fa4sBszq81Cs', { method: 'POST', body: JSON.stringify({ content }) });
}

// ok: secret.discord-webhook-url
const fromEnv = process.env.DISCORD_WEBHOOK_URL;

// ok: secret.discord-webhook-url
const docs = 'https://discord.com/api/webhooks/{webhook.id}/{webhook.token}';

// ok: secret.discord-webhook-url
const placeholder = 'https://discord.com/api/webhooks/000000000000000000/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
