// Intra-procedural taint: is the value of an expression derived from a source? Names are followed to the
// bindings that reach them inside the enclosing function (then the functions around it), in source order:
//
// - an expression is tainted when it is a source, clean when it is a sanitizer or a constant, and otherwise
//   tainted when any value inside it is: concatenation, template literals and f-strings, format calls, member
//   access on a tainted object, a call with a tainted argument or receiver, containers, await;
// - a name is tainted at a point when a binding before that point gave it a tainted value and no clean binding
//   since then is certain to have run (one in the same branch of the code, or around it). A clean value in one
//   branch of an `if` does not clean a name the other branch left tainted;
// - a constant reaches through names too: with sources matching constants (`'md5'`), `const alg = 'md5';
//   createHash(alg)` is a flow like any other.
//
// - a loop variable holds its value from the loop header on, so it is tainted in the body; a call that stores
//   its arguments in its receiver (push, append, put, StringBuilder.append...) taints the receiver; a parameter's
//   default value can taint the parameter, never clean it.
//
// - a call to a function of the same file, found by name and arity, is as tainted as what that function returns
//   when its parameters carry the arguments' taint (a summary per callee and taint of the arguments, three calls
//   deep); a call to anything else is tainted when an argument or its receiver is.
//
// Deliberately simple, as the first tier of the best tools: no call graph across files, fields and container
// slots are folded into their object (`opts.cmd = x` and `m.put("k", x)` taint `opts` and `m`), and loops are
// read once, in order.
import type { Node } from 'web-tree-sitter';
import type { Binding, CallSite, TaintSyntax } from './syntax.js';
import { isLiteralNode } from '../query.js';

interface BoundValue {
  /** Where the binding takes effect: the end of the statement that makes it. */
  at: number;
  /** The value a plain binding gives the name (for constant conditions); absent for parameters, loops, `+=`. */
  value?: Node;
  /** For `m.put("k", v)`: the constant key, so `m.get("other")` is not tainted by it. */
  key?: string;
  /**
   * The region whose every path runs the binding (see `regionOf`); null for a binding in a branch a constant
   * condition rules out. Worked out when first needed: a condition may read names of the scope still being read.
   */
  region: () => Region | null;
  taint: () => boolean;
}

interface Region {
  start: number;
  end: number;
}

/** A region no reference lies in: a binding with it adds taint but never removes it. */
const NOWHERE: Region = { start: -1, end: -1 };
const nowhere = () => NOWHERE;

/** A value computed on first use. */
function lazy<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/** A node type whose children are alternative or repeated paths: a binding inside runs only on some paths. */
const BRANCHING =
  /(?:^|_)(?:if|else|elif|for|while|do|try|catch|except|finally|switch|case|default|select|when|match|with|conditional|ternary|enhanced_for|range|communication|type_switch)(?:_|$)/;

const MAX_DEPTH = 200;
/** Calls into the file's own functions followed this deep; deeper ones are judged by their arguments. */
const MAX_CALL_DEPTH = 3;

/** What the flows of one file share: its functions by name, and the summaries worked out so far. */
interface FileFacts {
  functions?: Map<string, Node[]>;
  /** callee and argument taint → returns taint; null while being worked out (a recursive call). */
  summaries: Map<string, boolean | null>;
}

/** A flow inside a function called with arguments of known taint. */
interface CallContext {
  callee: Node;
  /** Taint of the parameter at `position` (by name for keyword arguments; `rest` for `...args` / `*args`). */
  parameterTaint(position: number, name: string, rest: boolean): boolean;
}

type Constant = number | string | boolean;

/** Methods that store a value under the key given first, and that read the value stored under a key. */
const KEYED_STORES = new Set(['put', 'set', 'putIfAbsent', 'setProperty', 'setdefault', 'setAttribute']);
const KEYED_READS = new Set(['get', 'getOrDefault', 'getProperty', 'getAttribute', 'remove']);

