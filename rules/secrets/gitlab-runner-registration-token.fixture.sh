#!/usr/bin/env bash
# Fixture for secret.gitlab-runner-registration-token. Values are random, not real tokens.
# ruleid: secret.gitlab-runner-registration-token
gitlab-runner register --non-interactive --url https://gitlab.example.com --registration-token GR1348941aQj6CsZVvsgWCdwoFX6W --executor docker

# ok: secret.gitlab-runner-registration-token
gitlab-runner register --non-interactive --url https://gitlab.example.com --registration-token "$REGISTRATION_TOKEN"

# ruleid: secret.gitlab-runner-registration-token
export REGISTRATION_TOKEN="GR13489411J_NZme2DcGdlByzCsVi"

# ok: secret.gitlab-runner-registration-token
export REGISTRATION_TOKEN="GR1348941XXXXXXXXXXXXXXXXXXXX"

# Only the fixed prefix, as in the runner's own source.
# ok: secret.gitlab-runner-registration-token
RUNNERS_TOKEN_PREFIX='GR1348941'
