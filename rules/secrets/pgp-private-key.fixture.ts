// Fixture for secret.pgp-private-key. The armored bodies are random bytes in base64, not keys.

// ruleid: secret.pgp-private-key
export const SIGNING_KEY = `-----BEGIN PGP PRIVATE KEY BLOCK-----

yq1JXPY/h4C1bJhbwZzkmMVfFxFVLdIW5nxqasnNbkjHHjIbFATMp5B+lH0ZQVc5
llOkKa+//3LGsEIUh8QkCYUclZXIRgdbAzPFJBaLLup4k1MYlH8BjM8zprtwozYg
NJeRxFCDoJerUQifRzYoqAn4EYT5GHIXk3cXi9iPPPvvlzi0lKk7Y8g+WAyJhzEm
3NskM8WiBWJgBTW0poczlP2tGDqyE7nP/eSoUx0eeb
-----END PGP PRIVATE KEY BLOCK-----`;

// ruleid: secret.pgp-private-key
const inline = '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nllOkKa+//3LGsEIUh8QkCYUclZXIRgdbAzPFJBaLLup4k1MYlH8BjM8zprtwozYg\nNJeRxFCDoJerUQifRzYoqAn4EYT5GHIXk3cXi9iPPPvvlzi0lKk7Y8g+WAyJhzEm\n-----END PGP PRIVATE KEY BLOCK-----';

// ok: secret.pgp-private-key
const docs = '-----BEGIN PGP PRIVATE KEY BLOCK-----\n...\n-----END PGP PRIVATE KEY BLOCK-----';

// ok: secret.pgp-private-key
export const isArmoredSecretKey = (s: string) => s.includes('-----BEGIN PGP PRIVATE KEY BLOCK-----');

// ok: secret.pgp-private-key
const help = `Paste the output of gpg --armor --export-secret-keys here. It starts with
-----BEGIN PGP PRIVATE KEY BLOCK----- and ends with the matching line
-----END PGP PRIVATE KEY BLOCK-----`;
