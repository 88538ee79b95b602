// @warden/nx in a real Nx workspace made in a temp dir: the packed Warden libs unpacked into its node_modules
// (their third-party dependencies linked from this repository's install, the versions the lockfile pins, so no
// registry is contacted), `nx g @warden/nx:init`, real commits through the husky hooks it sets up, the inferred
// sentinel target and its cache, the rule generator, and the gate on a real branch range.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { awsKeyId, REPO_ROOT } from './support/cli.js';

const work = mkdtempSync(path.join(tmpdir(), 'warden-nx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const ws = path.join(work, 'acme');

function run(cmd: string, args: string[], cwd = ws): { code: number; out: string } {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', NO_COLOR: '1', CI: 'true', GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@warden.invalid', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@warden.invalid' },
  });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}
const nx = (...args: string[]) => run(path.join(ws, 'node_modules/.bin/nx'), args);
const git = (...args: string[]) => run('git', args);

/** Every file of the workspace outside node_modules, .git and .nx, by content hash. */
function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (['node_modules', '.git', '.nx'].includes(name)) continue;
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[path.relative(ws, full)] = createHash('sha1').update(readFileSync(full)).digest('hex') + statSync(full).mode.toString(8);
    }
  };
  walk(ws);
  return out;
}

function setUpWorkspace(): void {
  const packs = path.join(work, 'packs');
  mkdirSync(packs);
  for (const lib of ['sentinel', 'sandbox', 'shield', 'agent', 'cli', 'nx-plugin']) {
    const r = run('npm', ['pack', '--pack-destination', packs], path.join(REPO_ROOT, 'libs', lib));
    expect(r.code, r.out).toBe(0);
  }
  mkdirSync(path.join(ws, 'packages/foo/src'), { recursive: true });
  writeFileSync(path.join(ws, 'package.json'), JSON.stringify({ name: 'acme', version: '1.0.0', private: true, license: 'MIT', workspaces: ['packages/*'] }, null, 2));
  writeFileSync(path.join(ws, 'nx.json'), JSON.stringify({ $schema: './node_modules/nx/schemas/nx-schema.json' }, null, 2));
  writeFileSync(path.join(ws, 'packages/foo/package.json'), JSON.stringify({ name: 'foo', version: '1.0.0' }));
  writeFileSync(path.join(ws, 'packages/foo/src/index.js'), 'export const hello = (name) => `hi ${name}`;\n');
  writeFileSync(path.join(ws, '.gitignore'), 'node_modules\n.nx\n.warden\n');
  mkdirSync(path.join(ws, '.husky'));
  writeFileSync(path.join(ws, '.husky/pre-commit'), 'echo "team check"\n');

  const modules = path.join(ws, 'node_modules');
  mkdirSync(path.join(modules, '@warden'), { recursive: true });
  for (const name of readdirSync(path.join(REPO_ROOT, 'node_modules'))) {
    if (name === '@warden' || name.startsWith('.')) continue;
    symlinkSync(path.join(REPO_ROOT, 'node_modules', name), path.join(modules, name));
  }
  for (const [pack, dir] of [['warden-sentinel', 'sentinel'], ['warden-sandbox', 'sandbox'], ['warden-shield', 'shield'], ['warden-agent', 'agent'], ['warden-cli', 'cli'], ['warden-nx', 'nx']]) {
    const tarball = readdirSync(packs).find((f) => f.startsWith(`${pack}-`))!;
    mkdirSync(path.join(modules, '@warden', dir));
    expect(run('tar', ['xzf', path.join(packs, tarball), '-C', path.join(modules, '@warden', dir), '--strip-components=1']).code).toBe(0);
  }
  const bin = path.join(modules, '.bin');
  mkdirSync(bin);
  symlinkSync('../nx/dist/bin/nx.js', path.join(bin, 'nx'));
  symlinkSync('../husky/bin.js', path.join(bin, 'husky'));
  symlinkSync('../@warden/cli/bin/warden.js', path.join(bin, 'warden'));
  expect(git('init', '-q', '-b', 'main').code).toBe(0);
}

