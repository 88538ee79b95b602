#!/bin/sh
# Fixture for secret.dockerhub-access-token.
# ruleid: secret.dockerhub-access-token
echo "dckr_pat_5AzN4_9MJFQPRHaPt267-7tjX1E" | docker login -u acme-ci --password-stdin

# ok: secret.dockerhub-access-token
echo "$DOCKERHUB_TOKEN" | docker login -u acme-ci --password-stdin

# ok: secret.dockerhub-access-token
echo "tokens start with dckr_pat_"

# ok: secret.dockerhub-access-token (the example in Docker Hub's API reference)
curl -d '{"identifier": "myusername", "secret": "dckr_pat_124509ugsdjga93"}' https://hub.docker.com/v2/auth/token
