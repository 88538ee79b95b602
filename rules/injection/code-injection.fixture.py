# Fixture for injection.code-injection (Python: Flask, Django, FastAPI).
import ast
import json
import operator

from django.http import JsonResponse
from fastapi import APIRouter
from flask import Flask, request

app = Flask(__name__)
router = APIRouter()

OPERATORS = {"add": operator.add, "sub": operator.sub}


@app.route("/calc")
def calc():
    expression = request.args.get("expr", "0")
    # ruleid: injection.code-injection
    result = eval(expression)
    return {"result": result}


@app.route("/run", methods=["POST"])
def run():
    code = request.get_json()["code"]
    namespace = {}
    # ruleid: injection.code-injection
    exec(code, {"__builtins__": {}}, namespace)
    return namespace


@app.route("/attr/<name>")
def attribute(name):
    # ruleid: injection.code-injection
    return str(eval(f"config.{name}"))


@app.route("/compiled", methods=["POST"])
def compiled():
    source = request.form["source"]
    # ruleid: injection.code-injection
    exec(compile(source, "<user>", "exec"))
    return "ok"


# --- safe ---------------------------------------------------------------------------------------------------------


@app.route("/calc-safe")
def calc_safe():
    expression = request.args.get("expr", "0")
    # ok: injection.code-injection
    value = ast.literal_eval(expression)
    op = OPERATORS[request.args.get("op", "add")]
    # ok: injection.code-injection
    total = eval("op(1, 2)")
    count = int(request.args.get("n", "1"))
    # ok: injection.code-injection
    doubled = eval(f"{count} * 2")
    return {"value": value, "total": total, "doubled": doubled}


def load_plugin(path):
    with open(path) as handle:
        source = handle.read()
    # ok: injection.code-injection
    exec(source)


# Django
def formula(request, field):
    expr = request.POST.get("formula", "")
    # ruleid: injection.code-injection
    value = eval(expr, {"__builtins__": None}, {})
    # ok: injection.code-injection
    data = json.loads(request.body)
    return JsonResponse({"value": value, "data": data})


# FastAPI
@router.get("/eval/{expr}")
async def evaluate(expr: str):
    # ruleid: injection.code-injection
    return {"result": eval(expr)}


@router.post("/model")
async def model(name: str):
    # ok: injection.code-injection
    return {"name": name, "mode": evaluate_mode()}


def evaluate_mode():
    return "eval"