describe('@warden/nx in a real Nx workspace', () => {
  it('sets everything up with init, and a second init changes nothing', () => {
    setUpWorkspace();
    const first = nx('g', '@warden/nx:init', '--skipInstall');
    expect(first.code, first.out).toBe(0);
    for (const file of ['warden.json', '.github/workflows/warden.yml', '.gitlab/warden.gitlab-ci.yml', '.gitlab-ci.yml', '.husky/pre-push']) {
      expect(existsSync(path.join(ws, file)), file).toBe(true);
    }
    expect(JSON.parse(readFileSync(path.join(ws, 'nx.json'), 'utf8')).plugins).toEqual(['@warden/nx']);
    const manifest = JSON.parse(readFileSync(path.join(ws, 'package.json'), 'utf8'));
    expect(Object.keys(manifest.devDependencies).sort()).toEqual(['@warden/cli', '@warden/nx', '@warden/sentinel', 'husky']);
    expect(manifest.scripts.prepare).toBe('husky');
    // The existing husky hook is extended, not replaced.
    expect(readFileSync(path.join(ws, '.husky/pre-commit'), 'utf8')).toMatch(/^echo "team check"\n\n# warden: .*\n\.\/node_modules\/\.bin\/warden hook pre-commit\n$/);
    expect(readFileSync(path.join(ws, '.github/workflows/warden.yml'), 'utf8')).toContain('warden gate --base "origin/${{ github.base_ref }}" --sarif warden.sarif');

    const before = snapshot();
    const second = nx('g', '@warden/nx:init', '--skipInstall');
    expect(second.code).toBe(0);
    expect(second.out).not.toMatch(/^(CREATE|UPDATE) /m);
    expect(snapshot()).toEqual(before);
  });

  it('with --agents puts Warden into the agents\' hooks, calling the project\'s binary from any folder', () => {
    const r = nx('g', '@warden/nx:init', '--skipInstall', '--agents=claude,cursor');
    expect(r.code, r.out).toBe(0);
    const settings = JSON.parse(readFileSync(path.join(ws, '.claude/settings.json'), 'utf8')) as { hooks: { PreToolUse: Array<{ hooks: Array<{ command: string }> }> } };
    const command = settings.hooks.PreToolUse[0]!.hooks[0]!.command;
    expect(JSON.parse(readFileSync(path.join(ws, '.mcp.json'), 'utf8')).mcpServers.warden.args).toEqual(['mcp']);
    // As Claude Code runs it: through a shell, in whatever folder the session is in.
    const key = awsKeyId();
    const event = { cwd: path.join(ws, 'packages/foo'), hook_event_name: 'PreToolUse', tool_name: 'Write', tool_input: { file_path: 'src/keys.js', content: `export const K = '${key}';\n` } };
    const hook = spawnSync('sh', ['-c', command], { cwd: path.join(ws, 'packages/foo'), input: JSON.stringify(event), encoding: 'utf8', env: { ...process.env, WARDEN_HOOK_DAEMON: '0' } });
    expect(hook.status, hook.stderr).toBe(0);
    const answer = JSON.parse(hook.stdout) as { hookSpecificOutput: { permissionDecision: string; permissionDecisionReason: string } };
    expect(answer.hookSpecificOutput.permissionDecision).toBe('deny');
    expect(answer.hookSpecificOutput.permissionDecisionReason).toMatch(/packages\/foo\/src\/keys\.js:1 secret\.aws-access-key-id/);
    expect(answer.hookSpecificOutput.permissionDecisionReason).not.toContain(key);
    const again = nx('g', '@warden/nx:init', '--skipInstall', '--agents=claude,cursor');
    expect(again.out).not.toMatch(/^(CREATE|UPDATE) /m);
  });

  it('gates real commits through the husky hooks', () => {
    expect(run(path.join(ws, 'node_modules/.bin/husky'), []).code).toBe(0);
    expect(git('add', '-A').code).toBe(0);
    const clean = git('commit', '-m', 'init');
    expect(clean.code, clean.out).toBe(0);
    expect(clean.out).toContain('team check');

    writeFileSync(path.join(ws, 'packages/foo/src/aws.js'), `export const key = '${awsKeyId()}';\n`);
    git('add', '-A');
    const refused = git('commit', '-m', 'key');
    expect(refused.code).not.toBe(0);
    expect(refused.out).toMatch(/secret\.aws-access-key-id/);

    writeFileSync(path.join(ws, 'packages/foo/src/aws.js'), `// warden-ignore: secret.aws-access-key-id -- AWS's documented example key\nexport const key = '${awsKeyId()}';\n`);
    git('add', '-A');
    const suppressed = git('commit', '-m', 'documented key');
    expect(suppressed.code, suppressed.out).toBe(0);
  });

  it('infers a cached sentinel target on every project', () => {
    const shown = JSON.parse(nx('show', 'project', 'foo', '--json').out.trim()) as { targets: Record<string, { cache: boolean; executor: string; inputs: unknown[] }> };
    expect(shown.targets.sentinel).toMatchObject({ executor: '@warden/nx:scan', cache: true });
    const first = nx('run', 'foo:sentinel');
    expect(first.code, first.out).toBe(0);
    expect(existsSync(path.join(ws, '.warden/reports/packages/foo/sentinel.json'))).toBe(true);
    const second = nx('run', 'foo:sentinel');
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/local cache|existing outputs match the cache/);
    // A changed file of the project is a cache miss, and a new secret fails the target.
    writeFileSync(path.join(ws, 'packages/foo/src/more.js'), `export const other = '${awsKeyId()}';\n`);
    const third = nx('run', 'foo:sentinel');
    expect(third.code).not.toBe(0);
    expect(third.out).not.toMatch(/local cache/);
    rmSync(path.join(ws, 'packages/foo/src/more.js'));
  });

  it('scaffolds a custom rule whose fixture passes, and scans load it', () => {
    const r = nx('g', '@warden/nx:rule', 'no-legacy-eval');
    expect(r.code, r.out).toBe(0);
    expect(JSON.parse(readFileSync(path.join(ws, 'warden.json'), 'utf8')).rules.paths).toEqual(['tools/warden-rules']);
    const tested = run(path.join(ws, 'node_modules/.bin/warden'), ['rules', 'test', 'tools/warden-rules']);
    expect(tested.code, tested.out).toBe(0);
    expect(tested.out).toMatch(/✓ custom\.no-legacy-eval\s+1\s+0\s+0/);
  });

  it('blocks an agent branch that changes warden.json at the gate', () => {
    git('add', '-A');
    expect(git('commit', '-qm', 'rules').code).toBe(0);
    git('checkout', '-q', '-b', 'agent/loosen-rules');
    writeFileSync(path.join(ws, 'warden.json'), JSON.stringify({ failOn: 'critical' }));
    git('add', '-A');
    expect(git('commit', '-qm', 'loosen', '--no-verify').code).toBe(0);
    const gate = run(path.join(ws, 'node_modules/.bin/warden'), ['gate', '--base', 'main']);
    expect(gate.code).toBe(1);
    expect(gate.out).toContain('The agent changed a protected path: warden.json');
  });

  it('runs a sandboxed agent with nx run foo:agent, and the gate lets a clean change through', () => {
    git('checkout', '-q', 'main');
    writeFileSync(path.join(work, 'steps.yaml'), '- write:\n    path: packages/foo/src/greet.js\n    content: "export const greet = (n) => `Hi ${n}`;\\n"\n');
    const r = nx('run', 'foo:agent', '--prompt', 'Add a greet helper', '--provider', 'script', '--script', path.join(work, 'steps.yaml'));
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/warden: run [0-9a-f]{12}: committed on agent\/add-a-greet-helper-[0-9a-f]{6}/);
    const branch = git('branch', '--list', 'agent/add-a-greet-helper-*').out.trim();
    expect(branch).not.toBe('');
    expect(git('show', `${branch}:packages/foo/src/greet.js`).out).toContain('greet');
  });
});
