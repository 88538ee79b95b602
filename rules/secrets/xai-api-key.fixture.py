# Fixture for secret.xai-api-key in Python.
import os

from openai import OpenAI

# ruleid: secret.xai-api-key
client = OpenAI(api_key="xai-X3SYk7khEHhFf9WVOFoGfabYjXQP6m6WLktRavEHp4ISeuMUubfl1yF5wmGIsvNWEUcG7oeM5z7AbpCL", base_url="https://api.x.ai/v1")

# ok: secret.xai-api-key
client = OpenAI(api_key=os.getenv("XAI_API_KEY"), base_url="https://api.x.ai/v1")
