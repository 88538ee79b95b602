# Fixture for secret.mailgun-api-key.
import os
import requests

# ruleid: secret.mailgun-api-key
MAILGUN_API_KEY = "d3904e0fd613a30b67db490c852f7a7b-2253d329-b7060fa6"

def send(to, text):
    # ruleid: secret.mailgun-api-key
    return requests.post("https://api.mailgun.net/v3/mg.example.com/messages", auth=("api", "38a1f64fe9c7fdd1867000b3f9e1179e-01ad1988-6383a765"), data={"to": to, "text": text})

# ok: secret.mailgun-api-key
requests.post("https://api.mailgun.net/v3/mg.example.com/messages", auth=("api", os.environ["MAILGUN_API_KEY"]))

# ok: secret.mailgun-api-key
EXAMPLE = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxx-xxxxxxxx"

# ok: secret.mailgun-api-key (a UUID is not this shape)
REQUEST_ID = "692f3042-1f34-4618-8163-3d721fcb2055"
