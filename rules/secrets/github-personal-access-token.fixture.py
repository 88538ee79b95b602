# Fixture for secret.github-personal-access-token. Values are random, with a valid checksum, not real tokens.
import os

from github import Github

# ruleid: secret.github-personal-access-token
client = Github("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")

HEADERS = {
    "Accept": "application/vnd.github+json",
    # ruleid: secret.github-personal-access-token
    "Authorization": "token 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",
}

# ok: secret.github-personal-access-token
client = Github(os.environ["GITHUB_TOKEN"])

# ok: secret.github-personal-access-token
PLACEHOLDER = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"

# Right shape, wrong checksum (last character changed): not a token GitHub issued.
# ok: secret.github-personal-access-token
TYPO = "ghp_kjLvyysx3NXy1dONPdjQljR48plVbA4GNSOG"

# Truncated in a log line.
# ok: secret.github-personal-access-token
print("using token ghp_kjLvyysx3NXy1dONPd...")

# ok: secret.github-personal-access-token
CACHE_KEY = "cache_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x"

# ok: secret.github-personal-access-token
PATTERN = r"ghp_[A-Za-z0-9]{36}"
