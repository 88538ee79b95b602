// Reading JSON files people edit by hand (warden.json, the baseline). JSON.parse's errors are positional but
// unfriendly, differ between Node versions, and sometimes carry no position at all ("Unexpected token '/',
// "…" is not valid JSON"). So when JSON.parse fails we run a small recognizer of our own that finds the first
// error, says what was expected in plain words, and reports line and column.
import { ConfigError } from '../errors.js';

/** Parses `text` (a leading BOM is dropped); throws ConfigError naming `file`, the line and the column. */
export function parseJsonText(text: string, file: string): unknown {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (src.trim() === '') throw new ConfigError(file, 'the file is empty (write {} to use the defaults)');
  try {
    return JSON.parse(src);
  } catch (e) {
    const found = findJsonError(src);
    if (!found) throw new ConfigError(file, `invalid JSON: ${(e as Error).message}`);
    const { line, column } = lineColumn(src, found.offset);
    throw new ConfigError(file, `invalid JSON at line ${line}, column ${column}: ${found.message}`);
  }
}

/** 1-based line and column (UTF-16 units, as editors count) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export interface JsonError {
  offset: number;
  message: string;
}

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonError(text: string): JsonError | undefined {
  try {
    const r = new Recognizer(text);
    r.value();
    r.ws();
    if (r.i < text.length) r.fail(r.i, `unexpected ${r.describe(r.i)} after the end of the JSON value`);
    return undefined;
  } catch (e) {
    if (e instanceof Stop) return { offset: e.offset, message: e.message };
    throw e;
  }
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

class Recognizer {
  i = 0;
  private depth = 0;
  constructor(private readonly s: string) {}

  fail(offset: number, message: string): never {
    throw new Stop(offset, message);
  }

  describe(at: number): string {
    if (at >= this.s.length) return 'end of file';
    const c = this.s[at]!;
    if (c === '/' && (this.s[at + 1] === '/' || this.s[at + 1] === '*')) return 'comment (JSON has no comments)';
    if (c === "'") return "' (JSON strings use double quotes)";
    if (/[A-Za-z_$]/.test(c)) {
      // A short token only: the text could be anything, and an error message is no place to echo it.
      const word = /^[A-Za-z_$][\w$]*/.exec(this.s.slice(at, at + 21))![0];
      return `"${word.length > 20 ? `${word.slice(0, 20)}…` : word}"`;
    }
    return c < ' ' ? `control character U+${c.charCodeAt(0).toString(16).padStart(4, '0')}` : `"${c}"`;
  }

  ws(): void {
    while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i]!)) this.i++;
  }

  value(): void {
    this.ws();
    const c = this.s[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.s.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
    }
    this.fail(this.i, `expected a value, found ${this.describe(this.i)}`);
  }

  private nest(): void {
    // Deep enough for any real file, shallow enough for the call stack.
    if (++this.depth > 1000) this.fail(this.i, 'nested too deeply');
  }

  private object(): void {
    this.nest();
    this.i++; // {
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      this.depth--;
      return;
    }
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') {
        if (this.s[this.i] === '}') this.fail(this.lastComma(), 'trailing comma before "}"');
        this.fail(this.i, `expected a property name in double quotes, found ${this.describe(this.i)}`);
      }
      this.string();
      this.ws();
      if (this.s[this.i] !== ':') this.fail(this.i, `expected ":" after the property name, found ${this.describe(this.i)}`);
      this.i++;
      this.value();
      this.ws();
      const c = this.s[this.i];
      if (c === ',') {
        this.i++;
        continue;
      }
      if (c === '}') {
        this.i++;
        this.depth--;
        return;
      }
      this.fail(this.i, `expected "," or "}" after a property value, found ${this.describe(this.i)}`);
    }
  }

  private array(): void {
    this.nest();
    this.i++; // [
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      this.depth--;
      return;
    }
    for (;;) {
      this.ws();
      if (this.s[this.i] === ']') this.fail(this.lastComma(), 'trailing comma before "]"');
      this.value();
      this.ws();
      const c = this.s[this.i];
      if (c === ',') {
        this.i++;
        continue;
      }
      if (c === ']') {
        this.i++;
        this.depth--;
        return;
      }
      this.fail(this.i, `expected "," or "]" after a list item, found ${this.describe(this.i)}`);
    }
  }

  /** Where the comma before the current position is, so a trailing comma is pointed at, not what follows it. */
  private lastComma(): number {
    const at = this.s.lastIndexOf(',', this.i);
    return at === -1 ? this.i : at;
  }

  private string(): void {
    const open = this.i;
    this.i++; // "
    for (;;) {
      if (this.i >= this.s.length) this.fail(open, 'string is never closed');
      const c = this.s[this.i]!;
      if (c === '"') {
        this.i++;
        return;
      }
      if (c === '\n' || c === '\r') this.fail(open, 'string is never closed on its line (write a line break as \\n)');
      if (c < ' ') this.fail(this.i, `${this.describe(this.i)} inside a string (escape it)`);
      if (c === '\\') {
        const e = this.s[this.i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.s.slice(this.i + 2, this.i + 6))) {
            this.fail(this.i, '"\\u" must be followed by 4 hex digits');
          }
          this.i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) {
          this.fail(this.i, `invalid escape "\\${e ?? ''}" (a literal backslash is written \\\\)`);
        }
        this.i += 2;
        continue;
      }
      this.i++;
    }
  }

  private number(): void {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.s.slice(this.i, this.i + 400));
    if (!m) this.fail(this.i, 'invalid number');
    const next = this.s[this.i + m[0].length];
    if (next !== undefined && /[0-9.eE]/.test(next)) {
      this.fail(this.i, 'invalid number (no leading zeros, a digit on both sides of ".")');
    }
    this.i += m[0].length;
  }
}
