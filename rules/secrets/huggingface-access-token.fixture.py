# Fixture for secret.huggingface-access-token. Values are random, in the documented format, not real tokens.
import os

from huggingface_hub import login, snapshot_download

# ruleid: secret.huggingface-access-token
login(token="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")

# ruleid: secret.huggingface-access-token
snapshot_download("acme/private-model", token='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')

# ruleid: secret.huggingface-access-token
ORG_TOKEN = "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"

# ok: secret.huggingface-access-token
login(token=os.environ["HF_TOKEN"])

# ok: secret.huggingface-access-token
login(token="hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")

# Library identifiers share the prefix.
# ok: secret.huggingface-access-token
from huggingface_hub import hf_hub_download as hf_hub_download_with_retries_enabled

# ok: secret.huggingface-access-token
login(token="hf_...")
