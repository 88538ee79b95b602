# Fixture for secret.mistral-api-key in Python.
import os

from mistralai import Mistral

# ruleid: secret.mistral-api-key
client = Mistral(api_key="EaxCg5UUN2UMF7IqUuq0tH1JhwuvGJqi")

# ok: secret.mistral-api-key
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

# ruleid: secret.mistral-api-key
settings = {"mistral": {"api_key": "Tz4Lp8Wq2Nc6Vr1Xb9Hm3Kd7Js5Fg0Ay"}}

# ok: secret.mistral-api-key
settings = {"mistral": {"api_key": None}}
