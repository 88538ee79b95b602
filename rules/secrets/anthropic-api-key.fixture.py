# Fixture for secret.anthropic-api-key. Values are random, in the documented format, not real keys.
import os

import anthropic

# ruleid: secret.anthropic-api-key
client = anthropic.Anthropic(api_key="sk-ant-api03-fyl-LsUa--JuLdouVzq4e8LfxsCpwzP0GAWOqhf0NoDjV0LoqvQxIudUTm5QvDuKeQF7Pmz5xQ_nmJIw_Utz9vHXSH1smAA")

# ok: secret.anthropic-api-key
client = anthropic.Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))

# ok: secret.anthropic-api-key
client = anthropic.Anthropic(api_key="sk-ant-api03-...")

# The partial hint the Admin API returns for a key.
# ok: secret.anthropic-api-key
HINT = "sk-ant-api03-R2D...igAA"

# ok: secret.anthropic-api-key
client = anthropic.Anthropic(api_key="sk-ant-api03-YOUR_KEY_HERE")

# ok: secret.anthropic-api-key
MASKED = "sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
