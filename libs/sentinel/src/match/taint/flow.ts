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
// Deliberately simple, as the first tier of the best tools: no call graph (a value returned by a local function
// is judged by its arguments), fields and container slots are folded into their object (`opts.cmd = x` and
// `m.put("k", x)` taint `opts` and `m`), and loops are read once, in order.
import type { Node } from 'web-tree-sitter';
import type { Binding, TaintSyntax } from './syntax.js';
import { isLiteralNode } from '../query.js';

interface BoundValue {
  /** Where the binding takes effect: the end of the statement that makes it. */
  at: number;
  /** The region whose every path runs the binding (see `regionOf`). */
  region: { start: number; end: number };
  taint: () => boolean;
}

/** A region no reference lies in: a binding with it adds taint but never removes it. */
const NOWHERE = { start: -1, end: -1 };

/** A node type whose children are alternative or repeated paths: a binding inside runs only on some paths. */
const BRANCHING =
  /(?:^|_)(?:if|else|elif|for|while|do|try|catch|except|finally|switch|case|default|select|when|match|with|conditional|ternary|enhanced_for|range|communication|type_switch)(?:_|$)/;

const MAX_DEPTH = 200;

export class TaintFlow {
  private readonly memo = new Map<number, boolean>();
  private readonly inProgress = new Set<number>();
  private readonly scopes = new Map<number, Map<string, BoundValue[]>>();

  constructor(
    private readonly syntax: TaintSyntax,
    private readonly root: Node,
    private readonly sources: ReadonlySet<number>,
    private readonly sanitizers: ReadonlySet<number>,
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
    for (let i = 0; i < node.namedChildCount; i++) {
      const child = node.namedChild(i)!;
      if (this.isNameField(node, i)) continue;
      if (this.tainted(child)) return true;
    }
    return false;
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

  /** Whether the name holds a tainted value where `ref` reads it: the innermost function that binds it decides. */
  private nameTainted(name: string, ref: Node): boolean {
    for (let scope: Node | null = this.scopeOf(ref); ; scope = this.scopeOf(scope!)) {
      const bound = this.bindingsIn(scope ?? this.root).get(name);
      if (bound) {
        let state = false;
        for (const b of bound) {
          if (b.at > ref.startIndex) break;
          if (b.taint()) state = true;
          else if (b.region.start <= ref.startIndex && ref.endIndex <= b.region.end) state = false;
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
      else this.bindStoringCall(n, add);
      for (let i = n.namedChildCount - 1; i >= 0; i--) stack.push(n.namedChild(i)!);
    }
    for (const list of found.values()) list.sort((a, b) => a.at - b.at);
    return found;
  }

  /** `list.push(x)`, `sb.append(x)`, `m.put(k, x)`: the receiver's name now also carries the arguments. */
  private bindStoringCall(n: Node, add: (name: string, value: BoundValue) => void): void {
    const call = this.syntax.methodCall(n);
    if (!call || !call.args || !this.syntax.storing.has(call.method)) return;
    const args = call.args;
    for (const t of this.targetNames(call.receiver)) add(t.name, { at: n.endIndex, region: NOWHERE, taint: () => this.tainted(args) });
  }

  private bindParameters(params: Node, scope: Node, add: (name: string, value: BoundValue) => void): void {
    const region = { start: scope.startIndex, end: scope.endIndex };
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
          add(t.name, { at: n.endIndex, region: NOWHERE, taint: () => this.tainted(defaultValue) });
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
    visit(params, false);
  }

  private bind(n: Node, binding: Binding, scope: Node, add: (name: string, value: BoundValue) => void): void {
    const target = n.childForFieldName(binding.target);
    const value = n.childForFieldName(binding.value);
    if (!target) return;
    const op = n.childForFieldName('operator')?.text;
    const accumulates = binding.accumulates === true || (op !== undefined && op !== '=' && op !== ':=');
    const region = this.regionOf(n, scope);
    // A loop variable is bound by the header, before the body reads it.
    const at = binding.loop ? (value ?? target).endIndex : n.endIndex;
    const targets = this.targetNames(target);
    // `a, b = x, y` pairs targets with values; any other shape gives every target the whole value.
    const values = value && listLike(target, value) ? value.namedChildren : null;
    targets.forEach((t, i) => {
      const v = values?.[i] ?? value;
      const taint = () => (v !== null && this.tainted(v)) || (accumulates && this.nameTainted(t.name, n)) || this.sources.has(t.node.id);
      add(t.name, { at, region, taint });
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

  /** The part of the scope where every path runs `n`: the innermost branch (if-body, loop body…) around it. */
  private regionOf(n: Node, scope: Node): { start: number; end: number } {
    for (let child: Node = n, p = n.parent; p && p.id !== scope.id; child = p, p = p.parent) {
      if (BRANCHING.test(p.type)) return { start: child.startIndex, end: child.endIndex };
    }
    return { start: scope.startIndex, end: scope.endIndex };
  }
}

function listLike(target: Node, value: Node): boolean {
  return target.namedChildCount > 1 && target.namedChildCount === value.namedChildCount && /list|pattern_list|tuple/.test(target.type) && /list|tuple/.test(value.type);
}
