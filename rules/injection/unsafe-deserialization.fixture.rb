# Fixture for injection.unsafe-deserialization (Ruby).
require 'base64'
require 'json'
require 'oj'
require 'yaml'

class CartsController < ApplicationController
  def restore
    blob = Base64.urlsafe_decode64(cookies[:cart])
    # ruleid: injection.unsafe-deserialization
    @cart = Marshal.load(blob)
    render json: @cart.items
  end

  def legacy_restore
    # ruleid: injection.unsafe-deserialization
    @cart = ::Marshal.restore(Base64.decode64(params[:state]))
    head :ok
  end

  def import
    # ruleid: injection.unsafe-deserialization
    settings = YAML.load(request.body.read)
    # ruleid: injection.unsafe-deserialization
    extra = Psych.load(params[:extra].to_s)
    render json: settings.merge(extra)
  end

  def import_trusted
    # ruleid: injection.unsafe-deserialization
    data = YAML.unsafe_load(params[:document])
    render json: data
  end

  def sync
    # ruleid: injection.unsafe-deserialization
    order = Oj.load(request.raw_post, mode: :object)
    # ruleid: injection.unsafe-deserialization
    line = Oj.object_load(params[:line])
    render json: [order, line]
  end

  def safe_import
    # ok: injection.unsafe-deserialization
    settings = YAML.safe_load(request.body.read)
    # ok: injection.unsafe-deserialization
    typed = YAML.load(params[:doc], permitted_classes: [Date, Symbol])
    # ok: injection.unsafe-deserialization
    parsed = JSON.parse(request.raw_post)
    # ok: injection.unsafe-deserialization
    compat = Oj.load(request.raw_post, mode: :compat)
    # ok: injection.unsafe-deserialization
    defaults = YAML.load("retries: 3\ntimeout: 10\n")
    # ok: injection.unsafe-deserialization
    snapshot = Marshal.dump(settings)
    render json: [settings, typed, parsed, compat, defaults, snapshot.bytesize]
  end
end
