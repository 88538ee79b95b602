// Fixture for secret.slack-app-token.
const { App } = require('@slack/bolt');

const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  // ruleid: secret.slack-app-token
  appToken: 'xapp-1-A9OZWU6RDPJ-5009811282429-0d98eaaa3157c96b4e8c73620f79e309cc61d202adb3b34c4ee960839201ccff',
  socketMode: true,
});

// ok: secret.slack-app-token
const fromEnv = process.env.SLACK_APP_TOKEN;

// ok: secret.slack-app-token
const prefixOnly = 'App-level tokens start with xapp-';

// ok: secret.slack-app-token
const placeholder = 'xapp-1-AXXXXXXXXXX-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
