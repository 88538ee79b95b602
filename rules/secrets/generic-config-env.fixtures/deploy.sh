#!/usr/bin/env bash
# Fixture for secret.generic-config-env in a shell script. Values are random strings, not real credentials.
set -euo pipefail

# ruleid: secret.generic-config-env
export REGISTRY_PASSWORD="nhh7rMw5jWCO7iSjQR"
# ruleid: secret.generic-config-env
readonly SLACK_SIGNING_SECRET=a0a66fde858e45a575c18d2473d105cf

# A default inside a substitution is written into the script all the same.
# ruleid: secret.generic-config-env
export ROOT_PASSWORD="${ROOT_PASSWORD:-pX4vN9qT2wLr7KzM}"
# ruleid: secret.generic-config-env
BACKUP_PASSWORD='CopperLantern58!'
# ok: secret.generic-config-env
export ADMIN_PASSWORD="${ADMIN_PASSWORD:-}"
# ok: secret.generic-config-env
export ADMIN_PASSWORD="${ADMIN_PASSWORD:?set ADMIN_PASSWORD}"

deploy() {
  # ruleid: secret.generic-config-env
  local api_token='uJsULhMEghyVr7HUP475J'
  # ok: secret.generic-config-env
  local db_password="$(vault kv get -field=password secret/db)"
  # ok: secret.generic-config-env
  export DEPLOY_TOKEN="${CI_DEPLOY_TOKEN:?missing}"
  # ok: secret.generic-config-env
  PGPASSWORD=$DB_PASSWORD psql -h db.internal -c 'select 1'
  # ok: secret.generic-config-env
  read -rsp "Enter your password: " password
}
