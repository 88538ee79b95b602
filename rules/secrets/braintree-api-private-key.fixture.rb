# Fixture for secret.braintree-api-private-key in Ruby.
Braintree::Configuration.environment = :production
Braintree::Configuration.merchant_id = "wzq8k3jd7m2x9v4p"
# ruleid: secret.braintree-api-private-key
Braintree::Configuration.private_key = "51b9d7c692c8cb34ebc0470c9a82a6a7"
# ok: secret.braintree-api-private-key
Braintree::Configuration.public_key = "n4b7c2x9k3m8v5q1"
