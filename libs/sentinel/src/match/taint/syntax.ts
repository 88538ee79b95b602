// What the taint step needs to know of each grammar: where functions begin, which statements bind a name to a
// value, and which parts of an expression are names rather than values. This is language knowledge, so it is
// code; what counts as a source, a sink or a sanitizer is rule data (YAML queries).
import type { Node } from 'web-tree-sitter';

export interface Binding {
  /** Node type of the binding statement or expression. */
  type: string;
  /** Field holding the target (a name, a pattern, a member expression, a list of targets). */
  target: string;
  /** Field holding the value; absent for loop variables bound from `iterable`. */
  value: string;
  /** The old value flows into the new one (`x += y`). */
  accumulates?: boolean;
  /** A loop header: the name holds the value from the end of `value` on, through the loop's body. */
  loop?: boolean;
}

/** A call by name: `f(a)`, `obj.m(a)`. */
export interface CallSite {
  name: string;
  /** Called through an object (`obj.m(...)`, a method), so a Python method's `self` is not among `args`. */
  member: boolean;
  receiver: Node | null;
  args: Node[];
}

/** The parts of a method call that the taint step reads. */
export interface MethodCall {
  receiver: Node;
  method: string;
  args: Node | null;
}

export interface TaintSyntax {
  /** Nodes that start a function: their body is one scope of the analysis. */
  scopes: ReadonlySet<string>;
  bindings: readonly Binding[];
  /** Nodes that read a variable by name. */
  references: ReadonlySet<string>;
  /** `type.field` pairs that hold a name rather than a value (an attribute, a method or keyword name). */
  nameFields: ReadonlySet<string>;
  /** Expressions whose result carries nothing of their operands (comparisons, negation, typeof). */
  cleanResult(node: Node): boolean;
  /** Parameter forms that bind a default value (`c = x`): the default can taint the name, never clean it. */
  defaults: ReadonlySet<string>;
  /** `receiver.method(args)` for a call node, else undefined. */
  methodCall(node: Node): MethodCall | undefined;
  /** Methods that store their arguments in the receiver (push, append, put...): it then carries them. */
  storing: ReadonlySet<string>;
  /** The name and arguments of a call, for calls into functions of the same file. */
  callSite(node: Node): CallSite | undefined;
  /** The name of a function node, when it has one (`function f`, `def f`, a method, `const f = () => ...`). */
  functionName(fn: Node): string | undefined;
  /** A method's first parameter is the object (Python's self): a call through an object does not pass it. */
  selfParameter?: boolean;
}

const argumentsOf = (list: Node | null): Node[] => list?.namedChildren.filter((a): a is Node => a !== null && a.type !== 'comment') ?? [];

/** `f(args)` or `obj.name(args)` where the callee is a name or a member/attribute/selector node. */
function namedCall(call: string, member: string, object: string, property: string, args: string) {
  return (node: Node): CallSite | undefined => {
    if (node.type !== call) return undefined;
    const fn = node.childForFieldName('function');
    const list = node.childForFieldName(args);
    if (fn?.type === 'identifier') return { name: fn.text, member: false, receiver: null, args: argumentsOf(list) };
    if (fn?.type !== member) return undefined;
    const name = fn.childForFieldName(property);
    return name ? { name: name.text, member: true, receiver: fn.childForFieldName(object), args: argumentsOf(list) } : undefined;
  };
}

/** A function's own name, or the name of the variable it is assigned to. */
function declaredName(fn: Node): string | undefined {
  const own = fn.childForFieldName('name');
  if (own) return own.text;
  const parent = fn.parent;
  return parent?.type === 'variable_declarator' && parent.childForFieldName('value')?.id === fn.id ? parent.childForFieldName('name')?.text : undefined;
}

/** `receiver.method(...)` where the callee is a member/attribute/selector node with these two fields. */
function memberCall(call: string, callee: string, object: string, property: string, args: string) {
  return (node: Node): MethodCall | undefined => {
    if (node.type !== call) return undefined;
    const fn = node.childForFieldName('function');
    if (!fn || fn.type !== callee) return undefined;
    const receiver = fn.childForFieldName(object);
    const method = fn.childForFieldName(property);
    return receiver && method ? { receiver, method: method.text, args: node.childForFieldName(args) } : undefined;
  };
}

const COMPARISONS = new Set(['==', '===', '!=', '!==', '<', '>', '<=', '>=', 'instanceof', 'in', '&&', '||']);

function operatorOf(node: { childForFieldName(f: string): { text: string } | null }): string | undefined {
  return node.childForFieldName('operator')?.text;
}

const javascript: TaintSyntax = {
  scopes: new Set([
    'function_declaration',
    'function_expression',
    'function',
    'arrow_function',
    'method_definition',
    'generator_function_declaration',
    'generator_function',
  ]),
  bindings: [
    { type: 'variable_declarator', target: 'name', value: 'value' },
    { type: 'assignment_expression', target: 'left', value: 'right' },
    { type: 'augmented_assignment_expression', target: 'left', value: 'right', accumulates: true },
    { type: 'for_in_statement', target: 'left', value: 'right', loop: true },
    { type: 'assignment_pattern', target: 'left', value: 'right' },
  ],
  references: new Set(['identifier', 'shorthand_property_identifier', 'shorthand_property_identifier_pattern']),
  nameFields: new Set(['pair.key', 'member_expression.property', 'jsx_attribute.name']),
  cleanResult(node) {
    if (node.type === 'binary_expression') {
      const op = operatorOf(node);
      // && and || return one of their operands in JavaScript: those propagate.
      return op !== undefined && op !== '&&' && op !== '||' && COMPARISONS.has(op);
    }
    if (node.type === 'unary_expression') return ['!', 'typeof', 'void', 'delete', '-', '+', '~'].includes(operatorOf(node) ?? '');
    return false;
  },
  defaults: new Set(['assignment_pattern']),
  methodCall: memberCall('call_expression', 'member_expression', 'object', 'property', 'arguments'),
  storing: new Set(['push', 'unshift', 'splice', 'set', 'add', 'append']),
  callSite: namedCall('call_expression', 'member_expression', 'object', 'property', 'arguments'),
  functionName: declaredName,
};

