// The one judgement of a secret value, whatever matcher found it: length, placeholders, the allow list, a
// structural validator, and entropy with a floor per alphabet. Compiled once per rule.
import { RuleLoadError } from '../errors.js';
import { shannonEntropy } from '../findings/entropy.js';
import { looksLikePlaceholder } from '../findings/placeholder.js';
import type { RuleDefinition, SecretChecks } from '../rules/schema.js';
import { getValidator, validatorNames, type Validator } from './validators.js';

export type SecretJudge = (value: string, wholeMatch: string) => { ok: false } | { ok: true; entropy: number };

export type Alphabet = 'hex' | 'alphanumeric' | 'base64' | 'any';

export function alphabetOf(value: string): Alphabet {
  if (/^[0-9a-fA-F]+$/.test(value) && (/^[0-9a-f]+$/.test(value) || /^[0-9A-F]+$/.test(value))) return 'hex';
  if (/^[A-Za-z0-9]+$/.test(value)) return 'alphanumeric';
  if (/^[A-Za-z0-9+/=_-]+$/.test(value)) return 'base64';
  return 'any';
}

function entropyFloor(checks: SecretChecks, alphabet: Alphabet): number | undefined {
  const e = checks.entropy;
  if (e === undefined || typeof e === 'number') return e;
  // A value in a narrower alphabet also fits the wider ones: use the most specific floor given.
  const order: Alphabet[] = alphabet === 'hex' ? ['hex', 'alphanumeric', 'base64', 'any'] : alphabet === 'alphanumeric' ? ['alphanumeric', 'base64', 'any'] : alphabet === 'base64' ? ['base64', 'any'] : ['any'];
  for (const a of order) if (e[a] !== undefined) return e[a];
  return undefined;
}

/** The rule's value checks, or undefined when it has none and is not a secret rule. */
export function compileSecretJudge(def: RuleDefinition, source: string): SecretJudge | undefined {
  const checks: SecretChecks | undefined = def.secret ?? (def.category === 'secret' ? { placeholders: true, allow: [] } : undefined);
  if (!checks) return undefined;
  const allow = checks.allow.map((p, i) => {
    try {
      return new RegExp(p);
    } catch (err) {
      throw new RuleLoadError(source, `secret.allow[${i}] does not compile: ${(err as Error).message}`);
    }
  });
  let validator: Validator | undefined;
  if (checks.validate !== undefined) {
    validator = getValidator(checks.validate);
    if (!validator) {
      throw new RuleLoadError(source, `secret.validate: unknown validator "${checks.validate}" (known: ${validatorNames().join(', ')})`);
    }
  }
  return (value, wholeMatch) => {
    if (checks.minLength !== undefined && value.length < checks.minLength) return { ok: false };
    if (checks.maxLength !== undefined && value.length > checks.maxLength) return { ok: false };
    if (checks.placeholders && looksLikePlaceholder(value)) return { ok: false };
    if (allow.some((a) => a.test(value) || a.test(wholeMatch))) return { ok: false };
    if (validator && !validator(value)) return { ok: false };
    const entropy = shannonEntropy(value);
    const floor = entropyFloor(checks, alphabetOf(value));
    if (floor !== undefined && entropy < floor) return { ok: false };
    return { ok: true, entropy };
  };
}
