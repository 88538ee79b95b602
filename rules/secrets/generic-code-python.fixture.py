# Fixture for secret.generic-code-python. Every value here is random, made for this file.
import os

import requests

# ---- assignments ---------------------------------------------------------------------------------------------

# ruleid: secret.generic-code-python
API_KEY = "M5N6IiIyYNmwephF79L1CK"
# ruleid: secret.generic-code-python
db_password = 'rdKhPUcbg8*QeGR'
# ruleid: secret.generic-code-python
SECRET_KEY: str = "django-insecure-%2R15xJprvJT#um"
# ruleid: secret.generic-code-python
github_token = b"txnVqlpoOttRgyXYedMyID"
# ruleid: secret.generic-code-python
PRIVATE_KEY = r"Tv3aZrZmp0VQi6zAipDtDwIOTFyU5T0Dbh3uVxUyL0VBYQj7"
# ruleid: secret.generic-code-python
aws_secret_access_key = """G0qnAc6D0JCbicHKFQWe1h79B5knFIPvtqmqhudeWsgvAfGt"""
# ruleid: secret.generic-code-python
webhook_secret = "f817e6c93d760ddbc26dfbbf3242adb5b4dab26b"
# ruleid: secret.generic-code-python
DB_PASS = "#no&15D!UdVO8Fs"
# ruleid: secret.generic-code-python
clientSecret = 'A8rKNBiFBc9I6Kq5EMFCP6'


class Settings:
    # ruleid: secret.generic-code-python
    JWT_SECRET = "6kplCUDFGt5dqSPu9MW2Cd"
    # ok: secret.generic-code-python
    JWT_ALGORITHM = "HS256"
    # ok: secret.generic-code-python
    TOKEN_URL = "https://auth.example.com/oauth2/token"

    def __init__(self):
        # ruleid: secret.generic-code-python
        self.auth_token = "zkLyZxrEse4EpkEmdcXR5j"
        # ok: secret.generic-code-python
        self.password_field = "lSog4Y9@95hNDxP"


settings = Settings()
# ruleid: secret.generic-code-python
settings.encryption_key = "197bf2367051f1530ab6c8c9c68d2380c60d37a9"
config = {}
# ruleid: secret.generic-code-python
config["db.password"] = "Pz6gttl*yQj__sS"
# ruleid: secret.generic-code-python
os.environ["STRIPE_SECRET_KEY"] = "7fEuXCZGf5Dn2cyEtT5DK5"

# ---- dicts, keyword arguments, defaults ----------------------------------------------------------------------

DATABASES = {
    "default": {
        "USER": "app",
        # ruleid: secret.generic-code-python
        "PASSWORD": "%a9^f^ztZ8pd%Xf",
        "HOST": "db.internal",
    }
}
headers = {
    # ruleid: secret.generic-code-python
    "X-Api-Key": "KzYDwBvkjGDbgEQ2b2xCQL",
    # ruleid: secret.generic-code-python
    "X-Auth-Token": "xHHtPum43vh5FWqdNCPjav",
    # ok: secret.generic-code-python
    "Content-Type": "application/json",
}

# ruleid: secret.generic-code-python
session = requests.Session(auth_token="aXhKF7cZqkjGKB2QBt8Aqh")
# ruleid: secret.generic-code-python
conn = connect(host="db.internal", user="app", password="Ij0SgYVfeuVCR*a")
# ruleid: secret.generic-code-python
client = dict(client_id="web", client_secret="V1McLBQ3UanK1GRA6SXRC8")


# ruleid: secret.generic-code-python
def login(user, password="P-73ebsW+n0El3e"):
    return user, password


# ruleid: secret.generic-code-python
def call_api(url, *, api_key: str = "ELFfzFSksX1PHA1yBue5mF"):
    return url, api_key


# ---- setters and environment defaults ------------------------------------------------------------------------

# ruleid: secret.generic-code-python
client.set_api_key("ZAm5FrjzkdRwJ56OinVD4L")
# ruleid: secret.generic-code-python
SECRET_KEY = os.environ.get("SECRET_KEY", "QILBopF4buFbcfI6r4DE0M")
# ruleid: secret.generic-code-python
token = os.getenv("SLACK_TOKEN", "Vxj7xXIyjC22UxylYRtiqs")
# ruleid: secret.generic-code-python
os.environ.setdefault("API_TOKEN", "ZJ1hwj5mtleVljoTomrvtW")

# ---- not secrets ---------------------------------------------------------------------------------------------

# ok: secret.generic-code-python
password = os.environ["DB_PASSWORD"]
# ok: secret.generic-code-python
api_key = os.getenv("API_KEY")
# ok: secret.generic-code-python
secret = config.get("auth.secret")
# ok: secret.generic-code-python
token = os.environ.get("TOKEN", "")
# ok: secret.generic-code-python
password_prompt = "Enter your password: "
# ok: secret.generic-code-python
error = {"token": "Invalid token, please sign in again"}
# ok: secret.generic-code-python
api_key = "<your-api-key>"
# ok: secret.generic-code-python
SECRET_KEY = "changeme"
# ok: secret.generic-code-python
DB_PASSWORD = "%(db_password)s"
# ok: secret.generic-code-python
access_token = f"{prefix}-{user_id}-{nonce}"
# ok: secret.generic-code-python
password = "password123"
# ok: secret.generic-code-python
tokenizer = "ehk42Xbs9LREKXZ7yRlX48"
# ok: secret.generic-code-python
token_type = "bearer"
# ok: secret.generic-code-python
secret_name = "prod/payments/stripe-key"
# ok: secret.generic-code-python
PASSWORD_MIN_LENGTH = 12
# ok: secret.generic-code-python
api_key_header = "X-Api-Key"
# ok: secret.generic-code-python
is_password_valid = "sjyHWFg53mCihQ0gezxmfd"
# ok: secret.generic-code-python
private_key_path = "/etc/ssl/private/server.key"
# ok: secret.generic-code-python
commit_sha = "f817e6c93d760ddbc26dfbbf3242adb5b4dab26b"
# ok: secret.generic-code-python
request_id = "3f2504e0-4f89-41d3-9a0c-0305e82c3301"
# ok: secret.generic-code-python
pad_token = "<pad>"
# ok: secret.generic-code-python
if password == "kp85bMqfD4sYPdQZGmyqPZ":
    pass
# ok: secret.generic-code-python
hashed = hash_password("239fquyj5LqEG9ehM2d0Ri")
# ok: secret.generic-code-python
TEST_PASSWORD = "test-password-123"
# ok: secret.generic-code-python
secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
# ok: secret.generic-code-python
api_token = "d41d8cd98f00b204e9800998ecf8427e"
# ok: secret.generic-code-python
avatar_token = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
