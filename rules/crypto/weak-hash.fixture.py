# Fixture for crypto.weak-hash (Python).
import hashlib
import hmac
from hashlib import md5, sha256

from Crypto.Hash import MD5, SHA1, SHA256
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from cryptography.hazmat.primitives.twofactor.totp import TOTP
from flask import Flask, request

app = Flask(__name__)
LEGACY_DIGEST = "sha1"


@app.route("/upload", methods=["POST"])
def upload():
    data = request.get_data()
    # ruleid: crypto.weak-hash
    checksum = hashlib.md5(data).hexdigest()
    # ruleid: crypto.weak-hash
    signature = hashlib.sha1(data + b"secret").hexdigest()
    return {"checksum": checksum, "signature": signature}


def file_id(path):
    # ruleid: crypto.weak-hash
    h = hashlib.new("MD5")
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(8192), b""):
            h.update(chunk)
    return h.hexdigest()


def legacy(payload):
    # ruleid: crypto.weak-hash
    return hashlib.new(LEGACY_DIGEST, payload).hexdigest()


def by_name(payload, legacy_mode):
    algorithm = "sha1" if legacy_mode else "sha256"
    # ruleid: crypto.weak-hash
    return hashlib.new(algorithm, payload).digest()


def imported(value):
    # ruleid: crypto.weak-hash
    return md5(value.encode()).hexdigest()


def pycryptodome(message):
    # ruleid: crypto.weak-hash
    digest = SHA1.new(message)
    # ruleid: crypto.weak-hash
    other = MD5.new()
    other.update(message)
    return digest.hexdigest(), other.hexdigest()


def cryptography_hash(message):
    # ruleid: crypto.weak-hash
    h = hashes.Hash(hashes.SHA1())
    h.update(message)
    return h.finalize()


def with_file(path):
    with open(path, "rb") as fh:
        # ruleid: crypto.weak-hash
        return hashlib.file_digest(fh, "sha1").hexdigest()


def cache_key(url):
    # ok: crypto.weak-hash
    return hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()


def cache_key_new(url):
    # ok: crypto.weak-hash
    return hashlib.new("md5", url.encode(), usedforsecurity=False).hexdigest()


def strong(data, key):
    # ok: crypto.weak-hash
    a = hashlib.sha256(data).hexdigest()
    # ok: crypto.weak-hash
    b = sha256(data).digest()
    # ok: crypto.weak-hash
    c = hashlib.new("sha3_256", data).hexdigest()
    # ok: crypto.weak-hash
    d = hmac.new(key, data, "sha1").hexdigest()
    # ok: crypto.weak-hash
    e = SHA256.new(data).hexdigest()
    return a, b, c, d, e


def rsa_oaep(public_key, message):
    return public_key.encrypt(
        message,
        # ok: crypto.weak-hash
        padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA1()), algorithm=hashes.SHA256(), label=None),
    )


def one_time_code(secret, now):
    # ok: crypto.weak-hash
    totp = TOTP(secret, 6, hashes.SHA1(), 30)
    return totp.generate(now)


def derive(password, salt):
    # ok: crypto.weak-hash
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=600_000)
    return kdf.derive(password)


def describe():
    # ok: crypto.weak-hash
    names = {"md5": "MD5 (legacy)", "sha256": "SHA-256"}
    return names
