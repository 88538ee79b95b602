// The token format: __WARDEN_v1_<CATEGORY>_<8 hex>__. Text that already contains Warden's prefix is escaped on
// the way in (__WARDEN_ becomes __WARDEN_ESC_, one ESC_ more each time), so nothing a model writes can pass
// for a token the session issued; rehydration takes one ESC_ off again.

export const CATEGORIES = ['KEY', 'TOKEN', 'PASSWORD', 'CONN', 'HOST', 'JWT', 'PRIVKEY'] as const;
export type TokenCategory = (typeof CATEGORIES)[number];

export const TOKEN_PATTERN = /__WARDEN_v1_(KEY|TOKEN|PASSWORD|CONN|HOST|JWT|PRIVKEY)_[0-9a-f]{8}__/g;
/** The longest token: held back at most this long, less one, by the streaming rehydrator. */
export const MAX_TOKEN_LENGTH = Math.max(...CATEGORIES.map((c) => `__WARDEN_v1_${c}_00000000__`.length));

const PREFIX = '__WARDEN_';
const ESCAPED = '__WARDEN_ESC_';

export function escapeText(text: string): string {
  return text.includes(PREFIX) ? text.split(PREFIX).join(ESCAPED) : text;
}

export function unescapeText(text: string): string {
  return text.includes(ESCAPED) ? text.split(ESCAPED).join(PREFIX) : text;
}

export function formatToken(category: TokenCategory, hex: string): string {
  return `__WARDEN_v1_${category}_${hex}__`;
}

/**
 * Whether `tail` (the end of a chunk) could be the start of a token or of an escape, so a streaming
 * rehydrator must wait for more before passing it on.
 */
export function couldContinue(tail: string): boolean {
  if (tail.length === 0) return false;
  if (PREFIX.startsWith(tail) || ESCAPED.startsWith(tail)) return true;
  if (!tail.startsWith(PREFIX)) return false;
  const rest = tail.slice(PREFIX.length);
  if ('v1_'.startsWith(rest)) return true;
  if (!rest.startsWith('v1_')) return false;
  const body = rest.slice(3);
  for (const category of CATEGORIES) {
    const head = `${category}_`;
    if (head.startsWith(body)) return true;
    if (!body.startsWith(head)) continue;
    const hex = body.slice(head.length);
    if (hex.length <= 8) return /^[0-9a-f]*$/.test(hex);
    return /^[0-9a-f]{8}_?$/.test(hex);
  }
  return false;
}
