# Fixture for secret.anthropic-admin-key in Terraform.
provider "anthropic" {
  # ruleid: secret.anthropic-admin-key
  admin_key = "sk-ant-admin01-PcXGhyfb2h11-Bcp0tOb1o4AVd2gwbQaZkyag4CCuTkargXrn7z2EwORZMImlJucrPBL4Hp7UOpkQauOaooj2TSTFJczaAA"
}
provider "anthropic" {
  alias = "from_var"
  # ok: secret.anthropic-admin-key
  admin_key = var.anthropic_admin_key
}
