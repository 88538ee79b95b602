# Fixture for crypto.small-key (Python).
import paramiko
import rsa as pyrsa
from Crypto.PublicKey import DSA, ECC, RSA
from cryptography.hazmat.primitives.asymmetric import dh, dsa, ec, rsa
from OpenSSL import crypto

LEGACY_KEY_SIZE = 1024


def make_signing_key():
    # ruleid: crypto.small-key
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)


def make_legacy_key():
    # ruleid: crypto.small-key
    return rsa.generate_private_key(65537, LEGACY_KEY_SIZE)


def make_dsa_key():
    # ruleid: crypto.small-key
    return dsa.generate_private_key(key_size=1024)


def make_dh_params():
    # ruleid: crypto.small-key
    return dh.generate_parameters(generator=2, key_size=512)


def make_ec_key():
    # ruleid: crypto.small-key
    return ec.generate_private_key(ec.SECP192R1())


def pycryptodome_keys():
    # ruleid: crypto.small-key
    key = RSA.generate(1024)
    # ruleid: crypto.small-key
    ecc = ECC.generate(curve="P-192")
    return key, ecc


def python_rsa():
    # ruleid: crypto.small-key
    public, private = pyrsa.newkeys(512)
    return public, private


def openssl_key():
    key = crypto.PKey()
    # ruleid: crypto.small-key
    key.generate_key(crypto.TYPE_RSA, 1024)
    return key


def ssh_key():
    # ruleid: crypto.small-key
    return paramiko.RSAKey.generate(bits=1024)


def good_keys(settings):
    # ok: crypto.small-key
    a = rsa.generate_private_key(public_exponent=65537, key_size=4096)
    # ok: crypto.small-key
    b = ec.generate_private_key(ec.SECP256R1())
    # ok: crypto.small-key
    c = RSA.generate(3072)
    # ok: crypto.small-key
    d = ECC.generate(curve="P-256")
    # ok: crypto.small-key
    e = dsa.generate_private_key(key_size=settings.DSA_KEY_SIZE)
    # ok: crypto.small-key
    f = dh.generate_parameters(generator=2, key_size=2048)
    return a, b, c, d, e, f
