# Fixture for injection.sql-injection-call (Ruby): a Rails controller.
class UsersController < ApplicationController
  def index
    # ruleid: injection.sql-injection-call
    @users = User.where("name = '#{params[:name]}'")
    # ruleid: injection.sql-injection-call
    @users = @users.order(params[:sort])
    # ruleid: injection.sql-injection-call
    @users = @users.where("email LIKE '%" + params[:q] + "%'")
    # ruleid: injection.sql-injection-call
    @users = User.find_by_sql("SELECT * FROM users WHERE id = #{params[:id]}")
    # ruleid: injection.sql-injection-call
    @count = ActiveRecord::Base.connection.execute(sql)
    # ruleid: injection.sql-injection-call
    @names = User.pluck(Arel.sql(params[:column]))
    # ruleid: injection.sql-injection-call
    @rows = User.where(["name = '#{params[:name]}'"])
    # ruleid: injection.sql-injection-call
    rows = client.query("SELECT * FROM users WHERE name = '#{name}'")
    # ruleid: injection.sql-injection-call
    ds = DB["SELECT * FROM users WHERE name = '#{name}'"]
    # ruleid: injection.sql-injection-call
    conn.exec("DELETE FROM sessions WHERE token = '" + token + "'")
    # ruleid: injection.sql-injection-call
    stats = ActiveRecord::Base.connection.select_all(<<~SQL)
      SELECT count(*) FROM orders WHERE region = '#{region}'
    SQL
    # ruleid: injection.sql-injection-call
    User.where("created_at > '%s'" % params[:since])
    # ok: injection.sql-injection-call
    a = User.where("name = ?", params[:name])
    # ok: injection.sql-injection-call
    b = User.where(name: params[:name])
    # ok: injection.sql-injection-call
    c = User.where("id = #{params[:id].to_i}")
    # ok: injection.sql-injection-call
    d = User.find_by_sql(["SELECT * FROM users WHERE id = ?", params[:id]])
    # ok: injection.sql-injection-call
    e = User.order(created_at: :desc)
    # ok: injection.sql-injection-call
    f = ActiveRecord::Base.connection.execute(REFRESH_SQL)
    # ok: injection.sql-injection-call
    g = ActiveRecord::Base.connection.execute(<<~SQL)
      REFRESH MATERIALIZED VIEW #{MATERIALIZED_VIEW}
    SQL
    # ok: injection.sql-injection-call
    h = conn.exec_params("SELECT * FROM users WHERE id = $1", [params[:id]])
    # ok: injection.sql-injection-call
    i = User.where("name = #{User.connection.quote(params[:name])}")
    # ok: injection.sql-injection-call
    j = items.select { |x| x.active? }
    # ok: injection.sql-injection-call
    k = Rails.cache.fetch("user-#{params[:id]}")
    # ok: injection.sql-injection-call
    l = User.where("status = 'active'" + " AND deleted_at IS NULL")
  end
end

class Post < ApplicationRecord
  # ruleid: injection.sql-injection-call
  scope :titled, ->(q) { where("title LIKE '%#{q}%'") }
  # ok: injection.sql-injection-call
  scope :titled_safe, ->(q) { where("title LIKE ?", "%#{sanitize_sql_like(q)}%") }

  def self.with_ids(ids)
    # ok: injection.sql-injection-call
    where("id IN (#{ids.map(&:to_i).join(',')})")
  end

  def self.bump(amount)
    # ruleid: injection.sql-injection-call
    where(published: true).update_all("views = views + #{amount}")
  end

  def self.purge(table)
    # ruleid: injection.sql-injection-call
    connection.execute <<~SQL
      DELETE FROM #{table} WHERE created_at < now() - interval '30 days'
    SQL
  end

  def self.totals
    # ok: injection.sql-injection-call
    select("#{table_name}.*, COUNT(comments.id) AS comments_count")
  end
end
