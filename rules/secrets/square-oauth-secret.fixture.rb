# Fixture for secret.square-oauth-secret. Values are random, not real secrets.
# ruleid: secret.square-oauth-secret
SQUARE_APP_SECRET = "sq0csp-2lgD6no4k4GloPBp1YUgIIj5MaotOnOdpwAO7H5jnv5"

# ok: secret.square-oauth-secret
SQUARE_APP_SECRET = ENV.fetch("SQUARE_APP_SECRET")

# ok: secret.square-oauth-secret
SQUARE_APP_SECRET_DOC = "sq0csp-<application-secret>"
