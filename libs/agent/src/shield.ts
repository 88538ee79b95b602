// Shield in an agent run: the worktree is tokenized before the sandbox starts, so no real secret exists where
// the agent can read it; after the agent exits, every file is rehydrated outside the sandbox, so the commit
// holds the real values (a file only tokenized comes back unchanged). The audit gets counts and places, never
// values.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { git } from '@warden/sandbox';
import { TOKEN_PATTERN, type ShieldSession, type TokenCategory } from '@warden/shield';

export interface ShieldedPlace {
  file: string;
  line: number;
  category: TokenCategory;
}

const MAX_FILE = 1024 * 1024;

async function textFiles(worktree: string): Promise<string[]> {
  const out = await git(worktree, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  return out.split('\0').filter(Boolean);
}

async function readText(file: string): Promise<string | undefined> {
  const bytes = await readFile(file).catch(() => undefined);
  if (!bytes || bytes.length > MAX_FILE || bytes.subarray(0, 8192).includes(0)) return undefined;
  return bytes.toString('utf8');
}

/** Replaces every secret in the worktree's files with its token; returns where they were. */
export async function tokenizeWorktree(worktree: string, session: ShieldSession): Promise<ShieldedPlace[]> {
  const places: ShieldedPlace[] = [];
  for (const rel of await textFiles(worktree)) {
    const file = path.join(worktree, rel);
    const text = await readText(file);
    if (text === undefined) continue;
    const tokenized = session.tokenize(text, rel);
    if (tokenized === text) continue;
    await writeFile(file, tokenized);
    tokenized.split('\n').forEach((line, i) => {
      for (const m of line.matchAll(new RegExp(TOKEN_PATTERN.source, 'g'))) places.push({ file: rel, line: i + 1, category: m[1] as TokenCategory });
    });
  }
  return places;
}

/** Puts the real values back in every file of the worktree (the agent's new files included). */
export async function rehydrateWorktree(worktree: string, session: ShieldSession): Promise<string[]> {
  const unknown: string[] = [];
  for (const rel of await textFiles(worktree)) {
    const file = path.join(worktree, rel);
    const text = await readText(file);
    if (text === undefined || !text.includes('__WARDEN_')) continue;
    const back = session.rehydrate(text);
    unknown.push(...back.unknown);
    if (back.text !== text) await writeFile(file, back.text);
  }
  return unknown;
}
