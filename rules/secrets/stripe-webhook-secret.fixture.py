# Fixture for secret.stripe-webhook-secret in Python.
import os

import stripe

# ruleid: secret.stripe-webhook-secret
ENDPOINT_SECRET = "whsec_IbL6RkWWVlYXvTJCWxwQ5APsavlhgQpM"

# ok: secret.stripe-webhook-secret
ENDPOINT_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]

# ok: secret.stripe-webhook-secret
ENDPOINT_SECRET = "whsec_..."
