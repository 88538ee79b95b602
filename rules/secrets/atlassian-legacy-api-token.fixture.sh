#!/bin/sh
# Fixture for secret.atlassian-legacy-api-token.
# ruleid: secret.atlassian-legacy-api-token
export JIRA_API_TOKEN="3K6G45NDMgH0WqP1EfTQOVbM"

# ruleid: secret.atlassian-legacy-api-token
CONFLUENCE_TOKEN=oP7rwnxP1DkDzPj42lUPNTMV ./publish-docs.sh

# ok: secret.atlassian-legacy-api-token
export JIRA_API_TOKEN="$(pass show jira/token)"

# ok: secret.atlassian-legacy-api-token
export JIRA_PROJECT_KEY="PLATFORMTEAMBACKLOGITEMS"

# ok: secret.atlassian-legacy-api-token
export JIRA_API_TOKEN="your-api-token-here-xxxx"
