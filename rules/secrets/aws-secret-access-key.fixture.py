# Fixture for secret.aws-secret-access-key. Values are random base64, not real keys.
import os

import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIACL7I3P5JHB53TIME",
    # ruleid: secret.aws-secret-access-key
    aws_secret_access_key="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",
)

# ruleid: secret.aws-secret-access-key
AWS_SECRET_ACCESS_KEY = 'qBYJsDYYIyMFce8anFpQfhxztB6eygD4ECkf/S8Q'

# ok: secret.aws-secret-access-key
AWS_SECRET_ACCESS_KEY = os.environ["AWS_SECRET_ACCESS_KEY"]

# AWS's documented example secret key.
# ok: secret.aws-secret-access-key
aws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

# ok: secret.aws-secret-access-key
aws_secret_access_key = "<your-secret-access-key>"

# A 40-character base64 value without any AWS context (a SHA-1 in base64 is 28, so this is just noise).
# ok: secret.aws-secret-access-key
content_hash = "d4FIQLc/uA2EGv+6xiLl4eO/2PM6tWVFAVeesEyF"

# ok: secret.aws-secret-access-key
aws_secret_access_key = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"

# Too long to be a secret key (a 44-character base64 value).
# ok: secret.aws-secret-access-key
aws_secret_access_key_hash = "R2opnM3neAGbVXzwEyYkbjGip32FFOnFMN25b/cdAbC="

# Spring-style property names with the parts in between.
# ruleid: secret.aws-secret-access-key
PROPS = "cloud.aws.credentials.secret-key=KNIpPpAtCVWrLkd6i98j0TqHHsOraE9MMEZ5834G"
