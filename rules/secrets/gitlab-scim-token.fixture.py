# Fixture for secret.gitlab-scim-token. Values are random, in the documented formats, not real tokens.
import os

# ruleid: secret.gitlab-scim-token
TOKEN = "glsoat-B0WDXnDAjMQerV1pvFta"
# ruleid: secret.gitlab-scim-token
session.headers["PRIVATE-TOKEN"] = 'glsoat-lkcc-RUE_FrxOH_RHLJX1mM6MQpvOjc4NTcKdTo0em9pNxI.01.1b0x3cjco'
# ok: secret.gitlab-scim-token
TOKEN = os.environ["SCIM_TOKEN"]
# ok: secret.gitlab-scim-token
TOKEN = "glsoat-<your-token>"
# Truncated in a log message.
# ok: secret.gitlab-scim-token
HINT = "glsoat-KkR8zaVXp..."
# The prefix inside a longer identifier.
# ok: secret.gitlab-scim-token
NAME = "notglsoat-B0WDXnDAjMQerV1pvFta"
