# Fixture for injection.code-injection-template (Python: Flask, Django, FastAPI).
import string

import jinja2
from django.http import HttpResponse
from django.template import Context, Template as DjangoTemplate, engines
from fastapi import APIRouter
from flask import Flask, render_template, request
from jinja2 import Environment, Template
from jinja2.sandbox import SandboxedEnvironment
from mako.template import Template as MakoTemplate

app = Flask(__name__)
router = APIRouter()
env = Environment(autoescape=True)

TEMPLATES = {"welcome": "Welcome {{ name }}", "bye": "Goodbye {{ name }}"}


@app.route("/greet")
def greet():
    name = request.args.get("name", "guest")
    # ruleid: injection.code-injection-template
    return Template("Hello " + name + "!").render()


@app.route("/preview", methods=["POST"])
def preview():
    source = request.form["template"]
    # ruleid: injection.code-injection-template
    return env.from_string(source).render(user="preview")


@app.route("/jinja", methods=["POST"])
def jinja_preview():
    # ruleid: injection.code-injection-template
    template = jinja2.Template(request.get_json()["body"])
    return template.render()


@app.route("/mako", methods=["POST"])
def mako_preview():
    # ruleid: injection.code-injection-template
    return MakoTemplate(text=request.form["text"]).render()


# --- safe ---------------------------------------------------------------------------------------------------------


@app.route("/greet-safe")
def greet_safe():
    name = request.args.get("name", "guest")
    # ok: injection.code-injection-template
    html = Template("Hello {{ name }}!").render(name=name)
    # ok: injection.code-injection-template
    page = render_template("greet.html", name=name)
    return html + page


@app.route("/named/<key>")
def named(key):
    source = TEMPLATES.get(key, "Hello")
    # ok: injection.code-injection-template
    return env.from_string(source).render(name=request.args.get("name"))


@app.route("/plain")
def plain():
    # ok: injection.code-injection-template
    return string.Template(request.args["tpl"]).safe_substitute(site="example")


def render_stored(source):
    # ok: injection.code-injection-template
    return env.from_string(source).render()


# Django
def django_preview(request, slug):
    body = request.POST.get("body", "")
    # ruleid: injection.code-injection-template
    template = DjangoTemplate("<h1>" + slug + "</h1>" + body)
    # ruleid: injection.code-injection-template
    other = engines["django"].from_string(body)
    return HttpResponse(template.render(Context({})) + other.render({}))


# FastAPI
@router.get("/render/{source}")
async def render(source: str):
    # ruleid: injection.code-injection-template
    return {"html": Environment().from_string(source).render()}
