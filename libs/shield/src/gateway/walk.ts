// Every text-bearing string of a provider request or response, rewritten by `f`: message and system text, tool
// results, tool inputs, instructions. Structural fields (model, role, type, ids, tool names, schemas) are left
// alone: they are not prose a secret would sit in, and changing them would break the protocol.
const STRUCTURAL = new Set([
  'model', 'role', 'type', 'id', 'tool_use_id', 'call_id', 'name', 'media_type', 'stop_reason', 'stop_sequence', 'stream',
  'tool_choice', 'cache_control', 'input_schema', 'parameters', 'schema', 'tools', 'response_format', 'format', 'object',
  'finish_reason', 'status', 'signature', 'anthropic_version', 'service_tier', 'reasoning_effort', 'previous_response_id',
]);

export type Rewrite = (text: string, path: readonly string[]) => string;

export function rewriteStrings(value: unknown, f: Rewrite, path: string[] = []): unknown {
  if (typeof value === 'string') return f(value, path);
  if (Array.isArray(value)) return value.map((v, i) => rewriteStrings(v, f, [...path, String(i)]));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = STRUCTURAL.has(k) ? v : rewriteStrings(v, f, [...path, k]);
    return out;
  }
  return value;
}

/** Tools whose input is a command the client will execute: a rehydrated secret there could be sent anywhere. */
export const COMMAND_TOOLS = /^(bash|shell|sh|exec|execute|run|run_command|terminal|local_shell|command|computer)$/i;
