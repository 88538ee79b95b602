#!/usr/bin/env bash
# Fixture for secret.github-server-to-server-token in a shell script.
# ruleid: secret.github-server-to-server-token
export GH_TOKEN=ghs_ZKpbqGxGILbIYy5bYDDOElixUXJOG74VRJHD
# ok: secret.github-server-to-server-token
export GH_TOKEN="${GITHUB_TOKEN}"
# ok: secret.github-server-to-server-token
curl -H "Authorization: Bearer ghs_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX" https://api.github.com/installation/repositories
