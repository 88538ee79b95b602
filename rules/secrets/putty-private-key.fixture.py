# Fixture for secret.putty-private-key. Key material is random base64, not a key.

# ruleid: secret.putty-private-key
PPK = "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ci\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAIJp0RUWDRzwjWovaRivKPyc5E1\nyWCqxMpoFrR8QBe8PTFI9Q/7zov6oC/PRriOyh72FKCAa2sLB+moeC+9trKyyCKY\nPrivate-Lines: 1\nEzpPVtu89cgTw0Mil4uaUnXXWrYZeK6LHzFgf4HG4zsFkrj3V1KNtE1iOE7x9zxQ\nPrivate-MAC: 1a18c6bafdf64ba3ce649254f8602fcb9bc00b11522a00c8941d2ebbccc46fc5\n"

# ok: secret.putty-private-key
MAGIC = "PuTTY-User-Key-File-"

# ok: secret.putty-private-key
def is_ppk(text):
    return text.startswith("PuTTY-User-Key-File-3: ") and "Private-Lines: " in text and "Private-MAC: " in text

# ok: secret.putty-private-key
PUBLIC_ONLY = """PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: example
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAIJp0RUWDRzwjWovaRivKPyc5E1
yWCqxMpoFrR8QBe8PTFI9Q/7zov6oC/PRriOyh72FKCAa2sLB+moeC+9trKyyCKY
"""
# ok: secret.putty-private-key
TRUNCATED = "PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nPrivate-Lines: 14\n...\nPrivate-MAC: ..."
