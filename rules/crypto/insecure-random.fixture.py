# Fixture for crypto.insecure-random (Python: Django and Flask).
import random
import secrets
import string

import numpy as np
from django.db import models
from flask import Flask, session

app = Flask(__name__)
ALPHABET = string.ascii_letters + string.digits


def generate_token(length=32):
    # ruleid: crypto.insecure-random
    return "".join(random.choice(ALPHABET) for _ in range(length))


def make_password():
    chars = []
    for _ in range(12):
        chars.append(ALPHABET[random.randint(0, len(ALPHABET) - 1)])
    pw = "".join(random.sample(ALPHABET, 12))
    # ruleid: crypto.insecure-random
    return pw


class PasswordReset(models.Model):
    code = models.CharField(max_length=8)

    def issue(self, user):
        # ruleid: crypto.insecure-random
        self.reset_code = "%06d" % random.randint(0, 999999)
        # ruleid: crypto.insecure-random
        return PasswordReset.objects.create(user=user, verification_code=str(random.getrandbits(32)))


@app.route("/login")
def login():
    # ruleid: crypto.insecure-random
    session["csrf_token"] = hex(random.getrandbits(128))
    rng = random.Random()
    # ruleid: crypto.insecure-random
    api_key = "key_" + str(rng.randint(10**15, 10**16))
    # ruleid: crypto.insecure-random
    salt = np.random.bytes(16)
    return {"api_key": api_key, "salt": salt.hex()}


def secure():
    # ok: crypto.insecure-random
    token = secrets.token_urlsafe(32)
    # ok: crypto.insecure-random
    otp = "".join(secrets.choice(string.digits) for _ in range(6))
    # ok: crypto.insecure-random
    nonce = random.SystemRandom().getrandbits(64)
    return token, otp, nonce


def game_round(items):
    # ok: crypto.insecure-random
    delay = random.uniform(0.5, 1.5)
    # ok: crypto.insecure-random
    winner = random.choice(items)
    random.shuffle(items)
    # ok: crypto.insecure-random
    token_count = random.randint(1, 10)
    # ok: crypto.insecure-random
    session_sample = random.random() < 0.01
    return delay, winner, token_count, session_sample
