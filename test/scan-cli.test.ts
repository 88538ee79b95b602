// The `warden scan` command end to end: the built binary, real files, real git repositories.
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { awsKeyId, git, gitRepo, tempTree, warden } from './support/cli.js';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));
function tree(files: Record<string, string | Buffer>) {
  const t = tempTree(files);
  cleanups.push(t.cleanup);
  return t.dir;
}
function repo(files: Record<string, string | Buffer>) {
  const t = gitRepo(files);
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('warden scan: paths', () => {
  const key = awsKeyId();
  const dir = tree({
    'src/app.js': `const id = '${key}';\nconst total = eval(input);\n`,
    'src/clean.js': 'export const ok = 1;\n',
    'docs/readme.md': '# nothing here\n',
  });

  it('reports findings, exits 1, and never prints the secret', () => {
    const r = warden(['scan', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('secret.aws-access-key-id');
    expect(r.stdout).toContain('injection.eval-non-literal');
    expect(r.stdout).toContain('src/app.js');
    expect(r.stdout + r.stderr).not.toContain(key);
    expect(r.stdout).toContain(`AKIA…${key.slice(-4)}`);
  });

  it('keeps the secret out of every format', () => {
    for (const format of ['json', 'sarif', 'markdown', 'junit', 'text']) {
      const r = warden(['scan', '.', '--format', format], { cwd: dir });
      expect(r.code, format).toBe(1);
      expect(r.stdout, format).not.toContain(key);
      expect(r.stdout.length, format).toBeGreaterThan(50);
    }
  });

  it('writes JSON with exact locations and stable fingerprints', () => {
    const a = JSON.parse(warden(['scan', '.', '--format', 'json'], { cwd: dir }).stdout);
    const f = a.findings.find((x: { ruleId: string }) => x.ruleId === 'secret.aws-access-key-id');
    expect(f.file).toBe('src/app.js');
    expect(f.start).toEqual({ line: 1, column: 13 });
    expect(f.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    // Moving the line does not change the fingerprint.
    writeFileSync(path.join(dir, 'src/app.js'), `\n\n// moved\nconst id = '${key}';\nconst total = eval(input);\n`);
    const b = JSON.parse(warden(['scan', '.', '--format', 'json'], { cwd: dir }).stdout);
    const g = b.findings.find((x: { ruleId: string }) => x.ruleId === 'secret.aws-access-key-id');
    expect(g.start.line).toBe(4);
    expect(g.fingerprint).toBe(f.fingerprint);
  });

  it('selects categories and honours --fail-on', () => {
    const r = warden(['scan', '.', '--category', 'injection', '--format', 'json'], { cwd: dir });
    const ids = JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).toEqual(['injection.eval-non-literal']);
    expect(warden(['scan', '.', '--fail-on', 'critical'], { cwd: dir }).code).toBe(0);
  });

  it('writes the report to --output and a summary to stderr', () => {
    const r = warden(['scan', '.', '--format', 'sarif', '--output', 'out/report.sarif'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('report written to out/report.sarif');
    const sarif = JSON.parse(readFileSync(path.join(dir, 'out/report.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
  });

  it('exits 0 on a clean tree', () => {
    const clean = tree({ 'a.js': 'console.log(1)\n' });
    const r = warden(['scan'], { cwd: clean });
    expect(r.code).toBe(0);
  });
});

describe('warden scan: usage and configuration errors exit 2 with one line', () => {
  const dir = tree({ 'a.js': 'x\n' });
  const cases: Array<[string, string[], RegExp, Record<string, string>?]> = [
    ['unknown flag', ['scan', '--frobnicate'], /frobnicate/],
    ['unknown format', ['scan', '--format', 'xml'], /unknown report format "xml"/],
    ['bad severity', ['scan', '--fail-on', 'urgent'], /--fail-on: "urgent"/],
    ['missing path', ['scan', 'does-not-exist'], /does-not-exist/],
    ['bad category', ['scan', '--category', 'style'], /--category/],
    ['staged outside git', ['scan', '--staged'], /not a git repository/],
    ['unknown command', ['frob'], /unknown command "frob"/],
  ];
  for (const [name, args, pattern] of cases) {
    it(name, () => {
      const r = warden(args, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('names the file and key of a bad warden.json', () => {
    const bad = tree({ 'warden.json': '{ "failOn": "urgent" }', 'a.js': 'x\n' });
    const r = warden(['scan'], { cwd: bad });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/warden\.json.*failOn/);
  });

  it('reports a broken rule file with its path and still scans with the others', () => {
    const rules = tree({
      'good.yaml': [
        'id: custom.todo-token',
        'title: TODO token',
        'category: secret',
        'severity: high',
        'cwe: [798]',
        "languages: ['*']",
        'keywords: [tok_]',
        'message: token',
        'secret:',
        '  placeholders: false',
        'regex:',
        "  pattern: 'tok_[a-z0-9]{12}'",
      ].join('\n'),
      'broken.yaml': 'id: custom.broken\ntitle: [unclosed\n',
    });
    const target = tree({ 'a.txt': 'tok_abcdef123456\n' });
    const r = warden(['scan', '.', '--rules', rules, '--format', 'json'], { cwd: target });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('broken.yaml');
    expect(r.stderr).toMatch(/YAML syntax error/);
    expect(JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['custom.todo-token']);
  });
});

describe('warden scan: one secret, one finding', () => {
  it('keeps the most specific rule when several report the same value', () => {
    const rule = (id: string, confidence: string, provider: string, pattern: string) =>
      [
        `id: ${id}`,
        'title: t',
        'category: secret',
        'severity: high',
        `confidence: ${confidence}`,
        'cwe: [798]',
        `provider: ${provider}`,
        "languages: ['*']",
        'keywords: [tok]',
        'message: m',
        'regex:',
        `  pattern: '${pattern}'`,
      ].join('\n');
    const rules = tree({
      'specific.yaml': rule('custom.acme-token', 'high', 'Acme', 'acme_(?<secret>[a-z0-9]{20})'),
      'generic.yaml': rule('custom.generic-token', 'low', 'generic', 'token = "(?<secret>[a-z0-9_]{20,})"'),
    });
    const dir = tree({ 'a.txt': 'token = "acme_k3j9x2m5q8w1z7v4b6n0"\ntoken = "p9x2m5q8w1z7v4b6n0k3j"\n' });
    const out = JSON.parse(warden(['scan', '.', '--rules', rules, '--format', 'json'], { cwd: dir }).stdout);
    expect(out.findings.map((f: { ruleId: string; start: { line: number } }) => `${f.start.line} ${f.ruleId}`)).toEqual([
      '1 custom.acme-token',
      '2 custom.generic-token',
    ]);
  });

  it('runs only secret rules on TypeScript declaration files, which hold types rather than code', () => {
    const key = awsKeyId();
    const code = `export declare const awsKeyId = "${key}";\nconst total = eval(input);\n`;
    const dir = tree({ 'types/api.d.ts': code, 'src/api.ts': code });
    const out = JSON.parse(warden(['scan', '.', '--format', 'json'], { cwd: dir }).stdout);
    expect(out.findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`).sort()).toEqual([
      'src/api.ts injection.eval-non-literal',
      'src/api.ts secret.aws-access-key-id',
      'types/api.d.ts secret.aws-access-key-id',
    ]);
  });

  it('reports one weakness at one place once: the taint finding, not also the structural one', () => {
    const dir = tree({
      'app.js': [
        "const { exec } = require('child_process');",
        "app.get('/ping', (req, res) => exec('ping -c 1 ' + req.query.host));",
        'function run(cmd) { exec(cmd); }',
      ].join('\n'),
    });
    const out = JSON.parse(warden(['scan', '.', '--format', 'json'], { cwd: dir }).stdout);
    // Line 2 is a proven flow (both rules match it); line 3 only the structural rule can judge.
    expect(out.findings.map((f: { ruleId: string; start: { line: number } }) => `${f.start.line} ${f.ruleId}`)).toEqual([
      '2 injection.command-injection',
      '3 injection.command-injection-dynamic',
    ]);
  });

  it('lets a provider rule veto a value it knows is not a secret, so the generic rule stays quiet too', () => {
    const rules = tree({
      'specific.yaml': [
        'id: custom.acme-token',
        'title: t',
        'category: secret',
        'severity: high',
        'confidence: high',
        'cwe: [798]',
        'provider: Acme',
        "languages: ['*']",
        'keywords: [acme_]',
        'message: m',
        'secret:',
        "  allow: ['^acme_docs0example0value00$']",
        'regex:',
        "  pattern: '(?<secret>acme_[a-z0-9]{20})'",
      ].join('\n'),
      'generic.yaml': [
        'id: custom.generic-token',
        'title: t',
        'category: secret',
        'severity: high',
        'confidence: low',
        'cwe: [798]',
        'provider: generic',
        "languages: ['*']",
        'keywords: [token]',
        'message: m',
        'regex:',
        `  pattern: 'token = "(?<secret>[a-z0-9_]{20,})"'`,
      ].join('\n'),
    });
    const dir = tree({ 'a.txt': 'token = "acme_docs0example0value00"\n' });
    const out = JSON.parse(warden(['scan', '.', '--rules', rules, '--format', 'json'], { cwd: dir }).stdout);
    expect(out.findings).toEqual([]);
  });
});

describe('warden scan: git targets', () => {
  it('--staged scans the staged blob, not the working file', () => {
    const key = awsKeyId();
    const dir = repo({ 'README.md': 'hello\n' });
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'init');
    writeFileSync(path.join(dir, 'config.js'), `export const k = '${key}';\n`);
    git(dir, 'add', 'config.js');
    // Fixed in the working tree but not staged: still blocks.
    writeFileSync(path.join(dir, 'config.js'), 'export const k = process.env.K;\n');
    const r = warden(['scan', '--staged', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).findings;
    expect(findings.map((f: { ruleId: string; file: string }) => `${f.file}:${f.ruleId}`)).toEqual(['config.js:secret.aws-access-key-id']);
    expect(r.stdout).not.toContain(key);
    // Staging the fix clears it.
    git(dir, 'add', 'config.js');
    expect(warden(['scan', '--staged'], { cwd: dir }).code).toBe(0);
  });

  it('--base/--head keeps only findings on lines the change added', () => {
    const old = awsKeyId();
    const dir = repo({ 'a.js': `const old = '${old}';\n` });
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'base');
    git(dir, 'checkout', '-qb', 'feature');
    const added = awsKeyId();
    writeFileSync(path.join(dir, 'a.js'), `const old = '${old}';\nconst added = '${added}';\n`);
    writeFileSync(path.join(dir, 'b.py'), 'x = 1\nresult = eval(user_input)\n');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'change');
    const r = warden(['scan', '--base', 'main', '--head', 'feature', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const where = JSON.parse(r.stdout).findings.map((f: { file: string; start: { line: number } }) => `${f.file}:${f.start.line}`);
    expect(where.sort()).toEqual(['a.js:2', 'b.py:2']);
    const ctx = JSON.parse(warden(['scan', '--base', 'main', '--keep-context', '--format', 'json'], { cwd: dir }).stdout);
    expect(ctx.findings).toHaveLength(3);
    expect(warden(['scan', '--base', 'no-such-rev'], { cwd: dir })).toMatchObject({ code: 2 });
  });

  it('scans stdin under the name given', () => {
    const dir = tree({});
    const r = warden(['scan', '-', '--stdin-filename', 'snippet.py', '--format', 'json'], { cwd: dir, input: 'eval(data)\n' });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings[0]).toMatchObject({ file: 'snippet.py', ruleId: 'injection.eval-non-literal' });
  });
});

describe('warden scan: suppressions and baselines', () => {
  it('honours an inline suppression with a reason and reports one without', () => {
    const dir = tree({
      'a.js': [
        '// warden-ignore: injection.eval-non-literal -- sandboxed calculator input, reviewed',
        'eval(expr);',
        'eval(other); // warden-ignore: injection.eval-non-literal',
      ].join('\n'),
    });
    const r = warden(['scan', '.', '--format', 'json'], { cwd: dir });
    const out = JSON.parse(r.stdout);
    const open = out.findings.filter((f: { suppressed?: unknown }) => !f.suppressed);
    expect(open.map((f: { start: { line: number } }) => f.start.line)).toEqual([3]);
    expect(out.notices.some((n: { code: string; line?: number }) => n.code === 'bad-suppression')).toBe(true);
    expect(r.code).toBe(1);
  });

  it('a baseline lets existing findings pass and new ones block', () => {
    const first = awsKeyId();
    const dir = tree({ 'a.js': `const a = '${first}';\n` });
    const w = warden(['scan', '.', '--write-baseline', '.warden-baseline.json'], { cwd: dir });
    expect(w.code).toBe(0);
    const baseline = readFileSync(path.join(dir, '.warden-baseline.json'), 'utf8');
    expect(baseline).not.toContain(first);
    expect(warden(['scan', '.', '--baseline', '.warden-baseline.json'], { cwd: dir }).code).toBe(0);
    writeFileSync(path.join(dir, 'b.js'), `const b = '${awsKeyId()}';\n`);
    const r = warden(['scan', '.', '--baseline', '.warden-baseline.json', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.filter((f: { suppressed?: unknown }) => !f.suppressed).map((f: { file: string }) => f.file)).toEqual(['b.js']);
  });
});

describe('warden scan: bad input never crashes the scan', () => {
  it('reports binary, oversized, minified and generated files as skipped', () => {
    const dir = tree({
      'bin.dat': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]),
      'huge.txt': 'a'.repeat(2 * 1024 * 1024),
      'app.min.js': 'var a=1;'.repeat(100),
      'gen.go': '// Code generated by protoc-gen-go. DO NOT EDIT.\npackage x\n',
      'ok.js': 'const x = 1;\n',
    });
    const r = warden(['scan', '.', '--format', 'json', '--verbose'], { cwd: dir });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const reasons = Object.fromEntries(out.skipped.map((s: { file: string; reason: string }) => [s.file, s.reason]));
    expect(reasons).toMatchObject({ 'bin.dat': 'binary', 'huge.txt': 'too-large', 'app.min.js': 'minified', 'gen.go': 'generated' });
    expect(out.stats.filesScanned).toBe(1);
  });

  it('runs syntax rules only up to maxSyntaxFileSize, text rules on the whole file, and says so', () => {
    const key = awsKeyId();
    const big = `const k = "${key}";\nconst f = eval(input);\n` + '// filler line to make the file large\n'.repeat(2000);
    const dir = tree({ 'big.js': big, 'small.js': 'const g = eval(input);\n' });
    const found = (args: string[]) => {
      const out = JSON.parse(warden(['scan', '.', '--format', 'json', ...args], { cwd: dir }).stdout);
      return { ids: out.findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`).sort(), skipped: out.skipped };
    };
    const limited = found(['--max-syntax-file-size', '16KiB']);
    expect(limited.ids).toEqual(['big.js secret.aws-access-key-id', 'small.js injection.eval-non-literal']);
    expect(limited.skipped).toEqual([
      expect.objectContaining({ file: 'big.js', reason: 'too-large', detail: expect.stringMatching(/over the 16384-byte limit for syntax rules/) }),
    ]);
    const whole = found([]);
    expect(whole.ids).toEqual(['big.js injection.eval-non-literal', 'big.js secret.aws-access-key-id', 'small.js injection.eval-non-literal']);
    expect(whole.skipped).toEqual([]);
  });

  it('still reads minified and generated files for secrets, so a DO NOT EDIT header cannot hide one', () => {
    const key = awsKeyId();
    const dir = tree({
      'dist/app.min.js': `var a=1;var k="${key}";` + 'var b=eval(x);'.repeat(60),
      'gen/api.pb.go': `// Code generated by protoc-gen-go. DO NOT EDIT.\npackage api\nconst k = "${key}"\n`,
    });
    const r = warden(['scan', '.', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`).sort()).toEqual([
      'dist/app.min.js secret.aws-access-key-id',
      'gen/api.pb.go secret.aws-access-key-id',
    ]);
    expect(out.skipped.map((s: { reason: string }) => s.reason).sort()).toEqual(['generated', 'minified']);
    expect(r.stdout).not.toContain(key);
  });

  it('survives a 50 MB one-line file, invalid UTF-8, NUL bytes and a symlink loop', () => {
    const key = awsKeyId();
    const dir = tree({
      'big.js': 'x'.repeat(50 * 1024 * 1024),
      'latin1.js': Buffer.concat([Buffer.from(`const k = '${key}'; // caf`), Buffer.from([0xe9, 0xff, 0xfe]), Buffer.from('\n')]),
      'nul.txt': Buffer.from('text\0more'),
    });
    symlinkSync(dir, path.join(dir, 'loop'));
    const r = warden(['scan', '.', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.findings.map((f: { file: string }) => f.file)).toEqual(['latin1.js']);
    expect(out.notices.some((n: { code: string }) => n.code === 'invalid-utf8')).toBe(true);
    expect(r.stdout).not.toContain(key);
  });

  it('reports a file as not fully scanned when a rule regex backtracks catastrophically', () => {
    const rules = tree({
      'redos.yaml': [
        'id: custom.redos',
        'title: Pathological rule',
        'category: injection',
        'severity: high',
        'cwe: [1333]',
        "languages: ['*']",
        'keywords: [aaaa]',
        'message: never finishes on the wrong input',
        'regex:',
        "  pattern: '(?<=x)(a|aa)+$'",
      ].join('\n'),
    });
    const dir = tree({ 'evil.txt': 'x' + 'a'.repeat(64) + '!\n', 'fine.txt': 'aaaa\n' });
    const r = warden(['scan', '.', '--rules', rules, '--format', 'json', '--time-budget', '500'], { cwd: dir });
    const out = JSON.parse(r.stdout);
    expect(out.notices.some((n: { code: string; file?: string }) => n.code === 'time-budget' && n.file === 'evil.txt')).toBe(true);
    expect(out.stats.filesScanned).toBe(2);
    expect(warden(['scan', '.', '--rules', rules, '--time-budget', '500', '--strict'], { cwd: dir }).code).toBe(1);
  });
});
