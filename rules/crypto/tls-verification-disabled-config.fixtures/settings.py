# Fixture for crypto.tls-verification-disabled-config (Python launching a Node tool)
import os
import subprocess

# ruleid: crypto.tls-verification-disabled-config
os.environ["NODE_TLS_REJECT_UNAUTHORIZED"] = "0"
# ok: crypto.tls-verification-disabled-config
os.environ["NODE_EXTRA_CA_CERTS"] = "/etc/ssl/ca.pem"
subprocess.run(["node", "build.js"], check=True)
