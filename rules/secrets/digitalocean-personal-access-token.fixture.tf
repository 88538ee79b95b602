# Fixture for secret.digitalocean-personal-access-token. Values are random, not real tokens.
provider "digitalocean" {
  # ruleid: secret.digitalocean-personal-access-token
  token = "dop_v1_ab74c3767c592dd0ea7d4b515c172393cca732df89c269236c22d7b46b11db44"
}

provider "digitalocean" {
  alias = "from_var"
  # ok: secret.digitalocean-personal-access-token
  token = var.do_token
}

variable "do_token_example" {
  # ok: secret.digitalocean-personal-access-token
  default = "dop_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
}
