import { describe, expect, it } from 'vitest';
import { LineIndex } from './line-index.js';

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and columns across LF and CRLF', () => {
    const text = 'ab\r\ncd\nef';
    const idx = new LineIndex(text);
    expect(idx.lineCount).toBe(3);
    expect(idx.position(0)).toEqual({ line: 1, column: 1 });
    expect(idx.position(text.indexOf('d'))).toEqual({ line: 2, column: 2 });
    expect(idx.position(text.indexOf('f'))).toEqual({ line: 3, column: 2 });
    expect(idx.lineText(1)).toBe('ab');
    expect(idx.lineText(3)).toBe('ef');
  });
});
