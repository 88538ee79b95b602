# Fixture for secret.bitbucket-access-token in Python.
import os
import requests

# ruleid: secret.bitbucket-access-token
HEADERS = {"Authorization": "Bearer ATCTT3xFfGN0MGFuUNfb-LWXrH0EkdM4wveWMbc8tiF56cDPsHikfQPGKlpyCNZOfqfytCvTLdBD3e0ClVpP_jXxN9SPoZrYoO-6WKjDd0gJPiuQ7AF3VMr3nQHpHpLE1791YmwdzYkqPyxINR2Pjwcwrv9DOcC-4UF8CJYSWrLxMPsilinty1=B4491684"}

# ok: secret.bitbucket-access-token
HEADERS = {"Authorization": f"Bearer {os.environ['BITBUCKET_ACCESS_TOKEN']}"}
