# Fixture for crypto.password-fast-hash (Python: Flask and Django).
import hashlib
import os
from hashlib import sha256

import bcrypt
from django.contrib.auth.hashers import make_password
from flask import Flask, request

app = Flask(__name__)


@app.route("/signup", methods=["POST"])
def signup():
    email = request.form["email"]
    # ruleid: crypto.password-fast-hash
    digest = hashlib.sha256(request.form["password"].encode()).hexdigest()
    db.execute("INSERT INTO users (email, pw) VALUES (?, ?)", (email, digest))
    return "", 201


@app.route("/login", methods=["POST"])
def login():
    user = db.find(request.json.get("email"))
    salt = user.salt
    # ruleid: crypto.password-fast-hash
    candidate = hashlib.sha512((salt + request.json.get("password")).encode("utf-8")).hexdigest()
    return {"ok": candidate == user.password_hash}


def set_password(user, raw_password):
    # ruleid: crypto.weak-hash
    h = hashlib.new("sha1")
    # ruleid: crypto.password-fast-hash
    h.update(raw_password.encode())
    user.pw = h.hexdigest()


def legacy_check(form, stored):
    # ruleid: crypto.weak-hash
    # ruleid: crypto.password-fast-hash
    return hashlib.md5(form.password.data.encode()).hexdigest() == stored


def imported(passwd):
    # ruleid: crypto.password-fast-hash
    return sha256(passwd.encode()).hexdigest()


def good(request):
    password = request.POST["password"]
    # ok: crypto.password-fast-hash
    stored = bcrypt.hashpw(password.encode(), bcrypt.gensalt())
    # ok: crypto.password-fast-hash
    django_hash = make_password(password)
    # ok: crypto.password-fast-hash
    key = hashlib.scrypt(password.encode(), salt=os.urandom(16), n=2**14, r=8, p=1)
    # ok: crypto.password-fast-hash
    pbkdf = hashlib.pbkdf2_hmac("sha256", password.encode(), os.urandom(16), 600_000)
    return stored, django_hash, key, pbkdf


def token_digest(user):
    reset_password_token = os.urandom(32).hex()
    # ok: crypto.password-fast-hash
    user.reset_token_hash = hashlib.sha256(reset_password_token.encode()).hexdigest()
    # ok: crypto.password-fast-hash
    etag = hashlib.sha256(user.password_hash.encode()).hexdigest()
    return etag


def settings_update(options, password_min_length):
    # ok: crypto.password-fast-hash
    options.update(password_min_length=password_min_length)
    return options
