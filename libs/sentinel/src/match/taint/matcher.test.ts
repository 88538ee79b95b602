// The taint matcher on real grammars: each case is a small program and the lines where a finding must start.
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../findings/line-index.js';
import { ruleSchema } from '../../rules/schema.js';
import { LazyTree } from '../parse.js';
import type { Budget, MatchContext } from '../types.js';
import { createTaintMatcher, taintSpecsOf } from './matcher.js';

const JS = {
  sources: `
    (member_expression object: (identifier) @req property: (property_identifier) @p
      (#any-of? @req "req" "request") (#any-of? @p "query" "body" "params")) @source`,
  sinks: `
    (call_expression function: (identifier) @f arguments: (arguments . (_) @sink) (#eq? @f "exec")) @match`,
  sanitizers: `
    (call_expression function: (identifier) @f (#any-of? @f "parseInt" "shellQuote")) @sanitized`,
};

const PY = {
  sources: `(attribute object: (identifier) @r attribute: (identifier) @a (#eq? @r "request") (#any-of? @a "args" "form")) @source`,
  sinks: `(call function: (attribute object: (identifier) @m attribute: (identifier) @f) arguments: (argument_list . (_) @sink)
           (#eq? @m "os") (#eq? @f "system")) @match`,
  sanitizers: `(call function: (attribute object: (identifier) @m attribute: (identifier) @f) (#eq? @m "shlex") (#eq? @f "quote")) @sanitized`,
};

const GO = {
  sources: `(call_expression function: (selector_expression operand: (identifier) @r field: (field_identifier) @f)
             (#eq? @r "r") (#eq? @f "FormValue")) @source`,
  sinks: `(call_expression function: (selector_expression operand: (identifier) @db field: (field_identifier) @f)
           arguments: (argument_list . (_) @sink) (#eq? @db "db") (#eq? @f "Query")) @match`,
};

const JAVA = {
  sources: `(method_invocation object: (identifier) @r name: (identifier) @m (#eq? @r "request") (#eq? @m "getParameter")) @source`,
  sinks: `(method_invocation object: (identifier) @s name: (identifier) @m arguments: (argument_list . (_) @sink)
           (#eq? @s "stmt") (#eq? @m "executeQuery")) @match`,
};

function rule(languages: string[], taint: Record<string, unknown>) {
  return ruleSchema.parse({
    id: 'test.taint',
    title: 'taint test',
    category: 'injection',
    severity: 'high',
    languages,
    keywords: ['xx'],
    cwe: [78],
    message: 'tainted',
    taint,
  });
}

async function findingLines(lang: string, spec: Record<string, string>, code: string): Promise<number[]> {
  const def = rule([lang], { [lang]: spec });
  const budget: Budget = { deadline: Date.now() + 10_000, expired: () => false };
  const lazy = new LazyTree(code, lang, budget);
  const lines = new LineIndex(code);
  try {
    const ctx: MatchContext = { file: { path: `t.${lang}`, text: code, language: lang, lines }, budget, tree: () => lazy.tree() };
    const found = await createTaintMatcher(def, 'test.yaml').match(ctx);
    return found.map((m) => lines.lineOf(m.start)).sort((a, b) => a - b);
  } finally {
    lazy.dispose();
  }
}

