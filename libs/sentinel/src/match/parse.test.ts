import { describe, expect, it } from 'vitest';
import type { Budget } from './types.js';
import { LazyTree, parseText } from './parse.js';

function budget(ms: number): Budget {
  const deadline = Date.now() + ms;
  return { deadline, expired: () => Date.now() >= deadline };
}

const expired: Budget = { deadline: 0, expired: () => true };

describe('parseText', () => {
  it('parses a file and reports UTF-16 offsets', async () => {
    const text = 'const s = "héllo😀";\nfoo(s);\n';
    const r = await parseText(text, 'typescript', budget(10_000));
    try {
      expect(r).toMatchObject({ timedOut: false, hasErrors: false });
      const call = r.tree!.rootNode.descendantsOfType('call_expression')[0]!;
      expect(text.slice(call.startIndex, call.endIndex)).toBe('foo(s)');
    } finally {
      r.tree?.delete();
    }
  });

  it('gives no tree, and no error, for a language without a grammar', async () => {
    expect(await parseText('A=1\n', 'dotenv', budget(1000))).toMatchObject({ tree: undefined, timedOut: false });
    expect(await parseText('x', undefined, budget(1000))).toMatchObject({ tree: undefined, timedOut: false });
  });

  it('keeps a tree with syntax errors, flagged', async () => {
    const r = await parseText('function f() {\n  let = = 3;\n}\nconst ok = 2;\n', 'javascript', budget(10_000));
    try {
      expect(r.timedOut).toBe(false);
      expect(r.hasErrors).toBe(true);
      expect(r.tree!.rootNode.descendantsOfType('lexical_declaration')).toHaveLength(1);
    } finally {
      r.tree?.delete();
    }
  });

  it('does not parse when the budget has already run out', async () => {
    const r = await parseText('x = 1\n', 'python', expired);
    expect(r).toMatchObject({ tree: undefined, timedOut: true });
  });

  it('stops a long parse at the deadline, then parses the next file from scratch', async () => {
    const big = 'export const value = compute(a, b, [1, 2, 3], { k: "v" });\n'.repeat(200_000); // ~12 MB
    const started = Date.now();
    const r = await parseText(big, 'typescript', budget(50));
    expect(r).toMatchObject({ tree: undefined, timedOut: true });
    expect(Date.now() - started).toBeLessThan(2_000);

    // The cancelled parser must not resume the old text.
    const small = 'let a = 1;\n';
    const next = await parseText(small, 'typescript', budget(10_000));
    try {
      expect(next.tree!.rootNode.endIndex).toBe(small.length);
      expect(next.hasErrors).toBe(false);
    } finally {
      next.tree?.delete();
    }
  });

  it('parses a 5 MB generated file or times out cleanly', async () => {
    const unit = 'function f_N(a, b) {\n  const s = `t${a}` + "q" + b;\n  return s.length > 3 ? [s] : null;\n}\n';
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 5 * 1024 * 1024; i++) {
      const chunk = unit.replace('N', String(i));
      parts.push(chunk);
      size += chunk.length;
    }
    const text = parts.join('');
    const r = await parseText(text, 'javascript', budget(20_000));
    try {
      if (r.timedOut) {
        expect(r.tree).toBeUndefined();
      } else {
        expect(r.error).toBeUndefined();
        expect(r.hasErrors).toBe(false);
        expect(r.tree!.rootNode.endIndex).toBe(text.length);
        expect(r.tree!.rootNode.namedChildCount).toBe(parts.length);
      }
    } finally {
      r.tree?.delete();
    }
  });
});

describe('LazyTree', () => {
  it('parses once on first request, shares the tree, and deletes it on dispose', async () => {
    const lazy = new LazyTree('x = 1\n', 'python', budget(10_000));
    expect(lazy.requested).toBe(false);
    const [a, b] = await Promise.all([lazy.tree(), lazy.tree()]);
    expect(a).toBeDefined();
    expect(a).toBe(b);
    expect(lazy.requested).toBe(true);
    expect(lazy.result).toMatchObject({ timedOut: false, hasErrors: false });
    lazy.dispose();
    expect(lazy.result!.tree).toBeUndefined();
    expect(await lazy.tree()).toBeUndefined();
    lazy.dispose(); // idempotent
  });

  it('drops a tree that finishes after dispose', async () => {
    const lazy = new LazyTree('x = 1\n', 'python', budget(10_000));
    const pending = lazy.tree();
    lazy.dispose();
    expect(await pending).toBeUndefined();
    expect(lazy.result?.tree).toBeUndefined();
  });

  it('reports a timeout through result', async () => {
    const lazy = new LazyTree('x = 1\n', 'python', expired);
    expect(await lazy.tree()).toBeUndefined();
    expect(lazy.result).toMatchObject({ timedOut: true });
    lazy.dispose();
  });
});
