# Fixture for secret.slack-user-token. Values are random, in the documented shape.
import os
from slack_sdk import WebClient

# ruleid: secret.slack-user-token
USER_TOKEN = "xoxp-713616732494-755645057639-2738369644987-9fea124638531556a8d0cdfb49da2502"

# ruleid: secret.slack-user-token
client = WebClient(token='xoxp-762176934421-480513568477-1549611124016-b3871d61b61f77fa87515318277d9620')

# ok: secret.slack-user-token
client = WebClient(token=os.environ["SLACK_USER_TOKEN"])

# ok: secret.slack-user-token
docs_example = "xoxp-12345-67890-1928471-abcdefg"

# ok: secret.slack-user-token
masked = "xoxp-************-************-*************-********************************"

# ok: secret.slack-user-token
template = "xoxp-{team_id}-{user_id}-{install_id}-{secret}"
