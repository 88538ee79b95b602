# Fixture for secret.github-server-to-server-token. Values are random with a valid checksum, not real tokens.
require "octokit"

# ruleid: secret.github-server-to-server-token
client = Octokit::Client.new(access_token: "ghs_x4VSw0rZAEg3fObiU5wNMTCGTptLOG390wnK")

# ok: secret.github-server-to-server-token
client = Octokit::Client.new(access_token: ENV.fetch("GITHUB_TOKEN"))

# ruleid: secret.github-server-to-server-token
INSTALLATION_TOKEN = 'ghs_SQhT6Stpu3t9zqdmwddDbVhm7lFVqf1HgBaf'.freeze

# Checksum does not hold.
# ok: secret.github-server-to-server-token
STALE = "ghs_SQhT6Stpu3t9zqdmwddDbVhm7lFVqf1HgBa0"

# ok: secret.github-server-to-server-token
EXAMPLE = "ghs_16C7e42F292c6912E7710c838347Ae178B4a"
