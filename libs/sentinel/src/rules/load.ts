// Rule loading: find the YAML files, parse, validate against the one schema. Every problem names the file; one
// broken rule never stops the others from loading. Rule files whose exact text was validated at build time (the
// shipped packs) come from a prevalidated index, so a scan loads no YAML parser or schema library for them.
import { existsSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { RuleLoadError } from '../errors.js';
import { ruleMatcher } from '../config/rule-pattern.js';
import type { Category, Severity } from '../types.js';
import type { RuleDefinition } from './schema.js';
import { foldCase, primeRegexRisks, regexRisk, regexRiskKey, type RegexRisk } from '../match/safe-regex.js';

import type { RuleSource } from './compile.js';

export type { RuleSource };

export interface RuleSelection {
  categories?: readonly Category[];
  /** Rule ids or globs ("secret.*") to turn off. */
  disable?: readonly string[];
  /** When set, only these rule ids or globs run. */
  enable?: readonly string[];
  severity?: Readonly<Record<string, Severity>>;
}

export interface LoadedRules {
  rules: RuleSource[];
  errors: RuleLoadError[];
}

const RULE_FILE = /\.ya?ml$/i;

/** Rule files are YAML; fixtures (`<stem>.fixture.<ext>`, `<stem>.fixtures/`) live beside them and are skipped. */
export function isRuleFile(name: string): boolean {
  return RULE_FILE.test(name) && !name.includes('.fixture.');
}

/**
 * The rules shipped with Sentinel. In the repository they are the root rules/ folder (recognised by the
 * workspace's package.json beside it); in an installed package, the copy `npm pack` put inside it.
 */
export function defaultRulesDir(): string {
  const pkgRoot = fileURLToPath(new URL('../../', import.meta.url));
  const repoRoot = path.resolve(pkgRoot, '../..');
  try {
    const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { name?: string };
    if (manifest.name === 'warden-workspace' && existsSync(path.join(repoRoot, 'rules'))) return path.join(repoRoot, 'rules');
  } catch {
    // Not inside the repository: use the packaged copy.
  }
  return path.join(pkgRoot, 'rules');
}

/** The license indexes Warden ships (rules/license/indexes/*.json), for copied-code rules. */
export function builtinLicenseIndexes(): string[] {
  const dir = path.join(defaultRulesDir(), 'license', 'indexes');
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => path.join(dir, name));
  } catch {
    return [];
  }
}

// Synchronous, like the reads in loadRules: a few hundred small files load faster without a thread-pool round
// trip per file, and loading rules is on the start-up path of every scan (a pre-commit hook's included).
function listRuleFiles(dir: string): string[] {
  const out: string[] = [];
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new RuleLoadError(dir, err.code === 'ENOENT' ? 'rules directory not found' : err.message);
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name.endsWith('.fixtures') || e.name === 'node_modules' || e.name.startsWith('.')) continue;
      out.push(...listRuleFiles(full));
    } else if (e.isFile() && isRuleFile(e.name)) {
      out.push(full);
    }
  }
  return out;
}

/** The prevalidated index written by the build: SHA-1 of a rule file's text → its validated definition. */
export interface RuleIndex {
  version: 1;
  rules: Record<string, RuleDefinition>;
  /** Backtracking class of each rule regex (match/safe-regex.ts), keyed by regexRiskKey. */
  regexRisks?: Record<string, RegexRisk>;
}

export const RULE_INDEX_FILE = 'rule-index.json';
let prevalidated: Map<string, RuleDefinition> | undefined;

function ruleIndex(): Map<string, RuleDefinition> {
  if (!prevalidated) {
    prevalidated = new Map();
    try {
      const index = JSON.parse(readFileSync(new URL(`../${RULE_INDEX_FILE}`, import.meta.url), 'utf8')) as RuleIndex;
      if (index.version === 1) {
        prevalidated = new Map(Object.entries(index.rules));
        if (index.regexRisks) primeRegexRisks(index.regexRisks);
      }
    } catch {
      // No index (running from sources, or a custom build): every file is validated as it loads.
    }
  }
  return prevalidated;
}

