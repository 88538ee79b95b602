// One rule file's text → a validated definition (YAML + the zod schema). Loaded only for rule files that are
// not in the build's prevalidated index.
import { parseDocument } from 'yaml';
import type { ZodError } from 'zod';
import { RuleLoadError } from '../errors.js';
import { matcherKindsOf } from './kinds.js';
import { ruleSchema, type RuleDefinition } from './schema.js';

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
      kinds.length === 0 ? 'a rule needs one matcher: regex, query, taint or manifest' : `a rule has one matcher, found ${kinds.join(' and ')}`,
    );
  }
  if (parsed.data.languages.includes('*') && kinds[0] !== 'regex' && kinds[0] !== 'manifest') {
    throw new RuleLoadError(source, '"languages": ["*"] is only for regex and manifest rules; syntax rules name their languages');
  }
  return parsed.data;
}
