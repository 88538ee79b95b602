// What the corpus plants: secret kinds in their providers' documented formats, made of random characters (never a
// real credential), and decoys a careless scanner would report. The file formats (formats.mjs) decide where and how
// each value is written; this module only decides what it is and what it may be called.
//
// A kind is { kind, provider?, resembles?, weight, shape, names, make(rng) , formats?, not? }:
//   shape    scalar (a one-line value), block (multi-line: PEM, PGP), bearer (an HTTP Authorization header
//            value), basic (an Authorization: Basic header), expr (code only: an expression, never a literal),
//            template (a templating reference, written per format)
//   names    word lists the value can be assigned to (['db', 'password'] → dbPassword, DB_PASSWORD, db_password)
//   formats  the only formats it is written in; `not`: formats it is never written in
import { Buffer } from 'node:buffer';
import { ALNUM, B64, B64URL, BASE32, DIGITS, HEX, LOWER, LOWER_ALNUM, UPPER, UPPER_ALNUM } from './rng.mjs';

let validators;
try {
  validators = await import('../../../libs/sentinel/dist/match/validators.js');
} catch (err) {
  throw new Error(
    `tools/corpus needs the built engine (libs/sentinel/dist/match/validators.js): run \`node tools/setup.mjs\` first (${err.message})`,
  );
}
const { crc32, base62 } = validators;

// ---- names ----------------------------------------------------------------------------------------------------

export function nameForms(words) {
  const cap = (w) => w[0].toUpperCase() + w.slice(1);
  return {
    words,
    camel: words[0] + words.slice(1).map(cap).join(''),
    pascal: words.map(cap).join(''),
    snake: words.join('_'),
    env: words.join('_').toUpperCase(),
    kebab: words.join('-'),
    dotted: words.length > 1 ? `${words[0]}.${words.slice(1).join('-')}` : words[0],
  };
}

const PASSWORD_NAMES = [
  ['db', 'password'],
  ['database', 'password'],
  ['admin', 'password'],
  ['smtp', 'password'],
  ['redis', 'password'],
  ['mail', 'password'],
  ['ldap', 'bind', 'password'],
  ['password'],
  ['passwd'],
  ['root', 'password'],
  ['keystore', 'password'],
  ['service', 'password'],
  ['mysql', 'root', 'password'],
  ['postgres', 'password'],
  ['rabbitmq', 'password'],
  ['ftp', 'password'],
];

const SECRET_NAMES = [
  ['api', 'key'],
  ['api', 'secret'],
  ['secret', 'key'],
  ['client', 'secret'],
  ['auth', 'token'],
  ['access', 'token'],
  ['jwt', 'secret'],
  ['session', 'secret'],
  ['app', 'secret'],
  ['signing', 'secret'],
  ['webhook', 'secret'],
  ['encryption', 'key'],
  ['private', 'token'],
  ['master', 'key'],
  ['api', 'token'],
  ['secret'],
  ['token'],
  ['cookie', 'secret'],
  ['hmac', 'key'],
  ['refresh', 'token'],
];

const URL_NAMES = [
  ['database', 'url'],
  ['db', 'url'],
  ['db', 'dsn'],
  ['connection', 'string'],
  ['datasource', 'url'],
  ['db', 'uri'],
];

// ---- small builders -------------------------------------------------------------------------------------------

const WORDS = [
  'amber', 'anchor', 'apple', 'atlas', 'banjo', 'beacon', 'birch', 'cactus', 'canyon', 'cedar', 'cobalt', 'comet',
  'coral', 'falcon', 'fjord', 'garnet', 'glacier', 'harbor', 'hazel', 'indigo', 'jasper', 'juniper', 'lagoon',
  'lantern', 'maple', 'meadow', 'nebula', 'onyx', 'orchid', 'pepper', 'pine', 'quartz', 'raven', 'saffron',
  'sierra', 'tundra', 'violet', 'walnut', 'willow', 'zephyr', 'otter', 'badger', 'heron', 'lynx', 'marten',
];
const PW_SYMBOLS = '!@^*-_=+.?~';
const URL_SAFE_PW = `${ALNUM}-_.~`;

/** A random password: mixed case, digits and symbols, none of the characters formats would need to escape. */
export function randomPassword(rng, len = rng.range(12, 24)) {
  for (;;) {
    const s = rng.str(`${ALNUM}${ALNUM}${PW_SYMBOLS}`, len);
    if (/[A-Z]/.test(s) && /[a-z]/.test(s) && /\d/.test(s) && !/^[-=+.?~!@^*]/.test(s)) return s;
  }
}

/** A password safe inside a URL's userinfo without percent-encoding. */
export function urlPassword(rng, len = rng.range(14, 26)) {
  for (;;) {
    const s = rng.str(URL_SAFE_PW, len);
    if (/[A-Z]/.test(s) && /[a-z]/.test(s) && /\d/.test(s) && /^[A-Za-z0-9]/.test(s)) return s;
  }
}

/** What people actually choose: two words, digits, a symbol. Low entropy; a hardcoded password all the same. */
function memorablePassword(rng) {
  const cap = (w) => w[0].toUpperCase() + w.slice(1);
  return `${cap(rng.pick(WORDS))}${cap(rng.pick(WORDS))}${rng.str(DIGITS, rng.range(2, 4))}${rng.pick(['!', '?', '*', '.'])}`;
}

function crcToken(rng, prefix) {
  const body = rng.str(ALNUM, 30);
  return `${prefix}${body}${base62(crc32(body), 6)}`;
}

/** A GitHub/npm-looking token whose last six characters are NOT the CRC32 of the rest. */
function badCrcToken(rng, prefix) {
  for (;;) {
    const body = rng.str(ALNUM, 30);
    const tail = rng.str(ALNUM, 6);
    if (tail !== base62(crc32(body), 6)) return `${prefix}${body}${tail}`;
  }
}

function b64url(obj) {
  return Buffer.from(JSON.stringify(obj)).toString('base64url');
}

export function makeJwt(rng) {
  const rs = rng.chance(0.3);
  const header = rs ? { alg: 'RS256', typ: 'JWT', kid: rng.hex(16) } : { alg: 'HS256', typ: 'JWT' };
  const iat = 1_700_000_000 + rng.int(60_000_000);
  const payload = rng.pick([
    () => ({ sub: rng.uuid(), role: rng.pick(['admin', 'service', 'editor']), iat, exp: iat + 3600 * rng.range(1, 24 * 365) }),
    () => ({ sub: String(rng.range(1000, 999999)), name: `${rng.pick(WORDS)} ${rng.pick(WORDS)}`, iat }),
    () => ({ iss: `https://auth.${rng.pick(WORDS)}.io/`, aud: 'api', scope: 'read write', client_id: rng.str(ALNUM, 20), iat, exp: iat + 86400 }),
  ])();
  const sig = rs ? rng.bytes(256).toString('base64url') : rng.bytes(32).toString('base64url');
  return `${b64url(header)}.${b64url(payload)}.${sig}`;
}

function wrap(text, width) {
  return text.match(new RegExp(`.{1,${width}}`, 'g'));
}

function der(rng, head, total) {
  return Buffer.concat([Buffer.from(head), rng.bytes(total - head.length)]);
}

function pem(label, body, width = 64) {
  return [`-----BEGIN ${label}-----`, ...wrap(body.toString('base64'), width), `-----END ${label}-----`];
}

function sshString(buf) {
  const b = typeof buf === 'string' ? Buffer.from(buf) : buf;
  const len = Buffer.alloc(4);
  len.writeUInt32BE(b.length);
  return Buffer.concat([len, b]);
}

