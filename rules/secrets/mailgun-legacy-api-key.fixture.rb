# Fixture for secret.mailgun-legacy-api-key.
require 'mailgun-ruby'

# ruleid: secret.mailgun-legacy-api-key
mg_client = Mailgun::Client.new('key-cbcb3a9adb06e4991adfcff807dba0c5')

# ok: secret.mailgun-legacy-api-key
mg_client = Mailgun::Client.new(ENV['MAILGUN_API_KEY'])

# ok: secret.mailgun-legacy-api-key
public_key = 'pubkey-cd381bb304bc657fd41dbd35a68a68d4'

# ok: secret.mailgun-legacy-api-key
documented = 'key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'

# ok: secret.mailgun-legacy-api-key
css_class = 'primary-key-column'
