# Fixture for secret.stripe-secret-key. Values are random, in the documented format, not real keys.
import os

import stripe

# ruleid: secret.stripe-secret-key
stripe.api_key = "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"

# ruleid: secret.stripe-secret-key
client = stripe.StripeClient('sk_live_TXD65CgGNMRXjT7e1zLENBHy')

# ok: secret.stripe-secret-key
stripe.api_key = os.environ["STRIPE_SECRET_KEY"]

# Test-mode keys move no money.
# ok: secret.stripe-secret-key
stripe.api_key = "sk_test_512CE48WqI1MW0nXrbhl8XzVw7FeNgTKrd7Mg7lMPWanH2z8DpmWlAH0qbnCCOId3vOYbCra9zvuHSbyP7hgJsKMiGZ3295lSUM"

# Publishable keys are meant to be public.
# ok: secret.stripe-secret-key
PUBLISHABLE = "pk_live_51Nfgun3j3a8jKpQP6xy84SFw2Q5rMCkxgQsof0XntxhOuYfr6065KHBZkvQ2Vbtlwle16tZFpYoRYjXUnrUccG20HwLsheTKiT"

# ok: secret.stripe-secret-key
stripe.api_key = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"

# ok: secret.stripe-secret-key
stripe.api_key = "sk_live_..."