const python: TaintSyntax = {
  scopes: new Set(['function_definition', 'lambda']),
  bindings: [
    { type: 'assignment', target: 'left', value: 'right' },
    { type: 'augmented_assignment', target: 'left', value: 'right', accumulates: true },
    { type: 'for_statement', target: 'left', value: 'right', loop: true },
    { type: 'for_in_clause', target: 'left', value: 'right' },
    { type: 'named_expression', target: 'name', value: 'value' },
    { type: 'default_parameter', target: 'name', value: 'value' },
    { type: 'typed_default_parameter', target: 'name', value: 'value' },
  ],
  references: new Set(['identifier']),
  nameFields: new Set(['attribute.attribute', 'keyword_argument.name']),
  cleanResult(node) {
    return node.type === 'comparison_operator' || node.type === 'not_operator';
  },
  defaults: new Set(['default_parameter', 'typed_default_parameter']),
  methodCall: memberCall('call', 'attribute', 'object', 'attribute', 'arguments'),
  storing: new Set(['append', 'extend', 'insert', 'add', 'update', 'setdefault', 'appendleft', 'extendleft', 'write', 'writelines']),
  callSite: namedCall('call', 'attribute', 'object', 'attribute', 'arguments'),
  functionName: declaredName,
  selfParameter: true,
};

const go: TaintSyntax = {
  scopes: new Set(['function_declaration', 'method_declaration', 'func_literal']),
  bindings: [
    { type: 'short_var_declaration', target: 'left', value: 'right' },
    { type: 'assignment_statement', target: 'left', value: 'right' },
    { type: 'var_spec', target: 'name', value: 'value' },
    { type: 'const_spec', target: 'name', value: 'value' },
    { type: 'range_clause', target: 'left', value: 'right' },
  ],
  references: new Set(['identifier']),
  nameFields: new Set(['selector_expression.field', 'keyed_element.key']),
  cleanResult(node) {
    if (node.type === 'binary_expression') return COMPARISONS.has(operatorOf(node) ?? '');
    if (node.type === 'unary_expression') return operatorOf(node) === '!';
    return false;
  },
  defaults: new Set(),
  methodCall: memberCall('call_expression', 'selector_expression', 'operand', 'field', 'arguments'),
  storing: new Set(['WriteString', 'Write', 'WriteByte', 'WriteRune', 'Set', 'Add', 'Store', 'PushBack', 'PushFront']),
  callSite: namedCall('call_expression', 'selector_expression', 'operand', 'field', 'arguments'),
  functionName: declaredName,
};

const java: TaintSyntax = {
  scopes: new Set(['method_declaration', 'constructor_declaration', 'lambda_expression', 'compact_constructor_declaration']),
  bindings: [
    { type: 'variable_declarator', target: 'name', value: 'value' },
    { type: 'assignment_expression', target: 'left', value: 'right' },
    { type: 'enhanced_for_statement', target: 'name', value: 'value', loop: true },
  ],
  references: new Set(['identifier']),
  nameFields: new Set(['method_invocation.name', 'field_access.field', 'object_creation_expression.type']),
  cleanResult(node) {
    if (node.type === 'binary_expression') return COMPARISONS.has(operatorOf(node) ?? '');
    if (node.type === 'unary_expression') return operatorOf(node) === '!';
    return node.type === 'instanceof_expression';
  },
  defaults: new Set(),
  methodCall(node) {
    if (node.type !== 'method_invocation') return undefined;
    const receiver = node.childForFieldName('object');
    const method = node.childForFieldName('name');
    return receiver && method ? { receiver, method: method.text, args: node.childForFieldName('arguments') } : undefined;
  },
  storing: new Set(['append', 'insert', 'add', 'addAll', 'addFirst', 'addLast', 'addElement', 'put', 'putAll', 'putIfAbsent', 'set', 'setProperty', 'offer', 'push']),
  callSite(node) {
    if (node.type !== 'method_invocation') return undefined;
    const name = node.childForFieldName('name');
    const receiver = node.childForFieldName('object');
    return name ? { name: name.text, member: receiver !== null, receiver, args: argumentsOf(node.childForFieldName('arguments')) } : undefined;
  },
  functionName: declaredName,
};

const BY_GRAMMAR: Record<string, TaintSyntax> = {
  javascript,
  typescript: javascript,
  tsx: javascript,
  python,
  go,
  java,
};

/** The taint syntax of a grammar, or undefined when taint rules cannot run on it. */
export function taintSyntax(grammar: string): TaintSyntax | undefined {
  return BY_GRAMMAR[grammar];
}

export const TAINT_GRAMMARS: readonly string[] = Object.keys(BY_GRAMMAR);
