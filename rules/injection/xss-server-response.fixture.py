# Fixture for injection.xss-server-response (Python: Flask, Django, FastAPI).
import html
import json

import bleach
from django.http import HttpResponse, HttpResponseNotFound, JsonResponse
from django.utils.html import escape as django_escape
from django.utils.html import format_html
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from flask import Flask, Response, jsonify, make_response, render_template, request
from markupsafe import Markup, escape

app = Flask(__name__)
api = FastAPI()


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    # ruleid: injection.xss-server-response
    return f"<h1>Hello {name}!</h1>"


@app.route("/search")
def search():
    q = request.args["q"]
    # ruleid: injection.xss-server-response
    return "<p>No results for <b>%s</b></p>" % q


@app.route("/user/<username>")
def profile(username):
    # ruleid: injection.xss-server-response
    return "<h2>{}</h2>".format(username)


@app.route("/comment", methods=["POST"])
def comment():
    text = request.form.get("text", "")
    page_html = "<div class='comment'>" + text + "</div>"
    # ruleid: injection.xss-server-response
    resp = make_response(page_html)
    resp.headers["Cache-Control"] = "no-store"
    return resp


@app.route("/back")
def back():
    ref = request.headers.get("Referer", "/")
    # ruleid: injection.xss-server-response
    return Response(f'<a href="{ref}">Go back</a>', mimetype="text/html")


def django_greet(request):
    who = request.GET.get("who", "")
    # ruleid: injection.xss-server-response
    return HttpResponse("<p>Hi " + who + "</p>")


def django_missing(request):
    slug = request.GET["slug"]
    # ruleid: injection.xss-server-response
    return HttpResponseNotFound(f"<h1>{slug} was not found</h1>")


def django_echo(request):
    # ruleid: injection.xss-server-response
    return HttpResponse(request.body)


@api.get("/items", response_class=HTMLResponse)
async def items(q: str = ""):
    # ruleid: injection.xss-server-response
    return HTMLResponse(content=f"<ul><li>{q}</li></ul>")


# ---- safe ----


@app.route("/hello-safe")
def hello_safe():
    name = request.args.get("name", "world")
    # ok: injection.xss-server-response
    return f"<h1>Hello {escape(name)}!</h1>"


@app.route("/search-safe")
def search_safe():
    q = html.escape(request.args["q"])
    # ok: injection.xss-server-response
    return "<p>No results for <b>%s</b></p>" % q


@app.route("/markup")
def markup_safe():
    # ok: injection.xss-server-response
    return Markup("<b>%s</b>") % request.args.get("x", "")


@app.route("/api/user")
def api_user():
    # ok: injection.xss-server-response
    return jsonify({"name": request.args.get("name")})


@app.route("/templated")
def templated():
    # ok: injection.xss-server-response
    return render_template("hello.html", name=request.args.get("name"))


@app.route("/plain")
def plain():
    # ok: injection.xss-server-response
    return Response(request.args.get("q", ""), mimetype="text/plain")


@app.route("/count")
def count():
    n = int(request.args.get("n", "0"))
    # ok: injection.xss-server-response
    return f"<p>{n} items</p>"


def django_status(request):
    verbose = request.GET.get("verbose")
    # ok: injection.xss-server-response
    return HttpResponse("<p>All systems go</p>" if verbose else "<p>OK</p>")


@app.route("/theme")
def theme():
    # Cookies are not chosen by another site.
    # ok: injection.xss-server-response
    return f"<body class='{request.cookies.get('theme')}'></body>"


def django_safe(request):
    who = request.GET.get("who", "")
    # ok: injection.xss-server-response
    return HttpResponse(format_html("<p>Hi {}</p>", who))
    

def django_escaped(request):
    # ok: injection.xss-server-response
    return HttpResponse("<p>" + django_escape(request.GET.get("q", "")) + "</p>")


def django_json(request):
    data = {"q": request.GET.get("q")}
    # ok: injection.xss-server-response
    return HttpResponse(json.dumps(data), content_type="application/json")


def django_json2(request):
    # ok: injection.xss-server-response
    return JsonResponse({"q": request.GET.get("q")})


def django_bleached(request):
    clean = bleach.clean(request.POST["bio"])
    # ok: injection.xss-server-response
    return HttpResponse(f"<div>{clean}</div>")


def static_page():
    # ok: injection.xss-server-response
    return "<h1>About us</h1>"
