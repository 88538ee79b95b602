# Fixture for injection.sql-injection (Python: Flask, Django, FastAPI, sqlite3, psycopg2, SQLAlchemy).
import sqlite3
from typing import Optional
from uuid import UUID

import pandas as pd
import psycopg2
from django.db import connection
from django.db.models.expressions import RawSQL
from django.http import JsonResponse
from fastapi import Depends, FastAPI
from flask import Flask, jsonify, request
from psycopg2 import sql
from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import Session

from .models import Article, User

app = Flask(__name__)
api = FastAPI()
engine = create_engine("postgresql://localhost/app")
SORT_COLUMNS = {"name": "name", "date": "created_at"}
REPORT_TABLE = "daily_report"


def get_db():
    with Session(engine) as session:
        yield session


@app.route("/users")
def list_users():
    name = request.args.get("name")
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    # ruleid: injection.sql-injection
    cur.execute(f"SELECT * FROM users WHERE name = '{name}'")
    return jsonify(cur.fetchall())


@app.route("/orders", methods=["POST"])
def create_order():
    data = request.get_json()
    conn = psycopg2.connect("dbname=shop")
    with conn.cursor() as cur:
        # ruleid: injection.sql-injection
        cur.execute("INSERT INTO orders (item, qty) VALUES ('%s', %s)" % (data["item"], data["qty"]))
        query = "SELECT * FROM orders WHERE customer = '{}'".format(request.form["customer"])
        # ruleid: injection.sql-injection
        cur.execute(query)
        # ruleid: injection.sql-injection
        cur.executemany("DELETE FROM carts WHERE owner = '" + request.cookies.get("user") + "'", [])
    return jsonify(ok=True)


@app.route("/report/<region>")
def report(region):
    with engine.connect() as conn:
        # ruleid: injection.sql-injection
        rows = conn.execute(text("SELECT * FROM sales WHERE region = '" + region + "'"))
        # ruleid: injection.sql-injection
        frame = pd.read_sql(f"SELECT * FROM sales WHERE region = '{region}'", conn)
    return jsonify(rows=[dict(r) for r in rows], total=len(frame))


@app.route("/tables")
def table_dump():
    table = request.values.get("table")
    conn = psycopg2.connect("dbname=shop")
    with conn.cursor() as cur:
        # ruleid: injection.sql-injection
        cur.execute(sql.SQL("SELECT * FROM " + table))
        # ok: injection.sql-injection
        cur.execute(sql.SQL("SELECT * FROM {}").format(sql.Identifier(table)))
    return jsonify(ok=True)


# Django views
def article_search(request):
    term = request.GET.get("q", "")
    # ruleid: injection.sql-injection
    articles = Article.objects.raw("SELECT * FROM blog_article WHERE title LIKE '%%" + term + "%%'")
    # ruleid: injection.sql-injection
    recent = Article.objects.extra(where=["author = '%s'" % request.POST["author"]])
    # ruleid: injection.sql-injection
    annotated = Article.objects.annotate(score=RawSQL("SELECT rank FROM ranks WHERE tag = '" + term + "'", ()))
    return JsonResponse({"n": len(list(articles)) + recent.count() + annotated.count()})


def article_detail(request, slug):
    with connection.cursor() as cursor:
        # ruleid: injection.sql-injection
        cursor.execute("SELECT * FROM blog_article WHERE slug = '%s'" % slug)
        row = cursor.fetchone()
    return JsonResponse({"row": row})


# FastAPI
@api.get("/items/{item_id}")
def read_item(item_id: str, db: Session = Depends(get_db)):
    # ruleid: injection.sql-injection
    return db.execute(text(f"SELECT * FROM items WHERE id = '{item_id}'")).fetchall()


@api.get("/items-by-number/{item_id}")
def read_item_number(item_id: int, db: Session = Depends(get_db)):
    # ok: injection.sql-injection
    return db.execute(text(f"SELECT * FROM items WHERE id = {item_id}")).fetchall()


# ---- safe ----


@app.route("/safe/users")
def safe_users():
    name = request.args.get("name")
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    # ok: injection.sql-injection
    cur.execute("SELECT * FROM users WHERE name = ?", (name,))
    # ok: injection.sql-injection
    cur.execute("SELECT * FROM users WHERE name = :name", {"name": name})
    return jsonify(cur.fetchall())


@app.route("/safe/numbers")
def safe_numbers():
    limit = int(request.args.get("limit", "10"))
    user_id = UUID(request.args["user"])
    conn = sqlite3.connect("app.db")
    # ok: injection.sql-injection
    conn.execute(f"SELECT * FROM events WHERE owner = '{user_id}' LIMIT {limit}")
    return jsonify(ok=True)


@app.route("/safe/batch")
def safe_batch():
    page = request.args.get("page", 1, type=int)
    ids = ",".join(str(int(i)) for i in request.args.getlist("id"))
    conn = sqlite3.connect("app.db")
    # ok: injection.sql-injection
    conn.execute(f"SELECT * FROM items WHERE id IN ({ids}) LIMIT 20 OFFSET {page * 20}")
    names = request.args.getlist("name")
    # ruleid: injection.sql-injection
    conn.execute("SELECT * FROM items WHERE name IN ('%s')" % "','".join(names))
    return jsonify(ok=True)


@api.get("/safe/pages")
def safe_pages(page: Optional[int] = None, size: int | None = None, db: Session = Depends(get_db)):
    # ok: injection.sql-injection
    return db.execute(text(f"SELECT * FROM items LIMIT {size} OFFSET {page}")).fetchall()


@app.route("/safe/sort")
def safe_sort():
    column = SORT_COLUMNS.get(request.args.get("sort"), "name")
    conn = sqlite3.connect("app.db")
    # ok: injection.sql-injection
    conn.execute(f"SELECT * FROM users ORDER BY {column}")
    # ok: injection.sql-injection
    conn.execute("SELECT * FROM " + REPORT_TABLE)
    return jsonify(ok=True)


@app.route("/safe/orm")
def safe_orm():
    term = request.args.get("q", "")
    with Session(engine) as session:
        # ok: injection.sql-injection
        users = session.execute(select(User).where(User.name.like(f"%{term}%"))).scalars().all()
        # ok: injection.sql-injection
        more = session.execute(text("SELECT * FROM users WHERE name = :n"), {"n": term}).fetchall()
        stmt = User.__table__.insert().values(name=term)
        # ok: injection.sql-injection
        session.execute(stmt)
    # ok: injection.sql-injection
    articles = Article.objects.raw("SELECT * FROM blog_article WHERE title = %s", [term])
    return jsonify(n=len(users) + len(more) + len(list(articles)))


def nightly_cleanup(days):
    conn = sqlite3.connect("app.db")
    # ok: injection.sql-injection
    conn.execute("DELETE FROM sessions WHERE age > 30")
    # ok: injection.sql-injection
    conn.executescript("VACUUM;")
