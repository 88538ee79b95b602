import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../errors.js';
import { defaultConfig, findConfig, loadConfig } from './load.js';
import { parseConfig } from './parse.js';
import { CONFIG_DEFAULTS } from './schema.js';

let tmp: string;
let repos = 0;
beforeEach(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'warden-config-'));
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function repo(files: Record<string, string>, opts: { git?: boolean } = {}): Promise<string> {
  const root = path.join(tmp, `repo${++repos}`);
  await mkdir(root, { recursive: true });
  if (opts.git !== false) await mkdir(path.join(root, '.git'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
  return root;
}

/** The ConfigError message for a warden.json holding `json`. */
async function errorFor(json: unknown): Promise<string> {
  const root = await repo({ 'warden.json': typeof json === 'string' ? json : JSON.stringify(json, null, 2) });
  const err = await loadConfig(undefined, root).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ConfigError);
  const message = (err as ConfigError).message;
  expect(message.split('\n')).toHaveLength(1);
  expect(message).toContain('warden.json');
  return message;
}

describe('findConfig', () => {
  it('walks up from a subdirectory to the warden.json at the repository root', async () => {
    const root = await repo({ 'warden.json': '{}', 'src/deep/a.ts': '' });
    expect(await findConfig(path.join(root, 'src/deep'))).toBe(path.join(root, 'warden.json'));
  });

  it('takes the nearest warden.json', async () => {
    const root = await repo({ 'warden.json': '{}', 'pkg/warden.json': '{}', 'pkg/src/a.ts': '' });
    expect(await findConfig(path.join(root, 'pkg/src'))).toBe(path.join(root, 'pkg/warden.json'));
  });

  it('stops at the git repository root (a .git file counts, as in worktrees)', async () => {
    await writeFile(path.join(tmp, 'warden.json'), '{}'); // outside the repository: must not be found
    const root = await repo({ 'src/a.ts': '' }, { git: false });
    await writeFile(path.join(root, '.git'), 'gitdir: /elsewhere\n');
    expect(await findConfig(path.join(root, 'src'))).toBeUndefined();
  });

  it('ignores a directory named warden.json', async () => {
    const root = await repo({ 'warden.json/x': '' });
    expect(await findConfig(root)).toBeUndefined();
  });
});

describe('loadConfig', () => {
  it('gives the defaults when there is no config, with dir at the repository root', async () => {
    const root = await repo({ 'src/a.ts': '' });
    const loaded = await loadConfig(undefined, path.join(root, 'src'));
    expect(loaded.file).toBeUndefined();
    expect(loaded.dir).toBe(root);
    expect(loaded.config).toEqual(defaultConfig(root).config);
    expect(loaded.config).toMatchObject({
      include: [],
      exclude: [],
      maxFileSize: 1024 * 1024,
      maxSyntaxFileSize: 128 * 1024,
      failOn: 'medium',
      categories: ['secret', 'injection', 'crypto', 'license'],
      rules: { paths: [], disable: [], enable: [], severity: {} },
      languages: {},
      timeBudgetMs: CONFIG_DEFAULTS.timeBudgetMs,
      workers: 'auto',
      allowlist: { paths: [], rules: [], regexes: [], fingerprints: [] },
      license: { deny: [], allow: [], exceptions: {} },
    });
    expect(loaded.config.baseline).toBeUndefined();
  });

  it('reads a full config and resolves rule paths and the baseline against its directory', async () => {
    const root = await repo({
      'my-rules/a.yaml': '',
      'warden.json': JSON.stringify({
        $schema: './node_modules/@warden/sentinel/schema/warden.schema.json',
        include: ['src/**'],
        exclude: ['**/*.min.js'],
        maxFileSize: '512KiB',
        maxSyntaxFileSize: '1MB',
        failOn: 'high',
        categories: ['secret'],
        rules: {
          paths: ['my-rules'],
          disable: ['secret.generic-api-key'],
          enable: ['secret.*'],
          severity: { 'secret.aws-access-key-id': 'critical' },
        },
        languages: { '.tpl': 'html', 'scripts/**': 'python' },
        baseline: '.warden/baseline.json',
        timeBudgetMs: 2000,
        workers: 4,
        allowlist: {
          paths: ['vendor/**'],
          rules: [{ id: 'secret.*', paths: ['test/fixtures/**'], reason: 'test keys' }],
          regexes: ['^EXAMPLE'],
          fingerprints: [{ fingerprint: 'abc123', reason: 'revoked' }],
        },
      }),
    });
    const loaded = await loadConfig(undefined, root);
    expect(loaded.file).toBe(path.join(root, 'warden.json'));
    expect(loaded.dir).toBe(root);
    expect(loaded.config.maxFileSize).toBe(512 * 1024);
    expect(loaded.config.maxSyntaxFileSize).toBe(1_000_000);
    expect(loaded.config.rules.paths).toEqual([path.join(root, 'my-rules')]);
    expect(loaded.config.baseline).toBe(path.join(root, '.warden/baseline.json'));
    expect(loaded.config.workers).toBe(4);
    expect(loaded.config.allowlist.rules[0]).toEqual({ id: 'secret.*', paths: ['test/fixtures/**'], reason: 'test keys' });
  });

  it('loads an explicit path relative to startDir, and says so when it is missing', async () => {
    const root = await repo({ 'conf/strict.json': '{"failOn":"low"}' });
    const loaded = await loadConfig('conf/strict.json', root);
    expect(loaded.config.failOn).toBe('low');
    expect(loaded.dir).toBe(path.join(root, 'conf'));
    await expect(loadConfig('nope.json', root)).rejects.toThrow(/nope\.json: file not found$/);
  });

  it('refuses a rules path that does not exist, naming the key', async () => {
    const msg = await errorFor({ rules: { paths: ['missing-rules'] } });
    expect(msg).toMatch(/warden\.json: "rules\.paths\[0\]": not found: .*missing-rules$/);
  });

  it('handles a BOM', async () => {
    const root = await repo({ 'warden.json': '\uFEFF{"failOn": "critical"}' });
    expect((await loadConfig(undefined, root)).config.failOn).toBe('critical');
  });

  it('refuses an empty file with a hint', async () => {
    expect(await errorFor('  \n')).toMatch(/warden\.json: the file is empty \(write \{\} to use the defaults\)$/);
  });

  it('refuses a non-object at the top level', async () => {
    expect(await errorFor('[]')).toMatch(/warden\.json: must hold a JSON object \{ … \} at the top level, not a list$/);
    expect(await errorFor('null')).toMatch(/not null$/);
    expect(await errorFor('"x"')).toMatch(/not a string$/);
  });
});

describe('JSON syntax errors', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['trailing comma', '{\n  "failOn": "high",\n}', /line 2, column 19: trailing comma before "}"/],
    ['missing comma', '{\n  "failOn": "high"\n  "workers": 2\n}', /line 3, column 3: expected "," or "}" after a property value, found """/],
    ['comment', '// settings\n{}', /line 1, column 1: expected a value, found comment \(JSON has no comments\)/],
    ['comment inside', '{\n  "failOn": "high", // why\n  "workers": 2\n}', /line 2, column 21: expected a property name in double quotes, found comment/],
    ['single quotes', "{\n  'failOn': 'high'\n}", /line 2, column 3: expected a property name in double quotes, found ' \(JSON strings use double quotes\)/],
    ['unquoted key', '{ failOn: "high" }', /line 1, column 3: expected a property name in double quotes, found "failOn"/],
    ['unclosed', '{\n  "failOn": "high"', /line 2, column 19: expected "," or "}" after a property value, found end of file/],
    ['unterminated string', '{\n  "failOn": "high\n}', /line 2, column 13: string is never closed on its line/],
    ['bad literal', '{"a": tru}', /line 1, column 7: expected a value, found "tru"/],
    ['leading zero', '{"workers": 02}', /line 1, column 13: invalid number/],
    ['after the value', '{}\n{}', /line 2, column 1: unexpected "\{" after the end of the JSON value/],
    ['bad escape', '{"a": "C:\\path"}', /line 1, column 10: invalid escape "\\p"/],
  ];
  for (const [name, text, expected] of cases) {
    it(name, async () => {
      const msg = await errorFor(text);
      expect(msg).toMatch(/warden\.json: invalid JSON at line \d+, column \d+: /);
      expect(msg).toMatch(expected);
    });
  }

  it('counts columns after a BOM from the first real character', () => {
    expect(() => parseConfig('\uFEFF{,}', 'warden.json', '/r')).toThrow(/line 1, column 2:/);
  });
});

describe('validation errors name the file and the key', () => {
  const cases: Array<[string, unknown, string]> = [
    ['unknown top-level key with a guess', { failOn: 'high', exlude: [] }, '"exlude": unknown key, did you mean "exclude"?'],
    ['unknown nested key', { rules: { disabel: ['x.y'] } }, '"rules.disabel": unknown key, did you mean "disable"?'],
    ['unknown key without a guess', { telemetry: {} }, '"telemetry": unknown key; known keys: $schema, include, exclude,'],
    ['severity override', { rules: { severity: { 'secret.x': 'severe' } } }, '"rules.severity.secret.x": must be one of info, low, medium, high, critical'],
    ['severity override key', { rules: { severity: { 'Secret X': 'low' } } }, '"rules.severity.Secret X": not a valid key: must be a rule id'],
    ['failOn typo', { failOn: 'hgih' }, '"failOn": must be one of info, low, medium, high, critical (did you mean "high"?)'],
    ['wrong type', { include: 'src/**' }, '"include": must be a list [ … ], not a string'],
    ['list item type', { exclude: ['a', 3] }, '"exclude[1]": must be a string, not the number 3'],
    ['category', { categories: ['secrets'] }, '"categories[0]": must be one of secret, injection, crypto, license (did you mean "secret"?)'],
    ['no categories', { categories: [] }, '"categories": must not be an empty list'],
    ['rule pattern', { rules: { disable: ['secret.*.aws'] } }, '"rules.disable[0]": must be a rule id or a prefix ending in "*"'],
    ['workers', { workers: 'many' }, '"workers": must be a whole number of workers (1 or more) or "auto"'],
    ['workers zero', { workers: 0 }, '"workers": must be at least 1'],
    ['time budget', { timeBudgetMs: 1.5 }, '"timeBudgetMs": must be a whole number, not the number 1.5'],
    ['missing reason', { allowlist: { rules: [{ id: 'secret.x' }] } }, '"allowlist.rules[0].reason": is required'],
    ['blank reason', { allowlist: { fingerprints: [{ fingerprint: 'f', reason: '  ' }] } }, '"allowlist.fingerprints[0].reason": must say why'],
    ['bad regex', { allowlist: { regexes: ['ok', '(unclosed'] } }, '"allowlist.regexes[1]": not a valid regular expression: Unterminated group'],
    ['negated glob', { allowlist: { paths: ['!src/**'] } }, '"allowlist.paths[0]": invalid glob "!src/**": negated globs'],
    ['bad glob class', { allowlist: { rules: [{ id: 'x.y', paths: ['[z-a].js'], reason: 'r' }] } }, '"allowlist.rules[0].paths[0]": invalid glob "[z-a].js": Range out of order'],
    ['language id', { languages: { '.tpl': 'HTML' } }, '"languages..tpl": must be a language id'],
    ['baseline type', { baseline: true }, '"baseline": must be a string, not true'],
    ['size type', { maxFileSize: true }, '"maxFileSize": must be a number of bytes or a size such as "512KiB", "2MB" or "1MiB"'],
    ['size unit', { maxFileSize: 'two MB' }, '"maxFileSize": "two MB" is not a size: write a number and a unit'],
    ['size long unit', { maxFileSize: '2 megs' }, '"maxFileSize": unknown unit "megs" in "2 megs"'],
    ['size unknown unit', { maxFileSize: '512k' }, '"maxFileSize": unknown unit "k" in "512k": use B, KB, MB, GB'],
    ['size zero', { maxFileSize: 0 }, '"maxFileSize": must be greater than 0'],
  ];
  for (const [name, json, expected] of cases) {
    it(name, async () => {
      const msg = await errorFor(json);
      expect(msg.startsWith('warden.json: ') || msg.includes('/warden.json: ')).toBe(true);
      expect(msg).toContain(expected);
    });
  }
});

describe('maxFileSize', () => {
  const sizes: Array<[string | number, number]> = [
    [4096, 4096],
    ['4096', 4096],
    ['100B', 100],
    ['512KiB', 512 * 1024],
    ['512kib', 512 * 1024],
    ['2MB', 2_000_000],
    ['1MiB', 1024 * 1024],
    ['1.5 MiB', 1.5 * 1024 * 1024],
    ['0.3MB', 300_000],
    ['1GB', 1e9],
    [' 2GiB ', 2 * 1024 ** 3],
  ];
  for (const [input, bytes] of sizes) {
    it(`${JSON.stringify(input)} → ${bytes}`, () => {
      expect(parseConfig(JSON.stringify({ maxFileSize: input }), 'warden.json', '/r').maxFileSize).toBe(bytes);
    });
  }
  it('refuses fractions of a byte', () => {
    expect(() => parseConfig('{"maxFileSize": "1.5"}', 'warden.json', '/r')).toThrow(/is not a whole number of bytes/);
  });
});

describe('several problems', () => {
  it('reports the first and counts the rest, on one line', async () => {
    const root = await repo({ 'warden.json': JSON.stringify({ failOn: 'hgih', workers: 0, bogus: 1 }) });
    await expect(loadConfig(undefined, root)).rejects.toThrow(/"failOn": must be one of .* \(and 2 more\)$/);
  });
});

describe('defaults without the schema', () => {
  it('equal what the schema produces for an empty warden.json', async () => {
    const { wardenConfigSchema } = await import('./schema.js');
    const { defaultWardenConfig } = await import('./defaults.js');
    expect(defaultWardenConfig()).toEqual(wardenConfigSchema.parse({}));
  });
});
