// Fixture for secret.jwt-token. Tokens are built from random claims and random signature bytes.
import { describe, it } from 'vitest';

// ruleid: secret.jwt-token
const serviceToken = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJFZkFaN0Q3clNnIiwiaWF0IjoxNzQ3OTIwMjExLCJleHAiOjE3NDc5MjM4MTEsInJvbGUiOiJzZXJ2aWNlIn0.QZu7HALSNLU2xLDeVXkyGVhpJVPywk-MMQAhARXB9ba';

export const client = {
  headers: {
    // ruleid: secret.jwt-token
    Authorization: `Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IkJqZE85WEdUamdvbiJ9.eyJzdWIiOiJPS2VoYWQ4TjRUIiwiaWF0IjoxNzQ3OTIwMjExLCJleHAiOjE3NDc5MjM4MTEsInJvbGUiOiJzZXJ2aWNlIn0.pHwqqlLCPg23hb-N51-I1ADgxyT4z_z7MYkNVwtFywvpkJh_BsaV7mp0RqycOeCNTk74-JjggglBWHkcdh8S_6g_bTeKnJZItgyvf6M_xRxOpgOj7-gOeOzWQygqBWUvgZHhyR8OW-EghB87bwlb_EpprDysSaKso5e0547kA1fXhfnSfEdSXw7qOkvkIi5ixcXckurSyOnKs5MfGe5fWm16pUPphilN7O--SbcgKnTpcpfLHu-DoW-9lApy2DY4HKeJK8wx10mT76ckeqDT8YRvSlcWu0Z3vT68t9vNLunhpdZ7b65tIkLc8SP9gIiTidKKkTHOrCQYKy_1LDqyRx`,
  },
};

describe('auth', () => {
  it('rejects an unsigned token', () => {
    // alg:none with an empty signature proves nothing to a server that checks signatures: the shape only.
    // ok: secret.jwt-token
    const unsigned = 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJyUEl6UW4wM1hMIiwiaWF0IjoxNzQ3OTIwMjExLCJleHAiOjE3NDc5MjM4MTEsInJvbGUiOiJzZXJ2aWNlIn0.';
    void unsigned;
  });

  it('accepts a signed test token', () => {
    // A signed token in a test is still a credential: tests get copied, and expiry is not revocation.
    // ruleid: secret.jwt-token
    const signed = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ0ZXN0LXVzZXItNDIiLCJpYXQiOjE2MDAwMDAwMDAsImV4cCI6MTYwMDAwMzYwMH0.d3Rn8vK0qL5yXc2ZpHb7mA1sT9uNfE4gRjW6oIkYeQc';
    void signed;
  });
});

// ok: secret.jwt-token
const jwtIoSample = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

// ok: secret.jwt-token
const elided = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOi...';

// ok: secret.jwt-token
const headerOnly = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9';

// Base64 of JSON that is not a JWT header (no "alg"), in three dotted parts.
// ok: secret.jwt-token
const notJwt = 'eyJ2ZXJzaW9uIjozLCJmaWxlIjoiYXBwLmpzIn0.eyJtYXBwaW5ncyI6IkFBQUEifQ.c2lnbmF0dXJl';

// ok: secret.jwt-token
const fromEnv = process.env.SERVICE_JWT;

// A source map's inline data: one JSON part, no dots.
// ok: secret.jwt-token
const map = 'data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImEudHMiXSwibWFwcGluZ3MiOiJBQUFBIn0=';
