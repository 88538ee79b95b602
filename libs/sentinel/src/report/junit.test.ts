import { describe, expect, it } from 'vitest';
import type { Finding, RuleMeta, ScanResult } from '../types.js';
import { escapeXml, renderJunit } from './junit.js';
import type { ReportOptions } from './reporter.js';

// ---------------------------------------------------------------------------------------------------------------
// A small XML 1.0 well-formedness checker, enough for what a reporter may emit: the XML declaration, elements,
// attributes, text, and the five predefined entities plus character references. It rejects what a real parser
// rejects in that subset (unbalanced or mismatched tags, a bare '&' or '<', an unknown entity, a duplicate attribute,
// a character outside XML's Char production, text after the root) and returns a tree to assert on.
// ---------------------------------------------------------------------------------------------------------------
interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

function isNameStart(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === '_' || ch === ':';
}

function isNameChar(ch: string): boolean {
  return isNameStart(ch) || (ch >= '0' && ch <= '9') || ch === '-' || ch === '.';
}

function parseXml(xml: string): XmlElement {
  for (const ch of xml) {
    if (!isXmlChar(ch.codePointAt(0)!)) throw new Error(`character U+${ch.codePointAt(0)!.toString(16)} is not allowed in XML`);
  }
  let pos = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at offset ${pos}: ${JSON.stringify(xml.slice(pos, pos + 20))}`);
  };
  const skipSpace = () => {
    while (pos < xml.length && ' \t\r\n'.includes(xml[pos]!)) pos++;
  };
  const name = (): string => {
    const start = pos;
    if (!isNameStart(xml[pos] ?? '')) fail('expected a name');
    while (pos < xml.length && isNameChar(xml[pos]!)) pos++;
    return xml.slice(start, pos);
  };
  const reference = (): string => {
    const end = xml.indexOf(';', pos);
    if (end < 0) fail('unterminated reference');
    const ref = xml.slice(pos + 1, end);
    pos = end + 1;
    if (ref in ENTITIES) return ENTITIES[ref]!;
    const hex = ref.startsWith('#x');
    const digits = ref.slice(hex ? 2 : 1);
    const allowed = hex ? '0123456789abcdefABCDEF' : '0123456789';
    if (!ref.startsWith('#') || digits === '' || [...digits].some((d) => !allowed.includes(d))) {
      fail(`unknown entity &${ref};`);
    }
    const cp = parseInt(digits, hex ? 16 : 10);
    if (!isXmlChar(cp)) fail(`character reference to a forbidden character &${ref};`);
    return String.fromCodePoint(cp);
  };
  const element = (): XmlElement => {
    if (xml[pos] !== '<') fail('expected <');
    pos++;
    const el: XmlElement = { name: name(), attrs: {}, children: [], text: '' };
    for (;;) {
      const before = pos;
      skipSpace();
      if (xml.startsWith('/>', pos)) {
        pos += 2;
        return el;
      }
      if (xml[pos] === '>') {
        pos++;
        break;
      }
      if (pos === before) fail('expected whitespace before an attribute');
      const attr = name();
      if (attr in el.attrs) fail(`duplicate attribute ${attr}`);
      skipSpace();
      if (xml[pos] !== '=') fail('expected =');
      pos++;
      skipSpace();
      const quote = xml[pos];
      if (quote !== '"' && quote !== "'") fail('expected a quoted value');
      pos++;
      let value = '';
      while (xml[pos] !== quote) {
        if (pos >= xml.length) fail('unterminated attribute value');
        if (xml[pos] === '<') fail('< in attribute value');
        if (xml[pos] === '&') value += reference();
        else value += xml[pos++];
      }
      pos++;
      el.attrs[attr] = value;
    }
    for (;;) {
      if (pos >= xml.length) fail(`unclosed <${el.name}>`);
      if (xml.startsWith('</', pos)) {
        pos += 2;
        if (name() !== el.name) fail(`mismatched end tag for <${el.name}>`);
        skipSpace();
        if (xml[pos] !== '>') fail('expected >');
        pos++;
        return el;
      }
      if (xml[pos] === '<') el.children.push(element());
      else if (xml[pos] === '&') el.text += reference();
      else if (xml.startsWith(']]>', pos)) fail(']]> in text');
      else el.text += xml[pos++];
    }
  };

  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) fail('unterminated declaration');
    pos = end + 2;
  }
  skipSpace();
  const root = element();
  skipSpace();
  if (pos !== xml.length) fail('content after the root element');
  return root;
}

// ---------------------------------------------------------------------------------------------------------------

const options: ReportOptions = { color: true, verbose: false, failOn: 'high', toolVersion: '0.1.0', root: '/repo' };

function rule(id: string): RuleMeta {
  return {
    id,
    title: id,
    category: 'injection',
    severity: 'high',
    confidence: 'high',
    cwe: [78],
    message: 'm',
    references: [],
    tags: [],
    source: `rules/${id}.yaml`,
  };
}

function finding(over: Partial<Finding>): Finding {
  return {
    ruleId: 'injection.shell',
    category: 'injection',
    severity: 'high',
    confidence: 'high',
    cwe: [78],
    file: 'src/run.ts',
    start: { line: 5, column: 3 },
    end: { line: 5, column: 30 },
    message: 'Shell command built from input',
    fix: 'Pass arguments as an array to execFile.',
    fingerprint: 'fp-shell',
    snippet: 'exec(`ls ${dir}`)',
    ...over,
  };
}

function scan(over: Partial<ScanResult> = {}): ScanResult {
  return {
    findings: [
      finding({}),
      finding({ start: { line: 9, column: 1 }, suppressed: { kind: 'inline', reason: 'constant' } }),
      finding({ start: { line: 12, column: 1 }, severity: 'medium' }),
      finding({ start: { line: 20, column: 1 }, inChange: false }),
    ],
    notices: [
      { level: 'error', code: 'rule-error', message: 'rule crypto.weak-cipher failed' },
      { level: 'warning', code: 'parse-error', file: 'src/x.ts', message: 'ignored here' },
    ],
    skipped: [],
    stats: {
      filesScanned: 2,
      bytesScanned: 10,
      filesMatchedPrefilter: 1,
      filesParsed: 1,
      skipped: {},
      rulesLoaded: 2,
      rulesRun: 2,
      durationMs: 1234,
      workers: 1,
    },
    rules: [rule('injection.shell'), rule('crypto.weak-hash')],
    incomplete: [],
    ...over,
  };
}

describe('JUnit reporter', () => {
  it('emits well-formed XML with one suite per rule', () => {
    const out = renderJunit(scan(), options);
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const root = parseXml(out);
    expect(root.name).toBe('testsuites');
    expect(root.attrs).toEqual({
      name: 'Warden Sentinel 0.1.0',
      tests: '6',
      failures: '1',
      errors: '1',
      skipped: '3',
      time: '1.234',
    });
    expect(root.children.map((s) => [s.name, s.attrs.name])).toEqual([
      ['testsuite', 'injection.shell'],
      ['testsuite', 'crypto.weak-hash'],
      ['testsuite', 'scan'],
    ]);
    expect(root.children[0]!.attrs).toMatchObject({ tests: '4', failures: '1', errors: '0', skipped: '3' });
  });

  it('fails a test case per blocking finding and skips the ones that do not block, saying why', () => {
    const [shell, weakHash, scanSuite] = parseXml(renderJunit(scan(), options)).children;
    const [blocking, suppressed, below, context] = shell!.children;
    expect(blocking!.attrs).toEqual({ name: 'src/run.ts:5:3', classname: 'injection.shell', file: 'src/run.ts', line: '5' });
    const failure = blocking!.children[0]!;
    expect(failure.name).toBe('failure');
    expect(failure.attrs).toEqual({ message: 'Shell command built from input', type: 'high' });
    expect(failure.text).toContain('high injection.shell at src/run.ts:5:3');
    expect(failure.text).toContain('  | exec(`ls ${dir}`)');
    expect(failure.text).toContain('fix: Pass arguments as an array to execFile.');
    expect(failure.text).toContain('cwe: CWE-78');
    expect(suppressed!.children[0]!.name).toBe('skipped');
    expect(suppressed!.children[0]!.attrs.message).toBe('Shell command built from input: suppressed (inline): constant');
    expect(below!.children[0]!.attrs.message).toContain('medium is below the fail-on threshold (high)');
    expect(context!.children[0]!.attrs.message).toContain('outside the change');
    // A rule that found nothing is one passing test.
    expect(weakHash!.children).toEqual([
      { name: 'testcase', attrs: { name: 'no findings', classname: 'crypto.weak-hash' }, children: [], text: '' },
    ]);
    // Only error-level notices become errors.
    expect(scanSuite!.children).toHaveLength(1);
    expect(scanSuite!.children[0]!.children[0]).toMatchObject({
      name: 'error',
      attrs: { message: 'rule crypto.weak-cipher failed', type: 'rule-error' },
    });
  });

  it('a lower threshold turns more findings into failures', () => {
    const root = parseXml(renderJunit(scan(), { ...options, failOn: 'medium' }));
    expect(root.attrs.failures).toBe('2');
  });

  it('escapes markup and replaces characters XML 1.0 forbids, in text and attributes', () => {
    const nasty = 'a<b>&"c\'\x00\x01\x0b\x1b[31m\uFFFE\uD800 \r\n\tend';
    const out = renderJunit(
      scan({
        findings: [finding({ file: `src/${nasty}.ts`, message: nasty, snippet: `x = "${nasty}"`, fix: ']]> CDATA end' })],
        notices: [],
        rules: [],
      }),
      options,
    );
    const root = parseXml(out);
    const testcase = root.children[0]!.children[0]!;
    const visible = 'a<b>&"c\'\\u0000\\u0001\\u000B\\u001B[31m\\uFFFE\\uD800 \r\n\tend';
    expect(testcase.attrs.file).toBe(`src/${visible}.ts`);
    const failure = testcase.children[0]!;
    expect(failure.attrs.message).toBe(visible);
    expect(failure.text).toContain(visible);
    expect(failure.text).toContain('fix: ]]> CDATA end');
  });

  it('escapeXml keeps tab and line breaks as references inside attributes', () => {
    expect(escapeXml('a\tb\nc\rd', true)).toBe('a&#9;b&#10;c&#13;d');
    expect(escapeXml('a\tb\nc\rd')).toBe('a\tb\nc&#13;d');
    expect(escapeXml('😀')).toBe('😀');
  });

  it('the checker itself rejects malformed XML', () => {
    for (const bad of [
      '<a>&</a>',
      '<a><b></a></b>',
      '<a>\x01</a>',
      '<a x="1" x="2"/>',
      '<a x="<"/>',
      '<a>&bogus;</a>',
      '<a>&#0;</a>',
      '<a/><b/>',
      '<a>]]></a>',
      '<a',
    ]) {
      expect(() => parseXml(bad), bad).toThrow();
    }
    expect(parseXml('<a x="1">t&amp;<b/></a>')).toEqual({
      name: 'a',
      attrs: { x: '1' },
      children: [{ name: 'b', attrs: {}, children: [], text: '' }],
      text: 't&',
    });
  });
});
