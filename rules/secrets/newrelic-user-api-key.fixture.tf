# Fixture for secret.newrelic-user-api-key in Terraform.
provider "newrelic" {
  account_id = 1234567
  # ruleid: secret.newrelic-user-api-key
  api_key    = "NRAK-J6GOQZJ4ZUMF62RG4U3XBNR66Y3"
  region     = "US"
}
# ok: secret.newrelic-user-api-key
variable "newrelic_api_key" { sensitive = true }
