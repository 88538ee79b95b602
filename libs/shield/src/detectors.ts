// What Shield replaces, beyond Sentinel's secret rules: passwords in configuration, connection strings with
// credentials, JWTs, bearer tokens, private hostnames and internal URLs. Each finds the value only (the part to
// replace), not the key name around it.
import type { TokenCategory } from './tokens.js';

export interface Span {
  start: number;
  end: number;
  category: TokenCategory;
}

interface Detector {
  category: TokenCategory;
  /** Group 1 is the value. */
  pattern: RegExp;
  keep?: (value: string) => boolean;
}

const PLACEHOLDER = /^(?:\$\{?[A-Z_][A-Z0-9_]*\}?|<[^>]*>|\{\{.*\}\}|%[A-Z_]+%|x{3,}|\*{3,}|changeme|password|secret|example|dummy|test|null|none|true|false|__WARDEN_.*)$/i;

const DETECTORS: Detector[] = [
  // key = value / key: value / "key": "value" for password-like keys
  {
    category: 'PASSWORD',
    pattern: /(?:pass(?:word|wd|phrase)?|pwd|secret|client_secret)["']?\s*[:=]\s*["']?([^\s"',;}{]{4,})/gi,
    keep: (v) => !PLACEHOLDER.test(v),
  },
  // scheme://user:password@host — the credentials part
  { category: 'CONN', pattern: /\b[a-z][a-z0-9+.-]{1,20}:\/\/([^\s/:@'"]+:[^\s/@'"]+)@[^\s'"]+/gi, keep: (v) => !PLACEHOLDER.test(v.split(':')[1] ?? '') },
  { category: 'JWT', pattern: /\b(eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,})\b/g },
  { category: 'TOKEN', pattern: /\b(?:Bearer|Token)\s+([A-Za-z0-9._~+/-]{16,}=*)/g, keep: (v) => !v.startsWith('eyJ') },
  // Internal host names: the corporate and private suffixes nobody outside resolves.
  {
    category: 'HOST',
    pattern: /\b((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:internal|corp|intranet|lan|local|localdomain|private|home\.arpa))\b/gi,
  },
];

export function detectShieldSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const d of DETECTORS) {
    d.pattern.lastIndex = 0;
    for (let m = d.pattern.exec(text); m; m = d.pattern.exec(text)) {
      const value = m[1]!;
      if (d.keep && !d.keep(value)) continue;
      const start = m.index + m[0].indexOf(value);
      spans.push({ start, end: start + value.length, category: d.category });
    }
  }
  return spans;
}

/** A category for a Sentinel secret rule, by what its id says the value is. */
export function categoryOfRule(ruleId: string): TokenCategory {
  if (/private-key|pem|ssh|pgp|putty|pkcs/.test(ruleId)) return 'PRIVKEY';
  if (/jwt/.test(ruleId)) return 'JWT';
  if (/connection|dsn|uri|url|basic-auth|database/.test(ruleId)) return 'CONN';
  if (/password|passwd|secret-key-value|netrc/.test(ruleId)) return 'PASSWORD';
  if (/token|pat\b|session|bearer|auth-header/.test(ruleId)) return 'TOKEN';
  return 'KEY';
}
