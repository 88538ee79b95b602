# Fixture for secret.azure-ai-services-key. Values are random, in the documented shapes, not real keys.
import os

from openai import AzureOpenAI

client = AzureOpenAI(
    azure_endpoint="https://acme-prod.openai.azure.com/",
    # ruleid: secret.azure-ai-services-key
    api_key="40cd52603d56760bf080ef4b8c2050c9",
    api_version="2024-10-21",
)

# ok: secret.azure-ai-services-key
client = AzureOpenAI(azure_endpoint="https://acme-prod.openai.azure.com/", api_key=os.environ["AZURE_OPENAI_API_KEY"], api_version="2024-10-21")

# ruleid: secret.azure-ai-services-key
AZURE_OPENAI_API_KEY = "quF9ij1jU0OcgGmET7Q2yKHmamxmUaDgHhUREtmK0ZvZQHj2TDJF7r1NyZgQetz2A4CSRtJ5RoGCOAwclh08"

# A 32-hex value with no Azure context (an MD5 digest) is not this rule's.
# ok: secret.azure-ai-services-key
checksum = "adf964de2e6d70241ec142736e6a946f"
