// Parsers for the git output the git sources read: `--raw -z` file lists, `-U0` patches (only their hunk
// headers) and `cat-file --batch` streams. All of them take bytes as they come.
import type { ChangedLines } from '../types.js';

export interface RawEntry {
  oldMode: string;
  newMode: string;
  oldId: string;
  newId: string;
  /** A, C, M, R or T (D is filtered out by the caller); the similarity score is dropped. */
  status: string;
  /** Path before a rename or copy; the same as `path` otherwise. */
  oldPath: string;
  path: string;
}

/** `:100644 100644 <old> <new> M\0path\0`, or `... R086\0old\0new\0` for renames and copies. */
export function parseRawZ(out: Buffer): RawEntry[] {
  const fields = out.toString('utf8').split('\0');
  const entries: RawEntry[] = [];
  for (let i = 0; i < fields.length; i++) {
    const meta = fields[i]!;
    if (meta === '') continue;
    const m = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/.exec(meta);
    if (!m) throw new Error(`unexpected git diff --raw output: ${JSON.stringify(meta.slice(0, 80))}`);
    const status = m[5]!;
    const first = fields[++i] ?? '';
    const second = status === 'R' || status === 'C' ? (fields[++i] ?? '') : first;
    entries.push({ oldMode: m[1]!, newMode: m[2]!, oldId: m[3]!, newId: m[4]!, status, oldPath: first, path: second });
  }
  return entries;
}

/** One file's part of a patch. */
export interface PatchSection {
  /** Lines of the new side the patch adds or changes. */
  changed: ChangedLines;
  /** git saw binary content (or a `-diff` attribute): it shows no hunks. */
  binary: boolean;
  /** The new blob id from the `index` line (absent for pure renames and mode changes). */
  newId?: string;
}

/**
 * Splits a `git diff -p -U0 --full-index` stream into per-file sections and keeps only what the hunk headers
 * say. Content lines are never held whole (only a short prefix of each line is looked at), so a diff of a
 * 50 MB one-line file costs no more memory than a small one.
 */
export class PatchParser {
  readonly sections: PatchSection[] = [];
  private line: Buffer[] = [];
  private lineLength = 0;
  private inHunks = false;
  private static readonly KEEP = 512;

  push(chunk: Buffer): void {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      this.keep(chunk.subarray(start, nl));
      this.endLine();
      start = nl + 1;
    }
    this.keep(chunk.subarray(start));
  }

  end(): PatchSection[] {
    if (this.lineLength > 0) this.endLine();
    return this.sections;
  }

  private keep(part: Buffer): void {
    const room = PatchParser.KEEP - this.lineLength;
    if (room <= 0 || part.length === 0) return;
    const piece = part.length > room ? part.subarray(0, room) : part;
    this.line.push(piece);
    this.lineLength += piece.length;
  }

  private endLine(): void {
    const text = this.line.length === 1 ? this.line[0]!.toString('latin1') : Buffer.concat(this.line).toString('latin1');
    this.line = [];
    this.lineLength = 0;
    this.onLine(text);
  }

  private onLine(line: string): void {
    // Inside hunks every content line starts with '+', '-', ' ' or '\', so these prefixes cannot be content.
    if (line.startsWith('diff --git ')) {
      this.sections.push({ changed: [], binary: false });
      this.inHunks = false;
      return;
    }
    const section = this.sections[this.sections.length - 1];
    if (!section) return;
    if (line.startsWith('@@ ')) {
      this.inHunks = true;
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) return;
      const start = Number(m[1]);
      const count = m[2] === undefined ? 1 : Number(m[2]);
      if (count === 0) return; // a deletion: nothing on the new side
      const end = start + count - 1;
      const last = section.changed[section.changed.length - 1];
      if (last && last[1] + 1 >= start) last[1] = Math.max(last[1], end);
      else section.changed.push([start, end]);
      return;
    }
    if (this.inHunks) return;
    if (line.startsWith('index ')) {
      const m = /^index [0-9a-f]+\.\.([0-9a-f]+)/.exec(line);
      if (m) section.newId = m[1];
    } else if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
      section.binary = true;
    }
  }
}

export interface BatchObject {
  id: string;
  /** undefined when git reports the object missing. */
  type?: string;
  size: number;
}

/**
 * Reads `git cat-file --batch` output: `<id> <type> <size>\n<content>\n` per object, or `<id> missing\n`.
 * Content is copied once into a buffer of its exact size.
 */
export class BatchParser {
  private header: Buffer[] = [];
  private current: { info: BatchObject; content: Buffer; filled: number } | undefined;
  private needNewline = false;

  constructor(private readonly onObject: (info: BatchObject, content: Buffer | undefined) => void) {}

  push(chunk: Buffer): void {
    let pos = 0;
    while (pos < chunk.length) {
      if (this.needNewline) {
        if (chunk[pos] !== 10) throw new Error('unexpected git cat-file output: missing object terminator');
        this.needNewline = false;
        pos++;
        continue;
      }
      if (this.current) {
        const { content } = this.current;
        const n = Math.min(content.length - this.current.filled, chunk.length - pos);
        chunk.copy(content, this.current.filled, pos, pos + n);
        this.current.filled += n;
        pos += n;
        if (this.current.filled === content.length) this.finishObject();
        continue;
      }
      const nl = chunk.indexOf(10, pos);
      if (nl === -1) {
        this.header.push(chunk.subarray(pos));
        return;
      }
      this.header.push(chunk.subarray(pos, nl));
      pos = nl + 1;
      this.startObject(Buffer.concat(this.header).toString('utf8'));
      this.header = [];
    }
  }

  end(): void {
    if (this.current || this.header.length > 0 || this.needNewline) {
      throw new Error('unexpected git cat-file output: truncated');
    }
  }

  private startObject(line: string): void {
    const m = /^([0-9a-f]+) (\S+) (\d+)$/.exec(line);
    if (!m) {
      const id = line.split(' ')[0] ?? line;
      this.onObject({ id, size: 0 }, undefined);
      return;
    }
    const info: BatchObject = { id: m[1]!, type: m[2]!, size: Number(m[3]) };
    this.current = { info, content: Buffer.allocUnsafe(info.size), filled: 0 };
    if (info.size === 0) this.finishObject();
  }

  private finishObject(): void {
    const { info, content } = this.current!;
    this.current = undefined;
    this.needNewline = true;
    this.onObject(info, content);
  }
}

/** `git cat-file --batch-check` lines: `<id> <type> <size>` or `<id> missing`. */
export function parseBatchCheck(out: Buffer): BatchObject[] {
  return out
    .toString('utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((line) => {
      const m = /^([0-9a-f]+) (\S+) (\d+)$/.exec(line);
      return m ? { id: m[1]!, type: m[2]!, size: Number(m[3]) } : { id: line.split(' ')[0] ?? line, size: 0 };
    });
}
