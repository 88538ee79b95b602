# Fixture for secret.groq-api-key. Values are random, in the documented format, not real keys.
import os

from groq import Groq

# ruleid: secret.groq-api-key
client = Groq(api_key="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")

# ok: secret.groq-api-key
client = Groq(api_key=os.environ.get("GROQ_API_KEY"))

# ok: secret.groq-api-key
client = Groq(api_key="gsk_...")

# ok: secret.groq-api-key
client = Groq(api_key="gsk_YOUR_GROQ_API_KEY_GOES_HERE_XXXXXXXXXXXXXXXXXXXXXXXX")
