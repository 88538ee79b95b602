import { describe, expect, it } from 'vitest';
import type { Finding } from '../types.js';
import { applyInlineSuppressions, parseDirectives } from './inline.js';

function finding(ruleId: string, line: number): Finding {
  return {
    ruleId,
    category: 'secret',
    severity: 'high',
    confidence: 'high',
    cwe: [798],
    file: 'f',
    start: { line, column: 1 },
    end: { line, column: 5 },
    message: 'm',
    fingerprint: `${ruleId}@${line}`,
    snippet: '',
  };
}

/** Runs both steps on a file; returns which finding lines ended up suppressed, and the notices. */
function run(text: string, found: Array<[ruleId: string, line: number]>, activeRules?: Set<string>) {
  const findings = found.map(([id, line]) => finding(id, line));
  const notices = applyInlineSuppressions(findings, parseDirectives(text), 'f', activeRules ? { activeRules } : {});
  return {
    findings,
    suppressed: findings.filter((f) => f.suppressed).map((f) => `${f.ruleId}@${f.start.line}`),
    notices: notices.map((n) => `${n.code}:${n.line}:${n.level}`),
    messages: notices.map((n) => n.message),
  };
}

describe('comment styles, on the line and the line above', () => {
  const cases: Array<[string, string, number]> = [
    ['JS trailing //', 'const key = "AKIAEXAMPLE"; // warden-ignore: secret.aws -- documented test key\n', 1],
    ['JS line above', 'function f() {\n  // warden-ignore: secret.aws -- documented test key\n  const key = "AKIAEXAMPLE";\n}\n', 3],
    ['JS block above', '/* warden-ignore: secret.aws -- documented test key */\nconst key = "AKIAEXAMPLE";\n', 2],
    ['JSDoc continuation', '/**\n * warden-ignore: secret.aws -- documented test key\n */\n', 2],
    ['Python trailing #', 'key = "AKIAEXAMPLE"  # warden-ignore: secret.aws -- documented test key\n', 1],
    ['Python line above', 'def f():\n    # warden-ignore: secret.aws -- documented test key\n    key = "AKIAEXAMPLE"\n', 3],
    ['YAML line above', 'aws:\n  # warden-ignore: secret.aws -- documented test key\n  key: AKIAEXAMPLE\n', 3],
    ['YAML trailing', 'aws:\n  key: AKIAEXAMPLE # warden-ignore: secret.aws -- documented test key\n', 2],
    ['HTML line above', '<!-- warden-ignore: secret.aws -- documented test key -->\n<meta content="AKIAEXAMPLE">\n', 2],
    ['HTML trailing', '<meta content="AKIAEXAMPLE"> <!-- warden-ignore: secret.aws -- documented test key -->\n', 1],
    ['SQL line above', "-- warden-ignore: secret.aws -- documented test key\nINSERT INTO k VALUES ('AKIAEXAMPLE');\n", 2],
    ['SQL trailing', "INSERT INTO k VALUES ('AKIAEXAMPLE'); -- warden-ignore: secret.aws -- documented test key\n", 1],
    ['INI ;', '; warden-ignore: secret.aws -- documented test key\nkey = AKIAEXAMPLE\n', 2],
    ['CRLF', '# warden-ignore: secret.aws -- documented test key\r\nkey = AKIAEXAMPLE\r\n', 2],
  ];
  for (const [name, text, line] of cases) {
    it(name, () => {
      const r = run(text, [['secret.aws', line]]);
      expect(r.suppressed).toEqual([`secret.aws@${line}`]);
      expect(r.findings[0]!.suppressed).toEqual({ kind: 'inline', reason: 'documented test key' });
      expect(r.notices).toEqual([]);
    });
  }

  it('a comment after code covers only its own line', () => {
    const r = run('x = 1  # warden-ignore: secret.aws -- reason\nkey = "AKIAEXAMPLE"\n', [['secret.aws', 2]]);
    expect(r.suppressed).toEqual([]);
    expect(r.notices).toEqual(['unused-suppression:1:note']);
  });

  it('a block comment with code after it is not alone on its line', () => {
    const r = run('/* warden-ignore: secret.aws -- reason */ let a = 1;\nkey = "AKIAEXAMPLE"\n', [['secret.aws', 1], ['secret.aws', 2]]);
    expect(r.suppressed).toEqual(['secret.aws@1']);
  });

  it('covers the line directly below only, not further down', () => {
    const r = run('# warden-ignore: secret.aws -- reason\n\nkey = "AKIAEXAMPLE"\n', [['secret.aws', 3]]);
    expect(r.suppressed).toEqual([]);
  });

  it('stacked stand-alone directives all cover the line below the stack', () => {
    const text = '# warden-ignore: secret.aws -- test key\n# warden-ignore: secret.github -- test token\nx = f(AWS, GH)\n';
    const r = run(text, [['secret.aws', 3], ['secret.github', 3]]);
    expect(r.suppressed).toEqual(['secret.aws@3', 'secret.github@3']);
    expect(r.findings.map((f) => f.suppressed?.reason)).toEqual(['test key', 'test token']);
    expect(r.notices).toEqual([]);
  });
});

