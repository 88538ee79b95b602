# Fixture for secret.mailchimp-transactional-api-key.
import os
import mailchimp_transactional as MailchimpTransactional

# ruleid: secret.mailchimp-transactional-api-key
MANDRILL_API_KEY = "8rh1C602XkrDC7sV2v3b0X"

# ok: secret.mailchimp-transactional-api-key
client = MailchimpTransactional.Client(os.environ["MANDRILL_API_KEY"])

# ok: secret.mailchimp-transactional-api-key
mandrill_key_hint = "YOUR_API_KEY"
