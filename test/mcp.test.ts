// `warden mcp` through the SDK's own client over stdio: the three tools, on a real repository.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, describe, expect, it } from 'vitest';
import { awsKeyId, git, gitRepo, WARDEN_BIN } from './support/cli.js';

const cleanups: Array<() => unknown> = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

describe('warden mcp', () => {
  it('lists its tools and answers scan, check_license and explain_rule', async () => {
    const repo = gitRepo({ 'package.json': '{ "name": "app", "license": "MIT" }\n' });
    cleanups.push(repo.cleanup);
    git(repo.dir, 'add', '.');
    git(repo.dir, 'commit', '-qm', 'init');
    const client = new Client({ name: 'test', version: '1.0.0' });
    await client.connect(new StdioClientTransport({ command: process.execPath, args: [WARDEN_BIN, 'mcp'], cwd: repo.dir, stderr: 'pipe' }));
    cleanups.push(() => client.close());
    const tools = await client.listTools();
    expect(tools.tools.map((t) => t.name).sort()).toEqual(['check_license', 'explain_rule', 'scan']);

    const textOf = (r: Awaited<ReturnType<typeof client.callTool>>) => (r.content as Array<{ text: string }>)[0]!.text;
    const key = awsKeyId();
    const scanned = textOf(await client.callTool({ name: 'scan', arguments: { code: `const k = "${key}";\napp.get('/u', (req, res) => db.query("SELECT * FROM u WHERE id = " + req.query.id));\n`, filename: 'src/users.js' } }));
    expect(scanned).toMatch(/^2 finding\(s\), 2 blocking:\nsrc\/users\.js:1 secret\.aws-access-key-id \(CWE-798\)/);
    expect(scanned).toMatch(/src\/users\.js:2 injection\.sql-injection \(CWE-89\)/);
    expect(scanned).not.toContain(key);
    expect(textOf(await client.callTool({ name: 'scan', arguments: { code: 'export const add = (a, b) => a + b;\n', language: 'typescript' } }))).toBe('No findings.');

    expect(textOf(await client.callTool({ name: 'check_license', arguments: { expression: 'GPL-3.0-only' } }))).toMatch(/^GPL-3\.0-only: fail \(strong-copyleft\)/);
    expect(textOf(await client.callTool({ name: 'check_license', arguments: { expression: '(MIT OR GPL-3.0-only)' } }))).toMatch(/: ok \(permissive\)/);
    expect(textOf(await client.callTool({ name: 'check_license', arguments: { package: 'left-pad' } }))).toMatch(/not installed here/);

    const explained = textOf(await client.callTool({ name: 'explain_rule', arguments: { id: 'injection.sql-injection' } }));
    expect(explained).toMatch(/^injection\.sql-injection: .*CWE-89/);
    expect(explained).toMatch(/\nBad:\n.+/);
    expect(explained).toMatch(/\nGood:\n.+/);
  }, 60_000);
});
