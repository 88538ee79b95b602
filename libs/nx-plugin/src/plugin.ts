// The inferred targets. `sentinel`: every project gets one that scans its own files, cached by Nx, so
// `nx affected -t sentinel` scans what changed and a project whose files, rules and warden.json did not change
// is a cache hit. `agent`: `nx run app:agent --prompt "..."` runs an agent on the workspace, sandboxed. Loading this module costs two file reads per call: it imports nothing of the engine.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CreateNodesContext, CreateNodesResult, CreateNodesV2, TargetConfiguration } from '@nx/devkit';

export interface WardenPluginOptions {
  /** Name of the inferred target (default "sentinel"). */
  targetName?: string;
  /** Where reports go, under the workspace root (default ".warden/reports"). */
  reportsDir?: string;
  /** Name of the inferred agent-run target (default "agent"). */
  agentTargetName?: string;
}

const PROJECT_FILES = '**/{project.json,package.json}';
const SENTINEL_VERSION = `node -p "require('@warden/sentinel/package.json').version"`;

export const createNodes: CreateNodesV2<WardenPluginOptions> = [
  PROJECT_FILES,
  (files, options, context) => {
    const workspace = readWorkspace(context.workspaceRoot);
    const results: Array<readonly [string, CreateNodesResult]> = [];
    for (const file of files) {
      const root = path.posix.dirname(file.split(path.sep).join('/'));
      if (!isProject(file, root, context, workspace)) continue;
      const targets = {
        [options?.targetName ?? 'sentinel']: sentinelTarget(root, options, workspace),
        [options?.agentTargetName ?? 'agent']: agentTarget(),
      };
      results.push([file, { projects: { [root]: { targets } } }]);
    }
    return results;
  },
];

/** The same function under the name Nx 20-22 look for (Nx 23 and 24 call it createNodes). */
export const createNodesV2 = createNodes;

interface WorkspaceFacts {
  /** Globs of the package manager's workspaces (npm/yarn `workspaces`, pnpm-workspace.yaml `packages`). */
  memberGlobs: RegExp[];
  /** Custom rule folders from warden.json `rules.paths`, as Nx inputs. */
  ruleInputs: string[];
}

function readWorkspace(root: string): WorkspaceFacts {
  const globs: string[] = [];
  try {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { workspaces?: string[] | { packages?: string[] } };
    const ws = Array.isArray(manifest.workspaces) ? manifest.workspaces : (manifest.workspaces?.packages ?? []);
    globs.push(...ws);
  } catch {
    // no root package.json: only project.json projects
  }
  try {
    const pnpm = readFileSync(path.join(root, 'pnpm-workspace.yaml'), 'utf8');
    for (const m of pnpm.matchAll(/^\s*-\s*['"]?([^'"\n#]+?)['"]?\s*$/gm)) globs.push(m[1]!);
  } catch {
    // not a pnpm workspace
  }
  let ruleInputs: string[] = [];
  try {
    const config = JSON.parse(readFileSync(path.join(root, 'warden.json'), 'utf8')) as { rules?: { paths?: string[] } };
    ruleInputs = (config.rules?.paths ?? []).map((p) => `{workspaceRoot}/${p.replace(/^\.\//, '').replace(/\/$/, '')}/**/*`);
  } catch {
    // no warden.json (or a broken one, which the scan itself reports)
  }
  return { memberGlobs: globs.filter((g) => !g.startsWith('!')).map(globToRegExp), ruleInputs };
}

/** A project.json marks a project; a package.json only when it is a workspace member without a project.json. */
function isProject(file: string, root: string, context: CreateNodesContext, workspace: WorkspaceFacts): boolean {
  if (file.endsWith('project.json')) return true;
  if (root === '.' || existsSync(path.join(context.workspaceRoot, root, 'project.json'))) return false;
  return workspace.memberGlobs.some((re) => re.test(root));
}

function sentinelTarget(root: string, options: WardenPluginOptions | undefined, workspace: WorkspaceFacts): TargetConfiguration {
  const reports = (options?.reportsDir ?? '.warden/reports').replace(/\/$/, '');
  return {
    executor: '@warden/nx:scan',
    options: { paths: [root], output: `${reports}/{projectRoot}/sentinel.json` },
    cache: true,
    // The built-in rule packs ship inside @warden/sentinel: its version stands for them. A runtime input, because
    // an externalDependencies input fails the task wherever Nx cannot read the lockfile.
    inputs: ['{projectRoot}/**/*', '{workspaceRoot}/warden.json', ...workspace.ruleInputs, { runtime: SENTINEL_VERSION }],
    outputs: [`{workspaceRoot}/${reports}/{projectRoot}`],
    metadata: {
      description: "Scan this project's files with Warden Sentinel (secrets, injection, crypto, licenses)",
      technologies: ['warden'],
    },
  };
}

/** `nx run app:agent --prompt "..."`: never cached, since every run is new work. */
function agentTarget(): TargetConfiguration {
  return {
    executor: '@warden/nx:agent',
    cache: false,
    options: {},
    metadata: { description: 'Run a coding agent on a ticket in Warden\'s sandbox; the gate decides what is committed', technologies: ['warden'] },
  };
}

/** A workspaces glob (`packages/*`, `apps/**`) as a RegExp over project roots. */
function globToRegExp(glob: string): RegExp {
  const g = glob.replace(/^\.\//, '').replace(/\/$/, '');
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i]!;
    if (c === '*' && g[i + 1] === '*') {
      re += '.*';
      i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += /[.+^${}()|[\]\\]/.test(c) ? `\\${c}` : c;
  }
  return new RegExp(`^${re}$`);
}
