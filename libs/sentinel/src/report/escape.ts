// Text that reaches a terminal or a rendered page comes partly from the scanned repository (file names, snippets),
// which an agent may have written. Control characters there could move the cursor, recolour or clear the screen,
// and bidirectional overrides could make a line read differently from what it contains (Trojan Source). Reporters
// that print for people show such characters as visible escapes instead.

/** Bidi embedding/override/isolate controls and the implicit marks: invisible, and they reorder what follows. */
function isBidiControl(code: number): boolean {
  return (
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x061c
  );
}

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

function hex(code: number, width: number): string {
  return code.toString(16).toUpperCase().padStart(width, '0');
}

/**
 * Replaces C0/C1 control characters and bidi controls with `\xHH` / `\uHHHH`. Tabs are kept; newlines are kept
 * only when `keepNewlines` (a multi-line snippet), otherwise shown as `\n` so one value stays on one line.
 */
export function visibleControls(text: string, keepNewlines = false): string {
  let out = '';
  let plainFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x09 || (keepNewlines && (code === 0x0a || code === 0x0d))) continue;
    let replacement: string | undefined;
    if (code === 0x0a) replacement = '\\n';
    else if (code === 0x0d) replacement = '\\r';
    else if (isControl(code)) replacement = `\\x${hex(code, 2)}`;
    else if (isBidiControl(code)) replacement = `\\u${hex(code, 4)}`;
    if (replacement === undefined) continue;
    out += text.slice(plainFrom, i) + replacement;
    plainFrom = i + 1;
  }
  return plainFrom === 0 ? text : out + text.slice(plainFrom);
}
