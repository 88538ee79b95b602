# Fixture for secret.npm-config-basic-auth: writing an .npmrc from code.
import os

NPMRC = """
registry=https://npm.internal.example.com/
# ruleid: secret.npm-config-basic-auth
_auth = Y2ktYm90OnNFR2dzd0dNcUhKZklzMlQ3NGNR
"""

class Client:
    def __init__(self):
        # ok: secret.npm-config-basic-auth
        self._password = os.environ["REGISTRY_PASSWORD"]
        # ok: secret.npm-config-basic-auth
        self._auth = "Ym9ndXM6Ym9ndXM="[:0]
