# Fixture for secret.alibaba-access-key-secret. Values are random, not real secrets.
import os

import oss2

# ruleid: secret.alibaba-access-key-secret
auth = oss2.Auth("LTAIZjFPpp8w0vwbLCBi6TYa", "hKVTKL1cV4quM8SjYihKYW3QU70Phn")

# ok: secret.alibaba-access-key-secret
auth = oss2.Auth(os.environ["ALIBABA_CLOUD_ACCESS_KEY_ID"], os.environ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"])

config = {
    "access_key_id": "LTAIFwxusFq07wp6HEnmQluK",
    # ruleid: secret.alibaba-access-key-secret
    "access_key_secret": "fi9LR1Ots6q5Vd1abtWD6twp51J9mD",
}

# ok: secret.alibaba-access-key-secret
config = {"access_key_secret": "<your-access-key-secret>"}

# A 30-character value under an unrelated name is left to the generic rules.
# ok: secret.alibaba-access-key-secret
REQUEST_ID = "VGHsmR1I48R32BjIQ4lqlIBsT5zXWC"
