# Fixture for secret.newrelic-insights-key.
import os, requests

# ruleid: secret.newrelic-insights-key
INSERT_KEY = "NRII-FveBPAEWbMhGa1vtPgisSM0wjew3rgNg"

# ruleid: secret.newrelic-insights-key
requests.get(url, headers={"X-Query-Key": "NRIQ-_GO96Li1HRMfzb3SbSgvH1bxl_rX8Vxv"})

# ok: secret.newrelic-insights-key
INSERT_KEY_ENV = os.environ["NEW_RELIC_INSERT_KEY"]
