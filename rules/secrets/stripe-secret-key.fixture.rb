# Fixture for secret.stripe-secret-key in Ruby.
require "stripe"

# ruleid: secret.stripe-secret-key
Stripe.api_key = "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"

# ok: secret.stripe-secret-key
Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)

# ok: secret.stripe-secret-key
Stripe.api_key = "sk_live_#{ENV.fetch('STRIPE_KEY_SUFFIX')}"
