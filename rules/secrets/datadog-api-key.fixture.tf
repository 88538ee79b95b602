# Fixture for secret.datadog-api-key in Terraform.
provider "datadog" {
  # ruleid: secret.datadog-api-key
  api_key = "ca8a633e6363d44a4ca2f7568b155eca"
  app_key = var.datadog_app_key
}

provider "datadog" {
  alias   = "eu"
  # ok: secret.datadog-api-key
  api_key = var.datadog_api_key
}
