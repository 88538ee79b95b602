import { describe, expect, it } from 'vitest';
import { RuleLoadError } from '../errors.js';
import { LineIndex } from '../findings/line-index.js';
import { ruleSchema, type RuleDefinition } from '../rules/schema.js';
import type { Budget, MatchContext } from './types.js';
import { LazyTree, parseText } from './parse.js';
import { compileQuery, createQueryMatcher, isLiteralNode, queriesOf, runQuery, validateQueries } from './query.js';

const SOURCE = 'rules/test/sample.yaml';

function budget(ms = 10_000): Budget {
  const deadline = Date.now() + ms;
  return { deadline, expired: () => Date.now() >= deadline };
}

function rule(query: RuleDefinition['query'], languages = ['javascript']): RuleDefinition {
  return ruleSchema.parse({
    id: 'test.sample',
    title: 'Sample',
    category: 'injection',
    severity: 'high',
    cwe: [95],
    languages,
    keywords: ['sample'],
    message: 'm',
    query,
  });
}

/** The matched texts of a rule's query over `text`. */
async function run(def: RuleDefinition, text: string, lang: string, b: Budget = budget()): Promise<string[]> {
  const matcher = createQueryMatcher(def, SOURCE);
  const lazy = new LazyTree(text, lang, b);
  try {
    const ctx: MatchContext = {
      file: { path: `f.${lang}`, text, language: lang, lines: new LineIndex(text) },
      budget: b,
      tree: () => lazy.tree(),
    };
    const matches = await matcher.match(ctx);
    return matches.map((m) => text.slice(m.start, m.end));
  } finally {
    lazy.dispose();
  }
}

describe('query rules: shape', () => {
  it('is a tree-needing, interruptible query matcher', () => {
    const m = createQueryMatcher(rule('(identifier) @match'), SOURCE);
    expect(m).toMatchObject({ kind: 'query', needsTree: true, interruptible: true });
  });

  it.each([
    [rule('(identifier) @match', ['javascript', 'yaml']), /"yaml" has no tree-sitter grammar/],
    [rule('(identifier) @match', ['*']), /"\*" is for regex rules only/],
    [rule({ javascript: '(identifier) @match' }, ['javascript', 'python']), /no query for "python"/],
    [rule({ javascript: '(identifier) @match', go: '(identifier) @match' }), /query for "go", which "languages" does not list/],
  ])('refuses a rule with a wrong shape, naming the file', (def, message) => {
    expect(() => createQueryMatcher(def, SOURCE)).toThrow(RuleLoadError);
    expect(() => createQueryMatcher(def, SOURCE)).toThrow(message);
    expect(() => queriesOf(def, SOURCE)).toThrow(SOURCE);
  });

  it('uses one query for every language, or one per language', () => {
    expect([...queriesOf(rule('(identifier) @m', ['javascript', 'python']), SOURCE).keys()]).toEqual(['javascript', 'python']);
    const per = queriesOf(rule({ python: '(call) @m', javascript: '(call_expression) @m' }, ['javascript', 'python']), SOURCE);
    expect(per.get('python')).toBe('(call) @m');
  });
});

describe('query rules: compile errors', () => {
  it('names the rule file, the language, tree-sitter\'s message and the offset', async () => {
    const def = rule('(call_expression\n  function: (identifer) @fn) @match');
    const problems = await validateQueries(def, SOURCE);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBe(
      `${SOURCE}: "query" (javascript): Bad node name 'identifer' at offset 30 (query line 2, column 14)`,
    );
    // The matcher raises the same error when it first runs on a file of that language.
    await expect(run(def, 'f(x);', 'javascript')).rejects.toThrow(problems[0]);
  });

  it('reports a syntax error with its offset, per language', async () => {
    const def = rule({ javascript: '(identifier) @match', python: '(call function: (identifier) @fn' }, ['javascript', 'python']);
    const problems = await validateQueries(def, SOURCE);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^rules\/test\/sample\.yaml: "query" \(python\): Bad syntax at offset 32/);
  });

  it('reports every language whose query is wrong, e.g. a node type from another grammar', async () => {
    const def = rule('(call_expression function: (identifier) @fn) @match', ['javascript', 'python']);
    const problems = await validateQueries(def, SOURCE);
    expect(problems).toEqual([expect.stringContaining('"query" (python): Bad node name \'call_expression\'')]);
  });

  it('refuses unknown predicates, misused Warden predicates, #is? and capture-less patterns', async () => {
    const problems = await validateQueries(
      rule(`((identifier) @a (#eqq? @a "x"))
            ((identifier) @b (#not-literal? @b @b))
            ((identifier) @c (#is? local))
            (number)`),
      SOURCE,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('unknown predicate #eqq? in pattern 1 (query line 1, column 1)');
    expect(problems[0]).toContain('#not-literal? takes exactly one capture');
    expect(problems[0]).toContain('#is? and #is-not? are not supported');
    expect(problems[0]).toContain('pattern 4 (query line 4, column 13) has no capture');
  });

  it('returns no problems for a good rule, and caches the compiled query', async () => {
    const def = rule('((identifier) @match (#eq? @match "x"))');
    expect(await validateQueries(def, SOURCE)).toEqual([]);
    const a = await compileQuery('javascript', '((identifier) @match (#eq? @match "x"))', SOURCE);
    const b = await compileQuery('javascript', '((identifier) @match (#eq? @match "x"))', 'rules/other.yaml');
    expect(a).toBe(b);
  });
});

