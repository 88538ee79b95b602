# Fixture for injection.path-traversal (Python: Flask, Django, FastAPI).
import io
import os
import shutil
import uuid
from pathlib import Path

from django.http import FileResponse as DjangoFileResponse, HttpResponse
from django.shortcuts import get_object_or_404
from fastapi import Depends, FastAPI, Query
from fastapi.responses import FileResponse
from flask import Flask, abort, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
api = FastAPI()

BASE_DIR = "/srv/app/files"
UPLOAD_FOLDER = "/srv/app/uploads"
TEMPLATES = {"invoice": "invoice.html", "receipt": "receipt.html"}


@app.route("/read")
def read_file():
    name = request.args.get("name")
    # ruleid: injection.path-traversal
    with open(os.path.join(BASE_DIR, name)) as fh:
        return fh.read()


@app.route("/download")
def download():
    filename = request.args["file"]
    # ruleid: injection.path-traversal
    return send_file(f"{BASE_DIR}/{filename}")


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["document"]
    # ruleid: injection.path-traversal
    f.save(os.path.join(UPLOAD_FOLDER, f.filename))
    return "", 201


@app.route("/files/<path:subpath>", methods=["DELETE"])
def delete_file(subpath):
    # ruleid: injection.path-traversal
    os.remove(os.path.join(BASE_DIR, subpath))
    return "", 204


@app.route("/archive", methods=["POST"])
def archive():
    data = request.get_json()
    src = os.path.join(BASE_DIR, data["name"])
    # ruleid: injection.path-traversal
    shutil.move(src, "/srv/app/archive/")
    return "", 204


@app.route("/notes/<name>")
def note(name):
    # ruleid: injection.path-traversal
    return (Path(BASE_DIR) / name).read_text()


# FastAPI
@api.get("/reports/{report}")
async def report(report: str, db=Depends(lambda: None)):
    # ruleid: injection.path-traversal
    return FileResponse(os.path.join(BASE_DIR, "reports", report))


@api.get("/logs")
async def logs(day: str = Query(...)):
    # ruleid: injection.path-traversal
    with open("/var/log/app/%s.log" % day) as fh:
        return {"log": fh.read()}


# Django
def django_download(request):
    name = request.GET.get("name", "")
    # ruleid: injection.path-traversal
    return DjangoFileResponse(open(os.path.join(BASE_DIR, name), "rb"))


def django_attachment(request, attachment_name):
    # ruleid: injection.path-traversal
    with open(os.path.join(BASE_DIR, "attachments", attachment_name), "rb") as fh:
        return HttpResponse(fh.read())


# Safe cases


@app.route("/safe/upload", methods=["POST"])
def safe_upload():
    f = request.files["document"]
    name = secure_filename(f.filename)
    # ok: injection.path-traversal
    f.save(os.path.join(UPLOAD_FOLDER, name))
    return "", 201


@app.route("/safe/read")
def safe_read():
    name = os.path.basename(request.args.get("name", ""))
    # ok: injection.path-traversal
    with open(os.path.join(BASE_DIR, name)) as fh:
        return fh.read()


@app.route("/safe/static/<path:filename>")
def safe_static(filename):
    # send_from_directory joins the name safely; only its directory argument matters
    # ok: injection.path-traversal
    return send_from_directory(BASE_DIR, filename)


@app.route("/safe/template")
def safe_template():
    template = TEMPLATES.get(request.args.get("kind"), "invoice.html")
    # ok: injection.path-traversal
    with open(os.path.join(BASE_DIR, "templates", template)) as fh:
        return fh.read()


@app.route("/safe/item/<item_id>")
def safe_item(item_id):
    key = uuid.UUID(item_id)
    # ok: injection.path-traversal
    return send_file(os.path.join(BASE_DIR, f"{key}.json"))


@app.route("/safe/mode")
def safe_mode():
    mode = request.args.get("mode", "r")
    # the request picks nothing in the path
    # ok: injection.path-traversal
    with open(os.path.join(BASE_DIR, "settings.ini")) as fh:
        return fh.read() if mode == "r" else abort(400)


@api.get("/safe/page/{page}")
async def safe_page(page: int):
    # FastAPI has already turned the path parameter into a number
    # ok: injection.path-traversal
    return FileResponse(f"{BASE_DIR}/pages/{page}.html")


def rotate_logs(log_dir):
    # not a view: the directory comes from the caller's configuration
    for entry in os.listdir(log_dir):
        # ok: injection.path-traversal
        os.remove(os.path.join(log_dir, entry))


@app.route("/safe/echo", methods=["POST"])
def safe_echo():
    data = request.files["document"].read()
    # an in-memory file, only the download name is the client's
    # ok: injection.path-traversal
    return send_file(io.BytesIO(data), download_name=secure_filename(request.args.get("name", "file.bin")))


def django_document(request, document_id):
    document = get_object_or_404(Document, pk=document_id)
    # ok: injection.path-traversal
    return DjangoFileResponse(open(document.storage_path, "rb"))


class Document:
    pass
