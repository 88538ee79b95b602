#!/usr/bin/env bash
# Fixture for secret.openai-admin-key in shell.
# ruleid: secret.openai-admin-key
curl https://api.openai.com/v1/organization/users -H "Authorization: Bearer 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"
# ok: secret.openai-admin-key
curl https://api.openai.com/v1/organization/users -H "Authorization: Bearer $OPENAI_ADMIN_KEY"
