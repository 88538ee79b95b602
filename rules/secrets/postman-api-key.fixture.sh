#!/bin/sh
# Fixture for secret.postman-api-key.
# ruleid: secret.postman-api-key
curl -s -H "X-Api-Key: PMAK-39bfb8e0704b5af7cb9b2a51-98c502a53a1ee1a5071ef29f795f0fb2a3" https://api.getpostman.com/collections

# ok: secret.postman-api-key
curl -s -H "X-Api-Key: $POSTMAN_API_KEY" https://api.getpostman.com/collections

# ok: secret.postman-api-key
echo "keys look like PMAK-<24 hex>-<34 hex>"
