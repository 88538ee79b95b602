// Fixture for secret.private-key. The key bodies are random bytes in base64, not keys.

// ruleid: secret.private-key
export const signingKey = `-----BEGIN RSA PRIVATE KEY-----
wZPl9qd+KCzQjxaK2mBjvC8Hp/oSGWynRbocrM0NSFd3qVML8g/CRQx40t3BkPs8
MtTkuXqWHbujUsxoZ4Re/+KVpuFrZLkMiYPUo4RDT0wgDlSsZX6syrQ4RAPMbN93
ouyAw4uqTLsvMKGx6Hhyj7KtouUr0mjxuQgg0EKsH7L5bYc8Vim3s6JLQOrfhFVn
L/CKb06nNa2dBGc5C+bUfxI5GA9VB2R2PPEzfDKoP+RmVULIm05FBddRVM9aNsxS
dP+YJo1cYc6VlZALGLdoo4CwFfZQIB7gVTBTgZmBkGtRwBc+/LUGMaxJhw6txhdF
8jdunMT7yZPugRzkqh5j5NJu7qbqNfuXSAXASsZqjJEiL/GSRSndqXCL39z8JaFD
WeaWOb99QFxNPVKnZZ2k3ppntU4/CEM/Y8/1nxa6LdzpOh4qJ8ess+BrsRdlGbmh
vzL504Y3cqDevd1cKxy3ogDVB398hCFyVNeMTQj8DJk7cisLxbG6Yqlv+SNrx0I6
ZGnMDmAdwcidFM1aro4eYyfmpWeyjV4okotW6YiS6+baWn6r+Eq8fqNI33AVyi4I
DRl2StjnSaYPDLQQY5ZhGg4QRAe1zmzB4TbNRpLqScuoSVGdeE7XIcev1FHxGNZi
PpKb9aIS1ZirH+OeM8GL1spcnqEowhVN1ZLpI4LeTLRbzCvsBAsITJt9YMHzdxqQ
AAs02usLdG4HY8ntPiF7CmXy0l7lUsKEQjHUXYYY/JIq7BlaXosFzCqNPq+V4Eio
Y9XtnkylD/PwAzLgFry4PAflcbqTrP/w
-----END RSA PRIVATE KEY-----`;

// ruleid: secret.private-key
const inline = "-----BEGIN PRIVATE KEY-----\nwZPl9qd+KCzQjxaK2mBjvC8Hp/oSGWynRbocrM0NSFd3qVML8g/CRQx40t3BkPs8\nMtTkuXqWHbujUsxoZ4Re/+KVpuFrZLkMiYPUo4RDT0wgDlSsZX6syrQ4RAPMbN93\n-----END PRIVATE KEY-----";

// ok: secret.private-key
export const publicKey = `-----BEGIN PUBLIC KEY-----
wZPl9qd+KCzQjxaK2mBjvC8Hp/oSGWynRbocrM0NSFd3qVML8g/CRQx40t3BkPs8
MtTkuXqWHbujUsxoZ4Re/+KVpuFrZLkMiYPUo4RDT0wgDlSsZX6syrQ4RAPMbN93
ouyAw4uqTLsvMKGx6Hhyj7KtouUr0mjxuQgg0EKsH7L5bYc8Vim3s6JLQOrfhFVn
L/CKb06nNa2dBGc5C+bUfxI5GA9VB2R2PPEzfDKoP+RmVULIm05FBddRVM9aNsxS
dP+YJo1cYc6VlZALGLdoo4CwFfZQIB7gVTBTgZmBkGtRwBc+/LUGMaxJhw6txhdF
8jdunMT7yZPugRzkqh5j5NJu7qbqNfuXSAXASsZqjJEiL/GSRSndqXCL39z8JaFD
WeaWOb99QFxNPVKnZZ2k3ppntU4/CEM/Y8/1nxa6LdzpOh4qJ8ess+BrsRdlGbmh
vzL504Y3cqDevd1cKxy3ogDVB398hCFyVNeMTQj8DJk7cisLxbG6Yqlv+SNrx0I6
ZGnMDmAdwcidFM1aro4eYyfmpWeyjV4okotW6YiS6+baWn6r+Eq8fqNI33AVyi4I
DRl2StjnSaYPDLQQY5ZhGg4QRAe1zmzB4TbNRpLqScuoSVGdeE7XIcev1FHxGNZi
PpKb9aIS1ZirH+OeM8GL1spcnqEowhVN1ZLpI4LeTLRbzCvsBAsITJt9YMHzdxqQ
AAs02usLdG4HY8ntPiF7CmXy0l7lUsKEQjHUXYYY/JIq7BlaXosFzCqNPq+V4Eio
Y9XtnkylD/PwAzLgFry4PAflcbqTrP/w
-----END PUBLIC KEY-----`;

// ok: secret.private-key
const docs = '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----';

// ok: secret.private-key
const header = '-----BEGIN RSA PRIVATE KEY-----';

// AWS documentation elides the middle of sample keys and marks them EXAMPLE.
// ok: secret.private-key
const elided = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIABAKCAQEAqKpRgnn6yq26U3yt5YFZquyukfRjbMXDcNOK4rMCxDR...fvY4+te\n-----END RSA PRIVATE KEY-----";
