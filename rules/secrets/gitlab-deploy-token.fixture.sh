#!/usr/bin/env bash
# Fixture for secret.gitlab-deploy-token. Values are random, in the documented formats, not real tokens.
# ruleid: secret.gitlab-deploy-token
curl --header "PRIVATE-TOKEN: gldt-tJPbMznGHxYNbq1QdxUl" "$CI_API_V4_URL/projects"
# ruleid: secret.gitlab-deploy-token
export DEPLOY_TOKEN_COPY='gldt-0Q8y1pGZYO8Twk9db_LuLWM6MQpvOjk5d3MKdTpqN2ttOBI.01.1b0gjjbq9'
# ok: secret.gitlab-deploy-token
curl --header "JOB-TOKEN: $DEPLOY_TOKEN" "$CI_API_V4_URL/jobs"
# ok: secret.gitlab-deploy-token
export DEPLOY_TOKEN_COPY="gldt-REDACTED"
