# Fixture for secret.rubygems-api-key.
# ruleid: secret.rubygems-api-key
Gem.configuration.rubygems_api_key = 'rubygems_f2b2ae65eba1d58f4d6cc7869c6b394a0123abcd4567ef89'

# ok: secret.rubygems-api-key
Gem.configuration.rubygems_api_key = ENV.fetch('GEM_HOST_API_KEY')

# ok: secret.rubygems-api-key
placeholder = 'rubygems_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'

# ok: secret.rubygems-api-key
short = 'rubygems_1c39016b815f275821405f302b007429'
