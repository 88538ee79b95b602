#!/usr/bin/env bash
# Fixture for secret.url-basic-auth. Passwords are random strings, not real credentials.
set -euo pipefail

# ruleid: secret.url-basic-auth
git clone https://deploy-bot:Xq9yYOF2YFtcbX6Gq0wx@git.corp.internal/platform/infra.git

# ruleid: secret.url-basic-auth
pip install --extra-index-url https://pypi-reader:mFsxe5APW8kyJ0zkvqyh@pkgs.corp.internal/simple/ internal-tools

# ruleid: secret.url-basic-auth
curl -sf ftp://backup:Iym7hpxzggC84qItwk@ftp.archive.internal/nightly/db.tar.gz -o db.tar.gz

# ok: secret.url-basic-auth
git clone "https://oauth2:${CI_JOB_TOKEN}@gitlab.com/group/project.git"

# ok: secret.url-basic-auth
git clone "https://x-access-token:$GITHUB_TOKEN@github.com/org/repo.git"

# ok: secret.url-basic-auth
export HTTPS_PROXY=http://proxy-user:proxy-pass@proxy.corp.internal:3128

# ok: secret.url-basic-auth
curl -u "$USER:$PASS" https://api.internal/health

# ok: secret.url-basic-auth
ssh://git@github.com:22/org/repo.git

# ok: secret.url-basic-auth
git remote add origin git@github.com:org/repo.git

# ok: secret.url-basic-auth
curl http://admin:admin@localhost:8080/manager/status
