# Fixture for crypto.insecure-random-call (Ruby on Rails).
require 'securerandom'

class User < ApplicationRecord
  CHARS = ('a'..'z').to_a + ('0'..'9').to_a

  def send_reset!
    # ruleid: crypto.insecure-random-call
    self.reset_token = Array.new(24) { CHARS.sample }.join
    # ruleid: crypto.insecure-random-call
    @otp_code = rand(100_000..999_999).to_s
    save!
  end

  def generate_api_key
    # ruleid: crypto.insecure-random-call
    "key_#{Random.rand(10**16)}"
  end

  def secure!
    # ok: crypto.insecure-random-call
    self.reset_token = SecureRandom.urlsafe_base64(32)
    # ok: crypto.insecure-random-call
    @otp_code = Array.new(6) { CHARS.sample(random: SecureRandom) }.join
    # ok: crypto.insecure-random-call
    @retry_delay = rand(1..5)
  end
end
