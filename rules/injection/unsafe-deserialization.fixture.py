# Fixture for injection.unsafe-deserialization (Python).
import base64
import json
import pickle
import shelve

import dill
import jsonpickle
import numpy as np
import pandas as pd
import yaml
from flask import Flask, request
from ruamel.yaml import YAML

app = Flask(__name__)


@app.route("/session", methods=["POST"])
def restore_session():
    blob = base64.b64decode(request.cookies["state"])
    # ruleid: injection.unsafe-deserialization
    state = pickle.loads(blob)
    return {"user": state["user"]}


@app.route("/import", methods=["POST"])
def import_config():
    text = request.get_data(as_text=True)
    # ruleid: injection.unsafe-deserialization
    config = yaml.load(text, Loader=yaml.Loader)
    return {"keys": list(config)}


@app.route("/import/legacy", methods=["POST"])
def import_legacy():
    # ruleid: injection.unsafe-deserialization
    config = yaml.load(request.files["config"].read())
    return {"keys": list(config)}


@app.route("/import/unsafe", methods=["POST"])
def import_unsafe():
    # ruleid: injection.unsafe-deserialization
    return {"keys": list(yaml.unsafe_load(request.data))}


@app.route("/job", methods=["POST"])
def submit_job():
    # ruleid: injection.unsafe-deserialization
    job = jsonpickle.decode(request.get_data(as_text=True))
    return {"id": job.run()}


def load_model(path):
    with open(path, "rb") as fh:
        # ruleid: injection.unsafe-deserialization
        return dill.load(fh)


def load_frame(path):
    # ruleid: injection.unsafe-deserialization
    return pd.read_pickle(path)


def load_embeddings(path):
    # ruleid: injection.unsafe-deserialization
    return np.load(path, allow_pickle=True)


def open_cache(name):
    # ruleid: injection.unsafe-deserialization
    return shelve.open(name)


def ruamel_load(text):
    # ruleid: injection.unsafe-deserialization
    loader = YAML(typ="unsafe")
    return loader.load(text)


def unpickle_stream(fh):
    # ruleid: injection.unsafe-deserialization
    return pickle.Unpickler(fh).load()


# Safe cases


@app.route("/import/safe", methods=["POST"])
def import_safe():
    # ok: injection.unsafe-deserialization
    config = yaml.safe_load(request.get_data(as_text=True))
    return {"keys": list(config)}


@app.route("/import/safe-loader", methods=["POST"])
def import_safe_loader():
    # ok: injection.unsafe-deserialization
    config = yaml.load(request.data, Loader=yaml.SafeLoader)
    return {"keys": list(config)}


def import_c_safe(text):
    # ok: injection.unsafe-deserialization
    return yaml.load(text, Loader=yaml.CSafeLoader)


@app.route("/session/json", methods=["POST"])
def restore_json():
    # ok: injection.unsafe-deserialization
    state = json.loads(base64.b64decode(request.cookies["state"]))
    return {"user": state["user"]}


def save_state(state, path):
    with open(path, "wb") as fh:
        # writing is not the risk
        # ok: injection.unsafe-deserialization
        pickle.dump(state, fh)


def embedded_fixture():
    # ok: injection.unsafe-deserialization
    return pickle.loads(b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x2a.")


def load_vectors(path):
    # ok: injection.unsafe-deserialization
    return np.load(path)


def read_frame(path):
    # ok: injection.unsafe-deserialization
    return pd.read_csv(path)


def safe_ruamel(text):
    # ok: injection.unsafe-deserialization
    return YAML(typ="safe").load(text)
