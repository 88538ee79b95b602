# Fixture for injection.path-traversal-call (Ruby on Rails).
require 'fileutils'

class DocumentsController < ApplicationController
  REPORTS = { 'daily' => 'daily.csv', 'weekly' => 'weekly.csv' }.freeze
  STORAGE = Rails.root.join('storage', 'documents')

  def download
    # ruleid: injection.path-traversal-call
    send_file Rails.root.join('storage', 'documents', params[:name]), disposition: 'attachment'
  end

  def raw_download
    # ruleid: injection.path-traversal-call
    send_file "#{STORAGE}/#{params[:name]}", type: 'application/pdf'
  end

  def preview
    # ruleid: injection.path-traversal-call
    @text = File.read(File.join(STORAGE, params[:folder], 'preview.txt'))
  end

  def log
    # ruleid: injection.path-traversal-call
    @lines = IO.readlines('/var/log/app/' + params.fetch(:day, 'today') + '.log')
  end

  def upload
    upload = params[:document]
    # ruleid: injection.path-traversal-call
    File.open("#{STORAGE}/#{params[:document].original_filename}", 'wb') { |f| f.write(upload.read) }
  end

  def destroy
    # ruleid: injection.path-traversal-call
    FileUtils.rm_f(STORAGE.to_s + '/' + cookies[:last_upload])
    head :no_content
  end

  def page
    # ruleid: injection.path-traversal-call
    render file: "/srv/app/static/#{params[:page]}.html"
  end

  def safe_download
    # ok: injection.path-traversal-call
    send_file Rails.root.join('storage', 'documents', File.basename(params[:name])), disposition: 'attachment'
  end

  def report
    # ok: injection.path-traversal-call
    send_file Rails.root.join('reports', REPORTS.fetch(params[:kind], 'daily.csv'))
  end

  def invoice
    # ok: injection.path-traversal-call
    send_file Rails.root.join('invoices', "#{params[:id].to_i}.pdf")
  end

  def save_note
    # ok: injection.path-traversal-call
    File.write(Rails.root.join('tmp', 'note.txt'), params[:note])
  end

  def listing
    # ok: injection.path-traversal-call
    @files = Dir.entries(STORAGE).reject { |f| f.start_with?('.') }
    # ok: injection.path-traversal-call
    render template: 'documents/index', locals: { folder: params[:folder] }
  end
end
