#!/bin/sh
# Fixture for secret.age-secret-key in a shell script.
# ruleid: secret.age-secret-key
export SOPS_AGE_KEY="${SOPS_AGE_KEY:-AGE-SECRET-KEY-1YMXQKQYE08H8NW8QFN8MPJ0G9EF37YKNHL90FF0A7AMP883Y2GC4QZV3HE}"

# ok: secret.age-secret-key
export SOPS_AGE_KEY="$(cat "$HOME/.config/sops/age/keys.txt")"
