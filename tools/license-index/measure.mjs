#!/usr/bin/env node
// Measures copied-code detection with the built-in indexes, through the real engine.
//   recall: functions of the corpora behind the built-in indexes (staged by build-builtin.mjs in
//   .bench/license-corpus/staged) are disguised (every identifier renamed, comments dropped, JavaScript and
//   TypeScript re-laid out six tokens to a line, Python kept line by line), pasted into a permissive host file,
//   and scanned; the share found is printed by the function's size in tokens.
//   false matches: `--clean DIR...` scans trees of permissive code with copiedCode "all" and prints every
//   copied-code finding.
// Usage: node tools/license-index/measure.mjs [--share 0.3] | --clean DIR...
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(repo, 'libs/sentinel/dist');
const { parseText } = await import(path.join(dist, 'match/parse.js'));
const { languageForPath } = await import(path.join(dist, 'match/languages.js'));
const { Deadline } = await import(path.join(dist, 'engine/budget.js'));
const { scan } = await import(path.join(dist, 'index.js'));

const { values, positionals } = parseArgs({ options: { share: { type: 'string' }, clean: { type: 'boolean' } }, allowPositionals: true });
const share = Number(values.share ?? 0.3);
const corpus = path.join(repo, '.bench/license-corpus/staged');

const FUNCTIONS = new Set(['function_declaration', 'method_definition', 'function_definition', 'function_expression', 'arrow_function', 'generator_function_declaration']);
const LITERAL = /string|template|regex|number|integer|float/;

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.(js|mjs|ts|py)$/.test(e.name) ? [p] : [];
  });
}

/** A function's code with every identifier renamed consistently, comments gone and the layout redone. */
function disguise(fn, python) {
  const names = new Map();
  const leaves = [];
  const visit = (n) => {
    if (n.type.includes('comment')) return;
    if (n.childCount === 0 || LITERAL.test(n.type)) {
      let text = n.text;
      if (n.childCount === 0 && n.type.includes('identifier')) {
        if (!names.has(text)) names.set(text, `q${names.size}x`);
        text = names.get(text);
      }
      leaves.push({ text, row: n.startPosition.row, column: n.startPosition.column });
      return;
    }
    for (const c of n.children) visit(c);
  };
  visit(fn);
  const tokens = leaves.filter((l) => l.text !== ';' && l.text !== ',').length;
  if (!python) return { tokens, code: leaves.map((l, i) => l.text + ((i + 1) % 6 === 0 ? '\n' : ' ')).join('') };
  const rows = new Map();
  for (const l of leaves) (rows.get(l.row) ?? rows.set(l.row, []).get(l.row)).push(l);
  const code = [...rows.values()].map((ls) => ' '.repeat(Math.max(0, ls[0].column - fn.startPosition.column)) + ls.map((l) => l.text).join(' ')).join('\n');
  return { tokens, code };
}

async function recall() {
  let seed = 7;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const cases = [];
  for (const file of sourceFiles(corpus)) {
    const lang = languageForPath(file);
    const parsed = await parseText(readFileSync(file, 'utf8'), lang, new Deadline(10_000));
    if (!parsed.tree) continue;
    const stack = [parsed.tree.rootNode];
    while (stack.length > 0) {
      const n = stack.pop();
      if (FUNCTIONS.has(n.type) && n.endPosition.row - n.startPosition.row >= 4) {
        if (random() < share) cases.push({ lang, ...disguise(n, lang === 'python') });
      } else stack.push(...n.namedChildren);
    }
    parsed.tree.delete();
  }
  const dir = path.join(tmpdir(), `warden-copies-recall-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const host = { js: readFileSync(path.join(repo, 'libs/sentinel/src/engine/budget.ts'), 'utf8'), py: 'import os\n\n\ndef main():\n    print(os.getcwd())\n\n\n' };
  const names = cases.map((c, i) => {
    const ext = c.lang === 'python' ? 'py' : c.lang === 'typescript' ? 'ts' : 'js';
    const text = ext === 'py' ? host.py : host.js;
    const cut = text.indexOf('\n', Math.floor(text.length / 2));
    writeFileSync(path.join(dir, `case${i}.${ext}`), `${text.slice(0, cut + 1)}${c.code}\n${text.slice(cut + 1)}`);
    return `case${i}.${ext}`;
  });
  const result = await scan({ target: { kind: 'paths', paths: ['.'] }, root: dir, categories: ['license'], copiedCode: 'all', workers: 0 });
  rmSync(dir, { recursive: true, force: true });
  const found = new Set(result.findings.filter((f) => f.ruleId === 'license.copied-code').map((f) => f.file));
  process.stdout.write(`recall on ${cases.length} disguised functions of the built-in corpora\n`);
  for (const [lo, hi] of [[0, 49], [50, 59], [60, 99], [100, 199], [200, 399], [400, Infinity]]) {
    const inRange = cases.map((c, i) => [c, names[i]]).filter(([c]) => c.tokens >= lo && c.tokens <= hi);
    const hits = inRange.filter(([, name]) => found.has(name)).length;
    const pct = inRange.length === 0 ? '-' : `${Math.round((100 * hits) / inRange.length)}%`;
    process.stdout.write(`  ${String(lo).padStart(3)}-${hi === Infinity ? '...' : String(hi).padEnd(3)} tokens: ${hits}/${inRange.length} found (${pct})\n`);
  }
}

async function falseMatches(dirs) {
  for (const dir of dirs) {
    const root = path.resolve(dir);
    const result = await scan({ target: { kind: 'paths', paths: ['.'] }, root, categories: ['license'], copiedCode: 'all', gitignore: false });
    const copies = result.findings.filter((f) => f.ruleId === 'license.copied-code');
    process.stdout.write(`false matches in ${dir}: ${copies.length} finding(s) in ${result.stats.filesScanned} files\n`);
    for (const f of copies) process.stdout.write(`  ${f.file}:${f.start.line} ${f.message.split(':')[0]}\n`);
  }
}

if (values.clean) await falseMatches(positionals);
else await recall();
