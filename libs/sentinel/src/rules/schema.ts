// The one definition of a rule file. The TypeScript type, the load-time validation and the published JSON schema
// (schema/rule.schema.json) all come from this, so they cannot drift apart.
import { z } from 'zod';
import { CATEGORIES, CONFIDENCES, SEVERITIES } from '../types.js';

import { RULE_ID_PATTERN } from './kinds.js';

export { RULE_ID_PATTERN };

const ruleId = z
  .string()
  .regex(RULE_ID_PATTERN, 'must be lower-case letters, digits, and . _ / - (e.g. "secret.aws-access-key-id")')
  .describe('Unique id, reported with every finding and named by suppressions.');

const regexMatcher = z
  .object({
    pattern: z
      .string()
      .min(1)
      .describe(
        'JavaScript regular expression. A named group `secret` marks the sensitive part: it is redacted in every output and judged by the rule\'s `secret` checks.',
      ),
    ignoreCase: z.boolean().default(false).describe('Match letters in either case.'),
    multiline: z
      .boolean()
      .default(false)
      .describe('`^` and `$` match at line boundaries (the `m` flag); `.` never crosses lines unless `dotAll`.'),
    dotAll: z.boolean().default(false).describe('`.` also matches line breaks (the `s` flag).'),
  })
  .strict();

const entropyBits = z.number().min(0).max(8);
const secretChecks = z
  .object({
    entropy: z
      .union([
        entropyBits,
        z
          .object({
            hex: entropyBits.optional(),
            base64: entropyBits.optional(),
            alphanumeric: entropyBits.optional(),
            any: entropyBits.optional(),
          })
          .strict(),
      ])
      .optional()
      .describe(
        'Minimum Shannon entropy (bits per character) of the value: one number, or one per alphabet the value is written in (hex: 0-9a-f only; alphanumeric: letters and digits; base64: also + / = - _; any: anything else). A value under its floor is not reported.',
      ),
    minLength: z.number().int().min(1).optional().describe('Minimum length of the value.'),
    maxLength: z.number().int().min(1).optional().describe('Maximum length of the value.'),
    placeholders: z
      .boolean()
      .default(true)
      .describe('Skip values that look like placeholders or examples (changeme, xxxx, <token>, ${VAR}, …).'),
    allow: z
      .array(z.string())
      .default([])
      .describe('Regular expressions; a value (or whole match) matching one of them is not reported.'),
    validate: z
      .string()
      .optional()
      .describe('A named structural check the value must pass, such as a checksum (see match/validators.ts): github-crc32, npm-crc32, jwt.'),
  })
  .strict()
  .describe(
    'Checks on the secret value: the regex group `secret`, the query capture `@secret`, or for secret rules without either, the whole match. Applied the same way for every matcher.',
  );

const queryText = z.string().min(1);
const queryMatcher = z
  .union([
    queryText.describe('A tree-sitter query used for every language the rule lists.'),
    z.record(z.string(), queryText).describe('A tree-sitter query per language id.'),
  ])
  .describe(
    'Tree-sitter S-expression query. The capture `@match` (or else the first capture) is the reported range; `@secret` marks the sensitive value (string quotes are left out). Standard predicates (#eq?, #match?, #any-of? and their not- forms) apply, and Warden adds #literal? / #not-literal?.',
  );

const taintSpec = z
  .object({
    sources: queryText.describe('Query whose `@source` captures (or whole matches) are tainted values, or parameters that receive them.'),
    sinks: queryText.describe('Query whose `@sink` captures are arguments that must not be tainted; `@match` is what is reported.'),
    sanitizers: queryText
      .optional()
      .describe('Query whose `@sanitized` captures (or whole matches) are clean whatever flows into them.'),
  })
  .strict();

