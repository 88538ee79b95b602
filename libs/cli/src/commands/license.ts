// `warden license index DIR --license SPDX --output FILE`: fingerprints a copyleft corpus, so scans can report
// code copied from it (`warden scan --license-index FILE`, or warden.json license.indexes).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildLicenseIndex, WardenError } from '@warden/sentinel';
import { parse } from '../args.js';
import { EXIT, type CliIO } from '../io.js';

export const LICENSE_USAGE = 'warden license index DIR --license SPDX --output FILE [--name NAME] [--common DIR...]';

const HELP = `Usage: ${LICENSE_USAGE}

Builds a license index: fingerprints of the code under DIR, so a scan can tell when code was copied from it,
even with identifiers renamed, comments changed or the code reformatted.

  --license SPDX     the corpus's license (a file's own SPDX-License-Identifier tag wins for that file)
  --output FILE      where to write the index (JSON)
  --name NAME        the name findings give the corpus (default: DIR's name)
  --common DIR       ordinary code whose shapes are not evidence of copying: fingerprints also found there are
                     left out of the index (repeatable)

Each file with a grammar (JavaScript, TypeScript, Python, Go, Java, C/C++, C#, Rust, Ruby, PHP, shell) is parsed
with tree-sitter; comments and whitespace are dropped, every identifier becomes one token and every literal one
token per kind. Fingerprints are chosen by winnowing (k = 16 tokens, window 16): any run of 31 or more tokens
shared with the corpus is seen. Use it with: warden scan --license-index FILE, or warden.json
{ "license": { "indexes": ["FILE"] } }.`;

const OPTIONS = {
  license: { type: 'string' },
  output: { type: 'string', short: 'o' },
  name: { type: 'string' },
  common: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function licenseCommand(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  const { values: v, positionals } = parse(rest, OPTIONS, LICENSE_USAGE);
  if (v.help || sub === undefined || sub === 'help') {
    io.stdout.write(HELP + '\n');
    return sub === undefined ? EXIT.usage : EXIT.clean;
  }
  if (sub !== 'index') throw new WardenError(`unknown license subcommand "${sub}". Usage: ${LICENSE_USAGE}`);
  if (positionals.length !== 1) throw new WardenError(`name one folder to index. Usage: ${LICENSE_USAGE}`);
  if (!v.license) throw new WardenError(`--license is required: the corpus's SPDX license, e.g. GPL-2.0-or-later. Usage: ${LICENSE_USAGE}`);
  if (!v.output) throw new WardenError(`--output is required: where to write the index. Usage: ${LICENSE_USAGE}`);

  const dir = path.resolve(io.cwd, positionals[0]!);
  const result = await buildLicenseIndex({
    dir,
    license: v.license,
    ...(v.name ? { name: v.name } : {}),
    common: (v.common ?? []).map((d) => path.resolve(io.cwd, d)),
  });
  const file = path.resolve(io.cwd, v.output);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(result.index) + '\n');
  const { repetitive, repeated, common } = result.dropped;
  io.stderr.write(
    `warden: indexed ${result.files} files (${result.tokens} tokens) of ${result.index.name} as ${result.index.license}: ${result.fingerprints} fingerprints written to ${path.relative(io.cwd, file) || file}` +
      ` (left out: ${repetitive} repetitive, ${repeated} repeated across files, ${common} found in the common code; ${result.skipped.length} files skipped)\n`,
  );
  return EXIT.clean;
}
