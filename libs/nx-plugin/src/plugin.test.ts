import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodes, createNodesV2 } from './plugin.js';

const root = mkdtempSync(path.join(tmpdir(), 'warden-nx-plugin-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const files: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'ws', workspaces: ['packages/*', 'apps/**'] }),
  'warden.json': JSON.stringify({ rules: { paths: ['./tools/rules/'] } }),
  'packages/a/package.json': '{"name":"a"}',
  'apps/web/site/package.json': '{"name":"site"}',
  'libs/b/project.json': '{"name":"b"}',
  'libs/b/package.json': '{"name":"b"}',
  'fixtures/c/package.json': '{"name":"not-a-member"}',
};
for (const [file, text] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

describe('the sentinel target', () => {
  it('is exported under both names Nx has used, with one file pattern', () => {
    expect(createNodesV2).toBe(createNodes);
    expect(createNodes[0]).toBe('**/{project.json,package.json}');
  });

  it('goes on every project: project.json, and workspace members without one', async () => {
    const results = await createNodes[1](Object.keys(files).filter((f) => f.endsWith('.json') && f !== 'warden.json'), {}, { workspaceRoot: root, nxJsonConfiguration: {} });
    const roots = results.flatMap(([, r]) => Object.keys(r.projects ?? {}));
    expect(roots.sort()).toEqual(['apps/web/site', 'libs/b', 'packages/a']);
    const target = results.find(([file]) => file === 'packages/a/package.json')![1].projects!['packages/a']!.targets!.sentinel!;
    expect(target).toMatchObject({
      executor: '@warden/nx:scan',
      cache: true,
      options: { paths: ['packages/a'], output: '.warden/reports/{projectRoot}/sentinel.json' },
      outputs: ['{workspaceRoot}/.warden/reports/{projectRoot}'],
    });
    expect(target.inputs).toEqual([
      '{projectRoot}/**/*',
      '{workspaceRoot}/warden.json',
      '{workspaceRoot}/tools/rules/**/*',
      { runtime: `node -p "require('@warden/sentinel/package.json').version"` },
    ]);
  });

  it('takes a target name and a reports folder', async () => {
    const [[, result]] = (await createNodes[1](['libs/b/project.json'], { targetName: 'scan', reportsDir: 'out/warden/' }, { workspaceRoot: root, nxJsonConfiguration: {} })) as Array<[string, { projects: Record<string, { targets: Record<string, { outputs: string[] }> }> }]>;
    expect(result!.projects['libs/b']!.targets.scan!.outputs).toEqual(['{workspaceRoot}/out/warden/{projectRoot}']);
  });
});
