// The engine's hot path: read a file's bytes synchronously (workers and small in-process scans have nothing else
// to do meanwhile, and one syscall beats an event-loop round trip per step), classify them, and leave decoding to
// the caller, which decodes only files the keyword prefilter keeps. No symlink is followed, nothing is read past
// the size limit, and every problem is a skip.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import type { SkipReason, SourceFile } from '../types.js';
import { classifyWithDetail, DEFAULT_MAX_FILE_SIZE, HEAD_BYTES } from './classify.js';

/** `bytes` may be a view of a buffer the next call reuses: decode or copy it before reading another file. */
export type BytesResult =
  | { bytes: Buffer; secretsOnly?: { reason: SkipReason; detail?: string } }
  | { skip: SkipReason; detail?: string };

/**
 * Minified bundles and generated files are skipped by syntax rules (parsing them is slow and their code is not
 * the author's), but a credential in them is as leaked as anywhere else, and a "DO NOT EDIT" header must not
 * be a way to hide one: secret rules still read them.
 */
const SECRETS_ONLY: ReadonlySet<SkipReason> = new Set(['minified', 'generated']);

function classified(bytes: Buffer, c: { reason: SkipReason; detail: string } | undefined): BytesResult {
  if (!c) return { bytes };
  return SECRETS_ONLY.has(c.reason) ? { bytes, secretsOnly: { reason: c.reason, detail: c.detail } } : { skip: c.reason, detail: c.detail };
}

let scratch: Buffer | undefined;
function scratchFor(size: number): Buffer {
  if (!scratch || scratch.length < size) scratch = Buffer.allocUnsafe(size);
  return scratch;
}

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

export function readBytesSync(file: SourceFile, maxFileSize: number = DEFAULT_MAX_FILE_SIZE): BytesResult {
  if (file.content) {
    const c = classifyWithDetail(file.path, file.content.subarray(0, HEAD_BYTES), file.content.length, maxFileSize);
    return classified(file.content, c);
  }
  if (!file.absPath) return { skip: 'unreadable', detail: 'no content and no path on disk' };
  let fd: number;
  try {
    fd = openSync(file.absPath, OPEN_FLAGS);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { skip: 'not-a-file', detail: 'symbolic link (not followed when reading)' };
    if (code === 'EISDIR') return { skip: 'not-a-file', detail: 'a directory' };
    return { skip: 'unreadable', detail: describe(e) };
  }
  try {
    // fstat on the open descriptor: a pipe or device is refused, and a file over the limit is never read.
    const st = fstatSync(fd);
    if (!st.isFile()) return { skip: 'not-a-file', detail: kind(st) };
    if (st.size > maxFileSize) return { skip: 'too-large', detail: `${st.size} bytes, over the ${maxFileSize}-byte limit` };
    // Read into a scratch buffer reused across files: no allocation per file. One byte past the limit is
    // enough to notice a file that grew since fstat. Reading stops once fstat's size has arrived, which saves
    // the read that would only report the end of the file.
    const limit = maxFileSize + 1;
    const buf = scratchFor(limit);
    let total = 0;
    for (let n = 1; n > 0 && total < limit; total += n) {
      n = readSync(fd, buf, total, limit - total, null);
      if (n > 0 && total + n === st.size && st.size > 0) {
        total += n;
        break;
      }
    }
    if (total > maxFileSize) return { skip: 'too-large', detail: `grew past the ${maxFileSize}-byte limit while read` };
    const bytes = buf.subarray(0, total);
    const c = classifyWithDetail(file.path, bytes.subarray(0, HEAD_BYTES), total, maxFileSize);
    return classified(bytes, c);
  } catch (e) {
    // A directory opens read-only on Linux; reading it is what fails.
    if ((e as NodeJS.ErrnoException).code === 'EISDIR') return { skip: 'not-a-file', detail: 'a directory' };
    return { skip: 'unreadable', detail: describe(e) };
  } finally {
    closeSync(fd);
  }
}

function describe(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'no longer exists';
  return code ?? (e instanceof Error ? e.message : String(e));
}

function kind(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  return 'a device or special file';
}
