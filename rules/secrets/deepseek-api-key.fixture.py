# Fixture for secret.deepseek-api-key. Values are random, in the documented format, not real keys.
import os

from openai import OpenAI

# ruleid: secret.deepseek-api-key
client = OpenAI(api_key="sk-cd580d96d0a6fe5817a99f20f549eb6e", base_url="https://api.deepseek.com")

# ok: secret.deepseek-api-key
client = OpenAI(api_key=os.environ.get("DEEPSEEK_API_KEY"), base_url="https://api.deepseek.com")

# ok: secret.deepseek-api-key
client = OpenAI(api_key="sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", base_url="https://api.deepseek.com")

# ok: secret.deepseek-api-key
client = OpenAI(api_key="sk-<your-deepseek-key>", base_url="https://api.deepseek.com")
