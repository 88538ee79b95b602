# Fixture for secret.aws-secret-access-key in Terraform.
provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIACL7I3P5JHB53TIME"
  # ruleid: secret.aws-secret-access-key
  secret_key = "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"
}

resource "random_password" "db" {
  length = 40
}

resource "some_other_provider_thing" "x" {
  # A secret_key outside an aws provider block is not this rule's.
  # ok: secret.aws-secret-access-key
  secret_key = "qoi+qXy1IL745wDtou8ngOV/uvJz9CTm9e9pc6St"
}
