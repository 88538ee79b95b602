#!/usr/bin/env bash
# Fixture for secret.azure-storage-account-key in shell.
# ruleid: secret.azure-storage-account-key
export AZURE_STORAGE_KEY="H/8RfXJVryVNKPGkKFaAzKCx5tMi84hZdLEOGm5GJoP8z7wUycCMsq0P7KkLwKPaFBumLzx7D4ZdslBDzR7sDQ=="
# ruleid: secret.azure-storage-account-key
az storage blob upload --account-name acmeprod --account-key K7sKu8dAI6+ydb9dTJwrrAJohFe3lsv7BS1Z2ecm4fMZI8FSHpb6yNlORJFURGaDLXh1OMCfrZnL5OWPfgFstg== -c backups -f db.dump
# ok: secret.azure-storage-account-key
az storage blob upload --account-name acmeprod --account-key "$AZURE_STORAGE_KEY" -c backups -f db.dump
