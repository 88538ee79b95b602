// The compiled rules plus their prefilter: built once per thread (main or worker) from plain rule sources.
import { RuleLoadError } from '../errors.js';
import type { CompiledRule } from '../match/types.js';
import { Prefilter } from '../prefilter/prefilter.js';
import { compileRule, type RuleSource } from '../rules/compile.js';
import { DIRECTIVE_MARKER } from '../suppress/inline.js';
import type { Notice } from '../types.js';

export class RuleSet {
  readonly prefilter: Prefilter;
  /** False when some rule's regex needs backtracking the linear engine cannot bound (see match/safe-regex.ts). */
  readonly interruptible: boolean;

  private constructor(
    readonly rules: CompiledRule[],
    readonly errors: Notice[],
  ) {
    // The suppression marker rides in the same pass, so a file is decoded only when it can matter.
    this.prefilter = new Prefilter(rules, [DIRECTIVE_MARKER]);
    this.interruptible = rules.every((r) => r.matcher.interruptible);
  }

  static build(sources: readonly RuleSource[]): RuleSet {
    const rules: CompiledRule[] = [];
    const errors: Notice[] = [];
    for (const src of sources) {
      try {
        rules.push(compileRule(src));
      } catch (err) {
        const message = err instanceof RuleLoadError ? err.message : `${src.source}: ${(err as Error).message}`;
        errors.push({ level: 'error', code: 'rule-error', file: src.source, message });
      }
    }
    return new RuleSet(rules, errors);
  }
}
