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
