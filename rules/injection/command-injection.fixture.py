# Fixture for injection.command-injection (Python: Flask, Django, FastAPI, CLI).
import argparse
import asyncio
import os
import shlex
import subprocess
import sys

from django.http import HttpResponse, JsonResponse
from fastapi import APIRouter, Depends
from flask import Flask, request

app = Flask(__name__)
router = APIRouter()

COMPRESSORS = {"gz": "gzip", "xz": "xz"}


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    # ruleid: injection.command-injection
    status = os.system("ping -c 1 " + host)
    return {"status": status}


@app.route("/lookup", methods=["POST"])
def lookup():
    domain = request.form["domain"]
    # ruleid: injection.command-injection
    output = subprocess.check_output(f"nslookup {domain}", shell=True)
    return output


@app.route("/archive/<name>")
def archive(name):
    cmd = "tar -czf /tmp/%s.tgz /srv/data" % name
    # ruleid: injection.command-injection
    proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)
    return proc.communicate()[0]


@app.route("/disk")
def disk():
    path = request.args.get("path")
    # ruleid: injection.command-injection
    with os.popen("du -sh {}".format(path)) as pipe:
        return pipe.read()


@app.route("/script", methods=["POST"])
def script():
    body = request.get_json()
    # ruleid: injection.command-injection
    result = subprocess.run(["bash", "-c", body["script"]], capture_output=True)
    return result.stdout


@app.route("/run", methods=["POST"])
def run_tool():
    line = request.json["command"]
    # ruleid: injection.command-injection
    return subprocess.run(shlex.split(line), capture_output=True).stdout


# --- safe ---------------------------------------------------------------------------------------------------------


@app.route("/ping-safe")
def ping_safe():
    host = request.args.get("host", "")
    # ok: injection.command-injection
    result = subprocess.run(["ping", "-c", "1", "--", host], capture_output=True)
    return result.stdout


@app.route("/ping-quoted")
def ping_quoted():
    host = shlex.quote(request.args.get("host", ""))
    # ok: injection.command-injection
    return subprocess.check_output("ping -c 1 " + host, shell=True)


@app.route("/tail")
def tail():
    lines = int(request.args.get("lines", "10"))
    # ok: injection.command-injection
    os.system(f"tail -n {lines} /var/log/app.log")
    return "ok"


@app.route("/head")
def head():
    count = request.args.get("count", 10, type=int)
    # ok: injection.command-injection
    return subprocess.check_output(f"head -n {count} /var/log/app.log", shell=True)


@app.route("/compress/<fmt>")
def compress(fmt):
    tool = COMPRESSORS.get(fmt, "gzip")
    # ok: injection.command-injection
    subprocess.run(f"{tool} -k /srv/data.tar", shell=True, check=True)
    return "ok"


@app.route("/uptime")
def uptime():
    # ok: injection.command-injection
    os.system("uptime")
    # ok: injection.command-injection
    subprocess.run("ls " + "-la", shell=True)
    return "ok"


@app.route("/no-shell")
def no_shell():
    name = request.args["name"]
    # ok: injection.command-injection
    subprocess.run(["git", "log", "--author", name], shell=False)
    return "ok"


def nightly_job(settings):
    # ok: injection.command-injection
    subprocess.run(f"pg_dump {settings.DB_NAME} > /backups/db.sql", shell=True)


# Django
def convert(request, doc_id):
    target = request.GET.get("format", "pdf")
    # ruleid: injection.command-injection
    subprocess.call("soffice --convert-to " + target + " /docs/" + doc_id, shell=True)
    return HttpResponse("converted")


def health(request):
    # ok: injection.command-injection
    out = subprocess.check_output(["systemctl", "is-active", "nginx"])
    return JsonResponse({"nginx": out.decode()})


# FastAPI
def get_db():
    yield None


@router.get("/whois/{domain}")
async def whois(domain: str, db=Depends(get_db)):
    # ruleid: injection.command-injection
    proc = await asyncio.create_subprocess_shell(f"whois {domain}", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return {"whois": out.decode()}


@router.get("/dig/{domain}")
async def dig(domain: str):
    # ok: injection.command-injection
    proc = await asyncio.create_subprocess_exec("dig", "+short", domain, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return {"dig": out.decode()}


# A command-line tool
def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("branch")
    args = parser.parse_args()
    # ruleid: injection.command-injection
    os.system("git checkout " + args.branch)
    target = sys.argv[1]
    # ruleid: injection.command-injection
    subprocess.run("rm -rf " + target, shell=True)
    # ok: injection.command-injection
    subprocess.run(["rm", "-rf", "--", target])
    # ok: injection.command-injection
    subprocess.run([sys.executable, sys.argv[0], "--worker"])


if __name__ == "__main__":
    main()
