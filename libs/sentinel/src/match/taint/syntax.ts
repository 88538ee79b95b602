// What the taint step needs to know of each grammar: where functions begin, which statements bind a name to a
// value, and which parts of an expression are names rather than values. This is language knowledge, so it is
// code; what counts as a source, a sink or a sanitizer is rule data (YAML queries).

export interface Binding {
  /** Node type of the binding statement or expression. */
  type: string;
  /** Field holding the target (a name, a pattern, a member expression, a list of targets). */
  target: string;
  /** Field holding the value; absent for loop variables bound from `iterable`. */
  value: string;
  /** The old value flows into the new one (`x += y`). */
  accumulates?: boolean;
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
  cleanResult(node: { type: string; childForFieldName(f: string): { type: string; text: string } | null }): boolean;
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
    { type: 'for_in_statement', target: 'left', value: 'right' },
    { type: 'assignment_pattern', target: 'left', value: 'right' },
  ],
  references: new Set(['identifier', 'shorthand_property_identifier']),
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
};

const python: TaintSyntax = {
  scopes: new Set(['function_definition', 'lambda']),
  bindings: [
    { type: 'assignment', target: 'left', value: 'right' },
    { type: 'augmented_assignment', target: 'left', value: 'right', accumulates: true },
    { type: 'for_statement', target: 'left', value: 'right' },
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
};

const java: TaintSyntax = {
  scopes: new Set(['method_declaration', 'constructor_declaration', 'lambda_expression', 'compact_constructor_declaration']),
  bindings: [
    { type: 'variable_declarator', target: 'name', value: 'value' },
    { type: 'assignment_expression', target: 'left', value: 'right' },
    { type: 'enhanced_for_statement', target: 'name', value: 'value' },
  ],
  references: new Set(['identifier']),
  nameFields: new Set(['method_invocation.name', 'field_access.field', 'object_creation_expression.type']),
  cleanResult(node) {
    if (node.type === 'binary_expression') return COMPARISONS.has(operatorOf(node) ?? '');
    if (node.type === 'unary_expression') return operatorOf(node) === '!';
    return node.type === 'instanceof_expression';
  },
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
