# Fixture for crypto.tls-verification-disabled (Python).
import ssl
import urllib.request

import aiohttp
import httpx
import jwt
import requests
import urllib3
from elasticsearch import Elasticsearch


def fetch_report(url, token):
    # ruleid: crypto.tls-verification-disabled
    response = requests.get(url, headers={"Authorization": f"Bearer {token}"}, verify=False)
    return response.json()


def session_client():
    session = requests.Session()
    # ruleid: crypto.tls-verification-disabled
    session.verify = False
    return session


def httpx_client():
    # ruleid: crypto.tls-verification-disabled
    return httpx.Client(base_url="https://internal.example", verify=False)


def legacy_urlopen(url):
    # ruleid: crypto.tls-verification-disabled
    ctx = ssl._create_unverified_context()
    return urllib.request.urlopen(url, context=ctx).read()


def manual_context():
    ctx = ssl.create_default_context()
    # ruleid: crypto.tls-verification-disabled
    ctx.check_hostname = False
    # ruleid: crypto.tls-verification-disabled
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def pool():
    # ruleid: crypto.tls-verification-disabled
    return urllib3.PoolManager(cert_reqs="CERT_NONE")


def search():
    # ruleid: crypto.tls-verification-disabled
    return Elasticsearch("https://search:9200", verify_certs=False)


async def aio(url):
    # ruleid: crypto.tls-verification-disabled
    connector = aiohttp.TCPConnector(ssl=False)
    async with aiohttp.ClientSession(connector=connector) as session:
        async with session.get(url) as resp:
            return await resp.text()


# ruleid: crypto.tls-verification-disabled
ssl._create_default_https_context = ssl._create_unverified_context


def safe(url, ca_bundle, token, key):
    # ok: crypto.tls-verification-disabled
    a = requests.get(url, verify=True)
    # ok: crypto.tls-verification-disabled
    b = requests.get(url, verify=ca_bundle)
    # ok: crypto.tls-verification-disabled
    c = httpx.get(url)
    # ok: crypto.tls-verification-disabled
    claims = jwt.decode(token, key, algorithms=["HS256"], verify=False)
    ctx = ssl.create_default_context()
    # ok: crypto.tls-verification-disabled
    ctx.check_hostname = True
    # ok: crypto.tls-verification-disabled
    ctx.verify_mode = ssl.CERT_REQUIRED
    return a, b, c, claims, ctx
