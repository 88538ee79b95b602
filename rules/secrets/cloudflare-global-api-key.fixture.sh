#!/usr/bin/env bash
# Fixture for secret.cloudflare-global-api-key. Values are random, not real keys.
# ruleid: secret.cloudflare-global-api-key
curl -H "X-Auth-Email: ops@example.com" -H "X-Auth-Key: cfk_go1dtjlv7aR5px7GxZyDOkHY5tdNdELmzhHyGQQib0a992a3" https://api.cloudflare.com/client/v4/zones
# ok: secret.cloudflare-global-api-key
curl -H "X-Auth-Email: ops@example.com" -H "X-Auth-Key: ${CLOUDFLARE_API_KEY}" https://api.cloudflare.com/client/v4/zones
