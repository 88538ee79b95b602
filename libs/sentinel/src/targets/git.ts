// The git sources: the index (`--staged`) and a revision range (`--base A --head B`). Both list the changed
// files with plumbing (`diff-index`/`diff-tree`, which ignore porcelain config such as diff.external or
// diff.renames), take content from blobs (the staged blob, B's blob), never from the working tree, and read
// every blob through one `git cat-file --batch` process.
//
// Changed lines come from a second, `-U0` diff whose file sections line up one-to-one with the `--raw -z`
// list (same options, same order). The raw list gives exact file names (-z: spaces, quotes, newlines and
// non-ASCII survive); the patch gives hunks. Sections are checked against the raw list by blob id; if they
// ever disagree, every line of every file counts and a notice says so: more findings, never fewer.
// Where git shows no hunks because it thinks a file is binary, every line counts too: a `.gitattributes`
// line such as `*.ts -diff` must not hide changes from the scan. Real binaries are skipped by the files stage.
//
// Only regular files are candidates: symlinks (their blob is a path) and submodules are skipped as
// 'not-a-file'. Tracked files are not subject to .gitignore; config include/exclude apply, and their skips are
// reported, since each was part of the change.
import { WardenError } from '../errors.js';
import type { ChangedLines, Notice, SkippedFile, SourceFile } from '../types.js';
import { firstLine, git, gitOk } from './git-run.js';
import { BatchParser, PatchParser, parseBatchCheck, parseRawZ, type RawEntry } from './git-parse.js';
import { outOfScope } from './scope.js';
import type { ResolvedTargetOptions, TargetResult, TargetSource } from './types.js';

/** The changes the index would commit: staged blobs, compared with HEAD (or nothing, before the first commit). */
export function stagedSource(): TargetSource {
  return {
    kind: 'staged',
    async collect(options) {
      const cwd = options.realRoot;
      await requireRepository(cwd, true);
      const head = (await resolveCommit(cwd, 'HEAD')) ?? (await emptyTree(cwd));
      const diff = ['diff-index', '--cached', ...DIFF_OPTIONS, head];
      return collectChanges(cwd, diff, options, options.stagedChangedLines);
    },
  };
}

/** Files changed between merge-base(base, head) and head (`base...head`), with their lines changed in head. */
export function rangeSource(base: string, head: string): TargetSource {
  return {
    kind: 'range',
    async collect(options) {
      const cwd = options.realRoot;
      await requireRepository(cwd, false);
      const baseId = await revision(cwd, base, '--base');
      const headId = await revision(cwd, head, '--head');
      const mb = await git(cwd, ['merge-base', baseId, headId]);
      if (mb.code !== 0) {
        if (mb.code === 1 && mb.stderr.trim() === '') {
          throw new WardenError(`no common ancestor between '${base}' and '${head}'${await shallowHint(cwd)}`);
        }
        throw new WardenError(`git merge-base failed: ${firstLine(mb.stderr)}`);
      }
      const mergeBase = mb.stdout.toString('utf8').trim();
      const diff = ['diff-tree', '-r', ...DIFF_OPTIONS, mergeBase, headId];
      return collectChanges(cwd, diff, options, true);
    },
  };
}

/**
 * Shared by the list and the patch, so their sections line up: renames and copies detected, deletions left
 * out, paths relative to (and limited to) the scan root, no external diff or textconv.
 */
const DIFF_OPTIONS = ['-M', '-C', '--diff-filter=ACMRT', '--relative', '--no-ext-diff', '--no-textconv'];

const REGULAR = new Set(['100644', '100755']);
const NOT_A_FILE: Record<string, string> = { '120000': 'symbolic link', '160000': 'submodule' };

