# Fixture for crypto.static-iv (Python).
import os
import secrets

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

IV = b"0123456789abcdef"
KEY = os.environ["APP_KEY"].encode()


def zero_iv(data):
    # ruleid: crypto.static-iv
    cipher = AES.new(KEY, AES.MODE_CBC, b"\x00" * 16)
    return cipher.encrypt(pad(data, 16))


def module_iv(data):
    # ruleid: crypto.static-iv
    cipher = AES.new(KEY, AES.MODE_CBC, iv=IV)
    return cipher.encrypt(pad(data, 16))


def literal_iv(data):
    # ruleid: crypto.static-iv
    cipher = AES.new(KEY, AES.MODE_CFB, "abcdefghijklmnop".encode())
    return cipher.encrypt(data)


def fixed_nonce(data):
    nonce = bytes(12)
    # ruleid: crypto.static-iv
    cipher = AES.new(KEY, AES.MODE_GCM, nonce=nonce)
    return cipher.encrypt_and_digest(data)


def hazmat_cbc(data):
    iv = bytes.fromhex("000102030405060708090a0b0c0d0e0f")
    # ruleid: crypto.static-iv
    encryptor = Cipher(algorithms.AES(KEY), modes.CBC(iv)).encryptor()
    return encryptor.update(pad(data, 16)) + encryptor.finalize()


def aead_fixed(data):
    aesgcm = AESGCM(KEY)
    # ruleid: crypto.static-iv
    return aesgcm.encrypt(b"unique nonce", data, None)


def random_iv(data):
    iv = get_random_bytes(16)
    # ok: crypto.static-iv
    cipher = AES.new(KEY, AES.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(data, 16))


def hazmat_random(data):
    iv = os.urandom(16)
    # ok: crypto.static-iv
    encryptor = Cipher(algorithms.AES(KEY), modes.CTR(iv)).encryptor()
    return iv + encryptor.update(data) + encryptor.finalize()


def aead_random(data):
    nonce = secrets.token_bytes(12)
    # ok: crypto.static-iv
    return nonce + AESGCM(KEY).encrypt(nonce, data, b"header")


def decrypt(blob):
    iv, ciphertext = blob.split(b"$", 1)
    # ok: crypto.static-iv
    cipher = AES.new(KEY, AES.MODE_CBC, iv)
    return cipher.decrypt(ciphertext)


def pycryptodome_default(data):
    # ok: crypto.static-iv
    cipher = AES.new(KEY, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ciphertext


class TokenCipher:
    """The IV is set once per instance and reused for every message."""

    def __init__(self, key):
        self.key = key
        self.iv = b"\x00" * 16
        self.iv_size = 16

    def encrypt(self, data):
        # ruleid: crypto.static-iv
        cipher = AES.new(self.key, AES.MODE_CBC, self.iv)
        return cipher.encrypt(pad(data, 16))

    def encrypt_fresh(self, data):
        iv = os.urandom(self.iv_size)
        # ok: crypto.static-iv
        cipher = AES.new(self.key, AES.MODE_CBC, iv)
        return iv + cipher.encrypt(pad(data, 16))
