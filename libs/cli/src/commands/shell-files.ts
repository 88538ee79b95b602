// The files a shell command reads and writes, as far as its words show: redirections, and the operands of the
// commands that print, copy, send, create, change or remove files. The agent hooks refuse a command that writes
// a protected path (CI workflows, git hooks, warden.json) or reads a file holding live secrets (`cat .env`, a
// Read tool's way around). Words built at run time ($VAR, $(...)) cannot be known here; the gate at the end
// judges what such a command really changed.

/** Commands whose last operand is the one written (cp SRC... DEST); the others are read. */
const COPIES = new Set(['cp', 'mv', 'install', 'ln', 'rsync', 'scp']);
/** Commands that write every operand. */
const EVERY_OPERAND = new Set(['rm', 'rmdir', 'unlink', 'touch', 'truncate', 'tee', 'mkdir', 'chmod', 'chown', 'shred']);
/** Commands that write their operands with an in-place flag (sed -i, perl -i), and otherwise print them. */
const IN_PLACE = new Set(['sed', 'perl', 'gsed']);
/** Commands that print (or encode, or page) every operand. */
const PRINTERS = new Set(['cat', 'tac', 'nl', 'head', 'tail', 'less', 'more', 'bat', 'batcat', 'strings', 'xxd', 'hexdump', 'od', 'base64', 'base32', 'cut', 'sort', 'uniq', 'diff', 'paste', 'column', 'fold', 'iconv']);
/** Commands whose first operand is a pattern or program, and the rest files (grep PATTERN FILE, jq FILTER FILE). */
const AFTER_FIRST = new Set(['grep', 'egrep', 'fgrep', 'rg', 'ag', 'awk', 'gawk', 'jq', 'yq']);

export interface ShellFiles {
  reads: string[];
  writes: string[];
}

export function shellFiles(command: string): ShellFiles {
  const reads: string[] = [];
  const writes: string[] = [];
  for (const words of simpleCommands(tokenize(command))) {
    const operands: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const { word, quoted } = words[i]!;
      const redirect = quoted ? null : /^(?:\d|&)?>>?\|?(.*)$/.exec(word);
      if (redirect && !word.startsWith('>&') && !/^\d?>&/.test(word)) {
        const target = redirect[1] || words[++i]?.word;
        if (target) writes.push(target);
        continue;
      }
      // A here-document or here-string (<<EOF, <<< text) is inline text, not a file.
      if (!quoted && word.startsWith('<<')) {
        if (/^<<[-<]?$/.test(word)) i++;
        continue;
      }
      const input = quoted ? null : /^\d?<(?![<(])(.*)$/.exec(word);
      if (input) {
        const source = input[1] || words[++i]?.word;
        if (source) reads.push(source);
        continue;
      }
      operands.push(word);
    }
    // Leading VAR=value assignments and wrappers (sudo, env, command) do not name the program.
    while (operands.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(operands[0]!) || ['sudo', 'env', 'command', 'exec', 'nohup', 'time'].includes(operands[0]!))) operands.shift();
    const program = operands.shift()?.split('/').pop();
    if (!program) continue;
    const args = operands.filter((w) => !w.startsWith('-'));
    if (COPIES.has(program) && args.length >= 2) {
      writes.push(args.at(-1)!);
      reads.push(...args.slice(0, -1));
    } else if (EVERY_OPERAND.has(program)) writes.push(...(program === 'chmod' || program === 'chown' ? args.slice(1) : args));
    else if (IN_PLACE.has(program)) (operands.some((w) => /^-[a-zA-Z]*i/.test(w) || w.startsWith('--in-place')) ? writes : reads).push(...args.slice(1));
    else if (program === 'dd') {
      writes.push(...args.flatMap((w) => (w.startsWith('of=') ? [w.slice(3)] : [])));
      reads.push(...args.flatMap((w) => (w.startsWith('if=') ? [w.slice(3)] : [])));
    } else if (PRINTERS.has(program)) reads.push(...args);
    // Option values (-n 5, -e PATTERN) land among the operands too: harmless, only existing files are judged.
    else if (AFTER_FIRST.has(program)) reads.push(...args.slice(1));
    // Sending a file's content out: curl -d @file, --data-binary @file, -F name=@file, -T file.
    else if (program === 'curl' || program === 'wget') {
      operands.forEach((w, i) => {
        const at = /^(?:[\w.-]+=)?@(.+)$/.exec(w);
        if (at && /^(-d|--data\S*|-F|--form)$/.test(operands[i - 1] ?? '')) reads.push(at[1]!.replace(/;.*$/, ''));
        if (/^(-T|--upload-file|--post-file|--body-file)$/.test(operands[i - 1] ?? '')) reads.push(w);
      });
    }
  }
  const files = (list: string[]) => [...new Set(list.filter((t) => t && !t.startsWith('/dev/') && t !== '-'))];
  return { reads: files(reads), writes: files(writes) };
}

/** The files a shell command writes (see shellFiles). */
export function shellWriteTargets(command: string): string[] {
  return shellFiles(command).writes;
}

/** A word, and whether it starts quoted (a quoted ">" is text, not a redirection). */
type Word = { word: string; quoted: boolean };
type Token = Word | { op: string };

/** Words and operators, with quotes and backslashes resolved the way the shell reads them. */
function tokenize(command: string): Token[] {
  const tokens: Token[] = [];
  let word = '';
  let inWord = false;
  let quoted = false;
  const flush = () => {
    if (inWord) tokens.push({ word, quoted });
    word = '';
    inWord = false;
    quoted = false;
  };
  for (let i = 0; i < command.length; i++) {
    const c = command[i]!;
    if (c === "'") {
      const end = command.indexOf("'", i + 1);
      word += command.slice(i + 1, end === -1 ? undefined : end);
      quoted ||= !inWord;
      inWord = true;
      i = end === -1 ? command.length : end;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < command.length && command[j] !== '"'; j++) word += command[j] === '\\' && j + 1 < command.length ? command[++j] : command[j];
      quoted ||= !inWord;
      inWord = true;
      i = j;
    } else if (c === '\\' && i + 1 < command.length) {
      word += command[++i];
      quoted ||= !inWord;
      inWord = true;
    } else if (c === ' ' || c === '\t') {
      flush();
    } else if (c === '\n' || c === ';' || c === '|' || c === '&' || c === '(' || c === ')') {
      // "2>&1" and ">|" belong to a redirection word, not to the operators that split commands.
      if (c === '&' && /(?:^|[^\\])>$/.test(word)) {
        word += c;
        continue;
      }
      if (c === '|' && word.endsWith('>')) {
        word += c;
        continue;
      }
      flush();
      tokens.push({ op: c });
    } else {
      word += c;
      inWord = true;
    }
  }
  flush();
  return tokens;
}

/** The words of each simple command (split at ; | & && || newlines and parentheses). */
function simpleCommands(tokens: Token[]): Word[][] {
  const commands: Word[][] = [[]];
  for (const t of tokens) {
    if ('op' in t) commands.push([]);
    else commands.at(-1)!.push(t);
  }
  return commands.filter((c) => c.length > 0);
}
