#!/usr/bin/env bash
# Fixture for secret.google-oauth-access-token. Values are random, not real tokens.
# ruleid: secret.google-oauth-access-token
curl -H "Authorization: Bearer ya29.a0AEfekR42zS4aVouOiKaOsXeAoGk0vQjqFdJIyAZ1qbDZiYIWf7GfwI17us86vFStcl1sOaEHAMVoTiPoEHB5qER06G2DNHqI3_gVWj5Oj3kunUHoQeoMhiz3oAaA-iiyrfV-Sgp1QAHqTsi4BjJ_gqxN_lpG8W3lRGguRKNnR5OXZLHqmj5w" https://www.googleapis.com/drive/v3/files
# ok: secret.google-oauth-access-token
curl -H "Authorization: Bearer $(gcloud auth print-access-token)" https://www.googleapis.com/drive/v3/files
# ok: secret.google-oauth-access-token
echo "tokens look like ya29.xxxxx"
