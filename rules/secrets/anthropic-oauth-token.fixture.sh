#!/usr/bin/env bash
# Fixture for secret.anthropic-oauth-token in a CI script.
# ruleid: secret.anthropic-oauth-token
export CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-ZKPd-fqE9aMsoEPZrtiQWVsZ0ncgwuKu1vWpnnr8PZaHS9bMzCsdvQd1z_6NiHD9b7-fYQ2ufRSRpQJemQK3z-pBALLQPAA
# ok: secret.anthropic-oauth-token
export CLAUDE_CODE_OAUTH_TOKEN="${CLAUDE_CODE_OAUTH_TOKEN:?set it in the CI secrets}"
# ok: secret.anthropic-oauth-token
echo "run 'claude setup-token' to get an sk-ant-oat01-... token"
