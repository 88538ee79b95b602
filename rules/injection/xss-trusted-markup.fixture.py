# Fixture for injection.xss-trusted-markup (Python: Django, Flask/Jinja2).
import bleach
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from flask import Flask, render_template, render_template_string, request
from markupsafe import Markup

app = Flask(__name__)

BANNER = "<div class='banner'>Scheduled maintenance tonight</div>"


def search_results(request):
    q = request.GET.get("q", "")
    # ruleid: injection.xss-trusted-markup
    heading = mark_safe(f"<h2>Results for {q}</h2>")
    return {"heading": heading}


def bio_preview(request):
    bio = request.POST["bio"]
    # ruleid: injection.xss-trusted-markup
    return {"preview": SafeString(bio)}


def link(request):
    label = request.GET["label"]
    # ruleid: injection.xss-trusted-markup
    return format_html("<a href='/x'>" + label + "</a>")


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    # ruleid: injection.xss-trusted-markup
    return render_template_string("<h1>Hello " + name + "</h1>")


@app.route("/note/<title>")
def note(title):
    # ruleid: injection.xss-trusted-markup
    return render_template("note.html", title=Markup(title))


# ---- safe ----


def search_safe(request):
    q = request.GET.get("q", "")
    # ok: injection.xss-trusted-markup
    heading = format_html("<h2>Results for {}</h2>", q)
    # ok: injection.xss-trusted-markup
    escaped = mark_safe("<h2>Results for " + escape(q) + "</h2>")
    return {"heading": heading, "escaped": escaped}


def banner(request):
    # ok: injection.xss-trusted-markup
    return {"banner": mark_safe(BANNER)}


def bio_clean(request):
    cleaned = bleach.clean(request.POST["bio"], tags=["b", "i", "a"])
    # ok: injection.xss-trusted-markup
    return {"preview": mark_safe(cleaned)}


@app.route("/hello-safe")
def hello_safe():
    # ok: injection.xss-trusted-markup
    return render_template_string("<h1>Hello {{ name }}</h1>", name=request.args.get("name", ""))


@app.route("/tag")
def tag():
    # ok: injection.xss-trusted-markup
    return Markup("<b>%s</b>") % request.args.get("t", "")
