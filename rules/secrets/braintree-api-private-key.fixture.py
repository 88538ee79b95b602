# Fixture: a private_key with no payment-gateway context around it is left to the generic rules.
# ok: secret.braintree-api-private-key
private_key = "c4fa89669d1e30b387154befb31e785a"
