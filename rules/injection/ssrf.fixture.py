# Fixture for injection.ssrf (Python: Flask, Django, FastAPI).
import urllib.request
from urllib.request import urlopen

import httpx
import requests
from django.conf import settings
from django.http import HttpResponse, JsonResponse
from fastapi import FastAPI
from flask import Flask, jsonify, request

app = Flask(__name__)
api = FastAPI()

PARTNER_API = "https://partners.internal.test"
FEEDS = {"news": "https://feeds.test/news.xml", "blog": "https://feeds.test/blog.xml"}

session = requests.Session()


@app.route("/fetch")
def fetch_url():
    url = request.args.get("url")
    # ruleid: injection.ssrf
    resp = requests.get(url, timeout=5)
    return resp.text


@app.route("/webhook", methods=["POST"])
def webhook():
    payload = request.get_json()
    # ruleid: injection.ssrf
    session.post(payload["callback"], json={"status": "ok"})
    return "", 204


@app.route("/image")
def image():
    host = request.headers.get("X-Image-Host")
    # ruleid: injection.ssrf
    with urlopen("http://%s/logo.png" % host) as resp:
        return resp.read()


@app.route("/forward")
def forward():
    target = request.args["target"]
    # ruleid: injection.ssrf
    resp = requests.request("GET", target, allow_redirects=False)
    return resp.content


@api.get("/preview")
async def preview(link: str):
    async with httpx.AsyncClient() as client:
        pass
    # ruleid: injection.ssrf
    resp = httpx.get(link, follow_redirects=True)
    return {"status": resp.status_code}


def django_proxy(request):
    src = request.GET["src"]
    req = urllib.request.Request(src, headers={"User-Agent": "preview"})
    # ruleid: injection.ssrf
    return HttpResponse(urllib.request.urlopen(req).read())


def django_keyword(request):
    # ruleid: injection.ssrf
    resp = requests.post(url=request.POST.get("endpoint"), data={"ping": 1})
    return JsonResponse({"status": resp.status_code})


# Safe cases


@app.route("/users/<user_id>")
def user(user_id):
    # the scheme and host are fixed, the client only picks the path
    # ok: injection.ssrf
    resp = requests.get(f"https://api.internal.test/users/{user_id}")
    return jsonify(resp.json())


@app.route("/orders")
def orders():
    order = request.args.get("id", "")
    # ok: injection.ssrf
    resp = requests.get("https://orders.internal.test/v1/orders/%s" % order)
    return jsonify(resp.json())


@app.route("/partner/<name>")
def partner(name):
    # ok: injection.ssrf
    resp = requests.get(f"{PARTNER_API}/partners/{name}", timeout=3)
    return jsonify(resp.json())


@app.route("/feed")
def feed():
    url = FEEDS.get(request.args.get("name"), FEEDS["news"])
    # ok: injection.ssrf
    return requests.get(url).text


@app.route("/search")
def search():
    # the client picks a query parameter, sent as params=
    # ok: injection.ssrf
    resp = requests.get("https://search.internal.test/api", params={"q": request.args.get("q")})
    return jsonify(resp.json())


def django_billing(request, invoice_id):
    # ok: injection.ssrf
    resp = requests.get(f"{settings.BILLING_URL}/invoices/{invoice_id}")
    return JsonResponse(resp.json())


def refresh_rates():
    # no request data at all
    # ok: injection.ssrf
    return requests.get(settings.RATES_URL).json()
