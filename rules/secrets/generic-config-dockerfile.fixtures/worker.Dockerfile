FROM python:3.12-slim
# ruleid: secret.generic-config-dockerfile
ENV CELERY_BROKER_PASSWORD="Wp6eNAktejYB1HijaYE"
# ok: secret.generic-config-dockerfile
ARG PIP_INDEX_TOKEN=""
