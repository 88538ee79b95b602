// The agent's environment, built from an allowlist: nothing of the caller's environment passes unless named
// here or by the provider, and a variable whose name looks like a credential passes only when named explicitly.

/** What every agent gets from the caller, when set. */
const BASE = ['PATH', 'LANG', 'LANGUAGE', 'LC_ALL', 'LC_CTYPE', 'TERM', 'COLORTERM', 'TZ', 'NO_COLOR', 'FORCE_COLOR'];

/** Names that look like they hold a credential. */
export const CREDENTIAL_NAME = /(KEY|TOKEN|SECRET|PASSW(OR)?D|CREDENTIAL|AUTH|COOKIE|SESSION|PRIVATE|CERT|SIGNING)/i;

export interface EnvironmentOptions {
  /** The caller's environment, read from, never copied whole. */
  caller: NodeJS.ProcessEnv;
  /** The per-run home directory, as the agent sees it. */
  home: string;
  /** Variables the provider needs (ANTHROPIC_BASE_URL, CLAUDE_CODE_...): passed unless credential-looking. */
  providerNames?: readonly string[];
  /** Variables the user named explicitly (--pass-env): passed even when credential-looking. */
  explicit?: readonly string[];
  /** Fixed values the runner sets (a dummy API key, the gateway URL), which win over everything. */
  set?: Record<string, string>;
  /** The egress proxy's URL inside the sandbox. */
  proxyUrl?: string;
}

export function buildEnvironment(options: EnvironmentOptions): Record<string, string> {
  const env: Record<string, string> = {};
  const take = (name: string, allowCredential: boolean) => {
    const value = options.caller[name];
    if (value === undefined) return;
    if (!allowCredential && CREDENTIAL_NAME.test(name)) return;
    env[name] = value;
  };
  for (const name of BASE) take(name, false);
  for (const name of options.providerNames ?? []) take(name, false);
  for (const name of options.explicit ?? []) take(name, true);
  env.HOME = options.home;
  env.TMPDIR = '/tmp';
  env.USER = 'agent';
  if (options.proxyUrl) {
    for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy', 'ALL_PROXY', 'all_proxy']) env[name] = options.proxyUrl;
    env.NO_PROXY = '';
    env.no_proxy = '';
    // Node 24 (and 22.18+) honour HTTP(S)_PROXY in fetch and http only when asked to.
    env.NODE_USE_ENV_PROXY = '1';
  }
  return { ...env, ...options.set };
}
