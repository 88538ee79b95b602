# Fixture for crypto.jwt-unverified-decode (Python: PyJWT).
import os
from functools import wraps

import jwt
from flask import abort, g, request

SECRET = os.environ["JWT_SECRET"]


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        # ruleid: crypto.jwt-unverified-decode
        claims = jwt.decode(token, options={"verify_signature": False})
        if "sub" not in claims:
            abort(401)
        g.user_id = claims["sub"]
        return view(*args, **kwargs)

    return wrapper


def legacy_claims(token):
    # ruleid: crypto.jwt-unverified-decode
    return jwt.decode(token, SECRET, verify=False)


def is_admin(token):
    # ruleid: crypto.jwt-unverified-decode
    claims = jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_exp": True, "verify_signature": False})
    return claims.get("role") == "admin"


# Safe cases


def verified_claims(token):
    # ok: crypto.jwt-unverified-decode
    return jwt.decode(token, SECRET, algorithms=["HS256"])


def claims_ignoring_expiry(token):
    # the signature is still checked
    # ok: crypto.jwt-unverified-decode
    return jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_exp": False})


def key_id(token):
    # ok: crypto.jwt-unverified-decode
    return jwt.get_unverified_header(token)["kid"]
