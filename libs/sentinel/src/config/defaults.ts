// The defaults of warden.json, without zod: a scan with no warden.json (a pre-commit hook in most repositories)
// never loads the schema library. A test checks this equals what the schema's own defaults produce.
import { DEFAULT_AGENT_BRANCHES, DEFAULT_PROTECTED_PATHS } from '../gate/policy.js';
import { CATEGORIES } from '../types.js';
import type { WardenConfig } from './schema.js';

export const CONFIG_FILE_NAME = 'warden.json';

export const CONFIG_DEFAULTS = {
  /** 1 MiB: hand-written source is far smaller; beyond this, files are data, bundles or dumps. */
  maxFileSize: 1024 * 1024,
  /**
   * 128 KiB: parsing and running syntax rules costs time in proportion to size, and source files this large are
   * nearly always bundles, vendored libraries or generated code (hand-written ones rarely pass a few tens of KiB);
   * text rules (secrets) still read them whole, and they are listed as skipped for syntax rules.
   */
  maxSyntaxFileSize: 128 * 1024,
  /**
   * medium: every finding that matters blocks, like gitleaks (any leak fails) and semgrep --error, while info and
   * low stay advisory so a gate can ship with low-confidence rules switched on.
   */
  failOn: 'medium',
  /** 10 s per file: a pathological file cannot stall a scan, and nothing real comes close. */
  timeBudgetMs: 10_000,
  workers: 'auto',
} as const;

/** The config used when there is no warden.json. */
export function defaultWardenConfig(): WardenConfig {
  return {
    include: [],
    exclude: [],
    maxFileSize: CONFIG_DEFAULTS.maxFileSize,
    maxSyntaxFileSize: CONFIG_DEFAULTS.maxSyntaxFileSize,
    failOn: CONFIG_DEFAULTS.failOn,
    categories: [...CATEGORIES],
    rules: { paths: [], disable: [], enable: [], severity: {} },
    languages: {},
    timeBudgetMs: CONFIG_DEFAULTS.timeBudgetMs,
    workers: CONFIG_DEFAULTS.workers,
    allowlist: { paths: [], rules: [], regexes: [], fingerprints: [] },
    agent: { availableProviders: [], ticketHosts: [], extraEgressHosts: [], privateEgressHosts: [], sandbox: 'bwrap', timeoutSeconds: 1800, jira: { claimFrom: ['To Do'], inProgress: 'In Progress' } },
    agentHooks: { reads: 'deny', allowRead: [], runnerGit: false, protectedPaths: false, timeoutMs: 10000 },
    gate: { context: 'show', agentBranches: [...DEFAULT_AGENT_BRANCHES], protectedPaths: [...DEFAULT_PROTECTED_PATHS] },
    license: { deny: [], allow: [], exceptions: {}, indexes: [], builtinIndex: true, copiedCode: 'auto' },
  };
}