export function ruleTextHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

async function definitionOf(text: string, file: string): Promise<RuleDefinition> {
  const known = ruleIndex().get(ruleTextHash(text));
  // Shared, not copied: definitions are never mutated (a severity override makes a new object).
  if (known) return known;
  const { parseRule } = await import('./parse.js');
  const def = parseRule(text, file);
  await assertMatcherCompiles(def, file);
  return def;
}

/** Throws the first problem compiling the rule's matcher shows (the build checked the indexed rules). */
async function assertMatcherCompiles(def: RuleDefinition, file: string): Promise<void> {
  const { matcherProblems } = await import('./compile.js');
  const [problem] = await matcherProblems({ def, source: file });
  if (problem !== undefined) throw new RuleLoadError(file, problem.startsWith(`${file}: `) ? problem.slice(file.length + 2) : problem);
}

/** Validates every rule file under `dirs` and returns the index the build ships (broken files are left out). */
export async function buildRuleIndex(dirs: readonly string[]): Promise<RuleIndex> {
  const { parseRule } = await import('./parse.js');
  const rules: Record<string, RuleDefinition> = {};
  for (const dir of dirs) {
    for (const file of listRuleFiles(dir)) {
      const text = await readFile(file, 'utf8');
      try {
        const def = parseRule(text, file);
        await assertMatcherCompiles(def, file);
        rules[ruleTextHash(text)] = def;
      } catch {
        // Reported with its path when a scan loads it; the index only speeds up good files.
      }
    }
  }
  const regexRisks: Record<string, RegexRisk> = {};
  for (const def of Object.values(rules)) {
    if (!def.regex) continue;
    const pattern = def.regex.ignoreCase ? foldCase(def.regex.pattern) : def.regex.pattern;
    const flags = 'g' + (def.regex.multiline ? 'm' : '') + (def.regex.dotAll ? 's' : '');
    regexRisks[regexRiskKey(pattern, flags)] = regexRisk(pattern, flags);
  }
  return { version: 1, rules, regexRisks };
}

function selected(id: string, category: Category, sel: RuleSelection): boolean {
  const matches = (patterns: readonly string[]) => ruleMatcher(patterns)(id);
  if (sel.categories && sel.categories.length > 0 && !sel.categories.includes(category)) return false;
  if (sel.enable && sel.enable.length > 0 && !matches(sel.enable)) return false;
  if (sel.disable && matches(sel.disable)) return false;
  return true;
}

/** Loads every rule under the given directories (or single files). Broken files are collected, not thrown. */
export async function loadRules(locations: readonly string[], selection: RuleSelection = {}): Promise<LoadedRules> {
  const rules: RuleSource[] = [];
  const errors: RuleLoadError[] = [];
  const seen = new Map<string, string>();
  for (const location of locations) {
    let files: string[];
    try {
      files = RULE_FILE.test(location) ? [location] : listRuleFiles(location);
    } catch (err) {
      errors.push(err instanceof RuleLoadError ? err : new RuleLoadError(location, (err as Error).message));
      continue;
    }
    for (const file of files) {
      try {
        const def = await definitionOf(readFileSync(file, 'utf8'), file);
        const first = seen.get(def.id);
        if (first) throw new RuleLoadError(file, `duplicate rule id "${def.id}" (first defined in ${first})`);
        seen.set(def.id, file);
        if (!selected(def.id, def.category, selection)) continue;
        const override = selection.severity?.[def.id];
        rules.push({ def: override ? { ...def, severity: override } : def, source: file });
      } catch (err) {
        errors.push(err instanceof RuleLoadError ? err : new RuleLoadError(file, (err as Error).message));
      }
    }
  }
  rules.sort((a, b) => a.def.id.localeCompare(b.def.id));
  return { rules, errors };
}
