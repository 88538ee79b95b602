// Byte sizes as people write them in config files. Both conventions exist and both get used, so both are
// accepted and told apart by the unit: KB/MB/GB are powers of 1000, KiB/MiB/GiB powers of 1024.

const UNITS: Record<string, number> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
};

/** For the JSON schema, so editors flag a bad size while typing; parseSize gives the precise message. */
export const SIZE_PATTERN = '^\\s*[0-9]+(\\.[0-9]+)?\\s*([bB]|[kKmMgG][iI]?[bB])?\\s*$';

const UNIT_HINT = 'use B, KB, MB, GB (powers of 1000) or KiB, MiB, GiB (powers of 1024)';

export type SizeResult = { ok: true; bytes: number } | { ok: false; problem: string };

/** "512KiB" → 524288, "2MB" → 2000000, "1.5 MiB" → 1572864, "4096" → 4096. Units are case-insensitive. */
export function parseSize(text: string): SizeResult {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(text);
  if (!m) return { ok: false, problem: `"${text}" is not a size: write a number and a unit, e.g. "512KiB" or "2MB"` };
  const value = Number(m[1]);
  const unit = m[2]!.toLowerCase();
  const factor = unit === '' ? 1 : UNITS[unit];
  if (factor === undefined) return { ok: false, problem: `unknown unit "${m[2]}" in "${text}": ${UNIT_HINT}` };
  if (factor === 1 && !Number.isInteger(value)) {
    return { ok: false, problem: `"${text}" is not a whole number of bytes` };
  }
  // The epsilon absorbs float noise such as 0.3 * 1e6 = 300000.00000000006.
  const bytes = Math.floor(value * factor + 1e-6);
  if (bytes < 1) return { ok: false, problem: `"${text}" must be at least 1 byte` };
  if (!Number.isSafeInteger(bytes)) return { ok: false, problem: `"${text}" is too large` };
  return { ok: true, bytes };
}
