# Fixture for crypto.weak-cipher (Python).
import os

import pyDes
from Crypto.Cipher import AES, ARC4, DES, DES3, Blowfish
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad
from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def pycryptodome_des(key, data):
    # ruleid: crypto.weak-cipher
    cipher = DES.new(key, DES.MODE_CBC)
    return cipher.iv + cipher.encrypt(pad(data, 8))


def pycryptodome_3des(key, data):
    # ruleid: crypto.weak-cipher
    cipher = DES3.new(key, DES3.MODE_EAX)
    return cipher.encrypt_and_digest(data)


def rc4(key, data):
    # ruleid: crypto.weak-cipher
    return ARC4.new(key).encrypt(data)


def blowfish(key, data):
    # ruleid: crypto.weak-cipher
    cipher = Blowfish.new(key, Blowfish.MODE_CBC)
    return cipher.encrypt(pad(data, Blowfish.block_size))


def aes_ecb(key, data):
    # ruleid: crypto.weak-cipher
    cipher = AES.new(key, AES.MODE_ECB)
    return cipher.encrypt(pad(data, AES.block_size))


def aes_ecb_keyword(key, data):
    mode = AES.MODE_ECB
    # ruleid: crypto.weak-cipher
    cipher = AES.new(key, mode=mode)
    return cipher.encrypt(pad(data, 16))


def hazmat_ecb(key, block):
    # ruleid: crypto.weak-cipher
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return encryptor.update(block) + encryptor.finalize()


def hazmat_3des(key, iv, block):
    # ruleid: crypto.weak-cipher
    encryptor = Cipher(TripleDES(key), modes.CBC(iv)).encryptor()
    return encryptor.update(block) + encryptor.finalize()


def hazmat_rc4(key, data):
    # ruleid: crypto.weak-cipher
    algorithm = algorithms.ARC4(key)
    return Cipher(algorithm, mode=None).encryptor().update(data)


def legacy_pydes(key, data):
    # ruleid: crypto.weak-cipher
    k = pyDes.triple_des(key, pyDes.CBC, b"\0" * 8, pad=None, padmode=pyDes.PAD_PKCS5)
    return k.encrypt(data)


def good_gcm(key, data):
    nonce = get_random_bytes(12)
    # ok: crypto.weak-cipher
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return nonce + tag + ciphertext


def good_hazmat(key, data):
    iv = os.urandom(16)
    # ok: crypto.weak-cipher
    encryptor = Cipher(algorithms.AES(key), modes.CTR(iv)).encryptor()
    return iv + encryptor.update(data) + encryptor.finalize()


def good_aead(key, data):
    nonce = os.urandom(12)
    # ok: crypto.weak-cipher
    return nonce + AESGCM(key).encrypt(nonce, data, None)


def good_mode_from_caller(key, data, mode):
    # ok: crypto.weak-cipher
    return AES.new(key, mode).encrypt(data)


class LegacyBox:
    def __init__(self, key):
        self.key = key
        self.mode = AES.MODE_ECB
        self.block = 16

    def seal(self, data):
        # ruleid: crypto.weak-cipher
        return AES.new(self.key, self.mode).encrypt(pad(data, self.block))

    def seal_gcm(self, data):
        # ok: crypto.weak-cipher
        cipher = AES.new(self.key, AES.MODE_GCM)
        return cipher.nonce, cipher.encrypt_and_digest(data)