describe('taint matcher, JavaScript', () => {
  const js = (code: string) => findingLines('javascript', JS, code);

  it('follows a source into a sink through names, concatenation, templates and destructuring', async () => {
    expect(await js('exec(req.query.cmd);')).toEqual([1]);
    expect(await js('const c = req.body.cmd;\nconst full = "ls " + c;\nexec(full);')).toEqual([3]);
    expect(await js('const { dir } = req.query;\nexec(`ls ${dir}`);')).toEqual([2]);
    expect(await js('let a = req.params.x;\nlet b = [a, 1];\nexec(b.join(" "));')).toEqual([3]);
    expect(await js('async function h(req) {\n  const x = await req.query.x;\n  exec(x.trim());\n}')).toEqual([3]);
  });

  it('does not report constants, sanitized values, or names a clean value replaced for good', async () => {
    expect(await js('exec("ls -l");')).toEqual([]);
    expect(await js('const n = 42;\nexec("kill " + n);')).toEqual([]);
    expect(await js('const id = parseInt(req.query.id, 10);\nexec("kill " + id);')).toEqual([]);
    expect(await js('let c = req.query.c;\nc = "ls";\nexec(c);')).toEqual([]);
    expect(await js('const ok = req.query.c === "yes";\nexec(ok ? "ls" : "pwd");')).toEqual([]);
  });

  it('keeps a name tainted when only one branch cleaned it', async () => {
    expect(await js('let c = req.query.c;\nif (safe) {\n  c = "ls";\n}\nexec(c);')).toEqual([5]);
    expect(await js('let c = "ls";\nif (debug) c = req.query.c;\nexec(c);')).toEqual([3]);
  });

  it('reads each function on its own, and closures from the functions around them', async () => {
    expect(await js('function a() { const c = req.query.c; }\nfunction b(c) { exec(c); }')).toEqual([]);
    expect(await js('function a() {\n  const c = req.query.c;\n  return () => exec(c);\n}')).toEqual([3]);
  });

  it('taints a loop variable inside the loop body', async () => {
    expect(await js('for (const c of req.query.cmds) {\n  exec(c);\n}')).toEqual([2]);
    expect(await js('for (const k in req.body) exec(k);')).toEqual([1]);
    expect(await js('for (const c of ["ls", "pwd"]) {\n  exec(c);\n}')).toEqual([]);
  });

  it('taints what a call puts into a container or builder', async () => {
    expect(await js('const parts = ["ls"];\nparts.push(req.query.dir);\nexec(parts.join(" "));')).toEqual([3]);
    expect(await js('const parts = ["ls"];\nparts.push("-l");\nexec(parts.join(" "));')).toEqual([]);
  });

  it('binds destructured and defaulted parameters', async () => {
    const spec = { ...JS, sources: '(formal_parameters (object_pattern) @source)' };
    expect(await findingLines('javascript', spec, 'function f({ cmd, n }) {\n  exec(cmd);\n}')).toEqual([2]);
    expect(await js('function f(c = req.query.c) {\n  exec(c);\n}')).toEqual([2]);
    expect(await js('function f(c = "ls") {\n  exec(c);\n}')).toEqual([]);
  });

  it("follows a call into a function of the same file: its result is as tainted as what it returns", async () => {
    const helpers = 'function clean(x) { return "ls"; }\nfunction pass(x, y) { return y + x; }\nconst wrap = (s) => `${s}`;\n';
    expect(await js(`${helpers}exec(clean(req.query.c));`)).toEqual([]);
    expect(await js(`${helpers}exec(pass(req.query.c, "-l"));`)).toEqual([4]);
    expect(await js(`${helpers}exec(pass("-l", "ls"));`)).toEqual([]);
    expect(await js(`${helpers}exec(wrap(req.body.c));`)).toEqual([4]);
    // Recursion ends; an unknown function is still judged by its arguments.
    expect(await js('function loop(x) { return loop(x); }\nexec(loop(req.query.c));')).toEqual([]);
    expect(await js('exec(elsewhere(req.query.c));')).toEqual([1]);
  });

  it('taints a parameter a source query names', async () => {
    const spec = { ...JS, sources: '(formal_parameters (identifier) @source (#eq? @source "input"))' };
    expect(await findingLines('javascript', spec, 'function f(input, n) {\n  exec(n);\n  exec(input);\n}')).toEqual([3]);
  });
});

