import { describe, expect, it } from 'vitest';
import { findJsonError, lineColumn, parseJsonText } from './json.js';

describe('findJsonError', () => {
  // The recognizer must agree with JSON.parse on what is valid, or it would blame the wrong place.
  const samples = [
    '{}',
    '[]',
    '0',
    '-0.5e+10',
    '"a\\u00e9\\n"',
    '{"a": [1, 2, {"b": null}], "c": true, "d": false}',
    ' \n\t{ "a" : 1 } \n',
    '{"a":1,}',
    '[1,]',
    '[,1]',
    '{"a" 1}',
    '{"a":}',
    '{1: 2}',
    '01',
    '1.',
    '.5',
    '-',
    '1e',
    '"\\x"',
    '"\\u12"',
    '"tab\there"',
    'tru',
    'nul',
    '{"a":1}}',
    '[1 2]',
    '"unterminated',
    '',
    '{"a":1}/* c */',
  ];
  for (const text of samples) {
    it(JSON.stringify(text), () => {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(findJsonError(text) === undefined).toBe(valid);
    });
  }
});

describe('lineColumn', () => {
  it('counts from 1 on both axes', () => {
    expect(lineColumn('ab\ncd\n', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd\n', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab\ncd\n', 6)).toEqual({ line: 3, column: 1 });
  });
});

describe('parseJsonText', () => {
  it('parses, dropping a BOM', () => {
    expect(parseJsonText('\uFEFF{"a":1}', 'f.json')).toEqual({ a: 1 });
  });
  it('names the file in every error', () => {
    expect(() => parseJsonText('{"a":1,}', 'dir/f.json')).toThrow(/^dir\/f\.json: invalid JSON at line 1, column 7: trailing comma before "}"$/);
    expect(() => parseJsonText('', 'dir/f.json')).toThrow(/^dir\/f\.json: the file is empty/);
  });
  it('never quotes the file content back beyond a short token', () => {
    // JSON.parse's own message would echo a slice of the text; ours names only the offending token.
    const secretish = `{"a": "x"} ${'s3cr3t'.repeat(20)}`;
    expect(() => parseJsonText(secretish, 'f.json')).toThrow(/unexpected "s3cr3ts3cr3t/);
    try {
      parseJsonText(secretish, 'f.json');
    } catch (e) {
      expect((e as Error).message.length).toBeLessThan(120);
    }
  });
});
