# Fixture for crypto.tls-verification-disabled (Ruby).
require 'net/http'
require 'openssl'
require 'faraday'

def fetch(uri)
  http = Net::HTTP.new(uri.host, uri.port)
  http.use_ssl = true
  # ruleid: crypto.tls-verification-disabled
  http.verify_mode = OpenSSL::SSL::VERIFY_NONE
  http.get(uri.request_uri)
end

def faraday_client(url)
  # ruleid: crypto.tls-verification-disabled
  Faraday.new(url: url, ssl: { verify: false })
end

def secure(uri)
  http = Net::HTTP.new(uri.host, uri.port)
  http.use_ssl = true
  # ok: crypto.tls-verification-disabled
  http.verify_mode = OpenSSL::SSL::VERIFY_PEER
  # ok: crypto.tls-verification-disabled
  Faraday.new(url: uri.to_s, ssl: { verify: true, ca_file: '/etc/ssl/ca.pem' })
end
