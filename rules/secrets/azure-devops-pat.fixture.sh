#!/usr/bin/env bash
# Fixture for secret.azure-devops-pat. Values are random, in the documented formats, not real tokens.
# ruleid: secret.azure-devops-pat
export AZURE_DEVOPS_EXT_PAT=ryphducxib3jqqbmyoksr34fe5mlzmf23xouxx457i5vsduj3nft
# ruleid: secret.azure-devops-pat
git clone https://build:6mfbsj3v5d4v7chkgqganrwxvctdo2jwqmbot2chftjhdmf4fbfh@dev.azure.com/acme/platform/_git/api
# ok: secret.azure-devops-pat
git clone "https://build:${AZURE_DEVOPS_EXT_PAT}@dev.azure.com/acme/platform/_git/api"
# ok: secret.azure-devops-pat
echo "$AZURE_DEVOPS_EXT_PAT" | az devops login --organization https://dev.azure.com/acme
