// Rehydrating an Anthropic Messages SSE stream: text deltas and tool-input JSON deltas, with a token split
// across any number of deltas. Each content block has its own rehydrator: text goes through as text,
// tool-input JSON gets each value JSON-escaped (a secret may hold quotes or backslashes), and a tool that runs
// commands keeps its tokens (see COMMAND_TOOLS).
import type { ShieldSession } from '../session.js';
import { couldContinue, MAX_TOKEN_LENGTH, TOKEN_PATTERN } from '../tokens.js';
import { COMMAND_TOOLS } from './walk.js';

interface BlockState {
  kind: 'text' | 'json' | 'raw';
  carry: string;
}

/** A piece of a block's text that can be released now, and what must wait for the next delta. */
function split(carry: string): [string, string] {
  let complete = 0;
  TOKEN_PATTERN.lastIndex = 0;
  for (let m = TOKEN_PATTERN.exec(carry); m; m = TOKEN_PATTERN.exec(carry)) complete = m.index + m[0].length;
  for (let i = Math.max(complete, carry.length - MAX_TOKEN_LENGTH + 1); i < carry.length; i++) {
    if (carry[i] === '_' && couldContinue(carry.slice(i))) return [carry.slice(0, i), carry.slice(i)];
  }
  return [carry, ''];
}

export class AnthropicStreamRehydrator {
  private readonly blocks = new Map<number, BlockState>();
  constructor(
    private readonly session: ShieldSession,
    private readonly keepCommandTokens: boolean,
  ) {}

  private rehydrate(text: string, kind: BlockState['kind']): string {
    if (kind === 'raw') return text;
    if (kind === 'text') return this.session.rehydrate(text).text;
    // Inside a JSON string: a token's value goes in JSON-escaped.
    return text.replace(TOKEN_PATTERN, (token) => {
      const value = this.session.rehydrate(token).text;
      return value === token ? token : JSON.stringify(value).slice(1, -1);
    });
  }

  /** One event's data object, rewritten; returns the events to send in its place (a stop may flush first). */
  event(data: Record<string, unknown>): Array<Record<string, unknown>> {
    const type = data.type;
    const index = data.index as number;
    if (type === 'content_block_start') {
      const block = (data.content_block ?? {}) as { type?: string; name?: string; text?: string };
      const kind: BlockState['kind'] = block.type === 'text' ? 'text' : block.type === 'tool_use' ? (this.keepCommandTokens && COMMAND_TOOLS.test(block.name ?? '') ? 'raw' : 'json') : 'raw';
      this.blocks.set(index, { kind, carry: '' });
      if (kind === 'text' && block.text) return [{ ...data, content_block: { ...block, text: this.session.rehydrate(block.text).text } }];
      return [data];
    }
    if (type === 'content_block_delta') {
      const state = this.blocks.get(index) ?? { kind: 'raw' as const, carry: '' };
      const delta = data.delta as { type?: string; text?: string; partial_json?: string };
      const field = delta.type === 'text_delta' ? 'text' : delta.type === 'input_json_delta' ? 'partial_json' : undefined;
      if (!field || state.kind === 'raw') return [data];
      const [ready, wait] = split(state.carry + (delta[field] ?? ''));
      state.carry = wait;
      this.blocks.set(index, state);
      return ready === '' ? [] : [{ ...data, delta: { ...delta, [field]: this.rehydrate(ready, state.kind) } }];
    }
    if (type === 'content_block_stop') {
      const state = this.blocks.get(index);
      this.blocks.delete(index);
      if (state && state.carry !== '' && state.kind !== 'raw') {
        const field = state.kind === 'text' ? { type: 'text_delta', text: this.rehydrate(state.carry, 'text') } : { type: 'input_json_delta', partial_json: this.rehydrate(state.carry, 'json') };
        return [{ type: 'content_block_delta', index, delta: field }, data];
      }
      return [data];
    }
    return [data];
  }
}
