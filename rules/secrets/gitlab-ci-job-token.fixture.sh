#!/usr/bin/env bash
# Fixture for secret.gitlab-ci-job-token. Values are random, in the documented formats, not real tokens.
# ruleid: secret.gitlab-ci-job-token
curl --header "PRIVATE-TOKEN: glcbt-64_26jIj7AinwihZrnR0abA" "$CI_API_V4_URL/projects"
# ruleid: secret.gitlab-ci-job-token
export CI_JOB_TOKEN_COPY='glcbt-6nJJ2-fHzqEyuctSA1nYMGM6MQpvOmp0dnIKdTp0ZGlkcxI.01.1b0yajzk8'
# ok: secret.gitlab-ci-job-token
curl --header "JOB-TOKEN: $CI_JOB_TOKEN" "$CI_API_V4_URL/jobs"
# ok: secret.gitlab-ci-job-token
export CI_JOB_TOKEN_COPY="glcbt-REDACTED"
