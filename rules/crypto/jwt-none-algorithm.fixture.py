# Fixture for crypto.jwt-none-algorithm (Python: PyJWT).
import os

import jwt
from flask import Flask, g, request

app = Flask(__name__)
SECRET = os.environ["JWT_SECRET"]


def guest_token(user_id):
    # ruleid: crypto.jwt-none-algorithm
    return jwt.encode({"sub": user_id, "role": "guest"}, None, algorithm="none")


@app.before_request
def load_user():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    # ruleid: crypto.jwt-none-algorithm
    g.claims = jwt.decode(token, SECRET, algorithms=["HS256", "none"])


def legacy_decode(token):
    # ruleid: crypto.jwt-none-algorithm
    return jwt.decode(token, SECRET, algorithms=("none",))


# Safe cases


def issue(user_id):
    # ok: crypto.jwt-none-algorithm
    return jwt.encode({"sub": user_id}, SECRET, algorithm="HS256")


def verify(token):
    # ok: crypto.jwt-none-algorithm
    return jwt.decode(token, SECRET, algorithms=["HS256"], audience="api")


def compression(level):
    # ok: crypto.jwt-none-algorithm
    return {"algorithm": "none"} if level == 0 else {"algorithm": "zstd"}
