// Parsing a file's text into a tree-sitter tree, within the file's time budget.
//
// Ownership: a Tree lives in WASM memory, which the garbage collector does not see. Whoever receives a tree from
// `parseText` owns it and must call `tree.delete()` once nothing reads it any more (nodes taken from it become
// invalid at that moment). The engine normally does not call `parseText` directly but uses a `LazyTree` per
// file: matchers share it through `MatchContext.tree()`, and the engine calls `dispose()` when the file is done.
import type { Parser as ParserType, Tree } from 'web-tree-sitter';
import type { Budget } from './types.js';
import { grammarOf, loadLanguage, webTreeSitter } from './languages.js';

export interface ParseResult {
  /** The tree, owned by the caller (see above). Undefined without a grammar, on timeout, or on failure. */
  tree: Tree | undefined;
  /** The budget ran out before or during parsing: the file was not fully scanned. */
  timedOut: boolean;
  /** The tree has ERROR or MISSING nodes. It is still used: queries match in the parts that parsed. */
  hasErrors: boolean;
  /** Set when the parser itself failed (not a syntax error in the file); the file was not fully scanned. */
  error?: string;
  /** Wall time spent in the parser, for stats. */
  ms: number;
}

// One parser per grammar per thread: creating one is cheap, but reusing it keeps WASM allocations steady.
const parsers = new Map<string, ParserType>();

// How often (in progress callbacks) the budget is actually consulted; tree-sitter calls back every few hundred
// parse operations, far more often than a clock read is worth.
const CHECK_EVERY = 16;

/**
 * Parses `text` with the grammar of `lang`. Never throws for a file's content: a syntax error gives a tree with
 * `hasErrors`, a budget that runs out gives `timedOut`, a parser failure gives `error`.
 */
export async function parseText(text: string, lang: string | undefined, budget: Budget): Promise<ParseResult> {
  const grammar = grammarOf(lang);
  if (!grammar || lang === undefined) return { tree: undefined, timedOut: false, hasErrors: false, ms: 0 };
  if (budget.expired()) return { tree: undefined, timedOut: true, hasErrors: false, ms: 0 };
  const language = await loadLanguage(lang);
  // Loading a grammar the first time takes a few milliseconds; the budget may have run out meanwhile.
  if (budget.expired()) return { tree: undefined, timedOut: true, hasErrors: false, ms: 0 };

  let parser = parsers.get(grammar);
  if (!parser) {
    parser = new (webTreeSitter().Parser)();
    parser.setLanguage(language);
    parsers.set(grammar, parser);
  }

  let calls = 0;
  let stopped = false;
  const started = performance.now();
  try {
    const tree = parser.parse(text, null, {
      // The typings say void, but web-tree-sitter hands the return value to the C parser: true cancels.
      progressCallback: () => {
        if (++calls % CHECK_EVERY !== 0) return false;
        stopped = budget.expired();
        return stopped;
      },
    });
    const ms = performance.now() - started;
    if (!tree) {
      // A cancelled parser resumes where it stopped on the next call unless reset; the next file is another text.
      parser.reset();
      return { tree: undefined, timedOut: stopped, hasErrors: false, ms, ...(stopped ? {} : { error: 'the parser returned no tree' }) };
    }
    return { tree, timedOut: false, hasErrors: tree.rootNode.hasError, ms };
  } catch (err) {
    // Whatever state the parser is in now, do not reuse it.
    parsers.delete(grammar);
    try {
      parser.delete();
    } catch {
      // already unusable; nothing more to free
    }
    return {
      tree: undefined,
      timedOut: false,
      hasErrors: false,
      error: `the ${lang} parser failed: ${err instanceof Error ? err.message : String(err)}`,
      ms: performance.now() - started,
    };
  }
}

/**
 * One file's tree, parsed on first request and shared by every syntax rule that runs on the file. Give
 * `() => lazy.tree()` to the MatchContext, read `result` afterwards for timeouts and failures, and call
 * `dispose()` when the file is done (in a `finally`): that deletes the tree.
 */
export class LazyTree {
  private pending: Promise<ParseResult> | undefined;
  private settled: ParseResult | undefined;
  private disposed = false;

  constructor(
    private readonly text: string,
    private readonly lang: string | undefined,
    private readonly budget: Budget,
  ) {}

  tree(): Promise<Tree | undefined> {
    if (this.disposed) return Promise.resolve(undefined);
    if (!this.pending) {
      this.pending = parseText(this.text, this.lang, this.budget).then((result) => {
        if (this.disposed) {
          // Disposed while the grammar was loading: nobody will ever read this tree.
          result.tree?.delete();
          result.tree = undefined;
        }
        this.settled = result;
        return result;
      });
    }
    return this.pending.then((r) => (this.disposed ? undefined : r.tree));
  }

  /** True once a parse was requested (for the `filesParsed` stat). */
  get requested(): boolean {
    return this.pending !== undefined;
  }

  /** The outcome once parsing has finished; undefined when nothing asked for the tree. */
  get result(): ParseResult | undefined {
    return this.settled;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.settled?.tree) {
      this.settled.tree.delete();
      this.settled.tree = undefined;
    }
  }
}
