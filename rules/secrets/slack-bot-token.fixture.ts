// Fixture for secret.slack-bot-token. Values are random strings in the documented shape, not real tokens.
import { WebClient } from '@slack/web-api';

// ruleid: secret.slack-bot-token
const client = new WebClient('xoxb-200741184143-5407195845611-5yUiGjpIUC5sGiEAHAoAs3ny');

export const config = {
  channel: '#deploys',
  // ruleid: secret.slack-bot-token
  botToken: "xoxb-19519380043-SynEz7WdYDaQE1q5S3Y3onl5",
};

// ok: secret.slack-bot-token
const fromEnv = new WebClient(process.env.SLACK_BOT_TOKEN);

// ok: secret.slack-bot-token
const placeholder = 'xoxb-your-bot-token-here';

// ok: secret.slack-bot-token
const zeros = 'xoxb-000000000000-0000000000000-000000000000000000000000';

// ok: secret.slack-bot-token
const truncated = 'xoxb-220025373738-4555711711259-ZOxofMpp';

// ok: secret.slack-bot-token
const rotating = 'see secret.slack-config-token for xoxe.xoxb-1-... tokens';

// ok: secret.slack-bot-token
const docs = 'xoxb-1234-5678-abcdef';

// ok: secret.slack-bot-token
const madeUp = 'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx';

// ok: secret.slack-bot-token (the example in Slack's oauth.v2.access documentation)
const oauthResponse = { ok: true, access_token: 'xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy', token_type: 'bot' };
