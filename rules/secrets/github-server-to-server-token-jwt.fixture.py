# Fixture for secret.github-server-to-server-token-jwt. The JWTs are random, not issued by GitHub.
import os
import requests

# ruleid: secret.github-server-to-server-token-jwt
TOKEN = "ghs_1234567_eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJJdjIzbGl6enA1b1MydWF0IiwiZXhwIjoxNzgwMDAwMDAwLCJpbnMiOjkxODI3MzY0LCJhcHAiOjEyMzQ1NjcsIm4iOiJpTTYydFQ3THlTZzZzT3RvSEFnUEZBIn0.0PyL9avXr1wCBvNPzS3Y9p7fjmHTpQxiQZ6ehpArlcWTo-tgbaltNhC7Lun6YpOSmS0mUGnC3ZqOESzw8_h9uyeM97kS71IVeU1R9ZFLFhAWMppprSxzNaJ9kFQjKJq0lyY8AAZnGKAYCyYj2RsAG-2WGOvGxSlcP4S25ulDoe7gVxn5T9poEN7Z4vsgVfwJjrVxsFYq7sdanK_9FmoIbpRrcjdIvNuIFp3iBsDOqh5qA1N9F5Fj7f75aAHCbsZoqfYHEzoixFlnEfWK4eohlw1yXwd4kMPqA_Z9huQNp11fOeA8UfcoZS5YCR8LFEs1Erw6gwWpakOeXZvyiEc4Sd"

# ok: secret.github-server-to-server-token-jwt
TOKEN = os.environ["GITHUB_TOKEN"]

# A documentation shape with nothing behind the dots.
# ok: secret.github-server-to-server-token-jwt
SHAPE = "ghs_APPID_JWT"

# ok: secret.github-server-to-server-token-jwt
PATTERN = r"ghs_[0-9]+_[A-Za-z0-9._-]{100,}"