describe('query rules: matching', () => {
  it('reports @match, else the first (outermost) capture', async () => {
    const code = 'run(a, b);\n';
    expect(await run(rule('(call_expression arguments: (arguments (identifier) @match)) @call'), code, 'javascript')).toEqual(['a', 'b']);
    expect(await run(rule('(call_expression function: (identifier) @fn) @call'), code, 'javascript')).toEqual(['run(a, b)']);
  });

  it('reports identical ranges once', async () => {
    // Both arguments match the pattern; each match reports the whole call.
    const def = rule('(call_expression arguments: (arguments (identifier) @arg)) @match');
    expect(await run(def, 'run(a, b);', 'javascript')).toEqual(['run(a, b)']);
  });

  it('applies #eq?, #not-eq?, #match?, #not-match?, #any-of?, #not-any-of?', async () => {
    const code = 'alpha(); beta(); gamma(); delta();';
    const q = (pred: string) => rule(`((call_expression function: (identifier) @fn) @match ${pred})`);
    expect(await run(q('(#eq? @fn "beta")'), code, 'javascript')).toEqual(['beta()']);
    expect(await run(q('(#not-eq? @fn "beta")'), code, 'javascript')).toEqual(['alpha()', 'gamma()', 'delta()']);
    expect(await run(q('(#match? @fn "^[a-c]")'), code, 'javascript')).toEqual(['alpha()', 'beta()']);
    expect(await run(q('(#not-match? @fn "a$")'), code, 'javascript')).toEqual([]);
    expect(await run(q('(#any-of? @fn "gamma" "delta" "omega")'), code, 'javascript')).toEqual(['gamma()', 'delta()']);
    expect(await run(q('(#not-any-of? @fn "gamma" "delta")'), code, 'javascript')).toEqual(['alpha()', 'beta()']);
  });

  it('applies #not-literal? and #literal?', async () => {
    const code = 'eval(x); eval("1"); eval(`a${b}`); eval(`c`); eval("a" + y); eval("a" + 2); obj.eval(z);';
    const q = (pred: string) =>
      rule(`(call_expression function: (identifier) @fn arguments: (arguments . (_) @arg) (#eq? @fn "eval") ${pred}) @match`);
    expect(await run(q('(#not-literal? @arg)'), code, 'javascript')).toEqual(['eval(x)', 'eval(`a${b}`)', 'eval("a" + y)']);
    expect(await run(q('(#literal? @arg)'), code, 'javascript')).toEqual(['eval("1")', 'eval(`c`)', 'eval("a" + 2)']);
  });

  it('treats a capture holding several nodes as literal only when every node is', async () => {
    const code = 'a = 1 + "b"; c = 1 + x; d = y - z;';
    const q = (pred: string) => rule(`(binary_expression left: (_) @side right: (_) @side ${pred}) @match`);
    expect(await run(q('(#literal? @side)'), code, 'javascript')).toEqual(['1 + "b"']);
    expect(await run(q('(#not-literal? @side)'), code, 'javascript')).toEqual(['1 + x', 'y - z']);
  });

  it('still matches in the parts of a file that parsed around a syntax error', async () => {
    const code = 'function broken() {\n  let = = 3;\n}\neval(input);\nclass {\n';
    const def = rule('((call_expression function: (identifier) @fn) @match (#eq? @fn "eval"))');
    expect(await run(def, code, 'javascript')).toEqual(['eval(input)']);
  });

  it('returns nothing for a file whose language the rule does not cover, or without a tree', async () => {
    const def = rule('(identifier) @match');
    expect(await run(def, 'x = 1', 'python')).toEqual([]);
  });

  it('stops at once when the budget has already run out', async () => {
    const expired: Budget = { deadline: 0, expired: () => true };
    const def = rule('(identifier) @match');
    expect(await run(def, 'a; b; c;', 'javascript', expired)).toEqual([]);
  });

  it('stops part-way when the budget runs out during a run, and says so', async () => {
    const text = 'a + b;\n'.repeat(20_000);
    const cq = await compileQuery('javascript', '(identifier) @match', SOURCE);
    const parsed = await parseText(text, 'javascript', budget());
    try {
      const full = runQuery(cq, parsed.tree!, budget());
      expect(full).toMatchObject({ complete: true });
      expect(full.hits).toHaveLength(40_000);

      let checks = 0;
      const running: Budget = { deadline: 0, expired: () => ++checks > 5 };
      const cut = runQuery(cq, parsed.tree!, running);
      expect(cut.complete).toBe(false);
      expect(cut.hits.length).toBeLessThan(40_000);
    } finally {
      parsed.tree?.delete();
    }
  });
});

