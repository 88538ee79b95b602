// @warden/nx:scan: a thin shell over Sentinel's scan(). Prints the findings, writes the report to `output`
// (the inferred target's cached output) and fails when a finding blocks.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExecutorContext } from '@nx/devkit';

export interface ScanExecutorOptions {
  paths?: string[];
  categories?: Array<'secret' | 'injection' | 'crypto' | 'license'>;
  failOn?: 'info' | 'low' | 'medium' | 'high' | 'critical';
  output?: string;
  format?: 'json' | 'sarif' | 'markdown' | 'junit' | 'text';
  config?: string;
}

export default async function scanExecutor(options: ScanExecutorOptions, context: ExecutorContext): Promise<{ success: boolean }> {
  const sentinel = await import('@warden/sentinel');
  const projectName = context.projectName ?? '';
  const projectRoot = context.projectsConfigurations?.projects[projectName]?.root ?? '.';
  const fill = (s: string) => s.replace(/\{projectRoot\}/g, projectRoot).replace(/\{projectName\}/g, projectName);
  try {
    const config = await sentinel.loadConfig(options.config ? path.resolve(context.root, options.config) : undefined, context.root);
    const result = await sentinel.scan({
      target: { kind: 'paths', paths: (options.paths ?? [projectRoot]).map(fill) },
      root: context.root,
      config,
      categories: options.categories,
    });
    const failOn = options.failOn ?? config.config.failOn;
    const reportOptions = { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, verbose: false, failOn, toolVersion: 'nx', root: context.root };
    process.stdout.write(sentinel.getReporter('text').render(result, reportOptions) + '\n');
    if (options.output) {
      const file = path.resolve(context.root, fill(options.output));
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, sentinel.getReporter(options.format ?? 'json').render(result, { ...reportOptions, color: false }));
    }
    return { success: sentinel.blockingFindings(result, failOn).length === 0 && !result.notices.some((n) => n.code === 'rule-error') };
  } catch (err) {
    if (err instanceof sentinel.WardenError) {
      process.stderr.write(`warden: ${err.message}\n`);
      return { success: false };
    }
    throw err;
  }
}
