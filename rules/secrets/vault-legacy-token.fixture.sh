#!/bin/sh
# Fixture for secret.vault-legacy-token.
# ruleid: secret.vault-legacy-token
export VAULT_TOKEN=s.nc3TNm4ew9Rh2rJTs8F0JvDX

# ruleid: secret.vault-legacy-token
curl -H "X-Vault-Token: s.stl3Eu8nXjmKJoWCLiPvXTHJ" https://vault.example.com:8200/v1/secret/data/app

# ruleid: secret.vault-legacy-token
vault login s.klihwJhwlSaWvVmc4TBVaYT2

# ok: secret.vault-legacy-token
curl -H "X-Vault-Token: $VAULT_TOKEN" https://vault.example.com:8200/v1/secret/data/app

# ok: secret.vault-legacy-token
export VAULT_NAMESPACE=s.teamplatformnamespacename
