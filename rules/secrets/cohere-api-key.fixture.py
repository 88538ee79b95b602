# Fixture for secret.cohere-api-key. Values are random, in the documented format, not real keys.
import os

import cohere

# ruleid: secret.cohere-api-key
co = cohere.ClientV2("pMNB1tIDI7UPcM4HSWh51SZCLI37qIoq3RFnEQ0m")

# ruleid: secret.cohere-api-key
co = cohere.Client(api_key="puzlstzWcIES1yOZGfRncn6Tnx9vGQd8cBLhsgfQ")

# ruleid: secret.cohere-api-key
COHERE_API_KEY = "GZKO7pedxl4SDmES7ezCfBrdrvtf7Pb8CrDl8XLM"

# ok: secret.cohere-api-key
co = cohere.ClientV2(os.environ["CO_API_KEY"])

# ok: secret.cohere-api-key
COHERE_API_KEY = "<your-cohere-api-key>"

# A 40-character value with no Cohere context is left to the generic rules.
# ok: secret.cohere-api-key
SESSION_ID = "hT3kQ9wLmZ2vB7nXc4RfY8pJs1GdKe6aUo5iWq0E"

# ok: secret.cohere-api-key
COHERE_API_KEY = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