describe('rule ids', () => {
  it('takes several ids, comma-separated', () => {
    const r = run('x = f(a, b) // warden-ignore: secret.aws, secret.github -- both are test values\n', [
      ['secret.aws', 1],
      ['secret.github', 1],
      ['injection.eval', 1],
    ]);
    expect(r.suppressed).toEqual(['secret.aws@1', 'secret.github@1']);
    expect(r.notices).toEqual([]);
  });

  it('names only the rule it names', () => {
    const r = run('x = f(a) // warden-ignore: secret.aws -- reason\n', [['secret.aws-2', 1]]);
    expect(r.suppressed).toEqual([]);
    expect(r.notices).toEqual(['unused-suppression:1:note']);
  });

  it('accepts a trailing-* family', () => {
    const r = run('x = f(a, b) // warden-ignore: secret.* -- fixtures\n', [
      ['secret.aws', 1],
      ['secret.github', 1],
      ['injection.eval', 1],
    ]);
    expect(r.suppressed).toEqual(['secret.aws@1', 'secret.github@1']);
  });
});

describe('bad directives are reported and suppress nothing', () => {
  const bad: Array<[string, string, RegExp]> = [
    ['no reason', '# warden-ignore: secret.aws\n', /^warden-ignore suppresses nothing: it gives no reason; add " -- <why this is safe>" \(the form is "warden-ignore: <rule-id> -- <reason>"\)$/],
    ['empty reason', '# warden-ignore: secret.aws --   \n', /the reason after "--" is empty/],
    ['no rule', '# warden-ignore: -- because\n', /names no rule/],
    ['nothing at all', '# warden-ignore:\n', /names no rule/],
    ['bare star', '# warden-ignore: * -- everything here is fine\n', /a bare "\*" would silence every rule; name the rule or its family/],
    ['not an id', '# warden-ignore: AWS key -- test\n', /"AWS key" is not a rule id or a prefix ending in "\*"/],
    ['star inside', '# warden-ignore: secret.*.aws -- test\n', /"secret\.\*\.aws" is not a rule id/],
    ['block comment without reason', '/* warden-ignore: secret.aws */\n', /gives no reason/],
  ];
  for (const [name, comment, message] of bad) {
    it(name, () => {
      const r = run(`${comment}key = "AKIAEXAMPLE"\n`, [['secret.aws', 2]]);
      expect(r.suppressed).toEqual([]);
      expect(r.notices).toEqual(['bad-suppression:1:warning']);
      expect(r.messages[0]).toMatch(message);
      expect(r.messages[0]).toContain('"warden-ignore: <rule-id> -- <reason>"');
    });
  }
});

