# Fixture for secret.dockerhub-dockerconfigjson in Terraform.
resource "kubernetes_secret" "regcred" {
  type = "kubernetes.io/dockerconfigjson"
  binary_data = {
    # ruleid: secret.dockerhub-dockerconfigjson
    ".dockerconfigjson" = "eyJhdXRocyI6eyJodHRwczovL2luZGV4LmRvY2tlci5pby92MS8iOnsidXNlcm5hbWUiOiJhY21lLWNpIiwicGFzc3dvcmQiOiJkY2tyX3BhdF9DT2phT0JyQ1BEenhBbk5XdGlCSUloVXB4QUwiLCJhdXRoIjoiWVdOdFpTMWphVHBrWTJ0eVgzQmhkRjlmYldobU9XRnNNR0o2TlhaTlVUVmFTVWhZYVhoVVkweFlUakE9In19fQ=="
  }
}

# ok: secret.dockerhub-dockerconfigjson
locals { empty_config = "eyJhdXRocyI6e319" }
