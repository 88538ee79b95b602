// `npm run demo`'s script, as a user runs it: one ticket blocked by the gate, one committed on an agent branch.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/cli.js';

describe('the demo', () => {
  it('blocks the dangerous ticket and commits the clean one', () => {
    const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'tools/demo.mjs')], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/secret\.aws-access-key-id[\s\S]*injection\.sql-injection[\s\S]*blocked by the gate: 2 finding\(s\) block the change; nothing committed/);
    expect(r.stdout).toMatch(/committed [0-9a-f]{12} on agent\/greet-customers-by-name-[0-9a-f]{6}/);
    expect(r.stdout).toContain('the chain holds');
    expect(r.stdout).not.toMatch(/AKIA[A-Z2-7]{16}/);
    const workspace = /the workspace is in (\S+);/.exec(r.stdout)?.[1];
    if (workspace) rmSync(path.dirname(workspace), { recursive: true, force: true });
  });
});
