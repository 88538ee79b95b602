# Fixture for secret.url-query-credential. Values are random.
import os

# ruleid: secret.url-query-credential
EXPORT_URL = "https://reports.internal.test/export?format=csv&api_key=8a67639f74080f56c5aa328f676226e2"

# ruleid: secret.url-query-credential
feed = "https://feeds.internal.test/v2/items?access_token=g1ZTVnVv2fgKD0f6YYIgrCOX6Jhw7Hd11XzWL8MH&page=2"

# ok: secret.url-query-credential
feed_url = f"https://feeds.internal.test/v2/items?access_token={os.environ['FEED_TOKEN']}"

# ok: secret.url-query-credential
docs = "https://feeds.internal.test/v2/items?access_token=YOUR_ACCESS_TOKEN"

# ok: secret.url-query-credential
reset = "https://app.internal.test/reset?token=abc"
