// Fixture for crypto.jwt-none-algorithm (JavaScript).
const jwt = require('jsonwebtoken');
const { UnsecuredJWT } = require('jose');

const SECRET = process.env.JWT_SECRET;

function issueGuestToken(user) {
  // ruleid: crypto.jwt-none-algorithm
  return jwt.sign({ sub: user.id, role: 'guest' }, '', { algorithm: 'none' });
}

function authenticate(req, res, next) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  try {
    // ruleid: crypto.jwt-none-algorithm
    req.user = jwt.verify(token, SECRET, { algorithms: ['HS256', 'none'] });
    next();
  } catch (err) {
    res.status(401).end();
  }
}

function debugToken(claims) {
  // ruleid: crypto.jwt-none-algorithm
  return new UnsecuredJWT(claims).setIssuedAt().encode();
}

function readDebugToken(token) {
  // ruleid: crypto.jwt-none-algorithm
  return UnsecuredJWT.decode(token).payload;
}

// Safe cases

function issueToken(user) {
  // ok: crypto.jwt-none-algorithm
  return jwt.sign({ sub: user.id }, SECRET, { algorithm: 'HS256', expiresIn: '1h' });
}

function verifyToken(token) {
  // ok: crypto.jwt-none-algorithm
  return jwt.verify(token, SECRET, { algorithms: ['HS256'] });
}

function describe(value) {
  // ok: crypto.jwt-none-algorithm
  return value === 'none' ? 'no value' : value;
}

module.exports = { issueGuestToken, authenticate, debugToken, readDebugToken, issueToken, verifyToken, describe };
