// Stage 5: raw matcher output → findings. This is the one place a secret value is in hand while a finding is
// built; it leaves only as its redacted form and inside a hash.
import type { CompiledRule, RawMatch, ScanText } from '../match/types.js';
import type { Finding } from '../types.js';
import { fingerprint } from './fingerprint.js';
import { redact } from './redact.js';

const SNIPPET_MAX = 200;

function clip(line: string, column: number): string {
  if (line.length <= SNIPPET_MAX) return line.trimEnd();
  const from = Math.max(0, Math.min(column - 1 - 40, line.length - SNIPPET_MAX));
  return (from > 0 ? '…' : '') + line.slice(from, from + SNIPPET_MAX) + (from + SNIPPET_MAX < line.length ? '…' : '');
}

export function buildFinding(rule: CompiledRule, file: ScanText, raw: RawMatch): Finding {
  const { lines, text } = file;
  const start = lines.position(raw.start);
  const end = lines.position(raw.end);
  const meta = rule.meta;
  let snippet = lines.lineText(start.line);
  let secretInfo: Finding['secret'];
  let fingerprintText = text.slice(raw.start, raw.end);

  if (raw.secret) {
    const value = text.slice(raw.secret.start, raw.secret.end);
    const redacted = redact(value);
    secretInfo = { redacted, provider: rule.def.provider, entropy: raw.entropy && Math.round(raw.entropy * 100) / 100 };
    fingerprintText = value;
    // Replace the part of the secret that lies on the snippet line, then any other copy of it there.
    const lineStart = lines.lineStart(start.line);
    const lineEnd = lineStart + snippet.length;
    const from = Math.max(raw.secret.start, lineStart);
    const to = Math.min(raw.secret.end, lineEnd);
    if (from < to) snippet = snippet.slice(0, from - lineStart) + redacted + snippet.slice(to - lineStart);
    for (const line of value.split(/\r?\n/)) {
      if (line.length >= 4) snippet = snippet.split(line).join(redacted);
    }
  }

  return {
    ruleId: meta.id,
    category: meta.category,
    severity: meta.severity,
    confidence: meta.confidence,
    cwe: meta.cwe,
    file: file.path,
    start,
    end,
    message: meta.message,
    fix: meta.fix,
    fingerprint: fingerprint(meta.id, file.path, fingerprintText),
    snippet: clip(snippet, start.column),
    ...(secretInfo ? { secret: secretInfo } : {}),
  };
}
