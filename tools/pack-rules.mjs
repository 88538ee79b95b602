#!/usr/bin/env node
// npm pack hooks for @warden/sentinel: the rule packs live at the repository root (rules/), so `prepack`
// copies the rule YAML into the package folder and `postpack` removes the copy again. The copy must not
// outlive the pack (inside the repository the engine reads rules/ at the root; the copy is only for the tarball).
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(repo, 'libs/sentinel/rules');
const mode = process.argv[2];

if (mode === 'copy') {
  rmSync(target, { recursive: true, force: true });
  // Rules only: fixtures hold format-valid fake secrets and belong to the repository's tests.
  cpSync(path.join(repo, 'rules'), target, {
    recursive: true,
    filter: (src) => !/\.fixtures?([./]|$)/.test(path.basename(src)) && !path.basename(src).includes('.fixture.'),
  });
} else if (mode === 'clean') {
  rmSync(target, { recursive: true, force: true });
} else {
  process.stderr.write('usage: pack-rules.mjs copy|clean\n');
  process.exit(2);
}
