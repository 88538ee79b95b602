# Fixture for secret.aws-bedrock-api-key. Values are random, in the documented formats, not real keys.
import os

import boto3

# ruleid: secret.aws-bedrock-api-key
os.environ["AWS_BEARER_TOKEN_BEDROCK"] = "ABSKQmVkcm9ja0FQSUtleS1jU2x0LWF0LTJkZDRlNjA3ZTgwODptUFJHa085VnhDMFIxLzZxcXZlK1hqMmZ0bG1Sd3NyK3NmVDhzQW5VQ1VSMFZSZENiNERSbHgxRTh6QkE="

# ok: secret.aws-bedrock-api-key
token = os.environ["AWS_BEARER_TOKEN_BEDROCK"]

# ok: secret.aws-bedrock-api-key
os.environ["AWS_BEARER_TOKEN_BEDROCK"] = "ABSK..."

# A word that happens to start with the same letters.
# ok: secret.aws-bedrock-api-key
ABSKIP_THRESHOLD = 3
