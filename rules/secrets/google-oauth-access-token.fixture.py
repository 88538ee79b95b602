# Fixture for secret.google-oauth-access-token in Python.
from google.oauth2.credentials import Credentials

# ruleid: secret.google-oauth-access-token
creds = Credentials(token="ya29.c.4jDpOdozyWwFPP3ufgmtGIJL1hampvHDjeP96SPnZ--uwtMo2Dgl5qBtAe2FY3P_j7ljvw_7aGHUEZjfeh-1aQAqks9TkHAeyffq2SyW0PrdCVV4YXFgih0LCXiWPqS5tXW_9jevHlXKCY70NEcTNjys_F_cTZMZJqCfnoQU5SwAz01mrgUUPVPJLC0VQBY_561iYVFe")

# ok: secret.google-oauth-access-token
creds = Credentials(token=None, refresh_token=REFRESH, token_uri="https://oauth2.googleapis.com/token")

# ok: secret.google-oauth-access-token
DOC = "ya29.a0Af...(truncated)"
