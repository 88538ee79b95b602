#!/bin/sh
# Fixture for secret.sentry-legacy-auth-token.
# ruleid: secret.sentry-legacy-auth-token
export SENTRY_AUTH_TOKEN=0715bebd6b407ea6ec188b158b1d4878e2abebf73c138655c83eaccdc1994deb

# ruleid: secret.sentry-legacy-auth-token
sentry-cli --auth-token 93339eace3f7ce8ab2c139b4d2eccb8e57b7c47dd1401aac9c033078ecaf1f51 releases new "$VERSION"

# ok: secret.sentry-legacy-auth-token
sentry-cli --auth-token "$SENTRY_AUTH_TOKEN" releases finalize "$VERSION"

# ok: secret.sentry-legacy-auth-token
export SENTRY_RELEASE=cc68d6eebbe20463c6e8798613d4227617bda0f965927c513c485e983e4497e4