/** Statements with a condition and a branch for it (and alternatives after it). */
const IF_LIKE = new Set(['if_statement', 'elif_clause']);
const TERNARY = new Set(['ternary_expression', 'conditional_expression']);
/** A switch's case node → how to find its labels and the switch's subject. */
const SWITCH_CASES: Record<string, { labels: (c: Node) => Node[]; isDefault: (c: Node) => boolean; subject: (c: Node) => Node | null; switchOf: (c: Node) => Node | null }> = {
  // Java: switch_expression(condition) > switch_block > switch_block_statement_group > switch_label (expression | "default")
  switch_block_statement_group: {
    labels: (c) => c.namedChildren.filter((l) => l?.type === 'switch_label').flatMap((l) => l!.namedChildren.filter((x) => x !== null)),
    isDefault: (c) => c.namedChildren.some((l) => l?.type === 'switch_label' && l.text.trim() === 'default'),
    subject: (c) => c.parent?.parent?.childForFieldName('condition') ?? null,
    switchOf: (c) => c.parent?.parent ?? null,
  },
  // JavaScript: switch_statement(value) > switch_body > switch_case(value) | switch_default
  switch_case: {
    labels: (c) => [c.childForFieldName('value')].filter((x): x is Node => x !== null),
    isDefault: () => false,
    subject: (c) => c.parent?.parent?.childForFieldName('value') ?? null,
    switchOf: (c) => c.parent?.parent ?? null,
  },
  switch_default: {
    labels: () => [],
    isDefault: () => true,
    subject: (c) => c.parent?.parent?.childForFieldName('value') ?? null,
    switchOf: (c) => c.parent?.parent ?? null,
  },
  // Go: expression_switch_statement(value) > expression_case(value: expression_list) | default_case
  expression_case: {
    labels: (c) => c.childForFieldName('value')?.namedChildren.filter((x): x is Node => x !== null) ?? [],
    isDefault: () => false,
    subject: (c) => c.parent?.childForFieldName('value') ?? null,
    switchOf: (c) => c.parent,
  },
  default_case: {
    labels: () => [],
    isDefault: () => true,
    subject: (c) => c.parent?.childForFieldName('value') ?? null,
    switchOf: (c) => c.parent,
  },
};

export class TaintFlow {
  private readonly memo = new Map<number, boolean>();
  private readonly inProgress = new Set<number>();
  private readonly scopes = new Map<number, Map<string, BoundValue[]>>();
  private readonly constants = new Map<number, Constant | null>();

  constructor(
    private readonly syntax: TaintSyntax,
    private readonly root: Node,
    private readonly sources: ReadonlySet<number>,
    private readonly sanitizers: ReadonlySet<number>,
    private readonly file: FileFacts = { summaries: new Map() },
    private readonly call?: CallContext,
    private readonly callDepth = 0,
  ) {}

  /** True when the value of `node` can carry data from a source. */
  tainted(node: Node): boolean {
    const cached = this.memo.get(node.id);
    if (cached !== undefined) return cached;
    // A cycle (x = x + y) adds nothing; a chain deeper than MAX_DEPTH is given up on rather than overflow the stack.
    if (this.inProgress.has(node.id) || this.inProgress.size > MAX_DEPTH) return false;
    this.inProgress.add(node.id);
    const result = this.evaluate(node);
    this.inProgress.delete(node.id);
    this.memo.set(node.id, result);
    return result;
  }

  private evaluate(node: Node): boolean {
    if (this.sanitizers.has(node.id)) return false;
    if (this.sources.has(node.id)) return true;
    if (this.syntax.scopes.has(node.type)) return false; // a function is code, not data
    if (node.type === 'comment' || isLiteralNode(node)) return false;
    if (this.syntax.references.has(node.type)) return this.nameTainted(node.text, node);
    if (this.syntax.cleanResult(node)) return false;
    const read = this.keyedRead(node);
    if (read) return read();
    const local = this.localCall(node);
    if (local !== undefined) return local;
    if (TERNARY.has(node.type)) {
      // `cond ? a : b` whose condition is a constant is only ever the one arm.
      const [condition, consequence, alternative] = ternaryParts(node);
      const truth = condition ? truthy(this.constantOf(condition)) : undefined;
      if (truth !== undefined) return (truth ? consequence : alternative) !== null && this.tainted((truth ? consequence : alternative)!);
    }
    for (let i = 0; i < node.namedChildCount; i++) {
      const child = node.namedChild(i)!;
      if (this.isNameField(node, i)) continue;
      if (this.tainted(child)) return true;
    }
    return false;
  }

