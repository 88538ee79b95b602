#!/bin/sh
# Fixture for secret.anthropic-admin-key. Values are random, in the documented format, not real keys.
# ruleid: secret.anthropic-admin-key
curl https://api.anthropic.com/v1/organizations/api_keys -H "x-api-key: sk-ant-admin01-3OWphPCC9DVMSPKTHXoPvSA14eUbmNhu_gog65h2RtF92UXTsw8ikTW0zip3Vqh9871fLgSpbuXqjwEzzpN0guRi6OY_-AA" -H "anthropic-version: 2023-06-01"
# ok: secret.anthropic-admin-key
curl https://api.anthropic.com/v1/organizations/api_keys -H "x-api-key: $ANTHROPIC_ADMIN_KEY" -H "anthropic-version: 2023-06-01"
# ok: secret.anthropic-admin-key
echo "set ANTHROPIC_ADMIN_KEY to your sk-ant-admin01-... key"
