# Fixture for secret.perplexity-api-key. Values are random, in the documented format, not real keys.
import os

from openai import OpenAI

# ruleid: secret.perplexity-api-key
client = OpenAI(api_key="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", base_url="https://api.perplexity.ai")

# ok: secret.perplexity-api-key
client = OpenAI(api_key=os.environ["PERPLEXITY_API_KEY"], base_url="https://api.perplexity.ai")

# ok: secret.perplexity-api-key
client = OpenAI(api_key="pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", base_url="https://api.perplexity.ai")
