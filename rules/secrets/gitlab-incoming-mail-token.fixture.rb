# Fixture for secret.gitlab-incoming-mail-token. Values are random, in the documented formats, not real tokens.
# ruleid: secret.gitlab-incoming-mail-token
TOKEN = "glimt-EpqG6kaHfvUMtstzZ-SiXxVvA".freeze
# ruleid: secret.gitlab-incoming-mail-token
client.token = 'glimt-4FF-eR5aXPJBPMhDR_s47WM6MQpvOmltN2kKdTpjN3JkaxI.01.1b1j9c0ri'
# ok: secret.gitlab-incoming-mail-token
client.token = ENV.fetch("INCOMING_MAIL_TOKEN")
# ok: secret.gitlab-incoming-mail-token
client.token = "glimt-#{token}"
