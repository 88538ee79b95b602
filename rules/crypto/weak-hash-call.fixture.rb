# Fixture for crypto.weak-hash-call (Ruby).
require 'digest'
require 'openssl'

class AvatarController < ApplicationController
  def show
    # ruleid: crypto.weak-hash-call
    hash = Digest::MD5.hexdigest(params[:email].to_s.downcase)
    redirect_to "https://www.gravatar.com/avatar/#{hash}"
  end

  def sign(body)
    # ruleid: crypto.weak-hash-call
    digest = OpenSSL::Digest.new('sha1')
    OpenSSL::HMAC.hexdigest(digest, ENV.fetch('SIGNING_KEY'), body)
  end

  def legacy(data)
    # ruleid: crypto.weak-hash-call
    Digest::SHA1.new.update(data).hexdigest
  end

  def strong(data)
    # ok: crypto.weak-hash-call
    a = Digest::SHA256.hexdigest(data)
    # ok: crypto.weak-hash-call
    b = OpenSSL::Digest.new('SHA256').hexdigest(data)
    [a, b]
  end
end
