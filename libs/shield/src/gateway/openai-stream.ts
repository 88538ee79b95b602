// Rehydrating OpenAI streams: Chat Completions (choices[i].delta.content, and tool_calls[j].function.arguments)
// and the Responses API (response.output_text.delta, response.function_call_arguments.delta). As for Anthropic,
// each stream position has its own carry so a token split across deltas is rebuilt, arguments get JSON-escaped
// values, and calls to command tools keep their tokens.
import type { ShieldSession } from '../session.js';
import { couldContinue, MAX_TOKEN_LENGTH, TOKEN_PATTERN } from '../tokens.js';
import { COMMAND_TOOLS } from './walk.js';

export class OpenAIStreamRehydrator {
  private readonly carry = new Map<string, string>();
  private readonly commandCalls = new Set<string>();
  constructor(
    private readonly session: ShieldSession,
    private readonly keepCommandTokens: boolean,
  ) {}

  private take(key: string, piece: string, json: boolean): string {
    const text = (this.carry.get(key) ?? '') + piece;
    let complete = 0;
    TOKEN_PATTERN.lastIndex = 0;
    for (let m = TOKEN_PATTERN.exec(text); m; m = TOKEN_PATTERN.exec(text)) complete = m.index + m[0].length;
    let cut = text.length;
    for (let i = Math.max(complete, text.length - MAX_TOKEN_LENGTH + 1); i < text.length; i++) {
      if (text[i] === '_' && couldContinue(text.slice(i))) {
        cut = i;
        break;
      }
    }
    this.carry.set(key, text.slice(cut));
    const ready = text.slice(0, cut);
    if (!json) return this.session.rehydrate(ready).text;
    return ready.replace(TOKEN_PATTERN, (token) => {
      const value = this.session.rehydrate(token).text;
      return value === token ? token : JSON.stringify(value).slice(1, -1);
    });
  }

  /** What is held for `key`, rehydrated as JSON string content, and forgotten. */
  private flushJson(key: string): string {
    const rest = this.carry.get(key) ?? '';
    this.carry.delete(key);
    return this.flushJsonText(rest);
  }

  private flushJsonText(text: string): string {
    return text.replace(TOKEN_PATTERN, (token) => {
      const value = this.session.rehydrate(token).text;
      return value === token ? token : JSON.stringify(value).slice(1, -1);
    });
  }

  event(data: Record<string, unknown>): Array<Record<string, unknown>> {
    // Responses API events
    if (data.type === 'response.output_item.added') {
      const item = data.item as { type?: string; name?: string; id?: string } | undefined;
      if (item?.type === 'function_call' && this.keepCommandTokens && COMMAND_TOOLS.test(item.name ?? '')) this.commandCalls.add(item.id ?? '');
      return [data];
    }
    if (data.type === 'response.output_text.delta' && typeof data.delta === 'string') {
      return [{ ...data, delta: this.take(`text:${String(data.item_id)}:${String(data.content_index)}`, data.delta, false) }];
    }
    if (data.type === 'response.function_call_arguments.delta' && typeof data.delta === 'string') {
      if (this.commandCalls.has(String(data.item_id))) return [data];
      return [{ ...data, delta: this.take(`args:${String(data.item_id)}`, data.delta, true) }];
    }
    // The end of a text or of call arguments: what was held back goes out as a last delta, and the event's full
    // copy is rehydrated too.
    if (data.type === 'response.output_text.done') {
      const key = `text:${String(data.item_id)}:${String(data.content_index)}`;
      const rest = this.carry.get(key);
      this.carry.delete(key);
      const done = { ...data, ...(typeof data.text === 'string' ? { text: this.session.rehydrate(data.text).text } : {}) };
      return rest ? [{ type: 'response.output_text.delta', item_id: data.item_id, output_index: data.output_index, content_index: data.content_index, delta: this.session.rehydrate(rest).text }, done] : [done];
    }
    if (data.type === 'response.function_call_arguments.done') {
      if (this.commandCalls.has(String(data.item_id))) return [data];
      const key = `args:${String(data.item_id)}`;
      const rest = this.carry.get(key);
      this.carry.delete(key);
      const args = typeof data.arguments === 'string' ? this.take(`full:${String(data.item_id)}`, data.arguments, true) + this.flushJson(`full:${String(data.item_id)}`) : data.arguments;
      const done = { ...data, arguments: args };
      return rest ? [{ type: 'response.function_call_arguments.delta', item_id: data.item_id, output_index: data.output_index, delta: this.flushJsonText(rest) }, done] : [done];
    }
    // Chat Completions chunks
    const choices = data.choices as Array<{ index: number; delta?: { content?: string; tool_calls?: Array<{ index: number; function?: { name?: string; arguments?: string } }> }; finish_reason?: string | null }> | undefined;
    if (!Array.isArray(choices)) return [data];
    const next = choices.map((choice) => {
      const delta = choice.delta ? { ...choice.delta } : undefined;
      if (delta && typeof delta.content === 'string') delta.content = this.take(`chat:${choice.index}`, delta.content, false);
      if (delta?.tool_calls) {
        delta.tool_calls = delta.tool_calls.map((call) => {
          const key = `call:${choice.index}:${call.index}`;
          if (call.function?.name && this.keepCommandTokens && COMMAND_TOOLS.test(call.function.name)) this.commandCalls.add(key);
          if (!call.function?.arguments || this.commandCalls.has(key)) return call;
          return { ...call, function: { ...call.function, arguments: this.take(key, call.function.arguments, true) } };
        });
      }
      // At the end of a choice, what was held back goes out.
      if (choice.finish_reason && delta) {
        const rest = this.carry.get(`chat:${choice.index}`);
        if (rest) delta.content = (delta.content ?? '') + this.session.rehydrate(rest).text;
        this.carry.delete(`chat:${choice.index}`);
        for (const key of [...this.carry.keys()].filter((k) => k.startsWith(`call:${choice.index}:`))) {
          const held = this.carry.get(key)!;
          this.carry.delete(key);
          if (held) delta.tool_calls = [...(delta.tool_calls ?? []), { index: Number(key.split(':')[2]), function: { arguments: this.flushJsonText(held) } }];
        }
      }
      return { ...choice, ...(delta ? { delta } : {}) };
    });
    return [{ ...data, choices: next }];
  }
}
