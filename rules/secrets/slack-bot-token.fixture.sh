#!/bin/sh
# Fixture for secret.slack-bot-token in a shell script.
# ruleid: secret.slack-bot-token
export SLACK_BOT_TOKEN="${SLACK_BOT_TOKEN:-xoxb-573948750506-4373002870674-dkgG93qRoJbPKptmsMwjoxEn}"

# ok: secret.slack-bot-token
export SLACK_BOT_TOKEN="${SLACK_BOT_TOKEN:?set SLACK_BOT_TOKEN}"

# ok: secret.slack-bot-token (part of a longer word, not a token)
echo "build-config-xoxb-674646759254-2949375117640-YbmCfuKuOZYIKqu2voaMtE4H"
