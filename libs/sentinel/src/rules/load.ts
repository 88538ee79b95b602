// Rule loading: find the YAML files, parse, validate against the one schema, compile the matcher. Every
// problem names the file; one broken rule never stops the others from loading.
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import type { ZodError } from 'zod';
import { RuleLoadError } from '../errors.js';
import { ruleMatcher } from '../config/rule-pattern.js';
import type { Category, Severity } from '../types.js';
import { matcherKindsOf } from './kinds.js';
import { ruleSchema, type RuleDefinition } from './schema.js';

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

async function listRuleFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    throw new RuleLoadError(dir, err.code === 'ENOENT' ? 'rules directory not found' : err.message);
  });
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name.endsWith('.fixtures') || e.name === 'node_modules' || e.name.startsWith('.')) continue;
      out.push(...(await listRuleFiles(full)));
    } else if (e.isFile() && isRuleFile(e.name)) {
      out.push(full);
    }
  }
  return out;
}

function describeZodError(err: ZodError): string {
  const issue = err.issues[0]!;
  const key = issue.path.join('.');
  const more = err.issues.length > 1 ? ` (and ${err.issues.length - 1} more)` : '';
  return key ? `"${key}": ${issue.message}${more}` : `${issue.message}${more}`;
}

/** Parses and validates one rule file's text. Throws RuleLoadError naming the file. */
export function parseRule(text: string, source: string): RuleDefinition {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const at = e.linePos?.[0] ? ` at line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '';
    throw new RuleLoadError(source, `YAML syntax error${at}: ${e.message.split('\n')[0]}`);
  }
  const raw: unknown = doc.toJS();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new RuleLoadError(source, 'a rule file must hold one mapping (id, title, category, …)');
  }
  const parsed = ruleSchema.safeParse(raw);
  if (!parsed.success) throw new RuleLoadError(source, describeZodError(parsed.error));
  const kinds = matcherKindsOf(parsed.data);
  if (kinds.length !== 1) {
    throw new RuleLoadError(
      source,
      kinds.length === 0 ? 'a rule needs one matcher: regex, query or taint' : `a rule has one matcher, found ${kinds.join(' and ')}`,
    );
  }
  if (parsed.data.languages.includes('*') && kinds[0] !== 'regex') {
    throw new RuleLoadError(source, '"languages": ["*"] is only for regex rules; syntax rules name their languages');
  }
  return parsed.data;
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
      files = RULE_FILE.test(location) ? [location] : await listRuleFiles(location);
    } catch (err) {
      errors.push(err instanceof RuleLoadError ? err : new RuleLoadError(location, (err as Error).message));
      continue;
    }
    for (const file of files) {
      try {
        const def = parseRule(await readFile(file, 'utf8'), file);
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
