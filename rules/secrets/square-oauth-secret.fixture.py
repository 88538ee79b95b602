# Fixture for secret.square-oauth-secret in Python.
import os

# ruleid: secret.square-oauth-secret
SQUARE_APPLICATION_SECRET = "sq0csp-VUAtltKjpQeG480yzvXQIFg0WjwWCPzbDd9PBSDlvQg"

# ok: secret.square-oauth-secret
SQUARE_APPLICATION_SECRET = os.environ["SQUARE_APPLICATION_SECRET"]