function u32(n) {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

const RSA_PKCS1_HEAD = [0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00];
const RSA_OID = [0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00];

function rsaPkcs1(rng) {
  // SEQUENCE { version 0, modulus (257 bytes), publicExponent 65537, privateExponent, primes, ... }
  const mod = Buffer.concat([Buffer.from(RSA_PKCS1_HEAD), rng.bytes(256), Buffer.from([0x02, 0x03, 0x01, 0x00, 0x01, 0x02, 0x82, 0x01, 0x00])]);
  return Buffer.concat([mod, rng.bytes(0x4a4 + 4 - mod.length)]);
}

function crc24(buf) {
  let crc = 0xb704ce;
  for (const byte of buf) {
    crc ^= byte << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

function pgpArmor(label, body) {
  const sum = Buffer.from([(crc24(body) >> 16) & 0xff, (crc24(body) >> 8) & 0xff, crc24(body) & 0xff]).toString('base64');
  return [`-----BEGIN PGP ${label} BLOCK-----`, '', ...wrap(body.toString('base64'), 64), `=${sum}`, `-----END PGP ${label} BLOCK-----`];
}

export const PRIVATE_KEYS = {
  rsa: (rng) => pem('RSA PRIVATE KEY', rsaPkcs1(rng)),
  pkcs8: (rng) => {
    const inner = rsaPkcs1(rng);
    const octet = Buffer.concat([Buffer.from([0x04, 0x82, (inner.length >> 8) & 0xff, inner.length & 0xff]), inner]);
    const body = Buffer.concat([Buffer.from([0x02, 0x01, 0x00]), Buffer.from(RSA_OID), octet]);
    return pem('PRIVATE KEY', Buffer.concat([Buffer.from([0x30, 0x82, (body.length >> 8) & 0xff, body.length & 0xff]), body]));
  },
  ec: (rng) => {
    const body = Buffer.concat([
      Buffer.from([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20]),
      rng.bytes(32),
      Buffer.from([0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04]),
      rng.bytes(64),
    ]);
    return pem('EC PRIVATE KEY', body);
  },
  openssh: (rng) => {
    const pub = rng.bytes(32);
    const pubBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(pub)]);
    const check = rng.bytes(4);
    let priv = Buffer.concat([
      check,
      check,
      sshString('ssh-ed25519'),
      sshString(pub),
      sshString(Buffer.concat([rng.bytes(32), pub])),
      sshString(`${rng.pick(WORDS)}@${rng.pick(WORDS)}-${rng.pick(['laptop', 'build', 'ci', 'bastion'])}`),
    ]);
    const pad = [];
    for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
    priv = Buffer.concat([priv, Buffer.from(pad)]);
    const body = Buffer.concat([
      Buffer.from('openssh-key-v1\0'),
      sshString('none'),
      sshString('none'),
      sshString(''),
      u32(1),
      sshString(pubBlob),
      sshString(priv),
    ]);
    return pem('OPENSSH PRIVATE KEY', body, 70);
  },
  pgp: (rng) => {
    // An old-format secret-key packet (tag 5), version 4, RSA, then key material.
    const len = rng.range(900, 1100);
    const body = Buffer.concat([Buffer.from([0x95, (len >> 8) & 0xff, len & 0xff, 0x04]), rng.bytes(4), Buffer.from([0x01]), rng.bytes(len - 6)]);
    return pgpArmor('PRIVATE KEY', body);
  },
};

const PUBLIC_BLOCKS = {
  'public-key': (rng) =>
    pem(
      'PUBLIC KEY',
      Buffer.concat([
        Buffer.from([0x30, 0x82, 0x01, 0x22, ...RSA_OID, 0x03, 0x82, 0x01, 0x0f, 0x00, 0x30, 0x82, 0x01, 0x0a, 0x02, 0x82, 0x01, 0x01, 0x00]),
        rng.bytes(256),
        Buffer.from([0x02, 0x03, 0x01, 0x00, 0x01]),
      ]),
    ),
  'rsa-public-key': (rng) =>
    pem('RSA PUBLIC KEY', Buffer.concat([Buffer.from([0x30, 0x82, 0x01, 0x0a, 0x02, 0x82, 0x01, 0x01, 0x00]), rng.bytes(256), Buffer.from([0x02, 0x03, 0x01, 0x00, 0x01])])),
  certificate: (rng) => pem('CERTIFICATE', der(rng, [0x30, 0x82, 0x03, 0x1e, 0x30, 0x82, 0x02, 0x06, 0xa0, 0x03, 0x02, 0x01, 0x02, 0x02, 0x14], 0x31e + 4)),
  'certificate-request': (rng) => pem('CERTIFICATE REQUEST', der(rng, [0x30, 0x82, 0x02, 0x9a, 0x30, 0x82, 0x01, 0x82, 0x02, 0x01, 0x00], 0x29a + 4)),
  'pgp-public-key': (rng) => {
    const len = rng.range(500, 700);
    return pgpArmor('PUBLIC KEY', Buffer.concat([Buffer.from([0x99, (len >> 8) & 0xff, len & 0xff, 0x04]), rng.bytes(4), Buffer.from([0x01]), rng.bytes(len - 6)]));
  },
};

export function sshPublicKey(rng) {
  const comment = `${rng.pick(WORDS)}@${rng.pick(WORDS)}`;
  if (rng.chance(0.5)) return `ssh-ed25519 ${Buffer.concat([sshString('ssh-ed25519'), sshString(rng.bytes(32))]).toString('base64')} ${comment}`;
  const mod = Buffer.concat([Buffer.from([0x00]), rng.bytes(256)]);
  return `ssh-rsa ${Buffer.concat([sshString('ssh-rsa'), sshString(Buffer.from([0x01, 0x00, 0x01])), sshString(mod)]).toString('base64')} ${comment}`;
}

export function host(rng) {
  const co = rng.pick(WORDS);
  return rng.pick([
    () => `${rng.pick(['orders', 'billing', 'users', 'main', 'analytics'])}-db.${rng.str(LOWER_ALNUM, 12)}.${rng.pick(['eu-west-1', 'us-east-1', 'ap-south-1'])}.rds.amazonaws.com`,
    () => `db-${rng.range(1, 9)}.internal.${co}-corp.net`,
    () => `10.${rng.range(0, 255)}.${rng.range(0, 255)}.${rng.range(2, 254)}`,
    () => `${rng.pick(['pg', 'sql', 'data'])}.${co}.io`,
    () => `${co}-prod.postgres.database.azure.com`,
  ])();
}

const DB_USERS = ['app', 'app_user', 'svc_orders', 'admin', 'deploy', 'reporting', 'api', 'backend', 'etl'];
const DB_NAMES = ['app', 'orders', 'billing', 'production', 'analytics', 'core', 'users'];

function connString(rng, scheme) {
  const user = rng.pick(DB_USERS);
  const pw = urlPassword(rng);
  const db = rng.pick(DB_NAMES);
  switch (scheme) {
    case 'postgres':
      return `${rng.pick(['postgres', 'postgresql'])}://${user}:${pw}@${host(rng)}:5432/${db}${rng.chance(0.4) ? '?sslmode=require' : ''}`;
    case 'mysql':
      return `mysql://${user}:${pw}@${host(rng)}:3306/${db}`;
    case 'mongodb':
      return `mongodb://${user}:${pw}@${host(rng)}:27017,${host(rng)}:27017/${db}?replicaSet=rs0&authSource=admin`;
    case 'mongodb+srv':
      return `mongodb+srv://${user}:${pw}@cluster0.${rng.str(LOWER_ALNUM, 5)}.mongodb.net/${db}?retryWrites=true&w=majority`;
    case 'redis':
      return `${rng.pick(['redis', 'rediss'])}://${rng.chance(0.5) ? 'default' : ''}:${pw}@${host(rng)}:6379/${rng.range(0, 3)}`;
    case 'amqp':
      return `${rng.pick(['amqp', 'amqps'])}://${user}:${pw}@${host(rng)}:${rng.pick(['5672', '5671'])}/${rng.pick(['%2F', 'prod', 'events'])}`;
    case 'mssql':
      return `Server=tcp:${host(rng)},1433;Initial Catalog=${db};Persist Security Info=False;User ID=${user};Password=${pw};MultipleActiveResultSets=False;Encrypt=True;Connection Timeout=30;`;
    case 'jdbc':
      return rng.chance(0.5)
        ? `jdbc:postgresql://${host(rng)}:5432/${db}?user=${user}&password=${pw}&ssl=true`
        : `jdbc:mysql://${host(rng)}:3306/${db}?user=${user}&password=${pw}&useSSL=true`;
    default:
      throw new Error(scheme);
  }
}

// ---- secrets --------------------------------------------------------------------------------------------------

const GH_NAMES = [['github', 'token'], ['gh', 'token'], ['github', 'pat'], ['git', 'token']];

/** Every secret kind. Weights set how often each appears relative to the others. */
export const SECRET_KINDS = [
  // cloud
  { kind: 'aws-access-key-id', provider: 'AWS', weight: 3, shape: 'scalar', names: [['aws', 'access', 'key', 'id'], ['access', 'key', 'id'], ['aws', 'key', 'id']], make: (r) => `${r.pick(['AKIA', 'AKIA', 'AKIA', 'ASIA'])}${r.str(BASE32, 16)}`, then: 'aws-secret-access-key' },
  { kind: 'aws-secret-access-key', provider: 'AWS', weight: 2, shape: 'scalar', contextual: true, names: [['aws', 'secret', 'access', 'key'], ['secret', 'access', 'key'], ['aws', 'secret', 'key']], make: (r) => r.str(B64, 40) },
  { kind: 'gcp-api-key', provider: 'Google', weight: 2, shape: 'scalar', names: [['google', 'api', 'key'], ['maps', 'api', 'key'], ['gcp', 'api', 'key'], ['firebase', 'api', 'key']], make: (r) => `AIza${r.str(`${ALNUM}-_`, 35)}`, inUrl: (v) => `https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key=${v}` },
  { kind: 'google-oauth-client-secret', provider: 'Google', weight: 1, shape: 'scalar', names: [['google', 'client', 'secret'], ['oauth', 'client', 'secret']], make: (r) => `GOCSPX-${r.str(`${ALNUM}-_`, 28)}` },
  { kind: 'azure-storage-connection-string', provider: 'Azure', weight: 1, shape: 'scalar', names: [['azure', 'storage', 'connection', 'string'], ['storage', 'connection', 'string']], make: (r) => `DefaultEndpointsProtocol=https;AccountName=${r.pick(WORDS)}${r.str(LOWER_ALNUM, 6)};AccountKey=${r.bytes(64).toString('base64')};EndpointSuffix=core.windows.net`, not: ['dockerfile', 'ini'] },
  { kind: 'azure-sas-token', provider: 'Azure', weight: 1, shape: 'scalar', names: [['blob', 'sas', 'url'], ['azure', 'sas', 'url'], ['upload', 'url']], make: (r) => `https://${r.pick(WORDS)}${r.str(LOWER_ALNUM, 6)}.blob.core.windows.net/${r.pick(['uploads', 'backups', 'exports'])}?sv=2022-11-02&ss=b&srt=co&sp=${r.pick(['rl', 'rwdl', 'racwdl'])}&se=2026-0${r.range(1, 9)}-1${r.range(0, 9)}T00:00:00Z&st=2025-01-01T00:00:00Z&spr=https&sig=${encodeURIComponent(r.bytes(32).toString('base64'))}`, not: ['dockerfile', 'ini', 'properties'] },
  { kind: 'azure-ad-client-secret', provider: 'Azure', weight: 1, shape: 'scalar', names: [['azure', 'client', 'secret'], ['aad', 'client', 'secret']], make: (r) => `${r.str(`${ALNUM}_~.`, 3)}${r.range(7, 8)}Q~${r.str(`${ALNUM}_~.-`, 34)}` },
  { kind: 'digitalocean-token', provider: 'DigitalOcean', weight: 1, shape: 'scalar', names: [['digitalocean', 'token'], ['do', 'token']], make: (r) => `${r.pick(['dop_v1_', 'doo_v1_'])}${r.hex(64)}` },
  { kind: 'alibaba-access-key-id', provider: 'Alibaba Cloud', weight: 1, shape: 'scalar', names: [['alibaba', 'access', 'key', 'id'], ['aliyun', 'access', 'key']], make: (r) => `LTAI${r.str(ALNUM, 20)}` },
  { kind: 'cloudflare-api-token', provider: 'Cloudflare', weight: 1, shape: 'scalar', contextual: true, names: [['cloudflare', 'api', 'token'], ['cf', 'api', 'token']], make: (r) => r.str(`${ALNUM}-_`, 40) },
  { kind: 'heroku-api-key', provider: 'Heroku', weight: 1, shape: 'scalar', contextual: true, names: [['heroku', 'api', 'key']], make: (r) => r.uuid() },
  // code hosts and registries
  { kind: 'github-pat', provider: 'GitHub', weight: 3, shape: 'scalar', bearer: true, names: GH_NAMES, make: (r) => crcToken(r, 'ghp_') },
  { kind: 'github-oauth-token', provider: 'GitHub', weight: 1, shape: 'scalar', bearer: true, names: GH_NAMES, make: (r) => crcToken(r, 'gho_') },
  { kind: 'github-user-to-server-token', provider: 'GitHub', weight: 1, shape: 'scalar', names: GH_NAMES, make: (r) => crcToken(r, 'ghu_') },
  { kind: 'github-app-token', provider: 'GitHub', weight: 1, shape: 'scalar', names: GH_NAMES, make: (r) => crcToken(r, 'ghs_') },
  // Fine-grained tokens: 22 + 59 base62 characters; GitHub documents no checksum for them.
  { kind: 'github-fine-grained-pat', provider: 'GitHub', weight: 2, shape: 'scalar', bearer: true, names: GH_NAMES, make: (r) => `github_pat_${r.str(ALNUM, 22)}_${r.str(ALNUM, 59)}` },
  { kind: 'gitlab-pat', provider: 'GitLab', weight: 2, shape: 'scalar', names: [['gitlab', 'token'], ['gitlab', 'pat'], ['ci', 'token']], make: (r) => `glpat-${r.str(`${ALNUM}-_`, 20)}` },
  { kind: 'npm-token', provider: 'npm', weight: 2, shape: 'scalar', names: [['npm', 'token'], ['npm', 'auth', 'token']], make: (r) => crcToken(r, 'npm_') },
  { kind: 'pypi-token', provider: 'PyPI', weight: 1, shape: 'scalar', names: [['pypi', 'token'], ['twine', 'password']], make: (r) => `pypi-AgEIcHlwaS5vcmc${r.str(B64URL, r.range(140, 170))}` },
  { kind: 'rubygems-api-key', provider: 'RubyGems', weight: 1, shape: 'scalar', names: [['gem', 'host', 'api', 'key'], ['rubygems', 'api', 'key']], make: (r) => `rubygems_${r.hex(48)}` },
  { kind: 'nuget-api-key', provider: 'NuGet', weight: 1, shape: 'scalar', names: [['nuget', 'api', 'key']], make: (r) => `oy2${r.str(LOWER_ALNUM, 43)}` },
  { kind: 'dockerhub-pat', provider: 'Docker Hub', weight: 1, shape: 'scalar', names: [['docker', 'hub', 'token'], ['docker', 'password'], ['registry', 'password']], make: (r) => `dckr_pat_${r.str(B64URL, 27)}` },
  // AI providers
  { kind: 'openai-api-key', provider: 'OpenAI', weight: 2, shape: 'scalar', bearer: true, names: [['openai', 'api', 'key'], ['openai', 'key']], make: (r) => (r.chance(0.75) ? `sk-proj-${r.str(B64URL, 74)}T3BlbkFJ${r.str(B64URL, 74)}` : `sk-${r.str(ALNUM, 20)}T3BlbkFJ${r.str(ALNUM, 20)}`) },
  { kind: 'anthropic-api-key', provider: 'Anthropic', weight: 2, shape: 'scalar', names: [['anthropic', 'api', 'key'], ['claude', 'api', 'key']], make: (r) => `sk-ant-api03-${r.str(B64URL, 93)}AA` },
  { kind: 'huggingface-token', provider: 'Hugging Face', weight: 1, shape: 'scalar', bearer: true, names: [['hf', 'token'], ['huggingface', 'token']], make: (r) => `hf_${r.str(`${UPPER}${LOWER}`, 34)}` },
  { kind: 'groq-api-key', provider: 'Groq', weight: 1, shape: 'scalar', names: [['groq', 'api', 'key']], make: (r) => `gsk_${r.str(ALNUM, 52)}` },
  { kind: 'replicate-api-token', provider: 'Replicate', weight: 1, shape: 'scalar', names: [['replicate', 'api', 'token']], make: (r) => `r8_${r.str(ALNUM, 37)}` },
  // payments
  { kind: 'stripe-secret-key', provider: 'Stripe', weight: 2, shape: 'scalar', names: [['stripe', 'secret', 'key'], ['stripe', 'api', 'key'], ['stripe', 'key']], make: (r) => `sk_live_${r.chance(0.5) ? r.str(ALNUM, 24) : `51${r.str(ALNUM, 97)}`}` },
  { kind: 'stripe-restricted-key', provider: 'Stripe', weight: 1, shape: 'scalar', names: [['stripe', 'restricted', 'key'], ['stripe', 'key']], make: (r) => `rk_live_${r.chance(0.5) ? r.str(ALNUM, 24) : `51${r.str(ALNUM, 97)}`}` },
  { kind: 'stripe-webhook-secret', provider: 'Stripe', weight: 1, shape: 'scalar', names: [['stripe', 'webhook', 'secret']], make: (r) => `whsec_${r.str(ALNUM, 32)}` },
  { kind: 'square-token', provider: 'Square', weight: 1, shape: 'scalar', names: [['square', 'access', 'token'], ['square', 'secret']], make: (r) => (r.chance(0.5) ? `sq0atp-${r.str(B64URL, 22)}` : `sq0csp-${r.str(B64URL, 43)}`) },
  { kind: 'braintree-access-token', provider: 'PayPal/Braintree', weight: 1, shape: 'scalar', names: [['braintree', 'access', 'token']], make: (r) => `access_token$production$${r.str(LOWER_ALNUM, 16)}$${r.hex(32)}`, formats: ['js', 'ts', 'py', 'java', 'rb', 'php', 'cs', 'json', 'yaml', 'toml', 'properties', 'ini', 'env'] },
  // messaging
  { kind: 'slack-bot-token', provider: 'Slack', weight: 2, shape: 'scalar', bearer: true, names: [['slack', 'bot', 'token'], ['slack', 'token']], make: (r) => `xoxb-${r.str(DIGITS, r.range(10, 13))}-${r.str(DIGITS, r.range(10, 13))}-${r.str(ALNUM, 24)}` },
  { kind: 'slack-user-token', provider: 'Slack', weight: 1, shape: 'scalar', names: [['slack', 'user', 'token'], ['slack', 'token']], make: (r) => `xoxp-${r.str(DIGITS, r.range(10, 13))}-${r.str(DIGITS, r.range(10, 13))}-${r.str(DIGITS, r.range(10, 13))}-${r.hex(32)}` },
  { kind: 'slack-app-token', provider: 'Slack', weight: 1, shape: 'scalar', names: [['slack', 'app', 'token']], make: (r) => `xapp-1-A${r.str(UPPER_ALNUM, 10)}-${r.str(DIGITS, 13)}-${r.hex(64)}` },
  { kind: 'slack-webhook', provider: 'Slack', weight: 2, shape: 'scalar', names: [['slack', 'webhook', 'url'], ['webhook', 'url'], ['alerts', 'webhook']], make: (r) => `https://hooks.slack.com/services/T${r.str(UPPER_ALNUM, r.range(8, 10))}/B${r.str(UPPER_ALNUM, r.range(8, 10))}/${r.str(ALNUM, 24)}` },
  { kind: 'discord-bot-token', provider: 'Discord', weight: 1, shape: 'scalar', names: [['discord', 'bot', 'token'], ['discord', 'token']], make: (r) => `${Buffer.from(`1${r.str(DIGITS, r.range(17, 18))}`).toString('base64').replace(/=+$/, '')}.${r.str(B64URL, 6)}.${r.str(B64URL, 38)}` },
  { kind: 'discord-webhook', provider: 'Discord', weight: 1, shape: 'scalar', names: [['discord', 'webhook', 'url'], ['webhook', 'url']], make: (r) => `https://discord.com/api/webhooks/1${r.str(DIGITS, 18)}/${r.str(B64URL, 68)}` },
  { kind: 'telegram-bot-token', provider: 'Telegram', weight: 1, shape: 'scalar', names: [['telegram', 'bot', 'token'], ['tg', 'bot', 'token']], make: (r) => `${r.range(1, 9)}${r.str(DIGITS, r.range(7, 9))}:AA${r.str(B64URL, 33)}`, inUrl: (v) => `https://api.telegram.org/bot${v}/sendMessage` },
  { kind: 'twilio-auth-token', provider: 'Twilio', weight: 1, shape: 'scalar', contextual: true, names: [['twilio', 'auth', 'token']], make: (r) => r.hex(32) },
  { kind: 'sendgrid-api-key', provider: 'SendGrid', weight: 2, shape: 'scalar', bearer: true, names: [['sendgrid', 'api', 'key'], ['mail', 'api', 'key']], make: (r) => `SG.${r.str(B64URL, 22)}.${r.str(B64URL, 43)}` },
  { kind: 'mailgun-api-key', provider: 'Mailgun', weight: 1, shape: 'scalar', names: [['mailgun', 'api', 'key']], make: (r) => `key-${r.hex(32)}` },
  { kind: 'mailchimp-api-key', provider: 'Mailchimp', weight: 1, shape: 'scalar', names: [['mailchimp', 'api', 'key']], make: (r) => `${r.hex(32)}-us${r.range(1, 21)}` },
  // SaaS
  { kind: 'shopify-token', provider: 'Shopify', weight: 1, shape: 'scalar', names: [['shopify', 'access', 'token'], ['shopify', 'api', 'secret']], make: (r) => `${r.pick(['shpat_', 'shpss_', 'shpca_', 'shppa_'])}${r.hex(32)}` },
  { kind: 'linear-api-key', provider: 'Linear', weight: 1, shape: 'scalar', names: [['linear', 'api', 'key']], make: (r) => `lin_api_${r.str(ALNUM, 40)}` },
  { kind: 'postman-api-key', provider: 'Postman', weight: 1, shape: 'scalar', names: [['postman', 'api', 'key']], make: (r) => `PMAK-${r.hex(24)}-${r.hex(34)}` },
  { kind: 'datadog-api-key', provider: 'Datadog', weight: 1, shape: 'scalar', contextual: true, names: [['datadog', 'api', 'key'], ['dd', 'api', 'key']], make: (r) => r.hex(32) },
  { kind: 'newrelic-user-api-key', provider: 'New Relic', weight: 1, shape: 'scalar', names: [['new', 'relic', 'api', 'key'], ['newrelic', 'api', 'key']], make: (r) => `NRAK-${r.str(UPPER_ALNUM, 27)}` },
  { kind: 'sentry-auth-token', provider: 'Sentry', weight: 1, shape: 'scalar', names: [['sentry', 'auth', 'token']], make: (r) => `sntryu_${r.hex(64)}` },
  { kind: 'databricks-token', provider: 'Databricks', weight: 1, shape: 'scalar', bearer: true, names: [['databricks', 'token']], make: (r) => `dapi${r.hex(32)}` },
  { kind: 'vault-token', provider: 'HashiCorp Vault', weight: 1, shape: 'scalar', names: [['vault', 'token']], make: (r) => `hvs.${r.str(B64URL, 90)}` },
  { kind: 'terraform-cloud-token', provider: 'Terraform Cloud', weight: 1, shape: 'scalar', names: [['tfe', 'token'], ['terraform', 'token']], make: (r) => `${r.str(ALNUM, 14)}.atlasv1.${r.str(B64URL, 67)}` },
  { kind: 'doppler-token', provider: 'Doppler', weight: 1, shape: 'scalar', names: [['doppler', 'token']], make: (r) => `dp.pt.${r.str(ALNUM, 43)}` },
  { kind: 'pulumi-access-token', provider: 'Pulumi', weight: 1, shape: 'scalar', names: [['pulumi', 'access', 'token']], make: (r) => `pul-${r.hex(40)}` },
  { kind: 'grafana-service-account-token', provider: 'Grafana', weight: 1, shape: 'scalar', bearer: true, names: [['grafana', 'token']], make: (r) => `glsa_${r.str(ALNUM, 32)}_${r.hex(8)}` },
  { kind: 'supabase-access-token', provider: 'Supabase', weight: 1, shape: 'scalar', names: [['supabase', 'access', 'token']], make: (r) => `sbp_${r.hex(40)}` },
  { kind: 'age-secret-key', provider: 'age', weight: 1, shape: 'scalar', names: [['age', 'secret', 'key'], ['sops', 'age', 'key']], make: (r) => `AGE-SECRET-KEY-1${r.str('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)}` },
  // keys and tokens without a provider
  { kind: 'private-key', provider: 'PEM', weight: 5, shape: 'block', names: [['private', 'key'], ['signing', 'key'], ['tls', 'key'], ['ssh', 'key']], make: (r) => r.weighted([[4, PRIVATE_KEYS.rsa], [3, PRIVATE_KEYS.pkcs8], [2, PRIVATE_KEYS.ec], [3, PRIVATE_KEYS.openssh], [1, PRIVATE_KEYS.pgp]])(r) },
  { kind: 'jwt', provider: 'JWT', weight: 3, shape: 'scalar', bearer: true, names: [['jwt'], ['access', 'token'], ['id', 'token'], ['session', 'token'], ['service', 'token']], make: makeJwt },
  // connection strings and URLs with credentials
  { kind: 'connection-string', provider: 'postgres', weight: 2, shape: 'scalar', names: URL_NAMES, make: (r) => connString(r, 'postgres') },
  { kind: 'connection-string', provider: 'mysql', weight: 1, shape: 'scalar', names: URL_NAMES, make: (r) => connString(r, 'mysql') },
  { kind: 'connection-string', provider: 'mongodb', weight: 1, shape: 'scalar', names: [['mongo', 'url'], ['mongodb', 'uri']], make: (r) => connString(r, r.pick(['mongodb', 'mongodb+srv'])) },
  { kind: 'connection-string', provider: 'redis', weight: 1, shape: 'scalar', names: [['redis', 'url'], ['cache', 'url']], make: (r) => connString(r, 'redis') },
  { kind: 'connection-string', provider: 'amqp', weight: 1, shape: 'scalar', names: [['amqp', 'url'], ['broker', 'url'], ['rabbitmq', 'url']], make: (r) => connString(r, 'amqp') },
  { kind: 'connection-string', provider: 'mssql', weight: 1, shape: 'scalar', names: [['connection', 'string'], ['sql', 'connection']], make: (r) => connString(r, 'mssql'), formats: ['cs', 'json', 'yaml', 'env', 'ts', 'js', 'py', 'ps1', 'md', 'properties'] },
  { kind: 'connection-string', provider: 'jdbc', weight: 1, shape: 'scalar', names: [['jdbc', 'url'], ['datasource', 'url']], make: (r) => connString(r, 'jdbc'), formats: ['java', 'properties', 'yaml', 'env', 'json', 'md', 'toml'] },
  { kind: 'basic-auth-url', provider: 'URL', weight: 2, shape: 'scalar', names: [['registry', 'url'], ['repo', 'url'], ['mirror', 'url'], ['proxy', 'url'], ['feed', 'url']], make: (r) => `${r.pick(['https', 'https', 'http', 'ftp'])}://${r.pick(['deploy', 'ci', 'admin', 'svc-build', 'jenkins'])}:${urlPassword(r)}@${r.pick(['nexus', 'artifacts', 'git', 'files', 'registry'])}.${r.pick(WORDS)}-corp.${r.pick(['com', 'io', 'net'])}/${r.pick(['repository/npm-private/', 'team/app.git', 'pub/', 'v2/'])}` },
  // generic: a secret-like name and a value that looks like a secret
  { kind: 'generic-password', weight: 9, shape: 'scalar', contextual: true, names: PASSWORD_NAMES, make: (r) => randomPassword(r) },
  { kind: 'generic-password-memorable', weight: 2, shape: 'scalar', contextual: true, names: PASSWORD_NAMES, make: memorablePassword },
  {
    kind: 'generic-secret',
    weight: 9,
    shape: 'scalar',
    contextual: true,
    inUrl: (v, r) => `https://api.${r.pick(WORDS)}.io/v2/${r.pick(['export', 'reports', 'events'])}?format=json&${r.pick(['api_key', 'access_token', 'apikey', 'token'])}=${encodeURIComponent(v)}`,
    names: SECRET_NAMES,
    make: (r) => r.weighted([[3, () => r.hex(r.pick([32, 40, 64]))], [3, () => r.bytes(r.pick([24, 32, 48])).toString('base64')], [3, () => r.str(ALNUM, r.range(28, 48))], [1, () => r.bytes(32).toString('base64url')]])(),
  },
  { kind: 'django-secret-key', provider: 'Django', weight: 1, shape: 'scalar', names: [['secret', 'key']], make: (r) => `django-insecure-${r.str('abcdefghijklmnopqrstuvwxyz0123456789!@^*-_=+', 50)}`, formats: ['py', 'env'] },
  { kind: 'bearer-token', weight: 2, shape: 'bearer', names: [['auth', 'header']], make: (r) => r.str(ALNUM, r.range(32, 48)) },
  { kind: 'basic-auth-header', weight: 1, shape: 'basic', names: [['auth', 'header']], make: (r) => Buffer.from(`${r.pick(DB_USERS)}:${randomPassword(r)}`).toString('base64') },
];

// ---- decoys ---------------------------------------------------------------------------------------------------

const PLACEHOLDERS = [
  'changeme', 'change-me', 'CHANGEME', 'change_me_in_production', '<your-token>', '<YOUR_API_KEY>', '<password>',
  'your-api-key-here', 'your_secret_here', 'YOUR_TOKEN', 'xxxxxxxxxxxxxxxx', 'XXXXXXXXXXXXXXXXXXXXXXXX', '********',
  '***', 'REPLACE_ME', 'replace-with-real-secret', 'TODO', 'dummy', 'example', 'test', 'secret', 'password',
  'placeholder', 'none', 'null', '', 'insert-key-here', 'fake-token-for-tests', 'not-a-real-secret', 'test-password',
  'dummy_api_key', 'your-password', 'PUT_YOUR_KEY_HERE', '...', 'redacted',
];

const PROVIDER_PLACEHOLDERS = [
  ['stripe-secret-key', [['stripe', 'secret', 'key']], () => 'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx'],
  ['stripe-secret-key', [['stripe', 'secret', 'key']], () => 'sk_live_your_key_here'],
  ['github-pat', GH_NAMES, () => 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  ['github-pat', GH_NAMES, () => 'ghp_YOUR_PERSONAL_ACCESS_TOKEN_HERE_000'],
  ['aws-access-key-id', [['aws', 'access', 'key', 'id']], () => 'AKIAXXXXXXXXXXXXXXXX'],
  ['aws-secret-access-key', [['aws', 'secret', 'access', 'key']], () => '<your-secret-access-key>'],
  ['slack-bot-token', [['slack', 'bot', 'token']], () => 'xoxb-your-bot-token'],
  ['slack-webhook', [['slack', 'webhook', 'url']], () => 'https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX'],
  ['openai-api-key', [['openai', 'api', 'key']], () => 'sk-proj-...'],
  ['openai-api-key', [['openai', 'api', 'key']], () => 'sk-your-openai-key'],
  ['anthropic-api-key', [['anthropic', 'api', 'key']], () => 'sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  ['huggingface-token', [['hf', 'token']], () => 'hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  ['npm-token', [['npm', 'token']], () => 'npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'],
  ['gitlab-pat', [['gitlab', 'token']], () => 'glpat-xxxxxxxxxxxxxxxxxxxx'],
  ['sendgrid-api-key', [['sendgrid', 'api', 'key']], () => 'SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  ['gcp-api-key', [['google', 'api', 'key']], () => 'AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'],
  ['connection-string', URL_NAMES, () => 'postgres://user:password@host:5432/dbname'],
  ['connection-string', URL_NAMES, () => 'postgresql://<user>:<password>@<host>:5432/<database>'],
  ['connection-string', [['mongodb', 'uri']], () => 'mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/'],
  ['basic-auth-url', [['registry', 'url']], () => 'https://username:password@registry.example.com/'],
];

const SEQUENTIAL = [
  () => 'a'.repeat(32),
  () => '0'.repeat(40),
  () => 'x'.repeat(24),
  () => '1234567890abcdef1234567890abcdef',
  () => 'abcdefghijklmnopqrstuvwxyz123456',
  () => 'abcd1234abcd1234abcd1234',
  () => '0123456789012345678901234567890123456789',
  () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  () => 'qwertyuiopasdfghjkl',
  () => '11111111-1111-1111-1111-111111111111',
  () => `ghp_${'a'.repeat(36)}`,
  () => `sk_live_${'0'.repeat(24)}`,
  () => `AKIA${'A'.repeat(16)}`,
];

const UI_STRINGS = [
  [['password', 'label'], 'Password'],
  [['password'], 'Enter your password'],
  [['password', 'placeholder'], 'Your password'],
  [['password', 'hint'], 'Password must be at least 12 characters long'],
  [['token', 'expired'], 'Your session token has expired. Please sign in again.'],
  [['api', 'key', 'label'], 'API key'],
  [['api', 'key'], 'Paste your API key here'],
  [['secret'], 'Keep this secret safe'],
  [['invalid', 'token'], 'Invalid or expired token'],
  [['password', 'mismatch'], 'Passwords do not match'],
  [['forgot', 'password'], 'Forgot your password?'],
  [['reset', 'password', 'subject'], 'Reset your password'],
  [['token', 'help'], 'Create a personal access token under Settings > Developer settings'],
  [['secret', 'key', 'label'], 'Secret access key'],
  [['password'], 'Mot de passe'],
  [['password'], 'Passwort'],
];

const NON_SECRET_VALUES = [
  [['password', 'min', 'length'], () => '12', 'number'],
  [['token', 'ttl'], () => '3600', 'number'],
  [['secret', 'rotation', 'days'], () => '90', 'number'],
  [['require', 'password'], () => 'true', 'bool'],
  [['token', 'type'], () => 'Bearer'],
  [['auth', 'method'], () => 'password'],
  [['token', 'endpoint'], () => 'https://oauth2.googleapis.com/token'],
  [['token', 'url'], () => 'https://login.microsoftonline.com/common/oauth2/v2.0/token'],
  [['password', 'reset', 'url'], () => 'https://app.example.com/account/reset'],
  [['api', 'key', 'header'], () => 'X-API-Key'],
  [['secret', 'name'], (r) => `${r.pick(['prod', 'staging'])}/${r.pick(['db', 'api', 'payments'])}/credentials`],
  [['key', 'vault', 'name'], (r) => `kv-${r.pick(WORDS)}-prod`],
  [['password', 'field'], () => 'password'],
  [['token', 'cookie', 'name'], () => '__Host-session'],
  [['secret', 'store'], () => 'aws-secrets-manager'],
  [['password', 'hash', 'algorithm'], () => 'argon2id'],
  [['api', 'key', 'prefix'], () => 'sk_live_'],
  [['token', 'audience'], () => 'api://default'],
  [['credentials', 'file'], () => '~/.aws/credentials'],
  [['ssh', 'key', 'path'], () => '~/.ssh/id_ed25519'],
  [['private', 'key', 'path'], () => '/etc/ssl/private/server.key'],
  [['secrets', 'dir'], () => '/run/secrets'],
];

function sha256Hex(r) {
  return r.hex(64);
}

const DIGESTS = [
  [['checksum'], (r) => `sha256:${sha256Hex(r)}`],
  [['sha256'], (r) => sha256Hex(r)],
  [['digest'], (r) => `sha256:${sha256Hex(r)}`],
  [['integrity'], (r) => `sha512-${r.bytes(64).toString('base64')}`],
  [['integrity'], (r) => `sha384-${r.bytes(48).toString('base64')}`],
  [['commit'], (r) => r.hex(40)],
  [['commit', 'sha'], (r) => r.hex(40)],
  [['revision'], (r) => r.hex(40)],
  [['git', 'ref'], (r) => r.hex(40)],
  [['etag'], (r) => r.hex(32)],
  [['md5'], (r) => r.hex(32)],
  [['content', 'hash'], (r) => r.hex(r.pick([8, 16, 20]))],
  [['image'], (r) => `${r.pick(['nginx', 'node', 'python', 'postgres', 'redis'])}@sha256:${sha256Hex(r)}`],
  [['fingerprint'], (r) => wrap(r.hex(40).toUpperCase(), 2).join(':')],
  [['build', 'hash'], (r) => r.hex(20)],
];

const UUID_NAMES = [['request', 'id'], ['tenant', 'id'], ['client', 'id'], ['subscription', 'id'], ['correlation', 'id'], ['project', 'id'], ['trace', 'id'], ['user', 'id'], ['app', 'id'], ['workspace', 'id']];

const IDENTIFIERS = [
  ['twilio-auth-token', [['twilio', 'account', 'sid']], (r) => `AC${r.hex(32)}`],
  ['aws-access-key-id', [['aws', 'account', 'id']], (r) => `${r.range(1, 9)}${r.str(DIGITS, 11)}`],
  ['google-oauth-client-secret', [['google', 'client', 'id']], (r) => `${r.str(DIGITS, 12)}-${r.str(LOWER_ALNUM, 32)}.apps.googleusercontent.com`],
  ['basic-auth-url', [['sentry', 'dsn']], (r) => `https://${r.hex(32)}@o${r.str(DIGITS, 6)}.ingest.sentry.io/${r.str(DIGITS, 7)}`],
  ['stripe-secret-key', [['stripe', 'price', 'id']], (r) => `price_1${r.str(ALNUM, 23)}`],
  ['stripe-secret-key', [['stripe', 'customer', 'id']], (r) => `cus_${r.str(ALNUM, 14)}`],
  ['slack-bot-token', [['slack', 'channel', 'id']], (r) => `C0${r.str(UPPER_ALNUM, 9)}`],
  ['aws-secret-access-key', [['kms', 'key', 'arn']], (r) => `arn:aws:kms:eu-west-1:${r.str(DIGITS, 12)}:key/${r.uuid()}`],
  ['aws-secret-access-key', [['secret', 'arn']], (r) => `arn:aws:secretsmanager:us-east-1:${r.str(DIGITS, 12)}:secret:prod/api-${r.str(ALNUM, 6)}`],
  ['generic-secret', [['key', 'id']], (r) => r.hex(40)],
  ['generic-secret', [['nonce']], (r) => r.hex(32)],
  ['generic-secret', [['public', 'key', 'id']], (r) => r.str(UPPER_ALNUM, 16)],
  ['gcp-api-key', [['firebase', 'app', 'id']], (r) => `1:${r.str(DIGITS, 12)}:web:${r.hex(22)}`],
];

const PATTERN_LITERALS = [
  ['github-pat', 'ghp_[A-Za-z0-9]{36}'],
  ['aws-access-key-id', '(AKIA|ASIA)[A-Z2-7]{16}'],
  ['slack-bot-token', 'xox[baprs]-[0-9A-Za-z-]+'],
  ['stripe-secret-key', '[rs]k_live_[0-9a-zA-Z]{24,99}'],
  ['private-key', '-----BEGIN [A-Z ]*PRIVATE KEY-----'],
  ['openai-api-key', 'sk-(proj-)?[A-Za-z0-9_-]{20,}T3BlbkFJ'],
  ['npm-token', 'npm_[A-Za-z0-9]{36}'],
  ['jwt', 'eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+'],
];

const REDACTED = [
  ['github-pat', (r) => `ghp_…${r.str(ALNUM, 4)}`],
  ['github-pat', () => 'ghp_************************************'],
  ['stripe-secret-key', (r) => `sk_live_…${r.str(ALNUM, 4)}`],
  ['stripe-secret-key', () => 'sk_live_••••••••••••••••••••••••'],
  ['aws-access-key-id', (r) => `AKIA…${r.str(BASE32, 4)}`],
  ['generic-password', () => '[REDACTED]'],
  ['generic-secret', () => '<redacted>'],
  ['openai-api-key', (r) => `sk-proj-…${r.str(ALNUM, 4)}`],
  ['generic-secret', (r) => `****${r.str(DIGITS, 4)}`],
];

const TEMPLATE_REFS = {
  shell: (f) => `\${${f.env}}`,
  shellDefault: (f) => `\${${f.env}:-}`,
  helm: (f) => `{{ .Values.${f.words[0]}.${f.camel} }}`,
  jinja: (f) => `{{ ${f.snake} }}`,
  vaultJinja: (f) => `{{ vault_${f.snake} }}`,
  gha: (f) => `\${{ secrets.${f.env} }}`,
  pyfmt: (f) => `%(${f.snake})s`,
  tf: (f) => `\${var.${f.snake}}`,
  windows: (f) => `%${f.env}%`,
  azure: (f) => `$(${f.env})`,
  spring: (f) => `\${${f.dotted}}`,
  erb: (f) => `<%= ENV['${f.env}'] %>`,
};

/** Which template references make sense in each format. */
export const TEMPLATES_BY_FORMAT = {
  env: ['shell', 'shellDefault'],
  'env-example': ['shell'],
  yaml: ['shell', 'jinja', 'vaultJinja', 'spring', 'erb'],
  gha: ['gha'],
  helm: ['helm'],
  k8s: ['azure', 'shell'],
  compose: ['shell', 'shellDefault'],
  json: ['shell', 'jinja'],
  toml: ['shell'],
  properties: ['spring', 'shell'],
  ini: ['pyfmt', 'shell'],
  dockerfile: ['shell'],
  tf: ['tf'],
  tfvars: ['shell'],
  npmrc: ['shell'],
  md: ['shell', 'jinja', 'gha'],
  sh: ['shell', 'shellDefault'],
  py: ['pyfmt', 'jinja'],
  js: ['shell', 'jinja'],
  ts: ['shell', 'jinja'],
  go: ['jinja'],
  java: ['spring'],
  rb: ['shell'],
  php: ['shell'],
  cs: ['windows', 'azure'],
};

function pickResembles(r) {
  return r.weighted([[6, 'generic-password'], [6, 'generic-secret']]);
}

/** Every decoy kind: things a careless scanner reports that are not credentials. */
export const DECOY_KINDS = [
  { kind: 'placeholder', weight: 10, shape: 'scalar', make: (r) => { const pw = r.chance(0.5); return { value: r.pick(PLACEHOLDERS), names: [r.pick(pw ? PASSWORD_NAMES : SECRET_NAMES)], resembles: pw ? 'generic-password' : 'generic-secret' }; } },
  { kind: 'provider-placeholder', weight: 5, shape: 'scalar', make: (r) => { const [resembles, names, v] = r.pick(PROVIDER_PLACEHOLDERS); return { value: v(r), names, resembles }; } },
  { kind: 'template-variable', weight: 9, shape: 'template', make: (r) => { const pw = r.chance(0.5); return { names: [r.pick(pw ? PASSWORD_NAMES : SECRET_NAMES)], resembles: pw ? 'generic-password' : 'generic-secret', refs: TEMPLATE_REFS }; } },
  { kind: 'env-read', weight: 10, shape: 'expr', make: (r) => { const pw = r.chance(0.4); const k = r.pick(SECRET_KINDS.filter((s) => s.shape === 'scalar')); return { names: pw ? [r.pick(PASSWORD_NAMES)] : k.names, resembles: pw ? 'generic-password' : k.kind, expr: 'env' }; } },
  { kind: 'secret-manager-call', weight: 4, shape: 'expr', make: (r) => { const pw = r.chance(0.5); return { names: [r.pick(pw ? PASSWORD_NAMES : SECRET_NAMES)], resembles: pw ? 'generic-password' : 'generic-secret', expr: 'call' }; } },
  { kind: 'aws-example-key', weight: 3, shape: 'scalar', make: (r) => (r.chance(0.5) ? { value: 'AKIAIOSFODNN7EXAMPLE', names: [['aws', 'access', 'key', 'id']], resembles: 'aws-access-key-id' } : { value: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', names: [['aws', 'secret', 'access', 'key']], resembles: 'aws-secret-access-key' }) },
  { kind: 'repeated-or-sequential', weight: 4, shape: 'scalar', make: (r) => ({ value: r.pick(SEQUENTIAL)(), names: [r.pick(SECRET_NAMES)], resembles: 'generic-secret' }) },
  { kind: 'bad-checksum-token', weight: 4, shape: 'scalar', make: (r) => { const p = r.weighted([[3, 'ghp_'], [1, 'gho_'], [1, 'ghs_'], [2, 'npm_']]); return { value: badCrcToken(r, p), names: p === 'npm_' ? [['npm', 'token']] : GH_NAMES, resembles: p === 'npm_' ? 'npm-token' : 'github-pat' }; } },
  { kind: 'stripe-test-key', weight: 3, shape: 'scalar', make: (r) => ({ value: `${r.pick(['sk_test_', 'sk_test_', 'rk_test_'])}${r.chance(0.5) ? r.str(ALNUM, 24) : `51${r.str(ALNUM, 97)}`}`, names: [['stripe', 'secret', 'key'], ['stripe', 'test', 'key']], resembles: 'stripe-secret-key' }) },
  { kind: 'publishable-key', weight: 4, shape: 'scalar', make: (r) => r.pick([
    () => ({ value: `pk_live_${r.chance(0.5) ? r.str(ALNUM, 24) : `51${r.str(ALNUM, 97)}`}`, names: [['stripe', 'publishable', 'key']], resembles: 'stripe-secret-key' }),
    () => ({ value: `pk_test_${r.str(ALNUM, 24)}`, names: [['stripe', 'publishable', 'key']], resembles: 'stripe-secret-key' }),
    () => ({ value: `pk.${b64url({ u: r.pick(WORDS), a: r.str(ALNUM, 25) })}.${r.str(B64URL, 22)}`, names: [['mapbox', 'access', 'token']], resembles: 'jwt' }),
    () => ({ value: r.hex(32), names: [['algolia', 'search', 'key']], resembles: 'generic-secret' }),
  ])() },
  { kind: 'hash-or-digest', weight: 8, shape: 'scalar', make: (r) => { const [names, v] = r.pick(DIGESTS); return { value: v(r), names: [names], resembles: 'generic-secret' }; } },
  { kind: 'uuid', weight: 4, shape: 'scalar', make: (r) => ({ value: r.uuid(), names: [r.pick(UUID_NAMES)], resembles: 'generic-secret' }) },
  { kind: 'data-uri', weight: 3, shape: 'scalar', make: (r) => ({ value: `data:${r.pick(['image/png', 'image/gif', 'font/woff2', 'image/svg+xml'])};base64,${r.pick(['iVBORw0KGgoAAAANSUhEUgAA', 'R0lGODlhAQABAIAAAP', 'd09GMgABAAAAA', 'PHN2ZyB4bWxucz0i'])}${r.bytes(r.range(60, 240)).toString('base64')}`, names: [r.pick([['icon'], ['logo'], ['placeholder', 'image'], ['font', 'data'], ['avatar']])], resembles: 'generic-secret' }) },
  { kind: 'ui-string', weight: 6, shape: 'scalar', make: (r) => { const [names, value] = r.pick(UI_STRINGS); return { value, names: [names], resembles: 'generic-password' }; } },
  { kind: 'localhost-credential', weight: 5, shape: 'scalar', make: (r) => r.pick([
    () => ({ value: `postgres://postgres:postgres@localhost:5432/${r.pick(DB_NAMES)}_dev`, names: URL_NAMES, resembles: 'connection-string' }),
    () => ({ value: `mysql://root:root@127.0.0.1:3306/${r.pick(DB_NAMES)}_test`, names: URL_NAMES, resembles: 'connection-string' }),
    () => ({ value: 'redis://localhost:6379/0', names: [['redis', 'url']], resembles: 'connection-string' }),
    () => ({ value: 'amqp://guest:guest@localhost:5672/', names: [['amqp', 'url']], resembles: 'connection-string' }),
    () => ({ value: 'mongodb://root:example@localhost:27017/?authSource=admin', names: [['mongo', 'url']], resembles: 'connection-string' }),
    () => ({ value: `http://admin:admin@localhost:${r.pick(['8080', '9000', '15672'])}/`, names: [['admin', 'url']], resembles: 'basic-auth-url' }),
    () => ({ value: `postgresql://app:app@db:5432/app`, names: URL_NAMES, resembles: 'connection-string' }),
    () => ({ value: 'Server=(localdb)\\mssqllocaldb;Database=AppDb;Trusted_Connection=True;', names: [['connection', 'string']], resembles: 'connection-string', formats: ['cs', 'json'] }),
  ])() },
  { kind: 'public-key-or-certificate', weight: 4, shape: 'block', make: (r) => { const k = r.pick(Object.keys(PUBLIC_BLOCKS)); return { block: PUBLIC_BLOCKS[k](r), names: [r.pick([['public', 'key'], ['certificate'], ['ca', 'cert'], ['tls', 'cert'], ['signing', 'public', 'key']])], resembles: 'private-key' }; } },
  { kind: 'ssh-public-key', weight: 2, shape: 'scalar', make: (r) => ({ value: sshPublicKey(r), names: [['ssh', 'public', 'key'], ['authorized', 'key']], resembles: 'private-key' }) },
  { kind: 'redacted-value', weight: 3, shape: 'scalar', make: (r) => { const [resembles, v] = r.pick(REDACTED); return { value: v(r), names: [r.pick(resembles === 'generic-password' ? PASSWORD_NAMES : SECRET_NAMES)], resembles }; } },
  { kind: 'pattern-literal', weight: 2, shape: 'scalar', make: (r) => { const [resembles, v] = r.pick(PATTERN_LITERALS); return { value: v, names: [[r.pick(['github', 'aws', 'slack', 'token', 'key']), 'pattern']], resembles }; }, formats: ['js', 'ts', 'py', 'go', 'java', 'rb', 'php', 'cs', 'yaml', 'json', 'toml', 'md'] },
  { kind: 'identifier', weight: 5, shape: 'scalar', make: (r) => { const [resembles, names, v] = r.pick(IDENTIFIERS); return { value: v(r), names, resembles }; } },
  { kind: 'non-secret-value', weight: 6, shape: 'scalar', make: (r) => { const [names, v, type] = r.pick(NON_SECRET_VALUES); return { value: v(r), names: [names], type, resembles: 'generic-secret' }; } },
  { kind: 'jwt-without-signature', weight: 1, shape: 'scalar', make: () => ({ value: `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ sub: 'test-user', role: 'viewer', iat: 1700000000 })}.`, names: [['test', 'token'], ['unsigned', 'jwt']], resembles: 'jwt' }) },
];

/** The AWS documentation's example pair, used by the example-file decoys too. */
export const AWS_EXAMPLE = { id: 'AKIAIOSFODNN7EXAMPLE', secret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

export { PASSWORD_NAMES, SECRET_NAMES, URL_NAMES, WORDS, DB_NAMES, DB_USERS, PLACEHOLDERS, badCrcToken, crcToken, HEX };

function allowed(k, format) {
  if (k.formats && !k.formats.includes(format)) return false;
  if (k.not && k.not.includes(format)) return false;
  return true;
}

/** A secret item for a file in `format`: { label, names, value | block, shape }. */
export function makeSecret(rng, format, { shapes } = {}) {
  const candidates = SECRET_KINDS.filter((k) => allowed(k, format) && (!shapes || shapes.includes(k.shape)));
  for (let tries = 0; tries < 50 && candidates.length > 0; tries++) {
    const k = rng.weighted(candidates.map((s) => [s.weight, s]));
    const made = k.make(rng);
    const item = {
      label: { type: 'secret', kind: k.kind, ...(k.provider ? { provider: k.provider } : {}) },
      shape: k.shape,
      names: nameForms(rng.pick(k.names)),
      bearer: Boolean(k.bearer),
      contextual: Boolean(k.contextual),
      then: k.then,
    };
    if (k.shape === 'block') item.block = made;
    else item.value = made;
    // Some keys travel inside a URL (a query parameter, a path segment) under a name that says nothing.
    if (k.inUrl && rng.chance(0.25)) {
      item.value = k.inUrl(made, rng);
      item.names = nameForms(rng.pick([['geocode', 'url'], ['export', 'url'], ['notify', 'endpoint'], ['callback', 'url'], ['report', 'url']]));
      item.contextual = false;
    }
    return item;
  }
  throw new Error(`no secret kind fits format ${format}`);
}

/** A secret of one named kind (for the pairs: an AWS key id followed by its secret key). */
export function makeSecretOfKind(rng, kind) {
  const k = SECRET_KINDS.find((s) => s.kind === kind);
  return { label: { type: 'secret', kind: k.kind, ...(k.provider ? { provider: k.provider } : {}) }, shape: k.shape, names: nameForms(rng.pick(k.names)), value: k.make(rng), bearer: Boolean(k.bearer) };
}

/** A decoy item for a file in `format`. `shapes` limits what the format can write. */
export function makeDecoy(rng, format, { shapes } = {}) {
  const candidates = DECOY_KINDS.filter((k) => allowed(k, format) && (!shapes || shapes.includes(k.shape)));
  for (let tries = 0; tries < 50 && candidates.length > 0; tries++) {
    const k = rng.weighted(candidates.map((d) => [d.weight, d]));
    const made = k.make(rng);
    if (made.formats && !made.formats.includes(format)) continue;
    return {
      label: { type: 'decoy', kind: k.kind, resembles: made.resembles ?? pickResembles(rng) },
      shape: k.shape,
      names: nameForms(rng.pick(made.names)),
      value: made.value,
      block: made.block,
      valueType: made.type ?? 'string',
      expr: made.expr,
      refs: made.refs,
    };
  }
  throw new Error(`no decoy kind fits format ${format}`);
}