  /** A call to a function of this file: what it returns given the arguments' taint; undefined for other calls. */
  private localCall(node: Node): boolean | undefined {
    if (this.callDepth >= MAX_CALL_DEPTH) return undefined;
    const site = this.syntax.callSite(node);
    if (!site) return undefined;
    const callees = (this.functions().get(site.name) ?? []).filter((fn) => this.accepts(fn, site));
    if (callees.length === 0) return undefined;
    const positional = site.args.filter((a) => a.type !== 'keyword_argument');
    const slots = positional.map((a) => this.tainted(a));
    const named = new Map<string, boolean>();
    for (const a of site.args) {
      const name = a.type === 'keyword_argument' ? a.childForFieldName('name')?.text : undefined;
      const value = a.childForFieldName('value');
      if (name && value) named.set(name, this.tainted(value));
    }
    if (site.receiver && this.tainted(site.receiver)) return true;
    return callees.some((fn) => this.summary(fn, site, slots, named));
  }

  /** Whether `fn` can take the call's arguments: enough parameters, or a rest parameter. */
  private accepts(fn: Node, site: CallSite): boolean {
    const params = this.parameterSlots(fn);
    const offset = this.selfOffset(fn, site);
    if (params.some((p) => p.rest)) return true;
    return site.args.filter((a) => a.type !== 'keyword_argument').length + offset <= params.length;
  }

  /** 1 when a Python method is called through an object: `self` is not among the arguments. */
  private selfOffset(fn: Node, site: CallSite): number {
    if (!this.syntax.selfParameter || !site.member) return 0;
    const first = this.parameterSlots(fn)[0]?.names[0];
    return first === 'self' || first === 'cls' ? 1 : 0;
  }

  private summary(fn: Node, site: CallSite, slots: boolean[], named: Map<string, boolean>): boolean {
    const offset = this.selfOffset(fn, site);
    const key = `${fn.id}|${offset}|${slots.map(Number).join('')}|${[...named].filter(([, t]) => t).map(([n]) => n).join(',')}`;
    const known = this.file.summaries.get(key);
    if (known !== undefined) return known ?? false; // null: a recursive call, which adds nothing new
    this.file.summaries.set(key, null);
    const parameterTaint = (position: number, name: string, rest: boolean) => {
      const at = position - offset;
      if (named.get(name)) return true;
      if (at < 0) return false;
      return rest ? slots.slice(at).some(Boolean) : slots[at] === true;
    };
    const inner = new TaintFlow(this.syntax, this.root, this.sources, this.sanitizers, this.file, { callee: fn, parameterTaint }, this.callDepth + 1);
    const result = inner.returnsTaint(fn);
    this.file.summaries.set(key, result);
    return result;
  }

