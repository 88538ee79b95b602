#!/usr/bin/env bash
# Fixture for secret.bitbucket-data-center-token in shell.
# ruleid: secret.bitbucket-data-center-token
curl -H "Authorization: Bearer BBDC-NzE4MjkzMDQ1NjE6cnV1cDFXd1FUZnZJWE5kZldJWkc=" https://bitbucket.internal.example.com/rest/api/1.0/projects
# ok: secret.bitbucket-data-center-token
curl -H "Authorization: Bearer ${BITBUCKET_TOKEN}" https://bitbucket.internal.example.com/rest/api/1.0/projects
