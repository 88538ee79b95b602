# Fixture for injection.xss-call (Ruby on Rails).
class SearchController < ApplicationController
  def show
    @query = params[:q].to_s
    @products = Product.search(@query).page(params[:page])
    # ruleid: injection.xss-call
    flash.now[:notice] = "Showing results for <b>#{params[:q]}</b>".html_safe
  end

  def preview
    # ruleid: injection.xss-call
    render html: "<h1>#{params[:title]}</h1>".html_safe
  end

  def greeting
    # ruleid: injection.xss-call
    render inline: "<p>Hello, #{params.fetch(:name, 'guest')}</p>", layout: 'application'
  end

  def back
    # ruleid: injection.xss-call
    render html: ('<a href="' + request.referer.to_s + '">Back</a>').html_safe
  end

  def legacy
    # ruleid: injection.xss-call
    render :text => params[:message]
  end

  def plain
    # ok: injection.xss-call
    render plain: params[:q]
  end

  def escaped_by_render
    # ok: injection.xss-call
    render html: params[:q]
  end

  def escaped
    # ok: injection.xss-call
    render html: "<h1>#{ERB::Util.html_escape(params[:title])}</h1>".html_safe
  end

  def numbered
    # ok: injection.xss-call
    render html: "<p>Page #{params[:page].to_i}</p>".html_safe
  end

  def template
    # ok: injection.xss-call
    render template: 'search/show', locals: { query: params[:q] }
  end
end

module SearchHelper
  def search_summary
    # ruleid: injection.xss-call
    content_tag(:p, cookies[:last_search].html_safe, class: 'summary')
  end

  def share_link
    # ruleid: injection.xss-call
    raw "<a href='https://example.com/share?u=#{request.original_url}'>Share</a>"
  end

  def profile_bio
    # ruleid: injection.xss-call
    raw(params[:profile][:bio] || '')
  end

  def safe_bits
    # ok: injection.xss-call
    a = raw(sanitize(params[:bio], tags: %w[b i em strong]))
    # ok: injection.xss-call
    b = content_tag(:p, params[:q])
    # ok: injection.xss-call
    c = raw('<span class="badge">new</span>')
    # ok: injection.xss-call
    d = "<b>#{h(params[:name])}</b>".html_safe
    # ok: injection.xss-call
    e = link_to(params[:name], root_path)
    safe_join([a, b, c, d, e])
  end
end
