region      = "eu-west-1"
db_username = "billing"
# ruleid: secret.generic-config-toml
db_password = "Rk7wQz2NvT9xLm4PbY"
# ok: secret.generic-config-toml
db_password_ssm_path = "/billing/prod/db_password"
