# Fixture for secret.dockerhub-access-token in Terraform.
provider "docker" {
  registry_auth {
    address  = "registry-1.docker.io"
    username = "acme-ci"
    # ruleid: secret.dockerhub-access-token
    password = "dckr_oat_1flpF6n5sQhkRlM0qjqK2yLER3Iqlydp"
  }
}

# ok: secret.dockerhub-access-token
variable "dockerhub_token" { default = "dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx" }
