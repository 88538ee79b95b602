# Fixture for secret.private-key in Python. Key bodies are random bytes in base64, not keys.

# ruleid: secret.private-key
SIGNING_KEY = ("-----BEGIN PRIVATE KEY-----\n"
               "AQqdwDHXzEBmi8FCoWeB74bBNJDErP/YEQfWOw3nSXTjUz3yj+9WosWqce9l9erA\n"
               "nsYzb7ZJXjChz7p/bV/lA2bagUNid+QZTWE68PFWYd8NL2ILJ8Ilr3fk8TYd6gur\n"
               "bI6HDaAGF59iYzc3+ggQIhIAB3SX+JmlpRee39eCFkLk2f/UeIF2Vf1WW4laaBnt\n"
               "-----END PRIVATE KEY-----\n")

# ruleid: secret.private-key
DEPLOY_KEY = """-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHIAAAAGYmNyeXB0AAAAGAAAABDZ3k9Pq1
ICyv0F4/jQYsqF5oq7MSoj5fuFkynq1bPluDwvukxy0GtglZYrCzPCpfzhkTDI0WiPYhRd
LwyRSCzUbXHVyrAJt2RSM7PcfmU7euhlr3yMJpb2ELkKhnKWN7wL+/798r52XRZN2L82oa
-----END OPENSSH PRIVATE KEY-----"""

# ok: secret.private-key
PEM_HEADER = "-----BEGIN PRIVATE KEY-----"
PEM_FOOTER = "-----END PRIVATE KEY-----"

# ok: secret.private-key
EXAMPLE = "-----BEGIN RSA PRIVATE KEY-----\n<your key here>\n-----END RSA PRIVATE KEY-----"

# ok: secret.private-key
def is_private_key(text):
    return text.startswith("-----BEGIN") and "PRIVATE KEY-----" in text and text.rstrip().endswith("-----END PRIVATE KEY-----")

# ok: secret.private-key
PUBLIC = "-----BEGIN PUBLIC KEY-----\nAQqdwDHXzEBmi8FCoWeB74bBNJDErP/YEQfWOw3nSXTjUz3yj+9WosWqce9l9erA\n-----END PUBLIC KEY-----"
