# Fixture for secret.generic-code-ruby. Every value here is random, made for this file.
require "net/http"

# ruleid: secret.generic-code-ruby
API_KEY = "DUEm3SZhSI9k8Tt8hxW08u"
# ruleid: secret.generic-code-ruby
db_password = 'dz^F4TW#FvRZh&&'
# ruleid: secret.generic-code-ruby
$github_token = "lkqLIRjhwOzwnLgIUooxUw"
# ruleid: secret.generic-code-ruby
REDIS_PASSWORD = 'N6KbvCDbmJ&rhA4'.freeze
# ok: secret.generic-code-ruby
MASTER_KEY = 'qwertyuiopasdfghjkl'.freeze

class PaymentsClient
  # ruleid: secret.generic-code-ruby
  SECRET_KEY = "Si3S7diTnrjdmqR5IYmXgu"
  # ok: secret.generic-code-ruby
  TOKEN_URL = "https://auth.example.com/oauth/token"

  # ruleid: secret.generic-code-ruby
  def initialize(api_key: "MWFxk9Nbvdb1LDa9N0gbl4")
    # ruleid: secret.generic-code-ruby
    @password = "s=^O_OwALSUl#tZ"
    # ruleid: secret.generic-code-ruby
    @@signing_key ||= "d78rFABovjZKV2HaHPJX3b"
    @api_key = api_key
  end
end

Rails.application.configure do
  # ruleid: secret.generic-code-ruby
  config.secret_key_base = "1xUNAZ4jeP3vGfpkvEuPGP"
end

DATABASE = {
  adapter: "postgresql",
  # ruleid: secret.generic-code-ruby
  password: "RfVU&OA&JX9TUpZ",
  # ruleid: secret.generic-code-ruby
  :auth_token => "RGSDfCo5MvLmzQ5aIkg1AF",
  # ruleid: secret.generic-code-ruby
  "client_secret" => "Cx2RHrxj9XlFkueCmyDIFg",
}

# ruleid: secret.generic-code-ruby
client = Octokit::Client.new(access_token: "dueUefAKObOwbdEbGC1vD9")
# ruleid: secret.generic-code-ruby
set :deploy_password, "jzPDVZTNMZsW&=i"
# ruleid: secret.generic-code-ruby
ENV["STRIPE_SECRET_KEY"] = "AS48FQc4Dk4gOzB3tLYKK9"
# ruleid: secret.generic-code-ruby
token = ENV.fetch("SLACK_TOKEN", "xWoygrGDhUknhbVmXOOAbB")
# ruleid: secret.generic-code-ruby
webhook_secret = ENV["WEBHOOK_SECRET"] || "SagXGP5BtqZC89OvojVRTo"

# ok: secret.generic-code-ruby
password = ENV["DB_PASSWORD"]
# ok: secret.generic-code-ruby
api_key = ENV.fetch("API_KEY")
# ok: secret.generic-code-ruby
secret = Rails.application.credentials.secret_key_base
# ok: secret.generic-code-ruby
token = "#{prefix}-ygen*rF4aMVdaK7"
# ok: secret.generic-code-ruby
password_hint = "Enter your password"
# ok: secret.generic-code-ruby
access_token = "<access-token>"
# ok: secret.generic-code-ruby
secret_key = "changeme"
# ok: secret.generic-code-ruby
token_type = "h_8PE+EZvM*y9I*"
# ok: secret.generic-code-ruby
secret_name = "prod/payments/stripe"
# ok: secret.generic-code-ruby
api_key_header = "X-Api-Key"
# ok: secret.generic-code-ruby
password_digest = "$2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"
# ok: secret.generic-code-ruby
authenticate(password) if password == "SagXGP5BtqZC89OvojVRTo"
# ok: secret.generic-code-ruby
test_token = "fake-token-for-specs"
# ok: secret.generic-code-ruby
req["Authorization"] = "Bearer #{access_token}"
