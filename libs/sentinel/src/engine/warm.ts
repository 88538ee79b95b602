// Syntax rules pay a one-time cost per thread and language: loading the grammar and the first parse
// (web-tree-sitter compiles the parser's code lazily, on first call). Paid when the first file needs it, that
// cost lands wherever that file happens to be, often at the end of a scan with nothing left to overlap it. A
// large scan pays it up front instead, for the languages it will most likely meet. Rule queries are not
// compiled here: most rules never meet a file that passes their keywords, and compiling is the larger cost.
import { hasGrammar, loadLanguage } from '../match/languages.js';
import { parseText } from '../match/parse.js';
import { Deadline } from './budget.js';

const WARM_BUDGET_MS = 10_000;

/** Gets the syntax rules of `languages` ready in this thread. Failures are left for the first real file to report. */
export async function warmSyntax(languages: readonly string[]): Promise<void> {
  for (const lang of languages) {
    if (!hasGrammar(lang)) continue;
    try {
      await loadLanguage(lang);
      await parseText('x\n', lang, new Deadline(WARM_BUDGET_MS));
    } catch {
      // The file that needs this language reports the problem with its own name on it.
    }
  }
}
