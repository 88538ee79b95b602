// The engine's hot path: read a file's bytes synchronously (workers and small in-process scans have nothing else
// to do meanwhile, and one syscall beats an event-loop round trip per step), classify them, and leave decoding to
// the caller, which decodes only files the keyword prefilter keeps. Same rules as readForScan: no symlinks
// followed, no read past the size limit, every problem a skip.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { SkipReason, SourceFile } from '../types.js';
import { classifyWithDetail, DEFAULT_MAX_FILE_SIZE, HEAD_BYTES } from './classify.js';

export type BytesResult = { bytes: Buffer } | { skip: SkipReason; detail?: string };

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

export function readBytesSync(file: SourceFile, maxFileSize: number = DEFAULT_MAX_FILE_SIZE): BytesResult {
  if (file.content) {
    const c = classifyWithDetail(file.path, file.content.subarray(0, HEAD_BYTES), file.content.length, maxFileSize);
    return c ? { skip: c.reason, detail: c.detail } : { bytes: file.content };
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
    const st = fstatSync(fd);
    if (!st.isFile()) return { skip: 'not-a-file', detail: st.isDirectory() ? 'a directory' : 'a special file' };
    if (st.size > maxFileSize) return { skip: 'too-large', detail: `${st.size} bytes, over the ${maxFileSize}-byte limit` };
    // One byte more than the size, to notice a file that grew since fstat.
    const buf = Buffer.allocUnsafe(Math.min(st.size, maxFileSize) + 1);
    let total = 0;
    for (let n = 1; n > 0 && total < buf.length; total += n) n = readSync(fd, buf, total, buf.length - total, null);
    if (total > maxFileSize) return { skip: 'too-large', detail: `grew past the ${maxFileSize}-byte limit while read` };
    const bytes = buf.subarray(0, total);
    const c = classifyWithDetail(file.path, bytes.subarray(0, HEAD_BYTES), total, maxFileSize);
    return c ? { skip: c.reason, detail: c.detail } : { bytes };
  } catch (e) {
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
