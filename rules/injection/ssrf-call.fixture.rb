# Fixture for injection.ssrf-call (Ruby).
require 'net/http'
require 'open-uri'

class WebhooksController < ApplicationController
  FEEDS = {
    'status' => 'https://status.example.com/feed.xml',
    'blog' => 'https://blog.example.com/rss'
  }.freeze
  ALLOWED_HOSTS = %w[hooks.example.com api.partner.example].freeze

  def preview
    # ruleid: injection.ssrf-call
    body = Net::HTTP.get(URI(params[:url]))
    render plain: body
  end

  def fetch_feed
    # ruleid: injection.ssrf-call
    xml = URI.open(params[:feed_url]).read
    # ruleid: injection.ssrf-call
    legacy = open(params[:mirror]).read
    render xml: xml + legacy
  end

  def ping
    # ruleid: injection.ssrf-call
    response = HTTParty.get("https://#{params[:host]}/health")
    # ruleid: injection.ssrf-call
    check = RestClient.get('http://' + params[:service] + '/status')
    render json: { code: response.code, check: check.code }
  end

  def relay
    # ruleid: injection.ssrf-call
    conn = Faraday.new(url: params[:endpoint])
    # ruleid: injection.ssrf-call
    resp = Faraday.get(params[:callback_url].to_s)
    render json: { status: conn.get('/').status, relay: resp.status }
  end

  def avatar
    # ruleid: injection.ssrf-call
    image = URI.parse(params[:avatar_url]).open
    send_data image.read, type: 'image/png'
  end

  def referer_probe
    # ruleid: injection.ssrf-call
    res = Net::HTTP.get_response(URI.parse(request.referer))
    head res.code.to_i
  end

  def safe_feed
    # ok: injection.ssrf-call
    xml = URI.open(FEEDS.fetch(params[:name])).read
    # ok: injection.ssrf-call
    user = HTTParty.get("https://api.example.com/users/#{params[:id]}")
    # ok: injection.ssrf-call
    search = Faraday.get("https://search.example.com/q?term=#{ERB::Util.url_encode(params[:q])}")
    # ok: injection.ssrf-call
    static = Net::HTTP.get(URI('https://status.example.com/ping'))
    render json: [xml, user.code, search.status, static]
  end

  def allowlisted
    uri = URI.parse(params[:url])
    head :bad_request and return unless uri.is_a?(URI::HTTPS) && ALLOWED_HOSTS.include?(uri.host)
    # ok: injection.ssrf-call
    body = Net::HTTP.get(uri)
    # ok: injection.ssrf-call
    File.open(params[:upload].path) { |f| f.read }
    render plain: body
  end
end
