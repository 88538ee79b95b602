// A file being written line by line, with the labels of the items planted in it.

export class Doc {
  constructor() {
    this.lines = [];
    this.labels = [];
  }

  /** 1-based number of the next line to be added. */
  get next() {
    return this.lines.length + 1;
  }

  add(...lines) {
    for (const l of lines) {
      if (typeof l !== 'string' || l.includes('\n')) throw new Error(`corpus: bad line ${JSON.stringify(l).slice(0, 80)}`);
      this.lines.push(l);
    }
    return this;
  }

  blank() {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
    return this;
  }

  /**
   * Add the lines that write one item. `at` is the index (in `lines`) of the line the value is on; `span`, when
   * the item covers several lines (a PEM block, a YAML key with a block value), the first and last index.
   */
  item(item, r) {
    const base = this.next;
    this.add(...r.lines);
    // The labelled line must hold the value (as written: escaped for the format), or a block's first line.
    const v = item.shape === 'block' ? item.block?.[0] : item.value;
    if (typeof v === 'string' && v.length >= 4 && item.shape !== 'template' && item.shape !== 'expr' && (item.valueType ?? 'string') === 'string') {
      const line = r.lines[r.at];
      const forms = [v, JSON.stringify(v).slice(1, -1), v.replaceAll('\\', '\\\\'), v.replaceAll("'", "\\'")];
      if (!forms.some((f) => line.includes(f))) throw new Error(`corpus: the labelled line of a ${item.label.kind} does not hold its value`);
    }
    const label = { line: base + r.at, ...item.label };
    if (r.span && (r.span[0] !== r.at || r.span[1] !== r.at)) label.span = [base + r.span[0], base + r.span[1]];
    this.labels.push(label);
    return this;
  }

  /** Add lines of which one carries a label given directly (lockfile hashes, pinned action SHAs). */
  labelled(label, lines, at = 0) {
    const base = this.next;
    this.add(...lines);
    this.labels.push({ line: base + at, ...label });
    return this;
  }

  /** The file's text; `crlf` for Windows line endings (line numbers are the same). */
  text({ crlf = false } = {}) {
    const eol = crlf ? '\r\n' : '\n';
    return `${this.lines.join(eol)}${eol}`;
  }
}

/** Quote for C-family string literals (JS, Java, C#, Go, JSON): backslashes and the quote itself escaped. */
export function cq(v, quote = '"') {
  return `${quote}${String(v).replaceAll('\\', '\\\\').replaceAll(quote, `\\${quote}`)}${quote}`;
}

/** YAML scalar: plain when safe, double-quoted otherwise. */
export function yq(v, rng) {
  const s = String(v);
  const plainSafe =
    s.length > 0 &&
    /^[A-Za-z0-9_./][^#]*$/.test(s) &&
    !/: |:$|\s$|^(true|false|yes|no|on|off|null|~|y|n)$/i.test(s) &&
    !/^[0-9.+-]+$/.test(s) &&
    !s.includes(' #') &&
    !/[{}[\],&*!|>'"%@`]/.test(s[0]);
  if (plainSafe && (!rng || rng.chance(0.6))) return s;
  if (!s.includes("'") && rng && rng.chance(0.3)) return `'${s}'`;
  return cq(s, '"');
}

/** A .env / shell value: bare when safe, else single-quoted (no expansion), or double-quoted. */
export function shq(v, rng, { allowBare = true } = {}) {
  const s = String(v);
  if (allowBare && /^[A-Za-z0-9_./:@,+=-]+$/.test(s) && s.length > 0 && (!rng || rng.chance(0.6))) return s;
  if (/[$`"\\!]/.test(s) || (rng && rng.chance(0.4))) return `'${s}'`;
  return `"${s}"`;
}
