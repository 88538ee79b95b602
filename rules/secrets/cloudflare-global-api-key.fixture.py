# Fixture for secret.cloudflare-global-api-key in Python.
import os

# ruleid: secret.cloudflare-global-api-key
CF_KEY = "cfk_iETGBi7ngabPDq3CktmTt6WI2qQ8EypzkJFILTl86e5572c2"

# ok: secret.cloudflare-global-api-key
CF_KEY = os.environ["CLOUDFLARE_API_KEY"]

# ok: secret.cloudflare-global-api-key
CF_KEY_DOC = "cfk_<40 characters and a checksum>"
