// zod issues → one ConfigError line: `warden.json: "rules.severity.secret.x": must be one of info, low, …`.
// Messages are produced by a per-parse error map, so a message written on the schema itself always wins and
// this file only supplies the plain-words defaults.
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { formatKeyPath } from './key-path.js';

export { formatKeyPath };

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

/** Parses `input` with `schema`; on failure throws a ConfigError for the first problem, naming file and key. */
export function parseWithSchema<S extends z.ZodType>(schema: S, input: unknown, file: string): z.output<S> {
  const result = schema.safeParse(input, { error: friendlyMessage });
  if (result.success) return result.data;
  const [first, ...rest] = result.error.issues;
  // One line, the first problem in file order; the count tells the user a fix may reveal the next.
  throw issueToConfigError(first!, file, rest.length);
}

export function issueToConfigError(issue: Issue, file: string, more = 0): ConfigError {
  const path = [...issue.path];
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
  const detail = more > 0 ? `${detailOf(issue)} (and ${more} more)` : detailOf(issue);
  return new ConfigError(file, detail, path.length > 0 ? formatKeyPath(path) : undefined);
}

function detailOf(issue: Issue): string {
  if (issue.code === 'invalid_union') {
    // A branch that got past the type check and then failed knows best (e.g. "unknown unit" for a size).
    for (const branch of issue.errors) {
      const precise = branch.find((i) => i.code === 'custom');
      if (precise) return precise.message;
    }
  }
  if (issue.code === 'invalid_key' && issue.issues[0]) return `not a valid key: ${issue.issues[0].message}`;
  return issue.message;
}

function friendlyMessage(iss: RawIssue): string | undefined {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return 'is required';
      return `must be ${expectedPhrase(iss.expected)}, not ${describeValue(iss.input)}`;
    case 'invalid_value': {
      const values = iss.values.map(String);
      const guess = typeof iss.input === 'string' ? closest(iss.input, values) : undefined;
      const base = values.length === 1 ? `must be ${values[0]}` : `must be one of ${values.join(', ')}`;
      return guess ? `${base} (did you mean "${guess}"?)` : base;
    }
    case 'unrecognized_keys': {
      const known = iss.inst instanceof z.ZodObject ? Object.keys(iss.inst.shape) : [];
      const guess = iss.keys[0] === undefined ? undefined : closest(iss.keys[0], known);
      const more = iss.keys.length > 1 ? ` (also unknown: ${iss.keys.slice(1).join(', ')})` : '';
      if (guess) return `unknown key, did you mean "${guess}"?${more}`;
      return `unknown key${known.length > 0 ? `; known keys: ${known.join(', ')}` : ''}${more}`;
    }
    case 'too_small':
      return boundMessage('at least', 'greater than', iss.origin, Number(iss.minimum), iss.inclusive);
    case 'too_big':
      return boundMessage('at most', 'less than', iss.origin, Number(iss.maximum), iss.inclusive);
    default:
      return undefined;
  }
}

function boundMessage(inclusiveWord: string, exclusiveWord: string, origin: string, n: number, inclusive?: boolean) {
  if (origin === 'array' || origin === 'set') {
    if (n === 1 && inclusiveWord === 'at least') return 'must not be an empty list';
    return `must list ${inclusiveWord} ${n} ${n === 1 ? 'entry' : 'entries'}`;
  }
  if (origin === 'string') {
    if (n === 1 && inclusiveWord === 'at least') return 'must not be empty';
    return `must be ${inclusiveWord} ${n} characters long`;
  }
  return `must be ${inclusive === false ? exclusiveWord : inclusiveWord} ${n}`;
}

function expectedPhrase(expected: string): string {
  switch (expected) {
    case 'int':
      return 'a whole number';
    case 'array':
      return 'a list [ … ]';
    case 'object':
    case 'record':
      return 'an object { … }';
    case 'boolean':
      return 'true or false';
    default:
      return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
  }
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'string') return 'a string';
  if (typeof v === 'boolean') return String(v);
  return typeof v;
}

/** A known key within two edits of the typo (or equal ignoring case), for "did you mean". */
function closest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = k.toLowerCase() === key.toLowerCase() ? 0 : editDistance(key, k);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  // Optimal string alignment: Levenshtein plus adjacent swaps, the commonest typo.
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
