// The only form in which a secret value may leave the matcher: enough to recognise it, never enough to use it.

/**
 * A provider prefix: one or two segments of letters ending in _ or - (ghp_, sk_live_, xoxb-, github_pat_).
 * Letters only, so a random part that happens to contain an early _ or - (AIzaSyAp4DSI_…) is never shown.
 */
const KNOWN_PREFIX = /^((?:[A-Za-z]{2,10}[_-]){1,2})/;

/**
 * `ghp_…a1b2` for long values (the provider prefix, if any, and the last four characters); shorter values
 * show less, and values under 8 characters show nothing but their length class.
 */
export function redact(raw: string): string {
  // Multi-line values (PEM bodies) are judged without their line breaks, so the form stays on one line.
  const value = raw.replace(/\s+/g, '');
  const chars = [...value];
  if (chars.length < 8) return '…';
  const prefix = KNOWN_PREFIX.exec(value)?.[1];
  const head = prefix && prefix.length <= chars.length / 3 ? prefix : chars.slice(0, chars.length >= 20 ? 4 : 2).join('');
  const tail = chars.length >= 16 ? chars.slice(-4).join('') : '';
  return `${head}…${tail}`;
}