describe('isLiteralNode', () => {
  async function literal(lang: string, code: string, expr: string): Promise<boolean> {
    const parsed = await parseText(code, lang, budget());
    try {
      const start = code.indexOf(expr);
      expect(start, `${expr} in ${code}`).toBeGreaterThanOrEqual(0);
      const node = parsed.tree!.rootNode.namedDescendantForIndex(start, start + expr.length)!;
      expect(node.text).toBe(expr);
      return isLiteralNode(node);
    } finally {
      parsed.tree?.delete();
    }
  }

  const cases: Array<[lang: string, template: string, expr: string, literal: boolean]> = [
    ['javascript', 'f(#);', `'a'`, true],
    ['javascript', 'f(#);', '"a\\n"', true],
    ['javascript', 'f(#);', '`plain`', true],
    ['javascript', 'f(#);', '""', true],
    ['javascript', 'f(#);', '42', true],
    ['javascript', 'f(#);', '-1.5', true],
    ['javascript', 'f(#);', 'true', true],
    ['javascript', 'f(#);', 'null', true],
    ['javascript', 'f(#);', 'undefined', true],
    ['javascript', 'f(#);', 'void 0', true],
    ['javascript', 'f(#);', `'a' + 'b' + 3`, true],
    ['javascript', 'f(#);', `('a' + \`b\`)`, true],
    ['javascript', 'f(#);', 'x', false],
    ['javascript', 'f(#);', '`a${x}`', false],
    ['javascript', 'f(#);', `'a' + x`, false],
    ['javascript', 'f(#);', 'x.y', false],
    ['javascript', 'f(#);', 'g()', false],
    ['javascript', 'f(#);', '[1]', false],
    ['javascript', 'f(#);', 'typeof x', false],
    ['typescript', 'f(#);', `'a' as string`, true],
    ['typescript', 'f(#);', `'a' satisfies string`, true],
    ['typescript', 'f(#);', `'a'!`, true],
    ['typescript', 'f(#);', `<string>'a'`, true],
    ['typescript', 'f(#);', 'x as string', false],
    ['python', 'f(#)\n', '"a"', true],
    ['python', 'f(#)\n', `'a' "b"`, true],
    ['python', 'f(#)\n', 'b"raw"', true],
    ['python', 'f(#)\n', '"{{x}}"', true],
    ['python', 'f(#)\n', '1.5', true],
    ['python', 'f(#)\n', '-1', true],
    ['python', 'f(#)\n', 'None', true],
    ['python', 'f(#)\n', 'True', true],
    ['python', 'f(#)\n', '"%s" % "y"', true],
    ['python', 'f(#)\n', 'f"{x}"', false],
    ['python', 'f(#)\n', '"a" f"{x}"', false],
    ['python', 'f(#)\n', '"%s" % x', false],
    ['python', 'f(#)\n', 'x', false],
    ['go', 'package m\nfunc g() { f(#) }\n', '"a" + `b`', true],
    ['go', 'package m\nfunc g() { f(#) }\n', 'nil', true],
    ['go', 'package m\nfunc g() { f(#) }\n', 'x', false],
    ['ruby', 'f(#)\n', `'a'`, true],
    ['ruby', 'f(#)\n', ':sym', true],
    ['ruby', 'f(#)\n', '"a#{x}"', false],
    ['php', '<?php f(#);\n', `'a'`, true],
    ['php', '<?php f(#);\n', '"a$x"', false],
    ['shell', 'echo #\n', 'hello', true],
    ['shell', 'echo #\n', `'a b'`, true],
    ['shell', 'echo #\n', '"a $x"', false],
    ['java', 'class A { void g() { f(#); } }\n', '"a" + 1', true],
    ['java', 'class A { void g() { f(#); } }\n', '"a" + x', false],
    ['csharp', 'class A { void G() { F(#); } }\n', '$"a{x}"', false],
    ['csharp', 'class A { void G() { F(#); } }\n', '@"a\\b"', true],
    ['rust', 'fn g() { f(#); }\n', 'r"a"', true],
  ];

  it.each(cases)('%s: %s with %s → %s', async (lang, template, expr, expected) => {
    expect(await literal(lang, template.replace('#', expr), expr)).toBe(expected);
  });
});
