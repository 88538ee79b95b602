// Values that sit where a secret would but are not one: template variables, documented examples, obvious
// filler. The secrets pack leans on this to stay quiet; every entry here is a class of value, not a fixture.

const TEMPLATE_PATTERNS: RegExp[] = [
  /^\$\{[^}]*\}$/, // ${VAR}
  /^\$[A-Z_][A-Z0-9_]*$/, // $VAR
  /^\{\{.*\}\}$/s, // {{ .Values.x }} / handlebars
  /^\{%.*%\}$/s,
  /^<%.*%>$/s,
  /^%\([^)]*\)[sd]$/, // %(name)s
  /^%[sd]$/,
  /^<[^<>]{1,64}>$/, // <your-token>
  /^\[[^[\]]{1,64}\]$/, // [TOKEN]
  /^#\{[^}]*\}$/, // #{ruby}
  /^@[A-Za-z_][\w.]*@$/, // @maven.property@
  /^__[A-Z0-9_]+__$/, // __PLACEHOLDER__ (also Shield's own tokens)
  /^%[A-Za-z_][\w.]*%$/, // %FTP_PASSWORD% (Windows, MSBuild)
  /^\$\([\w.]+\)$/, // $(HMAC_KEY) (MSBuild, Make)
];

/**
 * Values in a provider's format that are public or test-only by design: Stripe test and publishable keys,
 * Mapbox public tokens. They sit under secret-looking names (STRIPE_SECRET_KEY = 'sk_test_…') all the time.
 */
const PUBLIC_BY_DESIGN = /^(?:[sr]k_test_|pk_(?:test|live)_|pk\.eyJ)/;

const FILLER_WORDS = [
  'changeme',
  'change_me',
  'change-me',
  'placeholder',
  'example',
  'sample',
  'dummy',
  'redacted',
  'your_',
  'your-',
  'yourkey',
  'yourtoken',
  'yoursecret',
  'insert',
  'replace',
  'todo',
  'fixme',
  'notreal',
  'not_a_real',
  'fake',
];

/**
 * A filler word counts where a person put it: at the start or end of the value, or set off by punctuation
 * (your_api_key, my-fake-token, AKIAIOSFODNN7EXAMPLE). Inside a random token ("AKIAFAKEKPOC…") it is chance.
 */
function hasFillerWord(lower: string, word: string): boolean {
  if (lower.startsWith(word) || lower.endsWith(word)) return true;
  for (let i = lower.indexOf(word); i !== -1; i = lower.indexOf(word, i + 1)) {
    const before = lower[i - 1]!;
    const after = lower[i + word.length];
    if (!/[a-z0-9]/.test(before) && (after === undefined || !/[a-z0-9]/.test(after))) return true;
  }
  return false;
}

/** Repeated or sequential characters (xxxxxxxx, 00000000, 12345678, abcdefgh) with at most a short prefix. */
function isFiller(value: string): boolean {
  const body = value.replace(/^[A-Za-z]{2,8}[_-]/, ''); // keep a provider prefix like sk_ out of the judgement
  if (body.length >= 4 && /^(.)\1+$/.test(body)) return true;
  if (/^(.{1,4})\1{3,}$/.test(body)) return true; // abababab, 1234123412341234
  // abcd1234abcd1234: a unit of up to 8 characters typed again and again (the last copy may be cut short).
  for (let n = 5; n <= 8 && n * 2 <= body.length; n++) {
    if (body.slice(0, n).repeat(Math.ceil(body.length / n)).startsWith(body)) return true;
  }
  // A run of 8 or more consecutive characters going up or down (12345678, abcdefgh, 9876543210): typed, not random.
  let up = 1;
  let down = 1;
  for (let i = 1; i < body.length; i++) {
    const step = body.charCodeAt(i) - body.charCodeAt(i - 1);
    up = step === 1 ? up + 1 : 1;
    down = step === -1 ? down + 1 : 1;
    if (up >= 8 || down >= 8) return true;
  }
  return false;
}

/** Template slots inside a value: `shpat_<your-token>`, `sk_live_${KEY}`, `{{ .Values.token }}-suffix`. */
const EMBEDDED_SLOT = /<[A-Za-z][\w .-]{0,62}>|\$\{[^}]{1,64}\}|\{\{[^}]{0,64}\}\}|%\([^)]{1,32}\)[sd]/;

export function looksLikePlaceholder(value: string): boolean {
  const v = value.trim();
  if (v.length === 0) return true;
  if (TEMPLATE_PATTERNS.some((re) => re.test(v)) || EMBEDDED_SLOT.test(v)) return true;
  // A value already shortened for display (Warden's own ghp_…a1b2, or sk_live_...4242).
  if (v.includes('…') || v.includes('...')) return true;
  if (PUBLIC_BY_DESIGN.test(v)) return true;
  // A file path, perhaps with a line number (deploy/key.pem:1, ./certs/server.key): where a secret is, not one.
  if (/^(?:\.{0,2}\/)?(?:[\w-]+\/)+[\w.-]+\.[A-Za-z][A-Za-z0-9]{0,7}(?::\d+){0,2}$/.test(v)) return true;
  const lower = v.toLowerCase();
  if (FILLER_WORDS.some((w) => hasFillerWord(lower, w))) return true;
  // Mostly masking characters: ****, xxxx-xxxx, ....
  const masked = v.replace(/[*xX•.\-_#]/g, '');
  if (v.length >= 6 && masked.length <= v.length / 4) return true;
  return isFiller(v);
}