export const ruleSchema = z
  .object({
    id: ruleId,
    title: z.string().min(1).describe('A short name, shown in reports.'),
    category: z.enum(CATEGORIES),
    severity: z.enum(SEVERITIES),
    confidence: z.enum(CONFIDENCES).default('medium'),
    cwe: z
      .array(z.number().int().positive())
      .default([])
      .describe('CWE numbers, e.g. [798]. Required except for license rules, which no weakness class describes.'),
    languages: z
      .array(z.string().min(1))
      .min(1)
      .describe('Language ids the rule applies to, or ["*"] for every text file (regex rules only).'),
    paths: z
      .object({
        include: z.array(z.string()).default([]),
        exclude: z.array(z.string()).default([]),
      })
      .strict()
      .optional()
      .describe('Globs (relative to the scan root) narrowing which files the rule runs on.'),
    keywords: z
      .union(
        [
          z.array(z.string().min(2)),
          z
            .array(z.array(z.string().min(2)).min(1))
            .min(2, 'keyword groups: write at least 2 lists (one list needs no nesting)')
            .max(8, 'keyword groups: at most 8 lists'), // the prefilter's MAX_KEYWORD_GROUPS
        ],
        { error: 'must be a list of keywords, or a list of 2 to 8 keyword lists (groups), not a mix' },
      )
      .describe(
        'Literal strings (case-insensitive); the rule runs only on files containing one of them, so the prefilter can skip files. Or a list of 2 to 8 such lists (groups): the file must contain a keyword of every group, e.g. a taint rule\'s source words and its sink words. Empty only for a copies rule, or a manifest rule that names its files in paths.include.',
      ),
    prefilter: z
      .string()
      .min(1)
      .optional()
      .describe(
        'A regular expression the file text must match, after a keyword hit, before the rule runs. Lets a syntax rule skip parsing files that only mention a keyword in passing (eval in a comment, regex.exec).',
      ),
    message: z.string().min(1).describe('What is wrong, shown with each finding.'),
    fix: z.string().optional().describe('How to fix it.'),
    description: z.string().optional(),
    provider: z.string().optional().describe('For secret rules: whose credential this is.'),
    references: z.array(z.string()).default([]),
    tags: z.array(z.string()).default([]),
    secret: secretChecks.optional(),
    license: z
      .object({
        id: z
          .string()
          .min(1)
          .optional()
          .describe(
            'The SPDX id the match stands for; {version} takes the named group `version` (a bare major version gets ".0"). Without it, the named group `license` holds an SPDX expression.',
          ),
        orLater: z
          .boolean()
          .default(false)
          .describe('Append -or-later when the named group `later` matched, else -only (GPL family ids).'),
      })
      .strict()
      .optional()
      .describe('License rules: what license the match declares; the policy in warden.json `license` judges it.'),
    regex: regexMatcher.optional(),
    query: queryMatcher.optional(),
    manifest: z
      .enum(['npm', 'python', 'cargo', 'maven', 'go'])
      .optional()
      .describe('License rules: report each dependency a manifest of this kind declares, with its license from the lockfile or the installed package.'),
    copies: z
      .object({
        minTokens: z
          .number()
          .int()
          .min(31, 'at least 31 tokens: shorter shared runs are not guaranteed to be seen (k 16 + window 16 - 1)')
          .default(50)
          .describe('Report a run of at least this many matching tokens (identifiers and literals normalised; comments and whitespace dropped).'),
      })
      .strict()
      .optional()
      .describe(
        'License rules: report code that matches a license index (the built-in one, warden.json license.indexes, --license-index) as a copy of the indexed source, with its license.',
      ),
    taint: z
      .record(z.string(), taintSpec)
      .optional()
      .describe(
        'Taint tracking inside a function, per language id: a finding where a sink argument can carry data from a source. Sources, sinks and sanitizers are tree-sitter queries.',
      ),
  })
  .strict()
  .superRefine((rule, ctx) => {
    if (rule.keywords.length === 0 && !(rule.manifest && rule.paths?.include.length) && !rule.copies) {
      ctx.addIssue({
        code: 'custom',
        path: ['keywords'],
        message: 'a rule needs at least one keyword (only a copies rule, or a manifest rule that names its files in paths.include, may have none)',
      });
    }
    if (rule.category !== 'license' && rule.cwe.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['cwe'], message: 'a rule needs at least one CWE number (only license rules may have none)' });
    }
  });

export type RuleDefinition = z.infer<typeof ruleSchema>;
export type RegexMatcherDefinition = z.infer<typeof regexMatcher>;
export type SecretChecks = z.infer<typeof secretChecks>;

export type { MatcherKind } from './kinds.js';

export function ruleJsonSchema(): unknown {
  return z.toJSONSchema(ruleSchema, { io: 'input' });
}
