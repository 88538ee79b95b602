// The agent-PR policy: which changes came from an agent, and which paths an agent must never change. A change is
// an agent's when its head branch matches the agent pattern (default `agent/**`, the branches Warden's runner
// commits to) or one of its commits carries a `Warden-Run:` trailer (the runner writes one into every commit).

import { globToRegExp } from '../util/glob.js';

export const DEFAULT_AGENT_BRANCHES = ['agent/**'];

/**
 * What an agent may not change without a person doing it: CI definitions, git hooks and their managers, code
 * owners, Warden's own configuration, and package registry settings (a registry swap is a supply-chain attack).
 */
export const DEFAULT_PROTECTED_PATHS = [
  '.github/workflows/**',
  '.github/actions/**',
  '.gitlab-ci.yml',
  '.gitlab/ci/**',
  'azure-pipelines.yml',
  '.circleci/**',
  'Jenkinsfile',
  'bitbucket-pipelines.yml',
  '.husky/**',
  '.githooks/**',
  '.pre-commit-config.yaml',
  '.pre-commit-hooks.yaml',
  'lefthook.yml',
  'lefthook.yaml',
  '.lefthook.yml',
  'CODEOWNERS',
  'warden.json',
  '.npmrc',
  '.yarnrc',
  '.yarnrc.yml',
  '.pnpmfile.cjs',
  'pip.conf',
  '.pypirc',
  '.cargo/config.toml',
  '.cargo/config',
];

/** The first agent-branch pattern the branch name matches, if any. */
export function matchingAgentPattern(branch: string | undefined, patterns: readonly string[]): string | undefined {
  if (!branch) return undefined;
  const name = branch.replace(/^refs\/heads\//, '');
  return patterns.find((p) => globToRegExp(p).test(name));
}

/**
 * The protected pattern a changed path falls under, if any. As in .gitignore, a name without a slash matches at
 * any depth: a workspace package's own .npmrc redirects its installs as well as the root's does.
 */
export function protectedPattern(file: string, patterns: readonly string[]): string | undefined {
  return patterns.find((p) => globToRegExp(p).test(file));
}
