# Fixture for secret.gitlab-agent-token. Values are random, in the documented formats, not real tokens.
resource "kubernetes_secret" "agent" {
  metadata { name = "gitlab-agent-token" }
  data = {
    # ruleid: secret.gitlab-agent-token
    token = "glagent-uZZ1Vka_szkjpSx5ZKpDOSy16YAONhK9N8R8UdkLZ__NDV3izt"
    # ok: secret.gitlab-agent-token
    token_ref = var.agent_token
    # ruleid: secret.gitlab-agent-token
    next = "glagent-aYdKlem-tJ9kWatKxsxPpmM6MQpvOjhteGUKdTo2YzA2aBI.01.1b165dczg"
    # ok: secret.gitlab-agent-token
    doc = "glagent-<token>"
  }
}
