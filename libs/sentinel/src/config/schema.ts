// The one definition of warden.json. The TypeScript type, load-time validation and the published JSON schema
// (schema/warden.schema.json) all come from it. Every key is optional and every default is written here, so the
// resolved config is complete. To add a key, add one entry to `configShape` (with its description and default)
// and regenerate the schema (node tools/write-schemas.mjs).
import { z } from 'zod';
import { CONFIG_DEFAULTS, defaultWardenConfig } from './defaults.js';
import { RULE_ID_PATTERN } from '../rules/schema.js';
import { DEFAULT_AGENT_BRANCHES, DEFAULT_PROTECTED_PATHS } from '../gate/policy.js';
import { CATEGORIES, SEVERITIES } from '../types.js';
import { globProblem, isExtensionKey } from './glob.js';
import { RULE_PATTERN, RULE_PATTERN_HINT } from './rule-pattern.js';
import { parseSize, SIZE_PATTERN } from './size.js';

export { CONFIG_FILE_NAME } from './defaults.js';

export { CONFIG_DEFAULTS };

const ID_HINT = 'must be a rule id: lower-case letters, digits and . _ / - (e.g. "secret.aws-access-key-id")';

const severity = z.enum(SEVERITIES);

/** A path glob (util/glob.ts, as every stage matches them), refused at load when broken rather than never matching. */
const glob = z
  .string()
  .min(1)
  .superRefine((g, ctx) => {
    const problem = globProblem(g);
    if (problem) ctx.addIssue({ code: 'custom', message: `invalid glob "${g}": ${problem}` });
  });

const globs = (description: string) =>
  z
    .array(glob)
    .default(() => [])
    .describe(description);

const rulePattern = z.string().regex(RULE_PATTERN, RULE_PATTERN_HINT);

const reason = z
  .string()
  .trim()
  .min(1, 'must say why this is safe (it is shown in reports and reviews)')
  .describe('Why this is allowed; required, shown in reports.');

