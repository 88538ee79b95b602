# Fixture for injection.command-injection-call (Ruby): a Rails controller.
require 'open3'
require 'shellwords'

class ReportsController < ApplicationController
  def export
    # ruleid: injection.command-injection-call
    system("pg_dump #{params[:db]} > /tmp/dump.sql")
    # ruleid: injection.command-injection-call
    output = `convert #{params[:file]} out.png`
    # ruleid: injection.command-injection-call
    out, status = Open3.capture2("git log --author=" + params[:author])
    # ruleid: injection.command-injection-call
    exec(command)
    # ruleid: injection.command-injection-call
    pid = spawn("tar czf #{archive} #{dir}", chdir: Rails.root.to_s)
    # ruleid: injection.command-injection-call
    IO.popen("grep #{pattern} /var/log/app.log", "r") { |io| io.read }
    # ruleid: injection.command-injection-call
    open("| lpr #{printer}")
    # ruleid: injection.command-injection-call
    data = %x(whois #{domain})
    # ruleid: injection.command-injection-call
    system("bash", "-c", "ping -c 1 #{host}")
    # ruleid: injection.command-injection-call
    Kernel.system({ "LANG" => "C" }, "du -sh #{path}")
    # ruleid: injection.command-injection-call
    stdin, stdout, stderr, wait = Open3.popen3(cmd)
    # ruleid: injection.command-injection-call
    system(<<~CMD)
      rsync -a #{src} #{dest}
    CMD
    # ok: injection.command-injection-call
    system("pg_dump", params[:db])
    # ok: injection.command-injection-call
    system("convert #{Shellwords.escape(params[:file])} out.png")
    # ok: injection.command-injection-call
    Open3.capture2("git", "log", "--author=#{params[:author]}")
    # ok: injection.command-injection-call
    IO.popen(["grep", pattern, "/var/log/app.log"]) { |io| io.read }
    # ok: injection.command-injection-call
    `uptime`
    # ok: injection.command-injection-call
    system("ls -la")
    # ok: injection.command-injection-call
    system("kill -9 #{pid.to_i}")
    # ok: injection.command-injection-call
    system(BACKUP_COMMAND)
    # ok: injection.command-injection-call
    File.open(params[:name])
    # ok: injection.command-injection-call
    spawn("tar", "czf", archive, dir)
    # ok: injection.command-injection-call
    conn.exec("VACUUM #{table}")
    # ok: injection.command-injection-call
    system("zip -r #{archive.shellescape} .")
  end
end
