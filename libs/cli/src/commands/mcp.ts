// `warden mcp`: Warden as a Model Context Protocol server over stdio, so an agent can ask before it writes:
// scan a snippet or paths, check a license, or explain a rule with examples from its fixtures.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { defaultRulesDir, isBlocking, judgeLicenseExpression, loadConfig, loadRules, scan, type Finding } from '@warden/sentinel';
import { z } from 'zod';
import { EXIT, type CliIO } from '../io.js';
import { VERSION } from '../version.js';
import { gitOutput } from './git.js';

const EXTENSIONS: Record<string, string> = { javascript: 'js', typescript: 'ts', tsx: 'tsx', python: 'py', go: 'go', java: 'java', ruby: 'rb', php: 'php', csharp: 'cs', rust: 'rs', c: 'c', cpp: 'cpp', shell: 'sh' };

function line(f: Finding): string {
  const cwe = f.cwe.length ? ` (${f.cwe.map((c) => `CWE-${c}`).join(', ')})` : '';
  return `${f.file}:${f.start.line} ${f.ruleId}${cwe} [${f.severity}]: ${f.message}${f.secret ? ` [${f.secret.redacted}]` : ''}${f.fix ? ` Fix: ${f.fix}` : ''}`;
}

const text = (t: string) => ({ content: [{ type: 'text' as const, text: t }] });

export async function mcpCommand(_args: string[], io: CliIO): Promise<number> {
  const root = (await gitOutput(io.cwd, ['rev-parse', '--show-toplevel'])) ?? io.cwd;
  const server = new McpServer({ name: 'warden', version: VERSION });

  server.registerTool(
    'scan',
    {
      description: 'Scan a code snippet (with its file name or language) or paths of the repository with every Warden pack: secrets, injection, crypto, licenses. Returns one line per finding: file:line rule (CWE): message. Fix: hint.',
      inputSchema: { code: z.string().optional(), filename: z.string().optional(), language: z.string().optional(), paths: z.array(z.string()).optional() },
    },
    async ({ code, filename, language, paths }) => {
      const config = await loadConfig(undefined, root);
      const name = filename ?? `snippet.${EXTENSIONS[language ?? ''] ?? 'txt'}`;
      const target = code !== undefined ? { kind: 'stdin' as const, filename: name, content: Buffer.from(code) } : { kind: 'paths' as const, paths: paths?.length ? paths : ['.'] };
      const result = await scan({ target, root, config, workers: 0 });
      const findings = result.findings.filter((f) => !f.suppressed);
      if (findings.length === 0) return text('No findings.');
      const blocking = findings.filter((f) => isBlocking(f, config.config.failOn)).length;
      return text(`${findings.length} finding(s), ${blocking} blocking:\n${findings.map(line).join('\n')}`);
    },
  );

  server.registerTool(
    'check_license',
    {
      description: "Judge a license by this project's policy: an SPDX expression, or an npm package (name and optional version) as installed here. Returns its category and the verdict: ok, warn (needs review) or fail.",
      inputSchema: { expression: z.string().optional(), package: z.string().optional(), version: z.string().optional() },
    },
    async ({ expression, package: pkg, version }) => {
      let spdx = expression;
      let subject = expression ?? '';
      if (!spdx && pkg) {
        const manifest = await readFile(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8').then((t) => JSON.parse(t) as { version?: string; license?: unknown }, () => undefined);
        if (!manifest) return text(`${pkg}${version ? `@${version}` : ''}: not installed here, so its license cannot be known offline: treat it as unknown (the policy warns).`);
        if (version && manifest.version !== version) return text(`${pkg}: ${manifest.version} is installed, not ${version}: its license cannot be known offline.`);
        spdx = typeof manifest.license === 'string' ? manifest.license : 'UNKNOWN';
        subject = `${pkg}@${manifest.version} (${spdx})`;
      }
      if (!spdx) return text('Give an SPDX expression, or a package name.');
      const v = await judgeLicenseExpression(spdx, root);
      return text(`${subject}: ${v.verdict} (${v.category}). ${v.reason}.`);
    },
  );

  server.registerTool(
    'explain_rule',
    { description: 'Explain a Warden rule: what it finds, its CWEs, how to fix it, and a bad and a good example from its fixtures.', inputSchema: { id: z.string() } },
    async ({ id }) => {
      const { rules } = await loadRules([defaultRulesDir()]);
      const rule = rules.find((r) => r.def.id === id || r.def.id.endsWith(`.${id}`));
      if (!rule) return text(`No rule "${id}". Rule ids look like secret.aws-access-key-id or injection.sql-injection.`);
      const d = rule.def;
      const examples = await fixtureExamples(rule.source, d.id);
      return text(
        [
          `${d.id}: ${d.title} (${d.category}, ${d.severity}${d.cwe.length ? `, ${d.cwe.map((c) => `CWE-${c}`).join(', ')}` : ''})`,
          d.message,
          d.fix ? `Fix: ${d.fix}` : '',
          examples.bad ? `Bad:\n${examples.bad}` : '',
          examples.good ? `Good:\n${examples.good}` : '',
        ]
          .filter(Boolean)
          .join('\n\n'),
      );
    },
  );

  await server.connect(new StdioServerTransport(io.stdin, io.stdout));
  await new Promise<void>((resolve) => io.stdin.once('close', resolve).once('end', resolve));
  return EXIT.clean;
}

/** The first line after "ruleid: <id>" and after "ok: <id>" in the rule's fixtures. */
async function fixtureExamples(ruleFile: string, id: string): Promise<{ bad?: string; good?: string }> {
  const dir = path.dirname(ruleFile);
  const stem = path.basename(ruleFile).replace(/\.ya?ml$/, '');
  const files = (await readdir(dir)).filter((f) => f.startsWith(`${stem}.fixture.`)).map((f) => path.join(dir, f));
  const out: { bad?: string; good?: string } = {};
  for (const file of files) {
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines.forEach((l, i) => {
      if (!out.bad && l.includes(`ruleid: ${id}`) && lines[i + 1]) out.bad = lines[i + 1]!.trim();
      if (!out.good && l.includes(`ok: ${id}`) && lines[i + 1]) out.good = lines[i + 1]!.trim();
    });
  }
  return out;
}
