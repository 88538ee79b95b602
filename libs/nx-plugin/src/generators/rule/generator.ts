// `nx g @warden/nx:rule NAME`: a custom Sentinel rule with a fixture that already passes `warden rules test`,
// and its folder added to warden.json rules.paths so scans load it.
import { randomBytes } from 'node:crypto';
import type { Tree } from '@nx/devkit';

export interface RuleOptions {
  name: string;
  category?: 'secret' | 'injection' | 'crypto' | 'license';
  directory?: string;
  language?: string;
}

const EXTENSIONS: Record<string, string> = { javascript: 'js', typescript: 'ts', tsx: 'tsx', python: 'py', go: 'go', java: 'java', ruby: 'rb', php: 'php', csharp: 'cs', rust: 'rs' };
const HASH_COMMENT = new Set(['python', 'ruby']);

export default async function ruleGenerator(tree: Tree, options: RuleOptions): Promise<void> {
  if (!/^[a-z0-9][a-z0-9-]*[a-z0-9]$/.test(options.name)) throw new Error(`rule name "${options.name}": use lower-case letters, digits and dashes`);
  const category = options.category ?? 'injection';
  const language = options.language ?? 'javascript';
  const ext = EXTENSIONS[language];
  if (!ext) throw new Error(`language "${language}": expected one of ${Object.keys(EXTENSIONS).join(', ')}`);
  const dir = (options.directory ?? 'tools/warden-rules').replace(/\/$/, '');
  const id = `custom.${options.name}`;
  const ruleFile = `${dir}/${options.name}.yaml`;
  if (tree.exists(ruleFile)) throw new Error(`${ruleFile} exists already`);
  const comment = HASH_COMMENT.has(language) ? '#' : '//';
  const example = exampleFor(category);
  tree.write(ruleFile, ruleYaml(id, category, language, example));
  tree.write(
    `${dir}/${options.name}.fixture.${ext}`,
    `${comment} Cases for ${id}: the line after "ruleid:" must match, the line after "ok:" must not.\n` +
      `${comment} ruleid: ${id}\n${example.bad}\n${comment} ok: ${id}\n${example.good}\n`,
  );
  addRulesPath(tree, dir);
}

interface Example {
  cwe: number[];
  keywords: string[];
  pattern: string;
  message: string;
  bad: string;
  good: string;
}

function exampleFor(category: string): Example {
  if (category === 'secret') {
    const value = randomBytes(24).toString('base64').replace(/[+/=]/g, '').slice(0, 32).padEnd(32, 'Q');
    return {
      cwe: [798],
      keywords: ['acme_'],
      pattern: '\\bacme_(?<secret>[A-Za-z0-9]{32})\\b',
      message: 'An ACME API key is hardcoded.',
      bad: `const key = "acme_${value}";`,
      good: 'const key = process.env.ACME_API_KEY;',
    };
  }
  return {
    cwe: category === 'crypto' ? [327] : category === 'license' ? [] : [94],
    keywords: ['legacyEval'],
    pattern: '\\blegacyEval\\s*\\(',
    message: 'legacyEval runs its argument as code.',
    bad: 'legacyEval(input);',
    good: 'safeParse(input);',
  };
}

function ruleYaml(id: string, category: string, language: string, e: Example): string {
  return `# A custom Sentinel rule: edit the pattern and the fixture together, then run \`warden rules test <dir>\`.
id: ${id}
title: ${e.message.replace(/\.$/, '')}
category: ${category}
severity: high
confidence: medium
cwe: [${e.cwe.join(', ')}]
languages: [${language}]
keywords: [${e.keywords.map((k) => `'${k}'`).join(', ')}]
message: ${e.message}
fix: Say how to fix it.
regex:
  pattern: '${e.pattern}'
`;
}

function addRulesPath(tree: Tree, dir: string): void {
  const config = tree.exists('warden.json') ? (JSON.parse(tree.read('warden.json', 'utf8')!) as { rules?: { paths?: string[] } }) : {};
  const paths = config.rules?.paths ?? [];
  if (paths.some((p) => p.replace(/^\.\//, '').replace(/\/$/, '') === dir)) return;
  config.rules = { ...config.rules, paths: [...paths, dir] };
  tree.write('warden.json', `${JSON.stringify(config, null, 2)}\n`);
}
