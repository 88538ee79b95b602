// `warden rules list | test`: what rules are loaded, and how each does on its fixtures.
import path from 'node:path';
import { defaultRulesDir, loadRules, testRules, WardenError, type RuleScore } from '@warden/sentinel';
import { parse } from '../args.js';
import { EXIT, type CliIO } from '../io.js';

export const RULES_USAGE = 'warden rules list [DIR...] [--json] | warden rules test [DIR...] [--json]';

const OPTIONS = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

export async function rulesCommand(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parse(rest, OPTIONS, RULES_USAGE);
  if (values.help || sub === undefined || sub === 'help') {
    io.stdout.write(`Usage: ${RULES_USAGE}\n\n  list   the rules in DIR (default: the built-in packs)\n  test   run every rule in DIR against its fixtures and print TP/FP/FN per rule\n`);
    return sub === undefined ? EXIT.usage : EXIT.clean;
  }
  const dirs = positionals.length > 0 ? positionals.map((d) => path.resolve(io.cwd, d)) : [defaultRulesDir()];
  if (sub === 'list') return list(dirs, io, Boolean(values.json));
  if (sub === 'test') return test(dirs, io, Boolean(values.json));
  throw new WardenError(`unknown rules subcommand "${sub}". Usage: ${RULES_USAGE}`);
}

async function list(dirs: string[], io: CliIO, json: boolean): Promise<number> {
  const { rules, errors } = await loadRules(dirs);
  if (json) {
    const out = rules.map(({ def, source }) => ({ id: def.id, title: def.title, category: def.category, severity: def.severity, cwe: def.cwe, languages: def.languages, source }));
    io.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else {
    for (const { def } of rules) {
      io.stdout.write(`${def.id.padEnd(40)} ${def.category.padEnd(9)} ${def.severity.padEnd(8)} CWE-${def.cwe.join(',CWE-')}  ${def.title}\n`);
    }
    io.stdout.write(`${rules.length} rules\n`);
  }
  for (const e of errors) io.stderr.write(`warden: ${e.message}\n`);
  return errors.length > 0 ? EXIT.usage : EXIT.clean;
}

function ratio(n: number, d: number): string {
  return d === 0 ? '  -  ' : (n / d).toFixed(2);
}

async function test(dirs: string[], io: CliIO, json: boolean): Promise<number> {
  const report = await testRules(dirs);
  const problems = (s: RuleScore) => {
    const out = [...s.failures];
    if (s.fixtures.length === 0) out.push(`${s.source}: no fixtures (add ${path.basename(s.source).replace(/\.ya?ml$/, '')}.fixture.<ext> beside it)`);
    else if (s.tp + s.fn === 0) out.push(`${s.source}: fixtures have no "ruleid: ${s.ruleId}" case`);
    if (s.fixtures.length > 0 && s.okCases === 0) out.push(`${s.source}: fixtures have no "ok: ${s.ruleId}" case`);
    return out;
  };
  const failing = report.rules.filter((s) => problems(s).length > 0);
  if (json) {
    io.stdout.write(JSON.stringify({ rules: report.rules, errors: report.errors }, null, 2) + '\n');
  } else {
    io.stdout.write(`${'rule'.padEnd(40)}   TP   FP   FN  precision  recall\n`);
    for (const s of report.rules) {
      const mark = problems(s).length > 0 ? '✗' : '✓';
      io.stdout.write(
        `${mark} ${s.ruleId.padEnd(38)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${ratio(s.tp, s.tp + s.fp).padStart(9)}  ${ratio(s.tp, s.tp + s.fn).padStart(6)}\n`,
      );
      for (const p of problems(s)) io.stdout.write(`    ${p}\n`);
    }
    const tp = report.rules.reduce((n, s) => n + s.tp, 0);
    const fp = report.rules.reduce((n, s) => n + s.fp, 0);
    const fn = report.rules.reduce((n, s) => n + s.fn, 0);
    io.stdout.write(`${report.rules.length} rules, ${failing.length} failing · TP ${tp} FP ${fp} FN ${fn}\n`);
  }
  for (const e of report.errors) io.stderr.write(`warden: ${e}\n`);
  if (report.errors.length > 0) return EXIT.usage;
  return failing.length > 0 ? EXIT.findings : EXIT.clean;
}
