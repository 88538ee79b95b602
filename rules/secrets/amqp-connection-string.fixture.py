# Fixture for secret.amqp-connection-string. Passwords are random strings, not real credentials.
import os

import pika
from celery import Celery

# ruleid: secret.amqp-connection-string
params = pika.URLParameters("amqps://orders:vQUGQehjcZRd@b-1a2b3c4d.mq.eu-west-1.amazonaws.com:5671/%2F")

# ruleid: secret.amqp-connection-string
app = Celery("tasks", broker="pyamqp://worker:7J9F7GxVL_pdDhU1_T91q4bo@rabbit.prod.internal//")

# ok: secret.amqp-connection-string
local = pika.URLParameters("amqp://guest:guest@localhost:5672/%2F")

# ok: secret.amqp-connection-string
compose = Celery("tasks", broker="amqp://user:bitnami@rabbitmq:5672//")

# ok: secret.amqp-connection-string
from_env = pika.URLParameters(os.environ["AMQP_URL"])

# ok: secret.amqp-connection-string
docs = "amqp://username:password@hostname:5672/vhost"
