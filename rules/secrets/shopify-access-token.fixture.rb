# Fixture for secret.shopify-access-token. Values are random hex in the documented shape.
ShopifyAPI::Context.setup(
  api_key: ENV['SHOPIFY_API_KEY'],
  api_secret_key: ENV['SHOPIFY_API_SECRET'],
  host: 'https://app.example.com',
  is_embedded: false,
)

# ruleid: secret.shopify-access-token
session = ShopifyAPI::Auth::Session.new(shop: 'acme.myshopify.com', access_token: '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')

# ruleid: secret.shopify-access-token
PRIVATE_APP_PASSWORD = "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"

# ok: secret.shopify-access-token
session = ShopifyAPI::Auth::Session.new(shop: 'acme.myshopify.com', access_token: ENV['SHOPIFY_ACCESS_TOKEN'])

# ok: secret.shopify-access-token
placeholder = 'shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'

# ok: secret.shopify-access-token
short = 'shpat_3f9a1c04be'
