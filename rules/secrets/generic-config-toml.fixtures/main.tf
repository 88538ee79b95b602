resource "aws_db_instance" "billing" {
  engine   = "postgres"
  username = "billing"
  # ok: secret.generic-config-toml
  password = var.db_password
  # ruleid: secret.generic-config-toml
  master_password = "Hq3ZvK8mWp2YtR6nLx"
}
