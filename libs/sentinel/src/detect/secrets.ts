// Secret spans in a text held in memory, for Shield: the secret pack's text rules (regex, with their entropy,
// placeholder, allow and checksum checks) over one string, returning where each secret value is. Syntax rules
// are left out: Shield tokenizes every request a model sees, and a parse per message costs more than the generic
// assignment rules it would add; Shield's own detectors cover passwords and connection strings in any text.
import { defaultRulesDir, loadRules } from '../rules/load.js';
import { languageForPath } from '../match/languages.js';
import { LineIndex } from '../findings/line-index.js';
import type { CompiledRule, MatchContext, RawMatch } from '../match/types.js';
import { RuleSet } from '../engine/rule-set.js';
import { quietForSecrets } from '../files/quiet.js';

export interface SecretSpan {
  /** UTF-16 offsets of the secret value in the text; end exclusive. */
  start: number;
  end: number;
  ruleId: string;
  /** Whose credential it is, when the rule says (aws, github, ...). */
  provider?: string;
}

export interface SecretDetector {
  /** The secrets in `text`, as the file `filename` would have them (its name picks config-file rules). */
  find(text: string, filename?: string): SecretSpan[];
}

const NO_DEADLINE = { deadline: Number.POSITIVE_INFINITY, expired: () => false };

export async function createSecretDetector(options: { rules?: string[] } = {}): Promise<SecretDetector> {
  const { rules: sources } = await loadRules(options.rules ?? [defaultRulesDir()], { categories: ['secret'] });
  const ruleSet = RuleSet.build(sources.filter((s) => s.def.regex !== undefined));
  return {
    find(text, filename = 'text.txt') {
      const language = languageForPath(filename);
      const candidates = ruleSet.prefilter.candidates(text).map((i) => ruleSet.rules[i]!).filter((r) => applies(r, language, filename));
      if (candidates.length === 0) return [];
      const ctx: MatchContext = { file: { path: filename, text, language, lines: new LineIndex(text) }, budget: NO_DEADLINE, tree: async () => undefined };
      const spans: SecretSpan[] = [];
      for (const rule of candidates) {
        // Regex matchers answer synchronously (only syntax matchers are async, and none is loaded here).
        for (const raw of rule.matcher.match(ctx) as RawMatch[]) {
          const span = raw.secret ?? { start: raw.start, end: raw.end };
          if (rule.judgeSecret && !rule.judgeSecret(text.slice(span.start, span.end), text.slice(raw.start, raw.end)).ok) continue;
          spans.push({ start: span.start, end: span.end, ruleId: rule.meta.id, ...(rule.def.provider ? { provider: rule.def.provider } : {}) });
        }
      }
      return mergeSpans(spans);
    },
  };
}

function applies(rule: CompiledRule, language: string | undefined, path: string): boolean {
  if (rule.languages !== '*' && (language === undefined || !rule.languages.has(language))) return false;
  // Documentation and test fixtures are quiet in scans; a message to a model is neither, but its filename
  // (when Shield has one) still means the same thing.
  if (quietForSecrets(path)) return false;
  return rule.appliesToPath(path);
}

/** Overlapping spans become one: the most specific rule (a provider's) names it, the widest extent covers it. */
function mergeSpans(spans: SecretSpan[]): SecretSpan[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: SecretSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      const specific = !last.provider || last.provider === 'generic' ? s : last;
      out[out.length - 1] = { ...specific, start: Math.min(last.start, s.start), end: Math.max(last.end, s.end) };
    } else out.push(s);
  }
  return out;
}
