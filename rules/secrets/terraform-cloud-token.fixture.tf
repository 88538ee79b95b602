# Fixture for secret.terraform-cloud-token in HCL.
provider "tfe" {
  hostname = "app.terraform.io"
  # ruleid: secret.terraform-cloud-token
  token    = "IW0Fstqir7CBo1.atlasv1.JFdyU7UE4h67gZ8pqGhdFfjPBkNEWm9kK0ka09sFYnhEH8xWLWaOP4hbtOWKXAyUqLX"
}

provider "tfe" {
  alias = "env"
  # ok: secret.terraform-cloud-token
  token = var.tfe_token
}
