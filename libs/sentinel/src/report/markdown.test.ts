import { describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../types.js';
import { codeSpan, escapeMarkdownText, renderMarkdown } from './markdown.js';
import type { ReportOptions } from './reporter.js';

const options: ReportOptions = { color: true, verbose: false, failOn: 'high', toolVersion: '0.1.0', root: '/repo' };

function finding(over: Partial<Finding>): Finding {
  return {
    ruleId: 'crypto.weak-hash',
    category: 'crypto',
    severity: 'medium',
    confidence: 'high',
    cwe: [328],
    file: 'src/hash.ts',
    start: { line: 4, column: 10 },
    end: { line: 4, column: 30 },
    message: 'MD5 is not collision resistant',
    fingerprint: 'fp',
    snippet: "createHash('md5')",
    ...over,
  };
}

function scan(findings: Finding[], over: Partial<ScanResult> = {}): ScanResult {
  return {
    findings,
    notices: [],
    skipped: [],
    stats: {
      filesScanned: 42,
      bytesScanned: 1,
      filesMatchedPrefilter: 0,
      filesParsed: 0,
      skipped: {},
      rulesLoaded: 1,
      rulesRun: 1,
      durationMs: 1500,
      workers: 1,
    },
    rules: [],
    incomplete: [],
    ...over,
  };
}

/** Splits a GFM table row the way GitHub does: on every '|' not preceded by a backslash, outer pipes dropped. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cell = '';
  for (let i = 1; i < row.length - 1; i++) {
    const ch = row[i]!;
    if (ch === '|' && row[i - 1] !== '\\') {
      out.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  out.push(cell.trim());
  return out;
}

/** What GitHub shows for a code-span cell: the text between matching fences, GFM's '\|' turned back into '|'. */
function codeSpanText(cell: string): string {
  const text = cell.replace(/\\\|/g, '|');
  let n = 0;
  while (text[n] === '`') n++;
  expect(n).toBeGreaterThan(0);
  expect(text.slice(text.length - n)).toBe('`'.repeat(n));
  expect(text[text.length - n - 1]).not.toBe('`');
  let inner = text.slice(n, text.length - n);
  if (inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== '') inner = inner.slice(1, -1);
  return inner;
}

function tableRows(md: string): string[] {
  return md.split('\n').filter((l) => l.startsWith('| '));
}

describe('Markdown reporter', () => {
  it('prints a clean "No findings" line when there are none', () => {
    const md = renderMarkdown(scan([]), options);
    expect(md).toBe('## Warden Sentinel\n\n✅ **No findings.**\n\n<sub>Warden Sentinel 0\\.1\\.0 · 42 files scanned · 1.50 s</sub>\n');
  });

  it('gives a verdict, a summary by severity and the findings most severe first', () => {
    const md = renderMarkdown(
      scan([
        finding({}),
        finding({ severity: 'critical', ruleId: 'secret.stripe-key', file: 'src/pay.ts', start: { line: 7, column: 1 }, secret: { redacted: 'sk_live_…9f3a' } }),
        finding({ severity: 'high', suppressed: { kind: 'baseline' } }),
      ]),
      { ...options, title: 'Security scan' },
    );
    expect(md.startsWith('## Security scan\n\n❌ **1 blocking finding** (at or above `high`): 2 findings (1 critical, 1 medium) in 2 files, 1 suppressed.\n')).toBe(true);
    expect(md).toContain('| Severity | Findings |\n| --- | --: |\n| critical | 1 |\n| high | 0 |\n| medium | 1 |\n| low | 0 |\n| info | 0 |\n');
    expect(md).toContain(
      '| Severity | Rule | Location | Message |\n| --- | --- | --- | --- |\n' +
        '| critical | `secret.stripe-key` | `src/pay.ts:7` | MD5 is not collision resistant `sk_live_…9f3a` |\n' +
        '| medium | `crypto.weak-hash` | `src/hash.ts:4` | MD5 is not collision resistant |\n',
    );
    expect(md).not.toContain('baseline');
    expect(renderMarkdown(scan([finding({})]), options)).toContain('⚠️ **No blocking findings** (none at or above `high`)');
  });

  it('lists suppressed findings in a folded section only when verbose', () => {
    const result = scan([finding({ suppressed: { kind: 'inline', reason: 'test data' } })]);
    expect(renderMarkdown(result, options)).toContain('✅ **No findings** (1 suppressed).');
    const verbose = renderMarkdown(result, { ...options, verbose: true });
    expect(verbose).toContain('<details>\n<summary>Suppressed findings (1)</summary>\n\n| Severity |');
    expect(verbose).toContain('_(suppressed (inline)\\: test data)_');
  });

  it('caps the findings table at 100 rows and says how many more there are', () => {
    const many = Array.from({ length: 130 }, (_, i) => finding({ start: { line: i + 1, column: 1 } }));
    const md = renderMarkdown(scan(many), options);
    const findingRows = tableRows(md).filter((r) => r.includes('crypto.weak-hash'));
    expect(findingRows).toHaveLength(100);
    expect(md).toContain('…and 30 more findings (see the full report).');
  });

  it('folds notices, skipped and incomplete files into <details>', () => {
    const md = renderMarkdown(
      scan([finding({})], {
        notices: [{ level: 'warning', code: 'time-budget', file: 'gen/huge.ts', message: 'stopped after 5 s' }],
        skipped: [
          { file: 'logo.png', reason: 'binary' },
          { file: 'vendor.min.js', reason: 'minified', detail: 'line > 1000 chars' },
        ],
        incomplete: ['gen/huge.ts'],
      }),
      options,
    );
    expect(md).toContain(
      '<details>\n<summary>Notices (1)</summary>\n\n| Level | Code | Location | Message |\n| --- | --- | --- | --- |\n' +
        '| warning | `time-budget` | `gen/huge.ts` | stopped after 5 s |\n\n</details>\n',
    );
    expect(md).toContain('<summary>Files not scanned (2 skipped, 1 incomplete)</summary>');
    expect(md).toContain('2 files skipped: 1 binary, 1 minified.');
    expect(md).toContain('| `vendor.min.js` | minified (line &gt; 1000 chars) |');
    expect(md).toContain('Not fully scanned: `gen/huge.ts`');
  });

  it('keeps hostile file names and messages inside their cells, inert', () => {
    const hostile = [
      'src/a|b|c.ts',
      'src/``tick`s``.ts',
      '`lead.ts',
      'src/<img src=x onerror=alert(1)>.ts',
      'src/@octocat.ts',
      'src/new\nline.ts',
      'src/back\\|slash.ts',
    ];
    const md = renderMarkdown(
      scan(
        hostile.map((file, i) =>
          finding({
            file,
            start: { line: i + 1, column: 1 },
            message: `<script>x</script> | @octocat ![p](https://t.example/p.gif) [click](https://evil.example) **bold** \`code\` line\nbreak`,
          }),
        ),
      ),
      options,
    );
    const rows = tableRows(md).filter((r) => r.includes('crypto'));
    expect(rows).toHaveLength(hostile.length);
    rows.forEach((row, i) => {
      const [severity, rule, location, message] = cells(row);
      expect(cells(row)).toHaveLength(4);
      expect(severity).toBe('medium');
      expect(codeSpanText(rule!)).toBe('crypto.weak-hash');
      // What the reader sees is the real name (newline shown as "\n"), whatever characters it holds.
      expect(codeSpanText(location!)).toBe(`${hostile[i]!.replace('\n', '\\n')}:${i + 1}`);
      expect(message).toContain('&lt;script&gt;');
      expect(message).toContain('@\u2060octocat');
      expect(message).not.toContain('<');
      // GitHub does not look for mentions inside code spans, so only the plain-text cell needs the joiner.
      expect(message).not.toMatch(/(^|[^\u2060])@octocat/);
    });
    // Raw '<' may appear only inside code spans, where GitHub shows it as text.
    const outsideCells = md.split('\n').filter((l) => !l.startsWith('| ')).join('\n');
    expect(outsideCells).not.toMatch(/<(script|img)/);
    // No '[' survives unescaped, so neither a link nor an image can form.
    for (const row of rows) expect(cells(row)[3]).not.toMatch(/(^|[^\\])\[/);
    expect(md).not.toContain('**bold**');
  });

  it('escapes plain text and builds code spans that hold any backtick run', () => {
    expect(escapeMarkdownText('a_b*c [d](e) <f> & g|h `i` ~~s~~ -x')).toBe(
      'a\\_b\\*c \\[d\\](e) &lt;f&gt; &amp; g\\|h \\`i\\` \\~\\~s\\~\\~ -x',
    );
    expect(escapeMarkdownText('see https://x.example, #12, @team')).toBe(
      'see https\\://x\\.example, \\#\u206012, @\u2060team',
    );
    expect(codeSpan('plain')).toBe('`plain`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan('p|q')).toBe('`p\\|q`');
    expect(escapeMarkdownText('x'.repeat(400))).toHaveLength(300);
  });
});
