# Fixture for injection.nosql-injection (Python: Flask + pymongo, Django with a JSON body).
import json

from bson import ObjectId
from django.http import JsonResponse
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
client = MongoClient("mongodb://localhost:27017")
db = client["shop"]
users_collection = db["users"]


@app.route("/login", methods=["POST"])
def login():
    data = request.get_json()
    # ruleid: injection.nosql-injection
    user = db.users.find_one({"username": data["username"], "password": data["password"]})
    return jsonify(ok=user is not None)


@app.route("/search", methods=["POST"])
def search():
    # ruleid: injection.nosql-injection
    products = list(db["products"].find(request.json))
    return jsonify(products)


@app.route("/orders")
def orders():
    # ruleid: injection.nosql-injection
    found = list(db.orders.find(request.args.to_dict()))
    return jsonify(found)


@app.route("/remove", methods=["POST"])
def remove():
    owner = request.json.get("owner")
    # ruleid: injection.nosql-injection
    users_collection.delete_many({"owner": owner})
    return jsonify(ok=True)


def django_lookup(request):
    payload = json.loads(request.body)
    # ruleid: injection.nosql-injection
    doc = db.accounts.find_one({"email": payload.get("email")})
    return JsonResponse({"found": doc is not None})


# ---- safe ----


@app.route("/safe/login", methods=["POST"])
def safe_login():
    data = request.get_json()
    # ok: injection.nosql-injection
    user = db.users.find_one({"username": str(data["username"]), "password_hash": hash(str(data["password"]))})
    # ok: injection.nosql-injection
    other = db.users.find_one({"email": data["email"].lower().strip()})
    # ok: injection.nosql-injection
    third = db.users.find_one({"username": {"$eq": data["username"]}})
    return jsonify(ok=bool(user or other or third))


@app.route("/safe/orders/<order_id>")
def safe_order(order_id):
    # ok: injection.nosql-injection
    order = db.orders.find_one({"_id": ObjectId(order_id)})
    # ok: injection.nosql-injection
    mine = db.orders.find({"owner": request.args.get("owner")})
    # ok: injection.nosql-injection
    tagged = db.orders.find({"tag": f"{request.json['tag']}"})
    return jsonify(order=order, mine=list(mine), tagged=list(tagged))


@app.route("/safe/text")
def safe_text():
    body = request.get_json()
    note = "a long note about the order"
    # ok: injection.nosql-injection
    position = note.find(body["word"])
    # ok: injection.nosql-injection
    admins = db.users.find({"role": "admin"})
    return jsonify(position=position, admins=list(admins))
