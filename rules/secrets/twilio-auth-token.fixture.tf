# Fixture for secret.twilio-auth-token in Terraform.
variable "twilio_account_sid" {
  default = "AC55d38252ba1dfb3e2d9c366075075067"
}

variable "twilio_auth_token" {
  type      = string
  sensitive = true
  # ruleid: secret.twilio-auth-token
  default   = "80f9d1e07dc500d4e39baca485778330"
}

variable "twilio_auth_token_from_ci" {
  type      = string
  sensitive = true
  # ok: secret.twilio-auth-token
  default   = null
}
