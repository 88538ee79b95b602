# Fixture for secret.cloudflare-origin-ca-key in Terraform.
provider "cloudflare" {
  # ruleid: secret.cloudflare-origin-ca-key
  api_user_service_key = "v1.0-98e9f9c225385cf9de6c6ad5-98e420f77f09bb1b84bb828c827a7b3a7ab6e6e0d51db92b7bc48b6897ef88583eb642367a8608bd3bf1a1e410c16a31b661ee73cb25c7072e8a92bfa0e0de52a3409a8f35acdea39f"
}
provider "cloudflare" {
  alias = "from_var"
  # ok: secret.cloudflare-origin-ca-key
  api_user_service_key = var.origin_ca_key
}
