// Shared by every dependency reader (kept apart from manifest.ts, which imports the readers).

/** The license text used when nothing offline says: not an SPDX id, so the policy judges it unknown. */
export const UNKNOWN_LICENSE = 'unknown (no license in the lockfile or the installed package)';
