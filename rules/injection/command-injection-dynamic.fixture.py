# Fixture for injection.command-injection-dynamic (Python).
import asyncio
import os
import shlex
import subprocess
import sys

from django.conf import settings

BACKUP_DIR = "/var/backups"
PG_DUMP = "/usr/bin/pg_dump"


def backup(database, target):
    # ruleid: injection.command-injection-dynamic
    os.system(f"{PG_DUMP} {database} > {target}")


def compress(path):
    # ruleid: injection.command-injection-dynamic
    return subprocess.check_output("gzip -k " + path, shell=True)


def run_job(job):
    # ruleid: injection.command-injection-dynamic
    subprocess.Popen(job["command"], shell=True)


def disk_usage(folder):
    # ruleid: injection.command-injection-dynamic
    with os.popen("du -sh %s" % folder) as pipe:
        return pipe.read()


async def resolve(host):
    # ruleid: injection.command-injection-dynamic
    proc = await asyncio.create_subprocess_shell("host {}".format(host))
    return await proc.wait()


def from_file(path):
    with open(path) as handle:
        line = handle.readline()
    # ruleid: injection.command-injection-dynamic
    subprocess.run(line, shell=True, check=True)


# --- safe ---------------------------------------------------------------------------------------------------------


def constants():
    # ok: injection.command-injection-dynamic
    os.system("uptime")
    # ok: injection.command-injection-dynamic
    os.system(f"{PG_DUMP} main > {BACKUP_DIR}/main.sql")
    # ok: injection.command-injection-dynamic
    subprocess.run("ls -la " + BACKUP_DIR, shell=True)
    # ok: injection.command-injection-dynamic
    subprocess.run("tar -czf %s/site.tgz %s" % (BACKUP_DIR, settings.MEDIA_ROOT), shell=True)
    # ok: injection.command-injection-dynamic
    os.system(f"{sys.executable} -m pip list")


def quoted(path):
    # ok: injection.command-injection-dynamic
    os.system("gzip -k " + shlex.quote(path))
    # ok: injection.command-injection-dynamic
    os.system(f"head -n {int(path)} log.txt")


def no_shell(path):
    # ok: injection.command-injection-dynamic
    subprocess.run(["gzip", "-k", path])
    # ok: injection.command-injection-dynamic
    subprocess.run(["gzip", "-k", path], shell=False)
    # ok: injection.command-injection-dynamic
    subprocess.run(path, shell=None)
