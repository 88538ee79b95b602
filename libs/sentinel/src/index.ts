// @warden/sentinel's public API. The CLI, the Nx plugin and the agent runner use only what is exported here.
import type { Baseline } from './suppress/baseline.js';
import type { Finding } from './types.js';

export { scan, blockingFindings, type ScanOptions } from './engine/scan.js';
export { runGate, PROTECTED_PATH_RULE, type GateOptions, type GateResult } from './gate/gate.js';
export { DEFAULT_AGENT_BRANCHES, DEFAULT_PROTECTED_PATHS, protectedPattern } from './gate/policy.js';
export { pathMatcher } from './config/glob.js';
export type { TargetSpec } from './targets/index.js';
export { loadConfig, findConfig, defaultConfig, type LoadedConfig } from './config/load.js';
export type { WardenConfig } from './config/schema.js';
export { loadRules, defaultRulesDir, type LoadedRules, type RuleSelection } from './rules/load.js';
export type { RuleSource } from './rules/compile.js';
export type { RuleDefinition } from './rules/schema.js';
export { testRules, type FixtureReport, type RuleScore } from './fixtures/runner.js';
export { parseAnnotations } from './fixtures/annotations.js';
export type { Baseline } from './suppress/baseline.js';

/** Writes the findings' fingerprints (never their text) as a baseline file. */
export async function writeBaseline(file: string, findings: readonly Finding[]): Promise<Baseline> {
  return (await import('./suppress/baseline.js')).writeBaseline(file, findings);
}

/** Reads and validates a baseline file; a broken one is a ConfigError naming the file. */
export async function readBaseline(file: string): Promise<Baseline> {
  return (await import('./suppress/baseline.js')).readBaseline(file);
}
export { FORMATS, getReporter, isFormatName, isBlocking, createProgress, type FormatName, type Progress, type ReportOptions } from './report/index.js';
export { registerMatcher } from './match/registry.js';
export { createSecretDetector, type SecretDetector, type SecretSpan } from './detect/secrets.js';
export type { BuildIndexOptions, BuildIndexResult } from './license/copies/build.js';

/** Builds a license index of a corpus folder (`warden license index`); loaded on use, as scans never need it. */
export async function buildLicenseIndex(options: import('./license/copies/build.js').BuildIndexOptions): Promise<import('./license/copies/build.js').BuildIndexResult> {
  return (await import('./license/copies/build.js')).buildLicenseIndex(options);
}
export { WardenError, ConfigError, RuleLoadError } from './errors.js';
export * from './types.js';

/**
 * The license policy's verdict on an SPDX expression, with the project's policy from warden.json (its own
 * license from package.json or the LICENSE file when the config does not say).
 */
export async function judgeLicenseExpression(expression: string, root: string): Promise<{ verdict: 'ok' | 'warn' | 'fail'; id: string; category: string; reason: string }> {
  const { loadConfig } = await import('./config/load.js');
  const { judgeLicense } = await import('./license/policy.js');
  const { projectLicenseOf } = await import('./engine/scan.js');
  const loaded = await loadConfig(undefined, root);
  const license = loaded.config.license;
  return judgeLicense(expression, { project: license.project ?? (await projectLicenseOf(loaded.dir)), deny: license.deny, allow: license.allow, exceptions: license.exceptions });
}
