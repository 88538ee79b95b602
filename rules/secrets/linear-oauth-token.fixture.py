# Fixture for secret.linear-oauth-token.
import os, requests

# ruleid: secret.linear-oauth-token
HEADERS = {"Authorization": "Bearer lin_oauth_54a75aad6fc2485499ada7ac1632d8716b14e8003f573ca4c39bc009c1eab798"}

# ok: secret.linear-oauth-token
HEADERS_ENV = {"Authorization": f"Bearer {os.environ['LINEAR_OAUTH_TOKEN']}"}

# ok: secret.linear-oauth-token
PREFIX = "lin_oauth_"
