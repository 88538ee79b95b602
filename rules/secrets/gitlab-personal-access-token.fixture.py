# Fixture for secret.gitlab-personal-access-token. Values are random, in the documented formats, not real tokens.
import os

# ruleid: secret.gitlab-personal-access-token
TOKEN = "glpat-1MG46NQ_LTFA6RQ8LqQf"
# ruleid: secret.gitlab-personal-access-token
session.headers["PRIVATE-TOKEN"] = 'glpat-LCaCkNauF6GaJqDmNBfeRWM6MQpvOjN0bXMKdTpzdmI1cRI.01.1b0a2mavz'
# ok: secret.gitlab-personal-access-token
TOKEN = os.environ["GITLAB_TOKEN"]
# ok: secret.gitlab-personal-access-token
TOKEN = "glpat-<your-token>"
# Truncated in a log message.
# ok: secret.gitlab-personal-access-token
HINT = "glpat-xrXOqnbs6..."
# The prefix inside a longer identifier.
# ok: secret.gitlab-personal-access-token
NAME = "notglpat-1MG46NQ_LTFA6RQ8LqQf"
