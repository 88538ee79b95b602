# Fixture for crypto.weak-cipher-call (Ruby).
require 'openssl'

module LegacyVault
  def self.encrypt(key, plaintext)
    # ruleid: crypto.weak-cipher-call
    cipher = OpenSSL::Cipher.new('des-ede3-cbc')
    cipher.encrypt
    cipher.key = key
    iv = cipher.random_iv
    iv + cipher.update(plaintext) + cipher.final
  end

  def self.ecb(key, block)
    # ruleid: crypto.weak-cipher-call
    cipher = OpenSSL::Cipher::AES.new(128, :ECB)
    cipher.encrypt
    cipher.key = key
    cipher.update(block) + cipher.final
  end

  def self.stream(key, data)
    # ruleid: crypto.weak-cipher-call
    cipher = OpenSSL::Cipher::RC4.new
    cipher.encrypt
    cipher.key = key
    cipher.update(data)
  end

  def self.modern(key, plaintext)
    # ok: crypto.weak-cipher-call
    cipher = OpenSSL::Cipher.new('aes-256-gcm')
    cipher.encrypt
    cipher.key = key
    iv = cipher.random_iv
    # ok: crypto.weak-cipher-call
    other = OpenSSL::Cipher::AES.new(256, :GCM)
    [iv, cipher.update(plaintext) + cipher.final, cipher.auth_tag, other]
  end
end
