# Fixture for secret.postgres-connection-string. Passwords are random strings, not real credentials.
import os

import psycopg2
from sqlalchemy import create_engine

# ruleid: secret.postgres-connection-string
engine = create_engine("postgresql+psycopg2://billing:V9G4UUiTx7Lq2@billing-db.prod.internal:5432/billing")

# ruleid: secret.postgres-connection-string
conn = psycopg2.connect("host=10.0.4.12 port=5432 dbname=ledger user=ledger_rw password=6CcwUnzWdlQ1qQ7V sslmode=require")

# ruleid: secret.postgres-connection-string
REPLICA = 'postgres://reporting:b2odFdaTBK5bDKmu-qfp3fsJ@replica-1.c9x2k4.eu-west-1.rds.amazonaws.com/reports'

# ok: secret.postgres-connection-string
engine_env = create_engine(os.environ["DATABASE_URL"])

# ok: secret.postgres-connection-string
DSN_TEMPLATE = "postgresql://{user}:{password}@{host}:{port}/{db}"

# ok: secret.postgres-connection-string
DSN_FORMAT = "postgres://%s:%s@%s/%s" % (user, password, host, db)

# ok: secret.postgres-connection-string
DSN_FSTRING = f"postgresql://{user}:{pw}@{host}/app"

# ok: secret.postgres-connection-string
LOCAL = "postgres://postgres:postgres@localhost:5432/app_test"

# ok: secret.postgres-connection-string
COMPOSE = "postgresql://app:devpass@db:5432/app"

# ok: secret.postgres-connection-string
DOCS = "postgresql://user:password@host:5432/database"

# ok: secret.postgres-connection-string
NO_PASSWORD = "postgresql://readonly@analytics.internal/events"

# ok: secret.postgres-connection-string
LOCAL_DSN = psycopg2.connect("dbname=test user=postgres password=secret")

# ok: secret.postgres-connection-string
MASKED = "postgres://admin:********@prod-db.internal/app"
