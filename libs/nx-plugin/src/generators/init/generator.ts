// `nx g @warden/nx:init`: one generator and every commit and pull request is gated. It registers the plugin,
// writes warden.json, adds the packages and husky, writes the pre-commit and pre-push hooks, and the GitHub and
// GitLab gate jobs. Safe to run again: what is already there is left as it is, and existing hooks and CI files
// are extended, never overwritten.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { installPackagesTask, readNxJson, updateNxJson, type GeneratorCallback, type Tree } from '@nx/devkit';
import { isMap, isSeq, parseDocument } from 'yaml';

export interface InitOptions {
  ci?: 'github' | 'gitlab' | 'both' | 'none';
  /** Coding agents to put Warden's hooks (and its MCP server) into: "claude,codex,cursor". */
  agents?: string;
  skipInstall?: boolean;
}

const PLUGIN = '@warden/nx';
const WARDEN = './node_modules/.bin/warden';
const HUSKY_VERSION = '^9.1.7';
const GITHUB_WORKFLOW = '.github/workflows/warden.yml';
const GITLAB_JOB_FILE = '.gitlab/warden.gitlab-ci.yml';
const GITLAB_CI = '.gitlab-ci.yml';

function ownVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

export default async function initGenerator(tree: Tree, options: InitOptions = {}): Promise<GeneratorCallback | void> {
  const ci = options.ci ?? 'both';
  registerPlugin(tree);
  writeConfig(tree);
  const added = addPackages(tree);
  addHookLine(tree, '.husky/pre-commit', `${WARDEN} hook pre-commit`, 'warden: secrets and license problems in the staged content');
  addHookLine(tree, '.husky/pre-push', `${WARDEN} hook pre-push "$@"`, 'warden: every rule on the commits being pushed');
  if (ci === 'github' || ci === 'both') writeGithubWorkflow(tree);
  if (ci === 'gitlab' || ci === 'both') writeGitlabJob(tree);
  if (options.agents) await writeAgentHooks(tree, options.agents);
  if (added && !options.skipInstall) return () => installPackagesTask(tree);
}

function registerPlugin(tree: Tree): void {
  const nxJson = readNxJson(tree) ?? {};
  const plugins = nxJson.plugins ?? [];
  if (plugins.some((p) => (typeof p === 'string' ? p : p.plugin) === PLUGIN)) return;
  nxJson.plugins = [...plugins, PLUGIN];
  updateNxJson(tree, nxJson);
}

function writeConfig(tree: Tree): void {
  if (tree.exists('warden.json')) return;
  const config = {
    $schema: './node_modules/@warden/sentinel/schema/warden.schema.json',
    failOn: 'medium',
    gate: { context: 'show', agentBranches: ['agent/**'] },
    license: { deny: [], allow: [], exceptions: {} },
  };
  tree.write('warden.json', `${JSON.stringify(config, null, 2)}\n`);
}

/** Adds the devDependencies and husky's prepare script that are missing; true when package.json changed. */
function addPackages(tree: Tree): boolean {
  if (!tree.exists('package.json')) return false;
  const manifest = JSON.parse(tree.read('package.json', 'utf8')!) as { devDependencies?: Record<string, string>; dependencies?: Record<string, string>; scripts?: Record<string, string> };
  const has = (name: string) => manifest.devDependencies?.[name] !== undefined || manifest.dependencies?.[name] !== undefined;
  const version = ownVersion();
  const wanted: Record<string, string> = { '@warden/cli': version, '@warden/sentinel': version, [PLUGIN]: version, husky: HUSKY_VERSION };
  let changed = false;
  for (const [name, range] of Object.entries(wanted)) {
    if (has(name)) continue;
    manifest.devDependencies = { ...manifest.devDependencies, [name]: range };
    changed = true;
  }
  const prepare = manifest.scripts?.prepare;
  if (prepare === undefined || !/\bhusky\b/.test(prepare)) {
    manifest.scripts = { ...manifest.scripts, prepare: prepare ? `${prepare} && husky` : 'husky' };
    changed = true;
  }
  if (changed) tree.write('package.json', `${JSON.stringify(manifest, null, 2)}\n`);
  return changed;
}

