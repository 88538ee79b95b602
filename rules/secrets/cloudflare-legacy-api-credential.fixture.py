# Fixture for secret.cloudflare-legacy-api-credential. Values are random, not real credentials.
import os


# ruleid: secret.cloudflare-legacy-api-credential
CLOUDFLARE_API_TOKEN = "RRfgtQhAvAFi1C1Lgw2bR45j35C96AGjrQ1I4oVz"

# ok: secret.cloudflare-legacy-api-credential
CLOUDFLARE_API_TOKEN = os.environ["CLOUDFLARE_API_TOKEN"]

# ruleid: secret.cloudflare-legacy-api-credential
CLOUDFLARE_API_KEY = "4df18b9c6b4ed15e13976f5c44b4f4203841d"

# A key name with a 40-character value is not the 37-45 hex key format.
# ok: secret.cloudflare-legacy-api-credential
CLOUDFLARE_API_KEY = "RRfgtQhAvAFi1C1Lgw2bR45j35C96AGjrQ1I4oVz"

# ok: secret.cloudflare-legacy-api-credential
CLOUDFLARE_API_TOKEN = "<cloudflare-api-token>"
