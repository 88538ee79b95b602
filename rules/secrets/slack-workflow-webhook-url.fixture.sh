#!/bin/sh
# Fixture for secret.slack-workflow-webhook-url.

# ruleid: secret.slack-workflow-webhook-url
WORKFLOW_URL="https://hooks.slack.com/workflows/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"

# ruleid: secret.slack-workflow-webhook-url
curl -X POST -H 'Content-Type: application/json' -d '{"status":"ok"}' https://hooks.slack.com/triggers/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

# ok: secret.slack-workflow-webhook-url
curl -X POST -d '{"status":"ok"}' "$SLACK_WORKFLOW_URL"

# ok: secret.slack-workflow-webhook-url
echo "https://hooks.slack.com/triggers/TXXXXXXXX/0000000000000/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
