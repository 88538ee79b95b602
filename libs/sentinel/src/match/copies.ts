// The `copies` matcher: code that matches a license index, reported as a copy of the indexed source with that
// source's license. The indexes come from the scan (FileScanOptions.licenseIndexes); with none, nothing matches.
import { findCopies, IndexGroup } from '../license/copies/find.js';
import { loadIndexCached } from '../license/copies/index-file.js';
import { lexHashes } from '../license/copies/lexer.js';
import { familySalt, kgramHashes } from '../license/copies/winnow.js';
import { languageFamily, tokenize } from '../license/copies/tokens.js';
import type { RuleDefinition } from '../rules/schema.js';
import type { CompiledMatcher, MatchContext, RawMatch } from './types.js';

/** Larger files are not parsed for copies (the syntax rules' own limit is smaller still). */
const MAX_PARSED = 512 * 1024;

// A scan names the same index files for every file: one group (and its filter) per list, per thread.
const groups = new Map<string, IndexGroup>();
function groupOf(files: readonly string[]): IndexGroup {
  const key = files.join('\0');
  let group = groups.get(key);
  if (!group) groups.set(key, (group = new IndexGroup(files.map(loadIndexCached))));
  return group;
}

export function createCopiesMatcher(def: RuleDefinition): CompiledMatcher {
  const minTokens = def.copies!.minTokens;
  return {
    kind: 'copies',
    // It parses only the rare file the quick lexer passes (ctx.tree() is lazy): declaring a tree would make the
    // engine load grammars and defer every file of a language the indexes cover.
    needsTree: false,
    interruptible: true,
    async match(ctx: MatchContext): Promise<RawMatch[]> {
      const files = ctx.licenseIndexes;
      const language = ctx.file.language;
      if (!files?.length || language === undefined) return [];
      const family = languageFamily(language);
      const group = groupOf(files);
      if (!group.covers(family) || ctx.file.text.length > MAX_PARSED) return [];
      const lexicon = group.lexicon(family);
      if (lexicon) {
        // Most files share at most a stray fingerprint with the indexes (a common shape of 16 tokens): the quick
        // lexer says so without a parse. Its tokens reproduce a fingerprint with a probability of about 0.95.
        const quick = lexHashes(ctx.file.text, lexicon);
        if (!group.mayHoldCopy(kgramHashes(quick, quick.length, familySalt(family)))) return [];
      }
      const tree = await ctx.tree();
      if (!tree) return [];
      const stream = tokenize(tree);
      if (stream.length < minTokens) return [];
      return findCopies(stream, family, group, minTokens).map((m) => ({
        start: stream.starts[m.firstToken]!,
        end: stream.ends[m.endToken - 1]!,
        license: m.source.license,
        copy: {
          index: m.index.name,
          file: m.source.path,
          startLine: m.sourceStartLine + 1,
          endLine: m.sourceEndLine + 1,
          tokens: m.tokens,
        },
      }));
    },
  };
}
