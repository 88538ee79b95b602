#!/bin/sh
# Fixture for crypto.tls-verification-disabled-config (shell)
set -eu
# ruleid: crypto.tls-verification-disabled-config
export NODE_TLS_REJECT_UNAUTHORIZED=0
# ok: crypto.tls-verification-disabled-config
unset NODE_TLS_REJECT_UNAUTHORIZED
# ok: crypto.tls-verification-disabled-config
export NODE_TLS_REJECT_UNAUTHORIZED=10
exec node dist/main.js
# ruleid: crypto.tls-verification-disabled-config
export GIT_SSL_NO_VERIFY=true
# ruleid: crypto.tls-verification-disabled-config
npm config set strict-ssl false
# ok: crypto.tls-verification-disabled-config
npm config set strict-ssl true