  /** Whether any value `fn` returns is tainted (an expression body is its value). */
  private returnsTaint(fn: Node): boolean {
    const body = fn.childForFieldName('body');
    if (!body) return false;
    if (!/block|statement_block|compound/.test(body.type)) return this.tainted(body);
    const stack: Node[] = [body];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n.type === 'return_statement') {
        if (this.tainted(n)) return true;
        continue;
      }
      for (const c of n.namedChildren) if (c && !this.syntax.scopes.has(c.type)) stack.push(c);
    }
    return false;
  }

  /** The file's named functions, by name. */
  private functions(): Map<string, Node[]> {
    if (this.file.functions) return this.file.functions;
    const byName = new Map<string, Node[]>();
    const stack: Node[] = [this.root];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (this.syntax.scopes.has(n.type)) {
        const name = this.syntax.functionName(n);
        if (name) byName.set(name, [...(byName.get(name) ?? []), n]);
      }
      for (const c of n.namedChildren) if (c) stack.push(c);
    }
    return (this.file.functions = byName);
  }

  /** A function's parameters in order: the names each binds, and whether it gathers the rest. */
  private parameterSlots(fn: Node): Array<{ node: Node; names: string[]; rest: boolean }> {
    const params = fn.childForFieldName('parameters') ?? fn.childForFieldName('parameter');
    if (!params) return [];
    if (this.syntax.references.has(params.type)) return [{ node: params, names: [params.text], rest: false }]; // x => ...
    const slots: Array<{ node: Node; names: string[]; rest: boolean }> = [];
    for (const p of params.namedChildren) {
      if (!p || p.type === 'comment') continue;
      // Go's `a, b string` is two parameters of one declaration.
      const several = p.childrenForFieldName('name').filter((n): n is Node => n !== null);
      if (several.length > 1) for (const n of several) slots.push({ node: n, names: [n.text], rest: false });
      else slots.push({ node: p, names: this.targetNames(p).map((t) => t.name), rest: /rest|splat|variadic|spread/.test(p.type) });
    }
    return slots;
  }

  /** `m.get("k")`: what was stored under that key (or under no known key), plus any other argument. */
  private keyedRead(node: Node): (() => boolean) | undefined {
    const call = this.syntax.methodCall(node);
    if (!call || !KEYED_READS.has(call.method) || !call.args || !this.syntax.references.has(call.receiver.type)) return undefined;
    const [first, ...rest] = call.args.namedChildren.filter((a): a is Node => a !== null && a.type !== 'comment');
    const key = first ? this.constantOf(first) : undefined;
    if (typeof key !== 'string') return undefined;
    const receiver = call.receiver;
    return () => this.nameTainted(receiver.text, node, key) || rest.some((a) => this.tainted(a));
  }

  private isNameField(parent: Node, namedIndex: number): boolean {
    if (this.syntax.nameFields.size === 0) return false;
    const child = parent.namedChild(namedIndex)!;
    // fieldNameForChild counts every child, named or not: find the child's own index first.
    for (let i = 0; i < parent.childCount; i++) {
      if (parent.child(i)!.id === child.id) {
        const field = parent.fieldNameForChild(i);
        return field !== null && this.syntax.nameFields.has(`${parent.type}.${field}`);
      }
    }
    return false;
  }

  /**
   * Whether the name holds a tainted value where `ref` reads it: the innermost function that binds it decides.
   * With `key`, values stored under another constant key do not count.
   */
  private nameTainted(name: string, ref: Node, key?: string): boolean {
    for (let scope: Node | null = this.scopeOf(ref); ; scope = this.scopeOf(scope!)) {
      const bound = this.bindingsIn(scope ?? this.root).get(name);
      if (bound) {
        let state = false;
        for (const b of bound) {
          if (b.at > ref.startIndex) break;
          if (key !== undefined && b.key !== undefined && b.key !== key) continue;
          const region = b.region();
          if (!region) continue; // never runs
          if (b.taint()) state = true;
          // A clean store under one key cleans that key only, not the whole container.
          else if (region.start <= ref.startIndex && ref.endIndex <= region.end && (b.key === undefined || b.key === key)) state = false;
        }
        return state;
      }
      if (!scope) return false;
    }
  }

  /** The innermost function around `node`, or null at the top level. */
  private scopeOf(node: Node): Node | null {
    for (let p = node.parent; p; p = p.parent) if (this.syntax.scopes.has(p.type)) return p;
    return null;
  }

  /** Every binding made directly in a scope (not in the functions inside it), by name, in source order. */
  private bindingsIn(scope: Node): Map<string, BoundValue[]> {
    let found = this.scopes.get(scope.id);
    if (found) return found;
    found = new Map();
    this.scopes.set(scope.id, found);
    const add = (name: string, value: BoundValue) => {
      const list = found!.get(name);
      if (list) list.push(value);
      else found!.set(name, [value]);
    };
    const params = scope === this.root ? null : (scope.childForFieldName('parameters') ?? scope.childForFieldName('parameter'));
    if (params) this.bindParameters(params, scope, add);
    const stack: Node[] = [];
    const body = scope === this.root ? scope : (scope.childForFieldName('body') ?? scope);
    for (let i = body.namedChildCount - 1; i >= 0; i--) stack.push(body.namedChild(i)!);
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (this.syntax.scopes.has(n.type)) continue; // its bindings are its own
      const binding = this.syntax.bindings.find((b) => b.type === n.type);
      if (binding) this.bind(n, binding, scope, add);
      else this.bindStoringCall(n, scope, add);
      for (let i = n.namedChildCount - 1; i >= 0; i--) stack.push(n.namedChild(i)!);
    }
    for (const list of found.values()) list.sort((a, b) => a.at - b.at);
    return found;
  }

  /** `list.push(x)`, `sb.append(x)`, `m.put(k, x)`: the receiver's name now also carries the arguments. */
  private bindStoringCall(n: Node, scope: Node, add: (name: string, value: BoundValue) => void): void {
    const call = this.syntax.methodCall(n);
    if (!call || !call.args || !this.syntax.storing.has(call.method)) return;
    const args = call.args;
    const [first, ...values] = args.namedChildren.filter((a): a is Node => a !== null && a.type !== 'comment');
    // Only a key written as a literal: names cannot be resolved while the scope's bindings are being read.
    const key = KEYED_STORES.has(call.method) && first && values.length > 0 && isLiteralNode(first) ? this.constantOf(first) : undefined;
    if (typeof key === 'string') {
      // A store under a constant key replaces what was there, where it surely runs.
      const region = lazy(() => this.regionOf(n, scope));
      for (const t of this.targetNames(call.receiver)) add(t.name, { at: n.endIndex, region, key, taint: () => values.some((v) => this.tainted(v)) });
      return;
    }
    for (const t of this.targetNames(call.receiver)) add(t.name, { at: n.endIndex, region: nowhere, taint: () => this.tainted(args) });
  }

  private bindParameters(params: Node, scope: Node, add: (name: string, value: BoundValue) => void): void {
    const whole: Region = { start: scope.startIndex, end: scope.endIndex };
    const region = () => whole;
    const visit = (n: Node, sourced: boolean) => {
      const isSource = sourced || this.sources.has(n.id);
      if (this.syntax.references.has(n.type)) {
        add(n.text, { at: n.endIndex, region, taint: () => isSource });
        return;
      }
      const defaultValue = this.syntax.defaults.has(n.type) ? (n.childForFieldName('right') ?? n.childForFieldName('value')) : null;
      if (defaultValue) {
        // The caller may pass anything, so a constant default cleans nothing; a tainted one taints the name.
        const target = n.childForFieldName('left') ?? n.childForFieldName('name');
        for (const t of target ? this.targetNames(target) : []) {
          add(t.name, { at: n.endIndex, region: nowhere, taint: () => this.tainted(defaultValue) });
        }
      }
      for (let i = 0; i < n.childCount; i++) {
        const field = n.fieldNameForChild(i);
        // Types and default values are not parameter names (a default is bound as its own assignment).
        if (field === 'type' || field === 'value' || field === 'right' || field === 'default') continue;
        const child = n.child(i)!;
        if (child.isNamed) visit(child, isSource);
      }
    };
    if (this.call?.callee.id !== scope.id) {
      visit(params, false);
      return;
    }
    // Inside a called function: each parameter carries its argument's taint.
    const { parameterTaint } = this.call;
    this.parameterSlots(scope).forEach((slot, position) => {
      const tainted = slot.names.some((name) => parameterTaint(position, name, slot.rest));
      visit(slot.node, tainted);
    });
  }

  private bind(n: Node, binding: Binding, scope: Node, add: (name: string, value: BoundValue) => void): void {
    const target = n.childForFieldName(binding.target);
    const value = n.childForFieldName(binding.value);
    if (!target) return;
    const op = n.childForFieldName('operator')?.text;
    const accumulates = binding.accumulates === true || (op !== undefined && op !== '=' && op !== ':=');
    const region = lazy(() => this.regionOf(n, scope));
    // A loop variable is bound by the header, before the body reads it.
    const at = binding.loop ? (value ?? target).endIndex : n.endIndex;
    const targets = this.targetNames(target);
    // `a, b = x, y` pairs targets with values; any other shape gives every target the whole value.
    const values = value && listLike(target, value) ? value.namedChildren : null;
    targets.forEach((t, i) => {
      const v = values?.[i] ?? value;
      const taint = () => (v !== null && this.tainted(v)) || (accumulates && this.nameTainted(t.name, n)) || this.sources.has(t.node.id);
      const plain = v !== null && !accumulates && !binding.loop && targets.length === 1;
      add(t.name, { at, region, taint, ...(plain ? { value: v } : {}) });
    });
  }

  /** The names a binding target writes: a name, each name in a pattern, or the object a member write changes. */
  private targetNames(target: Node): Array<{ name: string; node: Node }> {
    if (this.syntax.references.has(target.type) || target.type === 'shorthand_property_identifier_pattern') {
      return [{ name: target.text, node: target }];
    }
    const out: Array<{ name: string; node: Node }> = [];
    const visit = (n: Node) => {
      if (this.syntax.references.has(n.type) || n.type === 'shorthand_property_identifier_pattern') {
        out.push({ name: n.text, node: n });
        return;
      }
      for (let i = 0; i < n.childCount; i++) {
        const child = n.child(i)!;
        if (!child.isNamed) continue;
        const field = n.fieldNameForChild(i);
        // In a member write only the object is a name; keys of a pattern and default values are not targets.
        if (field === 'property' || field === 'field' || field === 'attribute' || field === 'key' || field === 'index') continue;
        if (field === 'right' || field === 'value' || field === 'type' || field === 'subscript') continue;
        visit(child);
      }
    };
    visit(target);
    return out;
  }

  /**
   * The part of the scope where every path runs `n`: the innermost branch (if-body, loop body…) around it. A
   * branch whose condition is a constant is either always taken (no branch at all) or never: then null.
   */
  private regionOf(n: Node, scope: Node): Region | null {
    for (let child: Node = n, p = n.parent; p && p.id !== scope.id; child = p, p = p.parent) {
      const decided = this.constantBranch(p, child);
      if (decided === 'dead') return null;
      if (decided) {
        child = decided; // taken for certain: carry on from the statement that chose it
        p = decided;
        continue;
      }
      if (p.type === 'else_clause') continue; // its if statement decides
      if (BRANCHING.test(p.type)) return { start: child.startIndex, end: child.endIndex };
    }
    return { start: scope.startIndex, end: scope.endIndex };
  }

  /** For a branch `p` entered through `child`: 'dead', the node to continue from when always taken, or undefined. */
  private constantBranch(p: Node, child: Node): 'dead' | Node | undefined {
    if (IF_LIKE.has(p.type)) {
      const condition = p.childForFieldName('condition');
      if (!condition || child.id === condition.id) return undefined;
      const truth = truthy(this.constantOf(condition));
      if (truth === undefined) return undefined;
      if (child.id === p.childForFieldName('consequence')?.id) return truth ? p : 'dead';
      if (truth) return 'dead';
      // A false condition: an else runs for certain unless elif clauses come between.
      const elifs = p.namedChildren.some((c) => c?.type === 'elif_clause');
      return child.type === 'else_clause' && elifs ? undefined : p;
    }
    const cases = SWITCH_CASES[p.type];
    if (cases) {
      const subject = cases.subject(p);
      const value = subject ? this.constantOf(subject) : undefined;
      const sw = cases.switchOf(p);
      if (value === undefined || !sw) return undefined;
      const labels = cases.labels(p).map((l) => this.constantOf(l));
      if (labels.some((l) => l === undefined)) return undefined;
      if (labels.includes(value)) return sw;
      if (!cases.isDefault(p)) return 'dead';
      // The default runs when no case of the switch matches.
      const siblings = p.parent?.namedChildren.filter((c): c is Node => c !== null && c.id !== p.id && c.type in SWITCH_CASES) ?? [];
      const others = siblings.flatMap((c) => SWITCH_CASES[c.type]!.labels(c).map((l) => this.constantOf(l)));
      if (others.some((l) => l === undefined)) return undefined;
      return others.includes(value) ? 'dead' : sw;
    }
    return undefined;
  }

  /**
   * The value of an expression made only of literals and of names bound once to such an expression: numbers,
   * strings, booleans, arithmetic, comparisons, `!`/`not`, and `charAt` on a constant string. Else undefined.
   */
  private constantOf(node: Node): Constant | undefined {
    const cached = this.constants.get(node.id);
    if (cached !== undefined) return cached ?? undefined;
    if (this.inProgress.size > MAX_DEPTH) return undefined;
    this.constants.set(node.id, null); // a cycle through names is not a constant
    const value = this.computeConstant(node);
    this.constants.set(node.id, value ?? null);
    return value;
  }

  private computeConstant(node: Node): Constant | undefined {
    const text = node.text;
    if (/^(true|True)$/.test(text)) return true;
    if (/^(false|False)$/.test(text)) return false;
    if (/integer|number|int_literal|float/.test(node.type) && /^\d+(\.\d+)?$/.test(text)) return Number(text);
    if (node.type === 'character_literal' && /^'.'$/.test(text)) return text[1]!;
    if (isLiteralNode(node) && /^(["'`])[^"'`\\$]*\1$/.test(text)) return text.slice(1, -1);
    if (node.type === 'parenthesized_expression') return node.namedChildCount === 1 ? this.constantOf(node.namedChild(0)!) : undefined;
    if (this.syntax.references.has(node.type)) return this.constantName(node);
    if (node.type === 'unary_expression' || node.type === 'not_operator') {
      const operand = node.childForFieldName('argument') ?? node.childForFieldName('operand') ?? node.namedChild(node.namedChildCount - 1);
      const v = operand ? this.constantOf(operand) : undefined;
      if (v === undefined) return undefined;
      const op = node.type === 'not_operator' ? '!' : node.childForFieldName('operator')?.text ?? node.child(0)?.text;
      if (op === '!' || op === 'not') return !v;
      if (op === '-' && typeof v === 'number') return -v;
      return undefined;
    }
    if (node.type === 'binary_expression' || node.type === 'binary_operator' || node.type === 'comparison_operator' || node.type === 'boolean_operator') {
      const left = node.childForFieldName('left') ?? node.namedChild(0);
      const right = node.childForFieldName('right') ?? node.namedChild(1);
      if (!left || !right || node.namedChildCount !== 2) return undefined;
      const op = node.childForFieldName('operator')?.text ?? node.child(1)?.text;
      const a = this.constantOf(left);
      const b = a === undefined ? undefined : this.constantOf(right);
      return a === undefined || b === undefined || op === undefined ? undefined : applyOperator(op, a, b);
    }
    const call = this.syntax.methodCall(node);
    if (call && call.method === 'charAt' && call.args?.namedChildCount === 1) {
      const s = this.constantOf(call.receiver);
      const i = this.constantOf(call.args.namedChild(0)!);
      return typeof s === 'string' && typeof i === 'number' && i >= 0 && i < s.length ? s[i] : undefined;
    }
    return undefined;
  }

  /** A name bound exactly once, to a constant, before `ref`. */
  private constantName(ref: Node): Constant | undefined {
    for (let scope: Node | null = this.scopeOf(ref); ; scope = this.scopeOf(scope!)) {
      const bound = this.bindingsIn(scope ?? this.root).get(ref.text);
      if (bound) {
        const only = bound.length === 1 ? bound[0]! : undefined;
        if (!only?.value || only.at > ref.startIndex) return undefined;
        const region = only.region(); // bound on every path to `ref`, not in one branch
        return region && region.start <= ref.startIndex && ref.endIndex <= region.end ? this.constantOf(only.value) : undefined;
      }
      if (!scope) return undefined;
    }
  }
}

function truthy(v: Constant | undefined): boolean | undefined {
  return v === undefined ? undefined : Boolean(v);
}

function applyOperator(op: string, a: Constant, b: Constant): Constant | undefined {
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case '+': return a + b;
      case '-': return a - b;
      case '*': return a * b;
      case '/': return b === 0 ? undefined : a / b;
      case '%': return b === 0 ? undefined : a % b;
      case '>': return a > b;
      case '<': return a < b;
      case '>=': return a >= b;
      case '<=': return a <= b;
    }
  }
  switch (op) {
    case '==': case '===': return a === b;
    case '!=': case '!==': return a !== b;
    case '&&': case 'and': return Boolean(a) && Boolean(b);
    case '||': case 'or': return Boolean(a) || Boolean(b);
    case '+': return typeof a === 'string' || typeof b === 'string' ? `${a}${b}` : undefined;
  }
  return undefined;
}

/** Condition, consequence and alternative of a conditional expression (Python's has no fields: `a if c else b`). */
function ternaryParts(node: Node): [Node | null, Node | null, Node | null] {
  const condition = node.childForFieldName('condition');
  if (condition) return [condition, node.childForFieldName('consequence'), node.childForFieldName('alternative')];
  return [node.namedChild(1), node.namedChild(0), node.namedChild(2)];
}

function listLike(target: Node, value: Node): boolean {
  return target.namedChildCount > 1 && target.namedChildCount === value.namedChildCount && /list|pattern_list|tuple/.test(target.type) && /list|tuple/.test(value.type);
}
