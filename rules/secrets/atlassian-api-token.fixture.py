# Fixture for secret.atlassian-api-token. Values are random, in the observed ATATT3 shape.
import os
from jira import JIRA

# ruleid: secret.atlassian-api-token
jira = JIRA("https://acme.atlassian.net", basic_auth=("ops@acme.example", "ATATT3xFfGF0Md-A_xZ2TTB7Vlk4Jnwts1CjFQoxow64k1K4bOhHFJXNAwDq-mxWAOe05MwOA82XdR_5pL9JARFA_7CRBJxqH-DaDvyHN2iuMn4St4rFIGu4XR9SXa6_1Xp65miaGitluuqfY_qSIqXBYyXoojFPlWEw_EJdFQ6CcMvNoTtvir=95BA4CBB"))

# ok: secret.atlassian-api-token
jira = JIRA("https://acme.atlassian.net", basic_auth=("ops@acme.example", os.environ["JIRA_API_TOKEN"]))

# ok: secret.atlassian-api-token
hint = "Atlassian API tokens start with ATATT3xFfGF0"

# ok: secret.atlassian-api-token (cut short)
truncated = "ATATT3xFfGF0T4n8Qy2Lw9Xb7Rk5Pm1Vz3Hc6Jd0Sg8Nf2Ye4Ua7Io9Qs1Wt3"
