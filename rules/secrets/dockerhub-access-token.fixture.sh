#!/bin/sh
# Fixture for secret.dockerhub-access-token.
# ruleid: secret.dockerhub-access-token
echo "dckr_pat_5AzN4_9MJFQPRHaPt267-7tjX1E" | docker login -u acme-ci --password-stdin

# ok: secret.dockerhub-access-token
echo "$DOCKERHUB_TOKEN" | docker login -u acme-ci --password-stdin

# ok: secret.dockerhub-access-token
echo "tokens start with dckr_pat_"
