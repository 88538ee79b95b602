// `warden rules list | test` on the shipped packs and on a user's own rules.
import { afterAll, describe, expect, it } from 'vitest';
import { tempTree, warden } from './support/cli.js';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));

const RULE = [
  'id: custom.debug-token',
  'title: Debug token',
  'category: secret',
  'severity: high',
  'cwe: [798]',
  "languages: ['*']",
  'keywords: [dbg_]',
  'message: a debug token is hardcoded',
  'secret:',
  '  placeholders: false',
  'regex:',
  "  pattern: 'dbg_(?<secret>[a-z0-9]{16})'",
].join('\n');

describe('warden rules', () => {
  it('lists the built-in rules', () => {
    const r = warden(['rules', 'list', '--json'], { cwd: process.cwd() });
    expect(r.code).toBe(0);
    const ids = JSON.parse(r.stdout).map((x: { id: string }) => x.id);
    expect(ids).toEqual(expect.arrayContaining(['secret.aws-access-key-id', 'secret.private-key', 'injection.eval-non-literal', 'crypto.weak-hash-md5']));
  });

  it('tests a user rule directory and prints TP/FP/FN per rule', () => {
    const t = tempTree({
      'debug-token.yaml': RULE,
      'debug-token.fixture.txt': [
        '# ruleid: custom.debug-token',
        'token = dbg_a1b2c3d4e5f6a7b8',
        '# ok: custom.debug-token',
        'token = dbg_short',
      ].join('\n'),
    });
    cleanups.push(t.cleanup);
    const r = warden(['rules', 'test', t.dir], { cwd: t.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✓ custom\.debug-token\s+1\s+0\s+0/);
  });

  it('fails and names the line when a fixture is wrong', () => {
    const t = tempTree({
      'debug-token.yaml': RULE,
      'debug-token.fixture.txt': [
        '# ruleid: custom.debug-token',
        'token = nothing here',
        '# ok: custom.debug-token',
        'token = dbg_a1b2c3d4e5f6a7b8',
      ].join('\n'),
    });
    cleanups.push(t.cleanup);
    const r = warden(['rules', 'test', t.dir], { cwd: t.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✗ custom\.debug-token\s+0\s+1\s+1/);
    expect(r.stdout).toContain('debug-token.fixture.txt:2: expected a finding of custom.debug-token');
    expect(r.stdout).toContain('debug-token.fixture.txt:4: unexpected finding of custom.debug-token (marked ok)');
  });

  it('reports a rule without fixtures and a broken rule file', () => {
    const t = tempTree({ 'lonely.yaml': RULE, 'bad.yaml': 'id: Not Valid\n' });
    cleanups.push(t.cleanup);
    const r = warden(['rules', 'test', t.dir], { cwd: t.dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('no fixtures');
    expect(r.stderr).toMatch(/bad\.yaml: "id"/);
  });

  it('fails a rule whose query or taint spec does not compile, naming the field and the place', () => {
    const head = (id: string) =>
      [`id: ${id}`, 'title: t', 'category: injection', 'severity: high', 'cwe: [94]', 'languages: [javascript]', 'keywords: [eval]', 'message: m'].join('\n');
    const t = tempTree({
      'typo.yaml': `${head('custom.typo')}\nquery: '(call_expression function: (identifer) @f) @match'\n`,
      'typo.fixture.js': '// ruleid: custom.typo\neval(x);\n',
      'taint.yaml': [
        head('custom.taint-typo'),
        'taint:',
        '  javascript:',
        "    sources: '(identifier) @source'",
        "    sinks: '(call_expression arguments: (arguments (_) @sink)) @match'",
        "    sanitizers: '(call_expresion) @sanitized'",
      ].join('\n'),
    });
    cleanups.push(t.cleanup);
    const r = warden(['rules', 'test', t.dir], { cwd: t.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/typo\.yaml: "query" \(javascript\): Bad node name 'identifer'.*line 1, column \d+/);
    expect(r.stderr).toMatch(/taint\.yaml: "taint\.javascript\.sanitizers" \(javascript\): Bad node name 'call_expresion'/);
    // Not a silent zero-recall rule: it is not scored at all.
    expect(r.stdout).not.toContain('custom.typo');
  });

  it('explains a malformed keyword list', () => {
    const rule = (keywords: string) =>
      ['id: custom.kw', 'title: t', 'category: injection', 'severity: high', 'cwe: [94]', 'languages: [javascript]',
        `keywords: ${keywords}`, 'message: m', `query: '(identifier) @match'`].join('\n');
    for (const [keywords, message] of [
      ['[[eval]]', 'keyword groups: write at least 2 lists (one list needs no nesting)'],
      ['[eval, [x]]', 'must be a list of keywords, or a list of 2 to 8 keyword lists (groups), not a mix'],
    ]) {
      const t = tempTree({ 'kw.yaml': rule(keywords!) });
      cleanups.push(t.cleanup);
      const r = warden(['rules', 'test', t.dir], { cwd: t.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`kw.yaml: "keywords": ${message}`);
    }
  });
});
