# Fixture for secret.slack-refresh-token.
require 'slack-ruby-client'

# ruleid: secret.slack-refresh-token
REFRESH_TOKEN = 'xoxe-1-YTs31pC4YPSqJZDoUkg0b6MIyJT6EBunTsLlz7NYeCgpEPN7Sot1Qd3Y2qWEFhV1TrAJPYbbZBJ2RkvXbzVTpZYMb7J2YCOhk9fl4r8rgtTsmLSdgg8OR8BE2Zfd0dwFYQUuk3HTlRfgaAu03h'

# ok: secret.slack-refresh-token
refresh = ENV.fetch('SLACK_REFRESH_TOKEN')

# ok: secret.slack-refresh-token
documented = 'xoxe-1-abcdefg'

# ok: secret.slack-refresh-token
other_prefix = 'noxoxe-1-kkKJYdk2zyILVZvog20pJmzQ5waqUoB0PQwp6PzvxGjC9q7YMdtkWcprIV3XNio6'
