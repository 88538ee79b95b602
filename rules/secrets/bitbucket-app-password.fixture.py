# Fixture for secret.bitbucket-app-password. Values are random, in the documented shape, not real passwords.
import os
import requests

# ruleid: secret.bitbucket-app-password
AUTH = ("ci-bot", "ATBBWsCRdTcX9ObipUrKAkQXSH6I1B91597A")

# ruleid: secret.bitbucket-app-password
remote = "https://ci-bot:ATBBhA2ba2e1mj3Ubs6Om50jno3a004E48BA@bitbucket.org/acme/api.git"

# ok: secret.bitbucket-app-password
AUTH = ("ci-bot", os.environ["BITBUCKET_APP_PASSWORD"])

# ok: secret.bitbucket-app-password
AUTH = ("ci-bot", "ATBBxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")

# Truncated (a hint shown in a UI).
# ok: secret.bitbucket-app-password
HINT = "ATBBWsCRdTcX9Obi"

# The prefix inside an identifier.
# ok: secret.bitbucket-app-password
FLAG_ATBBWsCRdTcX9ObipUrKAkQXSH6I1B91597A_ENABLED = True