async function collectChanges(
  cwd: string,
  diff: string[],
  options: ResolvedTargetOptions,
  withChangedLines: boolean,
): Promise<TargetResult> {
  const notices: Notice[] = [];
  const skipped: SkippedFile[] = [];
  const list = await git(cwd, [...diff, '--raw', '-z', '--no-abbrev']);
  if (list.code !== 0) throw new WardenError(`git ${diff[0]} failed: ${firstLine(list.stderr)}`);
  if (/rename detection was skipped/i.test(list.stderr)) {
    notices.push({
      level: 'warning',
      code: 'git-error',
      message: 'git skipped rename detection (too many files); renamed files are scanned as new files',
    });
  }
  const entries = parseRawZ(list.stdout);

  let sections: ReturnType<PatchParser['end']> | undefined;
  if (withChangedLines && entries.length > 0) {
    const parser = new PatchParser();
    await gitOk(cwd, [...diff, '-p', '-U0', '--inter-hunk-context=0', '--full-index', '--no-color'], {
      onStdout: (chunk) => parser.push(chunk),
    });
    sections = parser.end();
    const aligned =
      sections.length === entries.length &&
      sections.every((s, i) => s.newId === undefined || s.newId === entries[i]!.newId);
    if (!aligned) {
      notices.push({
        level: 'warning',
        code: 'git-error',
        message: 'could not match the diff to its file list; every line of the changed files is checked',
      });
      sections = undefined;
    }
  }

  const wanted: Array<{ entry: RawEntry; changedLines: ChangedLines | undefined }> = [];
  entries.forEach((entry, i) => {
    if (!REGULAR.has(entry.newMode)) {
      skipped.push({ file: entry.path, reason: 'not-a-file', detail: NOT_A_FILE[entry.newMode] ?? `mode ${entry.newMode}` });
      return;
    }
    const why = outOfScope(entry.path, options, false);
    if (why) {
      skipped.push({ file: entry.path, reason: 'excluded', detail: why });
      return;
    }
    const section = sections?.[i];
    const changedLines = withChangedLines && section && !section.binary ? section.changed : undefined;
    wanted.push({ entry, changedLines });
  });

  // Sizes first (cheap), so a blob over the limit is never read.
  const ids = [...new Set(wanted.map((w) => w.entry.newId))];
  const sizes = new Map<string, number | undefined>();
  if (ids.length > 0) {
    const check = await gitOk(cwd, ['cat-file', '--batch-check'], { input: ids.join('\n') + '\n' });
    for (const o of parseBatchCheck(check)) sizes.set(o.id, o.type === 'blob' ? o.size : undefined);
  }
  const fetch: string[] = [];
  const reading: typeof wanted = [];
  for (const w of wanted) {
    const size = sizes.get(w.entry.newId);
    if (size === undefined) {
      skipped.push({ file: w.entry.path, reason: 'unreadable', detail: `blob ${w.entry.newId} is missing` });
    } else if (size > options.maxFileSize) {
      skipped.push({
        file: w.entry.path,
        reason: 'too-large',
        detail: `${size} bytes, over the ${options.maxFileSize}-byte limit`,
      });
    } else {
      reading.push(w);
      fetch.push(w.entry.newId);
    }
  }

  // Manifests also need their content before the change: a dependency is new or upgraded only if its entry
  // differs, whatever the diff says about a line that merely gained a comma.
  const NO_BLOB = /^0+$/;
  for (const w of reading) if (withChangedLines && isManifest(w.entry.path) && !NO_BLOB.test(w.entry.oldId)) fetch.push(w.entry.oldId);
  const blobs = new Map<string, Buffer>();
  const unique = [...new Set(fetch)];
  if (unique.length > 0) {
    const parser = new BatchParser((info, content) => {
      if (content && info.type === 'blob') blobs.set(info.id, content);
    });
    await gitOk(cwd, ['cat-file', '--batch'], { input: unique.join('\n') + '\n', onStdout: (c) => parser.push(c) });
    parser.end();
  }

  const files: SourceFile[] = [];
  for (const { entry, changedLines } of reading) {
    const content = blobs.get(entry.newId);
    if (!content) {
      skipped.push({ file: entry.path, reason: 'unreadable', detail: `blob ${entry.newId} is missing` });
      continue;
    }
    const file: SourceFile = { path: entry.path, content, size: content.length };
    if (changedLines) file.changedLines = changedLines;
    const previous = isManifest(entry.path) ? blobs.get(entry.oldId) : undefined;
    if (withChangedLines && previous) file.previous = previous.toString('utf8');
    files.push(file);
  }
  files.sort((a, b) => compare(a.path, b.path));
  skipped.sort((a, b) => compare(a.file, b.file));
  return { files, skipped, notices };
}

async function requireRepository(cwd: string, needWorkTree: boolean): Promise<void> {
  const r = await git(cwd, ['rev-parse', '--is-inside-work-tree']);
  if (r.code !== 0) {
    const why = firstLine(r.stderr);
    if (/not a git repository/i.test(why)) throw new WardenError(`not a git repository: ${cwd}`);
    throw new WardenError(`git cannot read the repository at ${cwd}: ${why}`);
  }
  if (needWorkTree && r.stdout.toString('utf8').trim() !== 'true') {
    throw new WardenError(`not inside a git work tree: ${cwd}`);
  }
}

/** The commit a revision names, or undefined when it names none. */
async function resolveCommit(cwd: string, rev: string): Promise<string | undefined> {
  const r = await git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}

async function revision(cwd: string, rev: string, flag: string): Promise<string> {
  if (rev.trim() === '') throw new WardenError(`${flag} needs a revision`);
  // A leading '-' would reach git as an option.
  const id = rev.startsWith('-') ? undefined : await resolveCommit(cwd, rev);
  if (!id) throw new WardenError(`unknown revision '${rev}'${await shallowHint(cwd)}`);
  return id;
}

async function shallowHint(cwd: string): Promise<string> {
  const r = await git(cwd, ['rev-parse', '--is-shallow-repository']);
  return r.stdout.toString('utf8').trim() === 'true'
    ? ' (this clone is shallow: fetch more history, e.g. actions/checkout with fetch-depth: 0)'
    : '';
}

/** The empty tree's id in this repository's hash (SHA-1 or SHA-256). */
async function emptyTree(cwd: string): Promise<string> {
  const out = await gitOk(cwd, ['hash-object', '-t', 'tree', '--stdin'], { input: '' });
  return out.toString('utf8').trim();
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Files whose dependencies the license rules read (see match/manifest.ts). */
const MANIFEST = /(^|\/)(package\.json|requirements[^/]*\.txt|pyproject\.toml|Cargo\.toml|pom\.xml|go\.mod)$/;

function isManifest(path: string): boolean {
  return MANIFEST.test(path);
}
