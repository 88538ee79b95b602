# Fixture for secret.sentry-dsn-secret.
import os
import sentry_sdk

# ruleid: secret.sentry-dsn-secret
sentry_sdk.init(dsn="https://4689380001da47f5042603ef83c9af7d:a342ddf4d94fb55a645c6c4b6815db66@o144404.ingest.sentry.io/9669862")

# ok: secret.sentry-dsn-secret (a public-only DSN is meant to be public)
sentry_sdk.init(dsn="https://3ba02b70c2dbd41595223bdf3b2fa4fb@o123456.ingest.sentry.io/1234567")

# ok: secret.sentry-dsn-secret
sentry_sdk.init(dsn=os.environ["SENTRY_DSN"])
