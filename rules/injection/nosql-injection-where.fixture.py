# Fixture for injection.nosql-injection-where (Python: Flask / FastAPI + pymongo).
import json

from bson.code import Code
from fastapi import FastAPI
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
api = FastAPI()
db = MongoClient("mongodb://localhost")["shop"]
FIELDS = {"price": "this.price", "stock": "this.stock"}


@app.route("/products")
def products():
    name = request.args.get("name", "")
    # ruleid: injection.nosql-injection-where
    docs = db.products.find({"$where": "this.name == '" + name + "'"})
    return jsonify(list(docs))


@app.route("/expensive", methods=["POST"])
def expensive():
    limit = request.json["limit"]
    # ruleid: injection.nosql-injection-where
    docs = db.products.find({"$where": f"this.price > {limit}"})
    # ruleid: injection.nosql-injection-where
    more = db.products.find({"$where": Code("function() { return this.stock < %s; }" % limit)})
    return jsonify(list(docs) + list(more))


@api.get("/owners/{owner}")
def by_owner(owner: str):
    # ruleid: injection.nosql-injection-where
    return list(db.orders.find({"$where": "this.owner == '{}'".format(owner)}))


# ---- safe ----


@app.route("/safe/products")
def safe_products():
    limit = int(request.args.get("limit", "10"))
    # ok: injection.nosql-injection-where
    docs = db.products.find({"$where": f"this.price > {limit}"})
    # ok: injection.nosql-injection-where
    named = db.products.find({"$where": "this.name == " + json.dumps(request.args.get("name", ""))})
    field = FIELDS.get(request.args.get("field"), "this.price")
    # ok: injection.nosql-injection-where
    fielded = db.products.find({"$where": field + " > 10"})
    # ok: injection.nosql-injection-where
    plain = db.products.find({"name": request.args.get("name")})
    return jsonify(list(docs) + list(named) + list(fielded) + list(plain))


@api.get("/safe/pages/{page}")
def safe_page(page: int):
    # ok: injection.nosql-injection-where
    return list(db.orders.find({"$where": f"this.page == {page}"}))
