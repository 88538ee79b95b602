import { describe, expect, it } from 'vitest';
import { buildEnvironment } from './env.js';

describe('buildEnvironment', () => {
  const caller = {
    PATH: '/usr/bin:/bin',
    LANG: 'C.UTF-8',
    HOME: '/root',
    AWS_SECRET_ACCESS_KEY: 'caller-aws',
    GITHUB_TOKEN: 'caller-gh',
    ANTHROPIC_BASE_URL: 'http://127.0.0.1:9',
    ANTHROPIC_API_KEY: 'caller-key',
    SSH_AUTH_SOCK: '/tmp/agent.sock',
    NPM_CONFIG_REGISTRY: 'https://registry.test/',
  };

  it('passes only the allowlist and the provider settings, never a credential-looking name', () => {
    const env = buildEnvironment({ caller, home: '/runs/1/home', providerNames: ['ANTHROPIC_BASE_URL', 'ANTHROPIC_API_KEY'] });
    expect(env).toEqual({ PATH: '/usr/bin:/bin', LANG: 'C.UTF-8', HOME: '/runs/1/home', TMPDIR: '/tmp', USER: 'agent', ANTHROPIC_BASE_URL: 'http://127.0.0.1:9' });
  });

  it('passes a credential only when named explicitly, and the runner’s own values win', () => {
    const env = buildEnvironment({ caller, home: '/h', explicit: ['GITHUB_TOKEN'], set: { ANTHROPIC_API_KEY: 'dummy', PATH: '/sandbox/bin' } });
    expect(env.GITHUB_TOKEN).toBe('caller-gh');
    expect(env.ANTHROPIC_API_KEY).toBe('dummy');
    expect(env.PATH).toBe('/sandbox/bin');
    expect(env.AWS_SECRET_ACCESS_KEY).toBeUndefined();
    expect(env.SSH_AUTH_SOCK).toBeUndefined();
  });

  it('points every proxy variable at the egress proxy', () => {
    const env = buildEnvironment({ caller, home: '/h', proxyUrl: 'http://127.0.0.1:3128' });
    expect(env).toMatchObject({ HTTP_PROXY: 'http://127.0.0.1:3128', https_proxy: 'http://127.0.0.1:3128', NO_PROXY: '', NODE_USE_ENV_PROXY: '1' });
  });
});
