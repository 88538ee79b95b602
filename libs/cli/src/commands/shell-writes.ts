// The files a shell command writes, as far as its words show: redirections, and the targets of the commands
// that create, change or remove files. The agent hooks refuse a command that writes a protected path (CI
// workflows, git hooks, warden.json). Words built at run time ($VAR, $(...)) cannot be known here; the gate at
// the end judges what such a command really changed.

/** Commands whose last operand is the one written (cp SRC... DEST). */
const LAST_OPERAND = new Set(['cp', 'mv', 'install', 'ln', 'rsync']);
/** Commands that write every operand. */
const EVERY_OPERAND = new Set(['rm', 'rmdir', 'unlink', 'touch', 'truncate', 'tee', 'mkdir', 'chmod', 'chown', 'shred']);
/** Commands that write their operands with an in-place flag (sed -i, perl -i). */
const IN_PLACE = new Set(['sed', 'perl', 'gsed']);

export function shellWriteTargets(command: string): string[] {
  const targets: string[] = [];
  for (const words of simpleCommands(tokenize(command))) {
    const operands: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const { word, quoted } = words[i]!;
      const redirect = quoted ? null : /^(?:\d|&)?>>?\|?(.*)$/.exec(word);
      if (redirect && !word.startsWith('>&') && !/^\d?>&/.test(word)) {
        const target = redirect[1] || words[++i]?.word;
        if (target) targets.push(target);
        continue;
      }
      operands.push(word);
    }
    // Leading VAR=value assignments and wrappers (sudo, env, command) do not name the program.
    while (operands.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(operands[0]!) || ['sudo', 'env', 'command', 'exec', 'nohup'].includes(operands[0]!))) operands.shift();
    const program = operands.shift()?.split('/').pop();
    if (!program) continue;
    const args = operands.filter((w) => !w.startsWith('-'));
    if (LAST_OPERAND.has(program) && args.length >= 2) targets.push(args.at(-1)!);
    else if (EVERY_OPERAND.has(program)) targets.push(...(program === 'chmod' || program === 'chown' ? args.slice(1) : args));
    else if (IN_PLACE.has(program) && operands.some((w) => /^-[a-zA-Z]*i/.test(w) || w.startsWith('--in-place'))) targets.push(...args.slice(1));
    else if (program === 'dd') targets.push(...args.flatMap((w) => (w.startsWith('of=') ? [w.slice(3)] : [])));
  }
  return [...new Set(targets.filter((t) => t && !t.startsWith('/dev/')))];
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
