# Fixture for secret.openai-api-key. Values are random, in the documented formats, not real keys.
import os

from openai import OpenAI

# ruleid: secret.openai-api-key
client = OpenAI(api_key="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")

# ruleid: secret.openai-api-key
LEGACY_KEY = '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'

# ruleid: secret.openai-api-key
os.environ.setdefault("OPENAI_API_KEY", "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")

# ok: secret.openai-api-key
client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])

# ok: secret.openai-api-key
client = OpenAI(api_key="sk-proj-...")

# ok: secret.openai-api-key
client = OpenAI(api_key="sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")

# A bare sk- key without the OpenAI marker could belong to any provider.
# ok: secret.openai-api-key
OTHER = "sk-9f8e7d6c5b4a39281706f5e4d3c2b1a0"

# ok: secret.openai-api-key
PLACEHOLDER = "sk-proj-YOUR_API_KEY_HERE"

# ok: secret.openai-api-key
SEQUENTIAL = "sk-proj-abcdefghijklmnopqrstuvwxyz1234567890ABCDEFGHIJ"
