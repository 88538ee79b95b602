// The scripted agent: a built-in "agent" that applies a YAML list of edits and replies, for demos and tests,
// with no model and no API key. It runs inside the sandbox like any other agent (its source is written into
// the run folder), so what it tries is contained the same way.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

export interface ScriptStep {
  write?: { path: string; content: string };
  append?: { path: string; content: string };
  replace?: { path: string; find: string; with: string };
  run?: string;
  reply?: string;
}

/** Reads and checks a script file: a list of steps, or { steps: [...] }. Errors name the step. */
export async function readScript(file: string): Promise<ScriptStep[]> {
  let data: unknown;
  try {
    data = parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: ${(err as Error).message.split('\n')[0]}`);
  }
  const steps = Array.isArray(data) ? data : (data as { steps?: unknown })?.steps;
  if (!Array.isArray(steps)) throw new Error(`${file}: expected a list of steps (write, append, replace, run, reply)`);
  steps.forEach((step, i) => {
    const keys = step && typeof step === 'object' ? Object.keys(step) : [];
    if (keys.length !== 1 || !['write', 'append', 'replace', 'run', 'reply'].includes(keys[0]!)) {
      throw new Error(`${file}: step ${i + 1}: expected one of write, append, replace, run, reply`);
    }
  });
  return steps as ScriptStep[];
}

export const SCRIPTED_AGENT_SOURCE = `// Warden's scripted agent (generated): applies the steps in the JSON file named by its argument.
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { execSync } from 'node:child_process';
const steps = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const step of steps) {
  try {
    if (step.write) { const p = resolve(step.write.path); mkdirSync(dirname(p), { recursive: true }); writeFileSync(p, step.write.content); console.log('wrote ' + step.write.path); }
    else if (step.append) { appendFileSync(resolve(step.append.path), step.append.content); console.log('appended to ' + step.append.path); }
    else if (step.replace) { const p = resolve(step.replace.path); writeFileSync(p, readFileSync(p, 'utf8').split(step.replace.find).join(step.replace.with)); console.log('edited ' + step.replace.path); }
    else if (step.run) { process.stdout.write(execSync(step.run, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })); }
    else if (step.reply) { console.log(step.reply); }
  } catch (err) {
    console.log('step failed: ' + String(err.message).split('\\n')[0]);
  }
}
`;
