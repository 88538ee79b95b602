# Fixture for secret.slack-webhook-url.
import os
import requests

# ruleid: secret.slack-webhook-url
WEBHOOK = "https://hooks.slack.com/services/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"

def notify(text):
    # ruleid: secret.slack-webhook-url
    requests.post("https://hooks.slack.com/services/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", json={"text": text})

# ok: secret.slack-webhook-url
DOCS = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"

# ok: secret.slack-webhook-url
FROM_ENV = os.environ.get("SLACK_WEBHOOK_URL")

# ok: secret.slack-webhook-url
TEMPLATE = "https://hooks.slack.com/services/{team}/{channel}/{token}"

# ok: secret.slack-webhook-url
TRUNCATED = "https://hooks.slack.com/services/T04J8KX2P/B05QZ7L1M9R/"
