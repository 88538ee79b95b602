# Fixture for secret.alibaba-access-key-secret in Terraform.
provider "alicloud" {
  access_key = "LTAIFwxusFq07wp6HEnmQluK"
  # ok: secret.alibaba-access-key-secret
  secret_key = var.alicloud_secret_key
  region     = "cn-hangzhou"
}

locals {
  # ruleid: secret.alibaba-access-key-secret
  alicloud_secret_key = "VGHsmR1I48R32BjIQ4lqlIBsT5zXWC"
}

provider "alicloud" {
  alias      = "literal"
  access_key = "LTAIZjFPpp8w0vwbLCBi6TYa"
  # ruleid: secret.alibaba-access-key-secret
  secret_key = "fi9LR1Ots6q5Vd1abtWD6twp51J9mD"
}
