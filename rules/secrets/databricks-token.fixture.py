# Fixture for secret.databricks-token.
import os
from databricks.sdk import WorkspaceClient

# ruleid: secret.databricks-token
w = WorkspaceClient(host="https://adb-1234567890123456.7.azuredatabricks.net", token="dapi782971b87c516733925eb18d9ec7bb7f")

# ruleid: secret.databricks-token
TOKEN = "dapic02cba8c6c79f36afa2631c37edb9593-3"

# ok: secret.databricks-token
w = WorkspaceClient(host=os.environ["DATABRICKS_HOST"], token=os.environ["DATABRICKS_TOKEN"])

# ok: secret.databricks-token
placeholder = "dapixxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"

# ok: secret.databricks-token
word = "rapid dapi endpoint"
