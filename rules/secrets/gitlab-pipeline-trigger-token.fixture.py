# Fixture for secret.gitlab-pipeline-trigger-token. Values are random, in the documented formats, not real tokens.
import os

# ruleid: secret.gitlab-pipeline-trigger-token
TOKEN = "glptt-f6ac37b191118d4c3ff9ed33fb80f59b3b19ee77"
# ruleid: secret.gitlab-pipeline-trigger-token
session.headers["PRIVATE-TOKEN"] = 'glptt-viieUCtMAk1LccLW1zJHomM6MQpvOnd6ZHAKdTp3dTk0MxI.01.1b1ak1bip'
# ok: secret.gitlab-pipeline-trigger-token
TOKEN = os.environ["TRIGGER_TOKEN"]
# ok: secret.gitlab-pipeline-trigger-token
TOKEN = "glptt-<your-token>"
# Truncated in a log message.
# ok: secret.gitlab-pipeline-trigger-token
HINT = "glptt-WIa82uFmf..."
# The prefix inside a longer identifier.
# ok: secret.gitlab-pipeline-trigger-token
NAME = "notglptt-f6ac37b191118d4c3ff9ed33fb80f59b3b19ee77"
