# Fixture for secret.dockerhub-registry-auth: a config written from code.
import base64, json, os

# ruleid: secret.dockerhub-registry-auth
CONFIG = '{"auths": {"registry.example.com": {"auth": "Y2ktYm90OkJ1YzlTQTc0aUt2VkVJakg0NEZH"}}}'

def write_config(user, password):
    auth = base64.b64encode(f"{user}:{password}".encode()).decode()
    # ok: secret.dockerhub-registry-auth
    return json.dumps({"auths": {"registry.example.com": {"auth": auth}}})

# ok: secret.dockerhub-registry-auth
TEMPLATE = '{"auths": {"registry.example.com": {"auth": "<base64 user:password>"}}}'
