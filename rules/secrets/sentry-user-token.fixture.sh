#!/bin/sh
# Fixture for secret.sentry-user-token.
# ruleid: secret.sentry-user-token
curl -H "Authorization: Bearer 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" https://sentry.io/api/0/organizations/

# ok: secret.sentry-user-token
curl -H "Authorization: Bearer sntryu_YOUR_TOKEN_HERE" https://sentry.io/api/0/organizations/

# ok: secret.sentry-user-token
curl -H "Authorization: Bearer $SENTRY_AUTH_TOKEN" https://sentry.io/api/0/organizations/
