// Fixture for secret.notion-integration-token.
const { Client } = require('@notionhq/client');

// ruleid: secret.notion-integration-token
const notion = new Client({ auth: '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' });

// ruleid: secret.notion-integration-token
const legacy = new Client({ auth: "secret_zl1nQIkZD5lYrUmT4MS04JjYUGd1crJhayW623c96pQ" });

// ok: secret.notion-integration-token
const fromEnv = new Client({ auth: process.env.NOTION_TOKEN });

// ok: secret.notion-integration-token
const railsLike = { secret_key_base: process.env.SECRET_KEY_BASE };

// ok: secret.notion-integration-token
const identifier = 'secret_AccessKeyForTheThirdPartyServiceApi1234';

// ok: secret.notion-integration-token
const placeholder = 'secret_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
