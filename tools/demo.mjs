#!/usr/bin/env node
// `npm run demo`: scans the bundled example (examples/) and prints the findings. The example is deliberately
// vulnerable, so findings are the expected outcome: this script exits 0 when the scan ran and found them, and
// passes on any other exit code (2: usage or configuration error).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const r = spawnSync(process.execPath, [path.join(root, 'libs/cli/bin/warden.js'), 'scan', 'examples', ...args], {
  cwd: root,
  stdio: 'inherit',
});
if (r.status === 1) {
  process.stderr.write('\ndemo: these findings are deliberate (see examples/shop-api/README.md).\n');
  process.exit(0);
}
process.exit(r.status ?? 1);
