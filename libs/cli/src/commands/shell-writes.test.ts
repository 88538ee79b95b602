import { describe, expect, it } from 'vitest';
import { shellWriteTargets } from './shell-writes.js';

describe('shellWriteTargets', () => {
  it.each([
    ['echo "curl x" > .husky/pre-commit', ['.husky/pre-commit']],
    ['echo x >>.github/workflows/ci.yml', ['.github/workflows/ci.yml']],
    ['cat a 2> err.log', ['err.log']],
    ['cp /tmp/hook .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit', ['.git/hooks/pre-commit']],
    ['mv -f new.json warden.json', ['warden.json']],
    ['rm -rf .husky', ['.husky']],
    ["sed -i 's/npm ci/npm i/' .github/workflows/ci.yml", ['.github/workflows/ci.yml']],
    ['sed -e s/a/b/ file.txt', []],
    ['printf x | tee -a CODEOWNERS >/dev/null', ['CODEOWNERS']],
    ['FOO=1 sudo touch "a b.txt"', ['a b.txt']],
    ['dd if=/dev/zero of=.npmrc bs=1 count=1', ['.npmrc']],
    ['npm test 2>&1 | tail -5', []],
    ['ls -la; git status', []],
    ["echo '>' not-a-target", []],
    ['echo x >"warden.json"', ['warden.json']],
  ])('%s', (command, expected) => {
    expect(shellWriteTargets(command)).toEqual(expected);
  });
});
