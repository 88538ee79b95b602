# Fixture for secret.digitalocean-oauth-token in Ruby.
require "droplet_kit"

# ruleid: secret.digitalocean-oauth-token
client = DropletKit::Client.new(access_token: "doo_v1_39acd510184894e2e9ade3799fc4bf787ea417b9cb91f040418a39579f973501")

# ok: secret.digitalocean-oauth-token
client = DropletKit::Client.new(access_token: session[:do_access_token])
