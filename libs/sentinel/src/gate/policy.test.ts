import { describe, expect, it } from 'vitest';
import { DEFAULT_AGENT_BRANCHES, DEFAULT_PROTECTED_PATHS, matchingAgentPattern, protectedPattern } from './policy.js';

describe('the agent policy', () => {
  it('knows agent branches by glob, with or without refs/heads/', () => {
    expect(matchingAgentPattern('agent/fix-login-1a2b', DEFAULT_AGENT_BRANCHES)).toBe('agent/**');
    expect(matchingAgentPattern('refs/heads/agent/a/b', DEFAULT_AGENT_BRANCHES)).toBe('agent/**');
    expect(matchingAgentPattern('feature/agent', DEFAULT_AGENT_BRANCHES)).toBeUndefined();
    expect(matchingAgentPattern('agents', DEFAULT_AGENT_BRANCHES)).toBeUndefined();
    expect(matchingAgentPattern(undefined, DEFAULT_AGENT_BRANCHES)).toBeUndefined();
  });

  it.each([
    ['.github/workflows/ci.yml', '.github/workflows/**'],
    ['.husky/pre-commit', '.husky/**'],
    ['CODEOWNERS', 'CODEOWNERS'],
    ['.github/CODEOWNERS', 'CODEOWNERS'],
    ['warden.json', 'warden.json'],
    ['.npmrc', '.npmrc'],
    ['.gitlab-ci.yml', '.gitlab-ci.yml'],
    ['packages/app/.npmrc', '.npmrc'],
  ])('protects %s', (file, pattern) => {
    expect(protectedPattern(file, DEFAULT_PROTECTED_PATHS)).toBe(pattern);
  });

  it.each(['src/warden.json.bak', 'docs/workflows.md', 'src/CODEOWNERS.ts', 'github/workflows/ci.yml'])('leaves %s alone', (file) => {
    expect(protectedPattern(file, DEFAULT_PROTECTED_PATHS)).toBeUndefined();
  });
});
