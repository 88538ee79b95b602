# Fixture for secret.digitalocean-personal-access-token in Python.
import os

import pydo

# ruleid: secret.digitalocean-personal-access-token
client = pydo.Client(token="dop_v1_46a8ce942c26ae5b177051a2695172dcfeb258958472aec110930a1b551d0bd3")

# ok: secret.digitalocean-personal-access-token
client = pydo.Client(token=os.environ["DIGITALOCEAN_TOKEN"])

# Truncated: 32 of the 64 hex characters.
# ok: secret.digitalocean-personal-access-token
HINT = "dop_v1_46a8ce942c26ae5b177051a2695172dc"
