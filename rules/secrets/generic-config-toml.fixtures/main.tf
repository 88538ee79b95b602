resource "aws_db_instance" "billing" {
  engine   = "postgres"
  username = "billing"
  # ok: secret.generic-config-toml
  password = var.db_password
  # ruleid: secret.generic-config-toml
  master_password = "Hq3ZvK8mWp2YtR6nLx"
}

variable "app_secret" {
  type      = string
  sensitive = true
  # ruleid: secret.generic-config-toml
  default   = "Tq8Lm3Xv9Rk2Wz7Pn4Yb6Hc"
}

variable "region" {
  type = string
  # ok: secret.generic-config-toml
  default = "eu-west-1"
}

variable "db_password" {
  type      = string
  sensitive = true
  # ok: secret.generic-config-toml
  default   = ""
}