describe('unused suppressions', () => {
  it('are reported as notes naming the ids that matched nothing', () => {
    const r = run('x = f(a) // warden-ignore: secret.aws, secret.github -- reason\n', [['secret.aws', 1]]);
    expect(r.notices).toEqual(['unused-suppression:1:note']);
    expect(r.messages[0]).toBe('unused warden-ignore: no "secret.github" finding on line 1; remove it or fix the rule id');
  });

  it('mention the line below for stand-alone comments', () => {
    const r = run('# warden-ignore: secret.aws -- reason\nx = 1\n', []);
    expect(r.messages[0]).toContain('on line 1 or the line below');
  });

  it('are not reported for rules that did not run', () => {
    const text = '# warden-ignore: injection.eval, secret.* -- reason\nx = 1\n';
    expect(run(text, [], new Set(['secret.aws'])).messages[0]).toContain('no "secret.*" finding');
    expect(run(text, [], new Set(['crypto.md5'])).notices).toEqual([]);
  });

  it('a directive over an already-suppressed finding counts as used and keeps the earlier suppression', () => {
    const findings = [finding('secret.aws', 2)];
    findings[0]!.suppressed = { kind: 'allowlist', reason: 'vendor' };
    const notices = applyInlineSuppressions(findings, parseDirectives('# warden-ignore: secret.aws -- r\nx\n'), 'f');
    expect(notices).toEqual([]);
    expect(findings[0]!.suppressed).toEqual({ kind: 'allowlist', reason: 'vendor' });
  });
});

describe('parseDirectives', () => {
  it('returns nothing for files without the marker', () => {
    expect(parseDirectives('const a = 1;\n'.repeat(1000))).toEqual([]);
  });

  it('ignores mentions that are not directives', () => {
    const text = [
      'We use warden-ignore comments sparingly.', // prose: no colon
      '// see the warden-ignore docs', // in a comment, still no colon
      'const my-warden-ignore: x -- y', // another word
      'x = "warden-ignore: a -- b"', // no comment opener before it
      '// warden-ignores: a -- b', // another word
    ].join('\n');
    expect(parseDirectives(text)).toEqual([]);
  });

  it('gives 1-based lines and the parts, far into a file', () => {
    const text = `${'a\n'.repeat(99)}x // warden-ignore: secret.aws , injection.* -- because -- really\n`;
    expect(parseDirectives(text)).toEqual([
      { line: 100, standalone: false, ruleIds: ['secret.aws', 'injection.*'], reason: 'because -- really' },
    ]);
  });

  it('reads one directive per line (a second marker is part of the reason)', () => {
    const ds = parseDirectives('# warden-ignore: a.b -- quoting "warden-ignore: c.d -- e"\n# warden-ignore: e.f -- g\n');
    expect(ds.map((d) => [d.line, d.ruleIds])).toEqual([
      [1, ['a.b']],
      [2, ['e.f']],
    ]);
  });

  it('ends the reason at the end of a block or HTML comment', () => {
    expect(parseDirectives('/* warden-ignore: a.b -- why */ code();')[0]!.reason).toBe('why');
    expect(parseDirectives('<!-- warden-ignore: a.b -- why -->')[0]).toMatchObject({ reason: 'why', standalone: true });
  });
});

describe('robustness', () => {
  it('stays fast on one huge line full of markers', () => {
    const text = `x = 1; ${'/* warden-ignore: a.b -- c */ '.repeat(40_000)}\n`;
    const t = performance.now();
    const ds = parseDirectives(text);
    expect(performance.now() - t).toBeLessThan(1000);
    expect(ds).toHaveLength(1); // one directive per line
  });

  it('stays fast with many markers that are not directives', () => {
    const text = `${'warden-ignore '.repeat(100_000)}\n`;
    const t = performance.now();
    expect(parseDirectives(text)).toEqual([]);
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
