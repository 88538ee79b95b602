// Config key paths as messages print them; zod-free so loading without a warden.json stays light.

/** ["allowlist", "rules", 0, "reason"] → allowlist.rules[0].reason */
export function formatKeyPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out;
}
