import { createHash } from 'node:crypto';

/**
 * Stable across line moves and reformatting of the surrounding code: rule + file + the matched text with
 * whitespace collapsed. Hashed, so a baseline or SARIF upload never carries the matched text (for secrets:
 * the value) itself.
 */
export function fingerprint(ruleId: string, file: string, matchedText: string): string {
  const normalised = matchedText.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(`${ruleId}\0${file}\0${normalised}`).digest('hex').slice(0, 32);
}
