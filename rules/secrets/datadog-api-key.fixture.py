# Fixture for secret.datadog-api-key. Values are random hex.
import os
from datadog import initialize, api

options = {
    # ruleid: secret.datadog-api-key
    "api_key": "a4f0003ce44708c3bce8308e5239fb69",
    "app_key": os.environ["DD_APP_KEY"],
}
initialize(**options)

# ruleid: secret.datadog-api-key
DD_API_KEY = "ef8286310c07154f5a5aa0f8102899d2"

# ok: secret.datadog-api-key
DD_API_KEY_ENV = os.environ.get("DD_API_KEY")

# ok: secret.datadog-api-key
DD_API_KEY_SAMPLE = "0123456789abcdef0123456789abcdef"

# ok: secret.datadog-api-key
DATADOG_API_KEY_EXAMPLE = "<DATADOG_API_KEY>"

# ok: secret.datadog-api-key
DD_TRACE_ID = "e4d96b97b2ba324a7b0b2f9de3a87252 is a trace id, not a key"