/** Adds the warden line to a husky hook, keeping whatever the hook already runs. */
function addHookLine(tree: Tree, file: string, line: string, comment: string): void {
  const existing = tree.exists(file) ? tree.read(file, 'utf8')! : undefined;
  if (existing !== undefined && /warden(\.js)?'?\s+hook\s+pre-(commit|push)\b/.test(existing)) return;
  const before = existing === undefined ? '' : `${existing.replace(/\n*$/, '')}\n\n`;
  tree.write(file, `${before}# ${comment}\n${line}\n`);
  tree.changePermissions(file, '755');
}

/**
 * Warden inside each agent's loop, as `warden hook install --agents … --mcp` writes it: the clients' project
 * hook files and MCP files, merged into what exists, and the hooks' local audit log kept out of git.
 */
async function writeAgentHooks(tree: Tree, agents: string): Promise<void> {
  const { CLIENT_HOOKS, CLIENT_MCP_FILES, ignoreAuditLog, mergeMcpServer, parseAgentClients } = await import('@warden/agent/clients');
  const merge = (file: string, change: (existing: Record<string, unknown>) => Record<string, unknown> | undefined) => {
    let existing: Record<string, unknown> = {};
    if (tree.exists(file)) {
      try {
        existing = JSON.parse(tree.read(file, 'utf8')!) as Record<string, unknown>;
      } catch {
        throw new Error(`${file} is not JSON: fix it first, Warden will not overwrite it`);
      }
    }
    const next = change(existing);
    if (next) tree.write(file, `${JSON.stringify(next, null, 2)}\n`);
  };
  // The project's own binary (init adds @warden/cli), found from any folder of the repository.
  const wardenHook = '"$(git rev-parse --show-toplevel)"/node_modules/.bin/warden hook';
  for (const client of parseAgentClients(agents)) {
    const { file, merge: mergeHooks } = CLIENT_HOOKS[client];
    merge(file, (existing) => mergeHooks(existing, wardenHook));
    const mcp = CLIENT_MCP_FILES[client];
    if (mcp) merge(mcp, (existing) => mergeMcpServer(existing, { command: 'node_modules/.bin/warden', args: ['mcp'] }));
  }
  const ignored = ignoreAuditLog(tree.exists('.gitignore') ? tree.read('.gitignore', 'utf8')! : '');
  if (ignored !== undefined) tree.write('.gitignore', ignored);
}

const GITHUB_JOB = {
  'runs-on': 'ubuntu-latest',
  permissions: { contents: 'read', 'security-events': 'write' },
  steps: [
    { uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } },
    { uses: 'actions/setup-node@v4', with: { 'node-version': 22, cache: 'npm' } },
    { run: 'npm ci' },
    { name: 'Warden gate', run: `${WARDEN} gate --base "origin/\${{ github.base_ref }}" --sarif warden.sarif` },
    {
      name: 'Upload SARIF to code scanning',
      if: 'always()',
      uses: 'github/codeql-action/upload-sarif@v3',
      with: { sarif_file: 'warden.sarif', category: 'warden' },
    },
  ],
};

function writeGithubWorkflow(tree: Tree): void {
  if (!tree.exists(GITHUB_WORKFLOW)) {
    const doc = parseDocument('');
    doc.contents = doc.createNode({ name: 'Warden', on: { pull_request: null, merge_group: null }, jobs: { 'warden-gate': GITHUB_JOB } }) as never;
    doc.commentBefore = ' Warden gate: blocks pull requests on what they add (stricter for agent branches). Written by nx g @warden/nx:init.';
    tree.write(GITHUB_WORKFLOW, doc.toString({ lineWidth: 0, nullStr: '' }));
    return;
  }
  const text = tree.read(GITHUB_WORKFLOW, 'utf8')!;
  if (text.includes('warden gate')) return;
  // A workflow of that name already exists: add the gate job to it.
  const doc = parseDocument(text);
  const jobs = doc.get('jobs');
  if (isMap(jobs)) jobs.set('warden-gate', doc.createNode(GITHUB_JOB));
  else doc.set('jobs', doc.createNode({ 'warden-gate': GITHUB_JOB }));
  tree.write(GITHUB_WORKFLOW, doc.toString({ lineWidth: 0 }));
}

const GITLAB_JOB = `# Warden gate for merge requests: blocks on what a merge request adds (stricter for agent branches).
# Written by nx g @warden/nx:init; included from ${GITLAB_CI}.
warden-gate:
  image: node:22
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
  variables:
    GIT_DEPTH: "0"
  script:
    - npm ci
    - git fetch origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
    - ${WARDEN} gate --base "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" --sarif warden.sarif --markdown warden.md
  artifacts:
    when: always
    paths:
      - warden.sarif
      - warden.md
`;

function writeGitlabJob(tree: Tree): void {
  if (!tree.exists(GITLAB_JOB_FILE)) tree.write(GITLAB_JOB_FILE, GITLAB_JOB);
  if (!tree.exists(GITLAB_CI)) {
    tree.write(GITLAB_CI, `include:\n  - local: ${GITLAB_JOB_FILE}\n`);
    return;
  }
  const text = tree.read(GITLAB_CI, 'utf8')!;
  if (text.includes(GITLAB_JOB_FILE) || /\n\s*warden-gate:/.test(`\n${text}`)) return;
  const doc = parseDocument(text);
  const include = doc.get('include');
  const entry = doc.createNode({ local: GITLAB_JOB_FILE });
  if (isSeq(include)) include.add(entry);
  else if (include === undefined) doc.set('include', doc.createNode([{ local: GITLAB_JOB_FILE }]));
  else doc.set('include', doc.createNode([doc.toJS().include, { local: GITLAB_JOB_FILE }]));
  tree.write(GITLAB_CI, doc.toString({ lineWidth: 0 }));
}
