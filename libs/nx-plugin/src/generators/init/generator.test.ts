// The init generator on an in-memory Nx tree (devkit's own test tree): extending what exists, and idempotence.
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readNxJson, type Tree } from '@nx/devkit';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import initGenerator from './generator.js';

function workspace(files: Record<string, string> = {}): Tree {
  const tree = createTreeWithEmptyWorkspace();
  for (const [file, text] of Object.entries(files)) tree.write(file, text);
  return tree;
}

const changes = (tree: Tree) => tree.listChanges().map((c) => `${c.type} ${c.path}`).sort();

describe('nx g @warden/nx:init', () => {
  it('extends an existing GitLab pipeline and a workflow of the same name', async () => {
    const tree = workspace({
      '.gitlab-ci.yml': 'stages: [test]\ninclude: templates/base.yml\ntest:\n  script: npm test\n',
      '.github/workflows/warden.yml': 'name: Team checks\non: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm run lint\n',
    });
    await initGenerator(tree, { skipInstall: true });
    const gitlab = parse(tree.read('.gitlab-ci.yml', 'utf8')!) as { include: unknown[]; test: unknown };
    expect(gitlab.include).toEqual(['templates/base.yml', { local: '.gitlab/warden.gitlab-ci.yml' }]);
    expect(gitlab.test).toEqual({ script: 'npm test' });
    const workflow = parse(tree.read('.github/workflows/warden.yml', 'utf8')!) as { name: string; jobs: Record<string, { steps: Array<{ run?: string }> }> };
    expect(workflow.name).toBe('Team checks');
    expect(Object.keys(workflow.jobs)).toEqual(['lint', 'warden-gate']);
    expect(workflow.jobs['warden-gate']!.steps.some((s) => s.run?.includes('warden gate --base'))).toBe(true);
    expect(readNxJson(tree)!.plugins).toContain('@warden/nx');
  });

  it('changes nothing the second time', async () => {
    const tree = workspace({ '.husky/pre-commit': 'npx lint-staged\n' });
    await initGenerator(tree, { skipInstall: true });
    const settled = new Map(changes(tree).map((c) => [c, tree.read(c.split(' ')[1]!, 'utf8')]));
    await initGenerator(tree, { skipInstall: true });
    for (const [change, text] of settled) expect(tree.read(change.split(' ')[1]!, 'utf8')).toBe(text);
    expect(tree.read('.husky/pre-commit', 'utf8')).toMatch(/^npx lint-staged\n\n# warden: .*\n\.\/node_modules\/\.bin\/warden hook pre-commit\n$/);
  });

  it('writes only the CI it is asked for, and keeps a warden.json that exists', async () => {
    const tree = workspace({ 'warden.json': '{ "failOn": "high" }\n' });
    await initGenerator(tree, { ci: 'github', skipInstall: true });
    expect(tree.exists('.gitlab-ci.yml')).toBe(false);
    expect(tree.exists('.github/workflows/warden.yml')).toBe(true);
    expect(tree.read('warden.json', 'utf8')).toBe('{ "failOn": "high" }\n');
  });

  it('with --agents writes each client\'s hooks and MCP registration, keeps theirs, and is idempotent', async () => {
    const tree = workspace({
      '.claude/settings.json': JSON.stringify({ hooks: { PreToolUse: [{ matcher: 'Bash', hooks: [{ type: 'command', command: 'echo team' }] }] } }),
      '.mcp.json': JSON.stringify({ mcpServers: { docs: { command: 'docs-mcp' } } }),
      '.gitignore': 'node_modules\n',
    });
    await initGenerator(tree, { agents: 'claude,codex,cursor', ci: 'none', skipInstall: true });
    const claude = JSON.parse(tree.read('.claude/settings.json', 'utf8')!) as { hooks: Record<string, Array<{ matcher?: string; hooks: Array<{ command: string }> }>> };
    expect(claude.hooks.PreToolUse!.map((h) => h.hooks[0]!.command)).toEqual(['echo team', '"$(git rev-parse --show-toplevel)"/node_modules/.bin/warden hook claude']);
    expect(claude.hooks.UserPromptSubmit).toHaveLength(1);
    expect(JSON.parse(tree.read('.codex/hooks.json', 'utf8')!).hooks.PreToolUse[0].matcher).toBe('shell|local_shell|apply_patch|Bash');
    expect(Object.keys(JSON.parse(tree.read('.cursor/hooks.json', 'utf8')!).hooks).sort()).toEqual(['afterFileEdit', 'beforeReadFile', 'beforeShellExecution', 'beforeSubmitPrompt']);
    expect(JSON.parse(tree.read('.mcp.json', 'utf8')!).mcpServers).toEqual({ docs: { command: 'docs-mcp' }, warden: { command: 'node_modules/.bin/warden', args: ['mcp'] } });
    expect(JSON.parse(tree.read('.cursor/mcp.json', 'utf8')!).mcpServers.warden).toEqual({ command: 'node_modules/.bin/warden', args: ['mcp'] });
    expect(tree.read('.gitignore', 'utf8')).toBe("node_modules\n# Warden's local audit log\n/.warden/\n");
    const files = ['.claude/settings.json', '.codex/hooks.json', '.cursor/hooks.json', '.mcp.json', '.cursor/mcp.json', '.gitignore'];
    const settled = files.map((f) => tree.read(f, 'utf8'));
    await initGenerator(tree, { agents: 'claude,codex,cursor', ci: 'none', skipInstall: true });
    expect(files.map((f) => tree.read(f, 'utf8'))).toEqual(settled);
  });

  it('refuses an unknown agent and a client file that is not JSON', async () => {
    await expect(initGenerator(workspace(), { agents: 'claude,copilot', skipInstall: true })).rejects.toThrow('--agents: unknown client copilot (claude, codex, cursor)');
    await expect(initGenerator(workspace({ '.codex/hooks.json': '{ nope' }), { agents: 'codex', skipInstall: true })).rejects.toThrow('.codex/hooks.json is not JSON: fix it first, Warden will not overwrite it');
  });
});
