#!/bin/sh
# Fixture for secret.http-authorization-header. Values are random.

# ruleid: secret.http-authorization-header
curl -s -H "Authorization: Bearer 38AibNyyurlGFb0EkjKWREhbiGjlvhkTp3SKQOo6" https://api.internal.test/v1/items

# ruleid: secret.http-authorization-header
curl -H 'Authorization: Basic ZGVwbG95OmdOQ0FJM0FvM3B4VG5IeWY2dA==' https://registry.internal.test/

# ok: secret.http-authorization-header
curl -H "Authorization: Bearer $API_TOKEN" https://api.internal.test/v1/items

# ok: secret.http-authorization-header
curl -H "Authorization: Bearer <your-token>" https://api.internal.test/v1/items

# ok: secret.http-authorization-header
curl -H "Authorization: Bearer ${TOKEN}" https://api.internal.test/
