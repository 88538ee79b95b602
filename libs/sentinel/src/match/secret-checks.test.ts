import { describe, expect, it } from 'vitest';
import type { RuleDefinition } from '../rules/schema.js';
import { alphabetOf, compileSecretJudge } from './secret-checks.js';
import { base62, crc32, getValidator } from './validators.js';

function rule(secret: RuleDefinition['secret'], category: RuleDefinition['category'] = 'secret'): RuleDefinition {
  return {
    id: 'test.rule',
    title: 't',
    category,
    severity: 'high',
    confidence: 'high',
    cwe: [798],
    languages: ['*'],
    keywords: ['xx'],
    message: 'm',
    references: [],
    tags: [],
    secret,
    regex: { pattern: 'x', ignoreCase: false, multiline: false, dotAll: false },
  };
}

/** A GitHub-format token built at run time: prefix, 30 base62 characters, their CRC32 in 6 base62 characters. */
function githubToken(prefix = 'ghp_'): string {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  let body = '';
  for (let i = 0; i < 30; i++) body += alphabet[Math.floor(Math.random() * 62)];
  return prefix + body + base62(crc32(body), 6);
}

describe('validators', () => {
  it('accepts GitHub-format tokens whose checksum holds and refuses one changed character', () => {
    const v = getValidator('github-crc32')!;
    const token = githubToken();
    expect(v(token)).toBe(true);
    const last = token.at(-1) === 'a' ? 'b' : 'a';
    expect(v(token.slice(0, -1) + last)).toBe(false);
    expect(getValidator('npm-crc32')!(githubToken('npm_'))).toBe(true);
  });

  it('checks that a JWT decodes to a header with alg and a JSON payload', () => {
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    expect(getValidator('jwt')!(`${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: '1' })}.c2ln`)).toBe(true);
    expect(getValidator('jwt')!(`${part({ typ: 'JWT' })}.${part({ sub: '1' })}.c2ln`)).toBe(false);
    expect(getValidator('jwt')!('eyJhbGciOi.not-json.x')).toBe(false);
  });
});

describe('secret checks', () => {
  it('classifies alphabets', () => {
    expect(alphabetOf('deadbeef0123')).toBe('hex');
    expect(alphabetOf('DEADBEEF')).toBe('hex');
    expect(alphabetOf('DeadBeef')).toBe('alphanumeric');
    expect(alphabetOf('ab+/cd==')).toBe('base64');
    expect(alphabetOf('p@ss w0rd!')).toBe('any');
  });

  it('applies the floor of the value\'s alphabet', () => {
    const judge = compileSecretJudge(rule({ entropy: { hex: 3.0, alphanumeric: 3.5 }, placeholders: true, allow: [] }), 'r.yaml')!;
    expect(judge('a1b2c3d4e5f60718', '').ok).toBe(true); // hex, about 4 bits
    expect(judge('aaaaaaaabbbbbbbb', '').ok).toBe(false); // hex-looking letters only, 1 bit
    expect(judge('Q8zR2LmT0vXw4KpN', '').ok).toBe(true);
  });

  it('runs the placeholder check, lengths, allow list and validator', () => {
    const judge = compileSecretJudge(rule({ minLength: 8, maxLength: 40, placeholders: true, allow: ['^test_'], validate: 'github-crc32' }), 'r.yaml')!;
    expect(judge(githubToken(), '').ok).toBe(true);
    expect(judge('ghp_short', '').ok).toBe(false);
    expect(judge('test_' + githubToken(), '').ok).toBe(false);
    expect(judge('changeme', '').ok).toBe(false);
  });

  it('refuses an unknown validator with the rule file named', () => {
    expect(() => compileSecretJudge(rule({ placeholders: true, allow: [], validate: 'nope' }), 'rules/x.yaml')).toThrow(
      /rules\/x\.yaml: secret\.validate: unknown validator "nope"/,
    );
  });

  it('gives secret rules the placeholder check by default and other rules no judge', () => {
    expect(compileSecretJudge(rule(undefined), 'r.yaml')!('changeme', '').ok).toBe(false);
    expect(compileSecretJudge(rule(undefined, 'injection'), 'r.yaml')).toBeUndefined();
  });
});
