import { defineConfig } from 'vitest/config';

// One vitest run covers every lib, the rule fixtures and the end-to-end tests, so `npm test` ends with a single
// summary (tools/vitest-summary.ts prints the plain "N passed, N failed" line CI reads).
export default defineConfig({
  test: {
    reporters: ['default', './tools/vitest-summary.ts'],
    testTimeout: 60_000,
    // Agent hooks start a warm daemon; in tests it goes away seconds after its last call.
    env: { WARDEN_HOOK_DAEMON_IDLE_MS: '4000' },
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'sentinel', include: ['libs/sentinel/src/**/*.test.ts', 'libs/sentinel/test/**/*.test.ts'] } },
      { extends: true, test: { name: 'cli', include: ['libs/cli/src/**/*.test.ts', 'libs/cli/test/**/*.test.ts'] } },
      { extends: true, test: { name: 'shield', include: ['libs/shield/src/**/*.test.ts'] } },
      { extends: true, test: { name: 'agent', include: ['libs/agent/src/**/*.test.ts'] } },
      { extends: true, test: { name: 'sandbox', include: ['libs/sandbox/src/**/*.test.ts'] } },
      { extends: true, test: { name: 'nx-plugin', include: ['libs/nx-plugin/src/**/*.test.ts'] } },
      { extends: true, test: { name: 'e2e', include: ['test/**/*.test.ts'] } },
    ],
  },
});