describe('taint matcher, other languages', () => {
  it('Python: f-strings, % formatting, tuple assignment; shlex.quote sanitizes', async () => {
    const py = (code: string) => findingLines('python', PY, code);
    expect(await py('import os\nname = request.args.get("n")\nos.system(f"ls {name}")\n')).toEqual([3]);
    expect(await py('a, b = request.form["x"], "y"\nos.system("echo %s" % a)\nos.system(b)\n')).toEqual([2]);
    expect(await py('import shlex\nn = shlex.quote(request.args["n"])\nos.system("ls " + n)\n')).toEqual([]);
  });

  it('Python: loop variables and list.append', async () => {
    const py = (code: string) => findingLines('python', PY, code);
    expect(await py('for n in request.args.getlist("n"):\n    os.system("ls " + n)\n')).toEqual([2]);
    expect(await py('cmd = ["ls"]\ncmd.append(request.args["d"])\nos.system(" ".join(cmd))\n')).toEqual([3]);
    expect(await py('cmd = ["ls"]\ncmd.append("-l")\nos.system(" ".join(cmd))\n')).toEqual([]);
  });

  it('Python: calls into methods of the file, with self and keyword arguments', async () => {
    const py = (code: string) => findingLines('python', PY, code);
    const cls = 'class H:\n    def safe(self, v):\n        return "ls"\n    def same(self, v, suffix=""):\n        return v + suffix\n';
    expect(await py(`${cls}h = H()\nos.system(h.safe(request.args["c"]))\n`)).toEqual([]);
    expect(await py(`${cls}h = H()\nos.system(h.same(request.args["c"]))\n`)).toEqual([7]);
    expect(await py(`${cls}h = H()\nos.system(h.same("ls", suffix=request.args["c"]))\n`)).toEqual([7]);
  });

  it('Go: := and Sprintf', async () => {
    const code = 'package m\nfunc h() {\n  id := r.FormValue("id")\n  q := fmt.Sprintf("SELECT %s", id)\n  db.Query(q)\n  db.Query("SELECT 1")\n}\n';
    expect(await findingLines('go', GO, code)).toEqual([5]);
  });

  it('Java: declarations and concatenation', async () => {
    const code =
      'class A { void h() {\n  String id = request.getParameter("id");\n  String q = "SELECT * FROM t WHERE id=" + id;\n  stmt.executeQuery(q);\n  stmt.executeQuery("SELECT 1");\n} }\n';
    expect(await findingLines('java', JAVA, code)).toEqual([4]);
  });

  it('Java: a helper class of the file decides what its method returns', async () => {
    const code = (ret: string) =>
      `class A { void h() {\n  String p = request.getParameter("p");\n  String bar = new Test().doSomething(p);\n  stmt.executeQuery(bar);\n}\n` +
      `  private class Test { public String doSomething(String param) { String bar = "safe"; ${ret} } } }\n`;
    expect(await findingLines('java', JAVA, code('return bar;'))).toEqual([]);
    expect(await findingLines('java', JAVA, code('bar = param.trim(); return bar;'))).toEqual([4]);
  });

  it('Java: a branch a constant condition rules out does not taint, one it always takes cleans for good', async () => {
    const java = (body: string) => findingLines('java', JAVA, `class A { void h() {\n  String param = request.getParameter("p");\n${body}\n} }\n`);
    const sink = '  stmt.executeQuery(bar);';
    expect(await java(`  int num = 106;\n  String bar;\n  if ((7 * 18) + num > 200) bar = "safe";\n  else bar = param;\n${sink}`)).toEqual([]);
    expect(await java(`  int num = 60;\n  String bar;\n  if ((7 * 18) + num > 200) bar = "safe";\n  else bar = param;\n${sink}`)).toEqual([7]);
    // (7 * 42) - 106 = 188
    expect(await java(`  int num = 106;\n  String bar = (7 * 42) - num > 200 ? "safe" : param;\n${sink}`)).toEqual([5]);
    expect(await java(`  int num = 106;\n  String bar = (7 * 42) - num < 200 ? "safe" : param;\n${sink}`)).toEqual([]);
    const choose = (guess: string) =>
      `  String guess = "${guess}";\n  char target = guess.charAt(1);\n  String bar;\n  switch (target) {\n    case 'A': bar = param; break;\n    case 'B': bar = "bob"; break;\n    default: bar = "x"; break;\n  }\n${sink}`;
    expect(await java(choose('ABC'))).toEqual([]);
    expect(await java(choose('BAC'))).toEqual([11]);
    // A name bound twice is not a constant, even when the second binding comes after the condition.
    expect(await java(`  int num = 106;\n  String bar;\n  if ((7 * 18) + num > 200) bar = "safe";\n  else bar = param;\n  num = param.length();\n${sink}`)).toEqual([8]);
    // Not a constant: both branches count.
    expect(await java(`  String bar;\n  if (param.length() > 3) bar = "safe";\n  else bar = param;\n${sink}`)).toEqual([6]);
  });

  it('Python and JavaScript: constant conditions in if and conditional expressions', async () => {
    const py = (code: string) => findingLines('python', PY, code);
    expect(await py('n = 3\nc = request.args["c"]\nif n > 5:\n    c = "ls"\nos.system(c)\n')).toEqual([5]);
    expect(await py('n = 9\nc = request.args["c"]\nif n > 5:\n    c = "ls"\nos.system(c)\n')).toEqual([]);
    expect(await py('c = "ls" if 2 > 1 else request.args["c"]\nos.system(c)\n')).toEqual([]);
    const js = (code: string) => findingLines('javascript', JS, code);
    expect(await js('const debug = false;\nlet c = "ls";\nif (debug) c = req.query.c;\nexec(c);')).toEqual([]);
    expect(await js('const mode = "b";\nlet c = "ls";\nswitch (mode) {\n  case "a": c = req.query.c; break;\n  default: c = "pwd";\n}\nexec(c);')).toEqual([]);
  });

  it('Java: StringBuilder.append, List.add and Map.put carry taint into the receiver; enhanced for', async () => {
    const java = (body: string) => findingLines('java', JAVA, `class A { void h() {\n${body}\n} }\n`);
    expect(await java('  StringBuilder sb = new StringBuilder("SELECT ");\n  sb.append(request.getParameter("c"));\n  stmt.executeQuery(sb.toString());')).toEqual([4]);
    expect(await java('  StringBuilder sb = new StringBuilder("SELECT ");\n  sb.append("1");\n  stmt.executeQuery(sb.toString());')).toEqual([]);
    expect(await java('  java.util.Map<String, String> m = new java.util.HashMap<>();\n  m.put("k", request.getParameter("c"));\n  stmt.executeQuery(m.get("k"));')).toEqual([4]);
    const map = (key: string) =>
      `  java.util.Map<String, String> m = new java.util.HashMap<>();\n  m.put("keyA", "a_Value");\n  m.put("keyB", request.getParameter("c"));\n  stmt.executeQuery(m.get("${key}"));`;
    expect(await java(map('keyA'))).toEqual([]);
    expect(await java(map('keyB'))).toEqual([5]);
    expect(await java('  java.util.Map<String, String> m = new java.util.HashMap<>();\n  m.put("keyB", request.getParameter("c"));\n  m.put("keyA", "safe");\n  stmt.executeQuery(m.toString());')).toEqual([5]);
    expect(await java('  java.util.List<String> l = new java.util.ArrayList<>();\n  l.add(request.getParameter("c"));\n  for (String s : l) {\n    stmt.executeQuery(s);\n  }')).toEqual([5]);
  });
});

describe('taint rule shape', () => {
  it('names what is wrong with a spec', () => {
    expect(() => taintSpecsOf(rule(['javascript', 'python'], { javascript: JS }), 'r.yaml')).toThrow(/no spec for "python"/);
    expect(() => taintSpecsOf(rule(['ruby'], { ruby: JS }), 'r.yaml')).toThrow(/taint rules run on/);
    expect(() => rule(['javascript'], { javascript: { sinks: 'x' } })).toThrow();
  });
});
