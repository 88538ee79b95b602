# Fixture for secret.square-access-token. Values are random, in the documented formats, not real tokens.
import os

from square import Square
from square.environment import SquareEnvironment

# ruleid: secret.square-access-token
client = Square(token="EAAAde9YZHUwxMKzA-TboJrJL7LwefWdNlUQeOgz1QRb0NtJUYNUF2LXJs8puGlt", environment=SquareEnvironment.PRODUCTION)

# ruleid: secret.square-access-token
LEGACY_TOKEN = 'sq0atp-1cmela7JwTP4pgFvtMSzDE'

# ok: secret.square-access-token
client = Square(token=os.environ["SQUARE_ACCESS_TOKEN"])

# ok: secret.square-access-token
client = Square(token="EAAA...")

# A base64 blob that happens to start with EAAA (an encoded protobuf header, 16 characters).
# ok: secret.square-access-token
HEADER = "EAAAAAEAAAAQAAAA"
