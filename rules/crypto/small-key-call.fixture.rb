# Fixture for crypto.small-key-call (Ruby).
require 'openssl'

module Keys
  def self.device_key
    # ruleid: crypto.small-key-call
    OpenSSL::PKey::RSA.new(1024)
  end

  def self.legacy_ec
    # ruleid: crypto.small-key-call
    OpenSSL::PKey::EC.generate('secp192k1')
  end

  def self.strong
    # ok: crypto.small-key-call
    rsa = OpenSSL::PKey::RSA.generate(4096)
    # ok: crypto.small-key-call
    ec = OpenSSL::PKey::EC.generate('prime256v1')
    [rsa, ec]
  end
end
