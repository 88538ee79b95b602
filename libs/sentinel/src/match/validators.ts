// Structural checks a secret value must pass, named from a rule's `secret.validate`. Each is a documented
// property of a token format (a checksum, a decodable structure), so a value that fails is not that token.

export type Validator = (value: string) => boolean;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

let crcTable: Uint32Array | undefined;
export function crc32(text: string): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of Buffer.from(text, 'utf8')) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function base62(n: number, width: number): string {
  let out = '';
  for (let v = n; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out.padStart(width, '0');
}

/**
 * GitHub's and npm's current token formats end in 6 base62 characters holding the CRC32 of the random part
 * (everything between the prefix's underscore and the checksum).
 */
function prefixedCrc32(value: string): boolean {
  const underscore = value.indexOf('_');
  if (underscore === -1 || value.length < underscore + 1 + 7) return false;
  const body = value.slice(underscore + 1, -6);
  return base62(crc32(body), 6) === value.slice(-6);
}

function base64urlJson(part: string): unknown {
  try {
    const json = Buffer.from(part.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

/** header.payload.signature, the header a JSON object naming an `alg`, the payload a JSON object. */
function jwt(value: string): boolean {
  const parts = value.split('.');
  if (parts.length !== 3) return false;
  const header = base64urlJson(parts[0]!);
  const payload = base64urlJson(parts[1]!);
  return (
    typeof header === 'object' && header !== null && 'alg' in header && typeof payload === 'object' && payload !== null
  );
}

const VALIDATORS = new Map<string, Validator>([
  ['github-crc32', prefixedCrc32],
  ['npm-crc32', prefixedCrc32],
  ['jwt', jwt],
]);

export function registerValidator(name: string, validator: Validator): void {
  VALIDATORS.set(name, validator);
}

export function getValidator(name: string): Validator | undefined {
  return VALIDATORS.get(name);
}

export function validatorNames(): string[] {
  return [...VALIDATORS.keys()].sort();
}
