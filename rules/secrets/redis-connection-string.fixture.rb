# Fixture for secret.redis-connection-string. Passwords are random strings, not real credentials.
require "redis"

# ruleid: secret.redis-connection-string
REDIS = Redis.new(url: "rediss://:uHxg1u8ZDq4Wv@cache-prod.x1y2z3.ng.0001.euw1.cache.amazonaws.com:6379/0")

# ruleid: secret.redis-connection-string
SIDEKIQ_URL = "redis://sidekiq:wa5T9yoToBOitVU@10.1.2.3:6379/1"

# ok: secret.redis-connection-string
CACHE = Redis.new(url: ENV.fetch("REDIS_URL"))

# ok: secret.redis-connection-string
LOCAL = "redis://localhost:6379/0"

# ok: secret.redis-connection-string
DEV = "redis://:devpassword@redis:6379/0"

# ok: secret.redis-connection-string
TEMPLATE = "redis://:#{password}@#{host}:6379"
