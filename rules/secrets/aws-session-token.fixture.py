# Fixture for secret.aws-session-token in Python.
import boto3

session = boto3.Session(
    aws_access_key_id="ASIA733M4HY3E7DFOUZP",
    aws_secret_access_key=SECRET,
    # ruleid: secret.aws-session-token
    aws_session_token="+RsgF987rwzUmGmMr7Xzj9auGDZJStLeBWryBkyCfv+nT8dfL1v1khudSKB71TvKdLjtAuF9hip3DBwmennpgwTFi4ZLMWeJlmd93yfz8rRroEkTKIWXLqwOXzqMUmgxmfnxOISG/gskKZzg/IDk1u/a7E0EC8ANRdCLCnHvBwO45hjT4BJomUKMQRhu4wVfhkqPFyKEk6wUFombcwoQUWfSPSuTP7N9/lpi=",
)

# ok: secret.aws-session-token
session = boto3.Session(aws_session_token=os.environ.get("AWS_SESSION_TOKEN"))