const regex = z
  .string()
  .min(1)
  .superRefine((source, ctx) => {
    try {
      new RegExp(source);
    } catch (e) {
      const why = (e as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
      ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${why}` });
    }
  });

const sizeString = z
  .string()
  .transform((text, ctx) => {
    const r = parseSize(text);
    if (r.ok) return r.bytes;
    ctx.addIssue({ code: 'custom', message: r.problem });
    return z.NEVER;
  })
  .meta({ pattern: SIZE_PATTERN });

/** A language override key: ".ext" (any file with that extension) or a path glob. */
const languageKey = z
  .string()
  .min(1)
  .superRefine((key, ctx) => {
    if (isExtensionKey(key)) return;
    const problem = globProblem(key);
    if (problem) ctx.addIssue({ code: 'custom', message: `must be ".ext" or a path glob: ${problem}` });
  });

const rulesSchema = z
  .strictObject({
    paths: z
      .array(z.string().min(1))
      .default(() => [])
      .describe(
        'Extra rule directories (or single rule files, YAML), relative to this file, loaded with the built-in packs. Resolved to absolute paths at load.',
      ),
    disable: z
      .array(rulePattern)
      .default(() => [])
      .describe('Rules never to run: ids, or prefixes ending in "*". Wins over `enable`.'),
    enable: z
      .array(rulePattern)
      .default(() => [])
      .describe(
        'When not empty, only the rules named here run (ids, or prefixes ending in "*"), still limited by `categories`. Empty: every rule of the selected categories.',
      ),
    severity: z
      .record(z.string().regex(RULE_ID_PATTERN, ID_HINT), severity)
      .default(() => ({}))
      .describe('Severity overrides by exact rule id, e.g. { "secret.generic-api-key": "low" }.'),
  })
  .prefault({})
  .describe('Which rules run, where extra rules come from, and severity overrides.');

const allowlistSchema = z
  .strictObject({
    paths: globs(
      'Files never scanned at all (same glob syntax as `include`). Prefer `rules` entries, which carry a reason, where you can.',
    ),
    rules: z
      .array(
        z.strictObject({
          id: rulePattern.describe('The rule: an id, or a prefix ending in "*" ("*" alone: every rule).'),
          paths: z
            .array(glob)
            .min(1)
            .optional()
            .describe('Only findings in files matching these globs; omitted: everywhere.'),
          reason,
        }),
      )
      .default(() => [])
      .describe('Findings of a rule (optionally only in some paths) that are accepted, each with a reason.'),
    regexes: z
      .array(regex)
      .default(() => [])
      .describe(
        'JavaScript regular expressions (no flags) tested against the value of each secret found; a secret whose value they match is not reported. A match anywhere in the value counts: anchor with ^…$ to match the whole value.',
      ),
    fingerprints: z
      .array(z.strictObject({ fingerprint: z.string().min(1).describe('A finding fingerprint, as reports show it.'), reason }))
      .default(() => [])
      .describe('Individual findings accepted by fingerprint, each with a reason.'),
  })
  .prefault({})
  .describe('Accepted findings. Every entry except `paths` and `regexes` carries a reason.');

const configShape = {
  $schema: z.string().optional().describe('Path or URL of this JSON schema, for editors.'),
  include: globs(
    'Only files matching these globs are scanned. Empty: every file. Globs are relative to the repository root: "*", "**", "?", "[…]", "{a,b}"; one without "/" matches a name at any depth; a directory covers everything in it.',
  ),
  exclude: globs('Files matching these globs are not scanned, in addition to .gitignore. Same glob syntax as `include`.'),
  maxFileSize: z
    .union([z.number().int().positive(), sizeString], {
      error: 'must be a number of bytes or a size such as "512KiB", "2MB" or "1MiB"',
    })
    // prefault, not default: the default goes through the parser, so the published schema can show it as
    // written ("1MiB") while the resolved config holds bytes.
    .prefault('1MiB')
    .describe(
      'Files larger than this are skipped (and reported as skipped). Bytes, or a string with a unit: KB, MB, GB are powers of 1000, KiB, MiB, GiB powers of 1024. Default 1MiB.',
    ),
  maxSyntaxFileSize: z
    .union([z.number().int().positive(), sizeString], {
      error: 'must be a number of bytes or a size such as "512KiB", "2MB" or "1MiB"',
    })
    .prefault('128KiB')
    .describe(
      'Syntax rules (tree-sitter queries and taint) skip files larger than this; text rules still scan them, and the file is listed as skipped for syntax rules. Same units as maxFileSize. Default 128KiB.',
    ),
  failOn: severity
    .default(CONFIG_DEFAULTS.failOn)
    .describe(
      'The lowest severity that fails a scan (exit code 1). Default "medium": info and low findings are reported but never block.',
    ),
  categories: z
    .array(z.enum(CATEGORIES))
    .min(1)
    .default(() => [...CATEGORIES])
    .describe('Which rule categories run. Default: all.'),
  rules: rulesSchema,
  languages: z
    .record(languageKey, z.string().regex(/^[a-z][a-z0-9_+-]*$/, 'must be a language id such as "typescript" or "python"'))
    .default(() => ({}))
    .describe(
      'Language overrides, checked before the built-in table: { ".tpl": "html", "scripts/**": "python" }. A key is an extension (".ext", any case) or a path glob; the first matching entry wins.',
    ),
  baseline: z
    .string()
    .min(1)
    .optional()
    .describe('Baseline file used when none is given on the command line, relative to this file. Resolved to an absolute path at load.'),
  timeBudgetMs: z
    .number()
    .int()
    .min(1)
    .default(CONFIG_DEFAULTS.timeBudgetMs)
    .describe('Time budget per file in milliseconds; a file that runs over is reported as not fully scanned. Default 10000.'),
  workers: z
    .union([z.number().int().min(1).max(256), z.literal('auto')], {
      error: 'must be a whole number of workers (1 or more) or "auto"',
    })
    .default(CONFIG_DEFAULTS.workers)
    .describe('Worker threads for parsing, or "auto" to size the pool from the CPU count. Default "auto".'),
  allowlist: allowlistSchema,
  agent: z
    .strictObject({
      availableProviders: z
        .array(z.string().min(1))
        .default([])
        .describe('Providers whose API hosts every agent run may reach (the run\'s own provider always may): claude, codex, opencode, cursor.'),
      ticketHosts: z.array(z.string().min(1)).default([]).describe('The ticketing system\'s hosts (exact, or *.suffix), reachable from agent runs.'),
      extraEgressHosts: z.array(z.string().min(1)).default([]).describe('More hosts agent runs may reach (exact, *.suffix, or * for one label).'),
      privateEgressHosts: z
        .array(z.string().min(1))
        .default([])
        .describe('Allowed hosts that may resolve to private or loopback addresses (an on-premises tracker, a gateway on this machine). Cloud metadata addresses stay refused.'),
      sandbox: z.enum(['bwrap', 'docker', 'podman', 'none']).default('bwrap').describe('The sandbox backend (default bwrap). "none" runs agents unconfined, with a warning.'),
      timeoutSeconds: z.number().int().min(1).default(1800).describe('How long an agent may run. Default 1800.'),
      jira: z
        .strictObject({
          claimFrom: z
            .array(z.string().min(1))
            .min(1)
            .default(['To Do'])
            .describe('Statuses a Jira issue may be claimed from (default ["To Do"]); an issue in any other status is left alone.'),
          inProgress: z.string().min(1).default('In Progress').describe('The status a claimed Jira issue moves to (default "In Progress").'),
        })
        .prefault({})
        .describe('How agent runs claim Jira issues (--ticket jira:KEY): your workflow\'s status names.'),
    })
    .prefault({})
    .describe('Agent runs (`warden agent run`, `nx run app:agent`): sandbox, egress allowlist additions, time limit.'),
  agentHooks: z
    .strictObject({
      failOn: severity
        .optional()
        .describe('The lowest severity whose finding in a file an agent writes denies the write. Default: failOn.'),
      reads: z
        .enum(['deny', 'warn', 'allow'])
        .default('deny')
        .describe('Reading a file that holds live secrets: "deny" (default), "warn" (allow, with a message to the user), or "allow".'),
      allowRead: globs('Files an agent may read although they hold secrets (fixtures, documented test keys). Same glob syntax as `include`.'),
      runnerGit: z
        .boolean()
        .default(false)
        .describe('Refuse the git operations a Warden agent run keeps for its runner (commit, push, --no-verify, hook changes) outside agent runs too. Inside runs they are always refused.'),
      protectedPaths: z
        .boolean()
        .default(false)
        .describe('Refuse agent writes (file tools and shell commands) to gate.protectedPaths outside agent runs too. Inside runs they are always refused.'),
      timeoutMs: z.number().int().min(100).default(10000).describe('A hook that has not decided after this long denies the call. Default 10000.'),
    })
    .prefault({})
    .describe('Warden inside coding agents\' loops (`warden hook claude|codex|cursor`): what a hook refuses.'),
  gate: z
    .strictObject({
      context: z
        .enum(['show', 'hide', 'block'])
        .default('show')
        .describe('Findings on lines a change did not touch: "show" them as context (default), "hide" them, or let them "block" too.'),
      agentBranches: z
        .array(z.string().min(1))
        .default([...DEFAULT_AGENT_BRANCHES])
        .describe('Globs for the head branches of agent changes (default ["agent/**"]); a commit with a `Warden-Run:` trailer also marks one. Agent changes block on every finding and on changes to protected paths.'),
      protectedPaths: z
        .array(z.string().min(1))
        .default([...DEFAULT_PROTECTED_PATHS])
        .describe('Paths an agent change must not touch: CI workflows, git hooks, CODEOWNERS, warden.json, registry settings (see the default list). Globs; as in .gitignore, a name without a slash matches at any depth.'),
    })
    .prefault({})
    .describe('The merge gate (`warden gate`) and its agent policy.'),
  license: z
    .strictObject({
      project: z
        .string()
        .min(1)
        .optional()
        .describe("The project's own license, an SPDX expression. Default: package.json `license` beside warden.json; none found is judged as proprietary."),
      deny: z.array(z.string().min(1)).default([]).describe('SPDX ids or license categories that always fail.'),
      allow: z.array(z.string().min(1)).default([]).describe('SPDX ids (checked with spdx-satisfies) or categories that are always fine; deny wins.'),
      exceptions: z
        .record(
          z.string().regex(/^(@[^/@\s]+\/)?[^@\s]+(@\S+)?$/, 'must be a package name, optionally with @ and a semver range'),
          z.string().min(1, 'say why the package was accepted'),
        )
        .default({})
        .describe('Reviewed dependencies: "name@^2.1.0" (a semver range; a bare name covers every version) → the reason. Not reported whatever their license.'),
      indexes: z
        .array(z.string().min(1))
        .default([])
        .describe('License index files (built with `warden license index`), relative to warden.json: code matching one is reported as copied, with the indexed source\'s license.'),
      builtinIndex: z.boolean().default(true).describe('Also compare with the license index Warden ships (rules/license/indexes). Default true.'),
      copiedCode: z
        .enum(['auto', 'changes', 'all', 'off'])
        .default('auto')
        .describe(
          'Where copied code is looked for. "auto" (default): in scans of a change (--staged, --base/--head, stdin: the hooks and the gate), and in scans of paths when license.indexes names a corpus; "changes": only in scans of a change; "all": in every scan; "off": never. Naming --license-index on the command line looks in that scan whatever this says.',
        ),
    })
    .prefault({})
    .describe(
      'License policy. Categories: permissive, weak-copyleft, strong-copyleft, network-copyleft, share-alike, source-available, proprietary, unknown. Default for a proprietary or permissive project: strong and network copyleft and source-available fail, weak copyleft and unknown warn.',
    ),
};

export const wardenConfigSchema = z.strictObject(configShape).meta({
  title: 'Warden configuration (warden.json)',
  description:
    'Configuration for Warden Sentinel scans, read from warden.json at the repository root. Every key is optional.',
});

/** The resolved config: every default applied, sizes in bytes, `rules.paths` and `baseline` absolute. */
export type WardenConfig = z.output<typeof wardenConfigSchema>;
/** warden.json as written. */
export type WardenConfigInput = z.input<typeof wardenConfigSchema>;
export type RulesConfig = WardenConfig['rules'];
export type AllowlistConfig = WardenConfig['allowlist'];

export { defaultWardenConfig };

export function wardenConfigJsonSchema(): unknown {
  return z.toJSONSchema(wardenConfigSchema, { io: 'input' });
}
