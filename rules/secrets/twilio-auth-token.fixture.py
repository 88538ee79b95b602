# Fixture for secret.twilio-auth-token. Values are random hex, not real credentials.
import os
from twilio.rest import Client

account_sid = "ACb63157ee1b8a5db6fd1cc8198708768f"
# ruleid: secret.twilio-auth-token
auth_token = "315b76ce0237841d988497a9d912e370"

# ruleid: secret.twilio-auth-token
client = Client("ACe078f1167e99d26f23af33df3c222a0f", "e3382b3626514bf10c7e861cadeaf23a")

# ok: secret.twilio-auth-token
client = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])

# ok: secret.twilio-auth-token
sid_only = "AC1ea909a3ccb0fbaaf631786897508b7b"

# ok: secret.twilio-auth-token
placeholder_token = "your_auth_token"

# ok: secret.twilio-auth-token
auth_token_zeros = "00000000000000000000000000000000"
