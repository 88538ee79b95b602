# Fixture for secret.doppler-token. Tokens are random strings in the documented shape.
import os
import requests

# ruleid: secret.doppler-token
SERVICE_TOKEN = "dp.st.prd.jiucR5ZYDYybySpSnHOhKNp1jHztB07NwRoB8VcNCED"

# ruleid: secret.doppler-token
requests.get("https://api.doppler.com/v3/configs/config/secrets", auth=("dp.pt.GmpkEAOzcjPvVZppZBst8JPWaPLUnkoHPNg0juGpzJB", ""))

# ruleid: secret.doppler-token
SA_TOKEN = "dp.sa.BmdzNXqUvzt5rMlBjX1aw1TUXCEvj0MDgecMIl9QnSx"

# ok: secret.doppler-token
requests.get("https://api.doppler.com/v3/me", auth=(os.environ["DOPPLER_TOKEN"], ""))

# ok: secret.doppler-token
HINT = "Service tokens start with dp.st."

# ok: secret.doppler-token
PLACEHOLDER = "dp.st.dev.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
