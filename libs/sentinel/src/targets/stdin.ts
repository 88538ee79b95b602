// The stdin source: everything piped in becomes one file, named by --stdin-filename (default 'stdin') so that
// rules that depend on the language or the path see the name an editor or a hook gives. Input over the size
// limit is read to its end (the writer must not block) but not kept, and skipped as 'too-large'.
import type { Readable } from 'node:stream';
import path from 'node:path';
import { WardenError } from '../errors.js';
import { toPosix } from './gitignore.js';
import type { ResolvedTargetOptions, TargetResult, TargetSource } from './types.js';

export function stdinSource(filename = 'stdin', content?: Buffer): TargetSource {
  return {
    kind: 'stdin',
    async collect(options) {
      const name = stdinName(filename, options);
      let size: number;
      let data: Buffer | undefined;
      if (content) {
        size = content.length;
        data = size > options.maxFileSize ? undefined : content;
      } else {
        ({ size, data } = await readAll(options.stdin ?? process.stdin, options.maxFileSize));
      }
      const result: TargetResult = { files: [], skipped: [], notices: [] };
      if (!data) {
        result.skipped.push({
          file: name,
          reason: 'too-large',
          detail: `${size} bytes, over the ${options.maxFileSize}-byte limit`,
        });
      } else {
        result.files.push({ path: name, content: data, size });
      }
      return result;
    },
  };
}

/** Reads a stream to its end, keeping at most `limit` bytes; `data` is undefined when there was more. */
export async function readAll(stream: Readable, limit: number): Promise<{ size: number; data: Buffer | undefined }> {
  if ((stream as Readable & { isTTY?: boolean }).isTTY) {
    throw new WardenError('--stdin needs input piped to it, but stdin is a terminal');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size <= limit) chunks.push(buf);
    else chunks.length = 0;
  }
  return { size, data: size <= limit ? Buffer.concat(chunks, size) : undefined };
}

/** Root-relative and '/' separated when it names a path under the root; otherwise as given, '/' separated. */
function stdinName(filename: string, options: ResolvedTargetOptions): string {
  const given = filename.trim() === '' ? 'stdin' : filename;
  if (path.isAbsolute(given)) {
    for (const base of [options.root, options.realRoot]) {
      const rel = toPosix(path.relative(base, given));
      if (rel !== '' && rel !== '..' && !rel.startsWith('../') && !path.isAbsolute(rel)) return rel;
    }
    return toPosix(given);
  }
  return toPosix(path.posix.normalize(toPosix(given))).replace(/^(\.\/)+/, '');
}
