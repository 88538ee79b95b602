// The egress allowlist: exact host names and patterns. A leading `*.` matches one or more labels below the
// suffix (not the suffix itself); a `*` elsewhere matches exactly one label (`sts.*.amazonaws.com`, for AWS's
// regional endpoints). Names are compared in lower case without a trailing dot.

export function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '').replace(/^\[(.*)\]$/, '$1');
}

const compiled = new Map<string, RegExp>();

function patternRegExp(entry: string): RegExp {
  let re = compiled.get(entry);
  if (!re) {
    const pattern = normaliseHost(entry);
    const leading = pattern.startsWith('*.');
    const body = (leading ? pattern.slice(2) : pattern)
      .split('.')
      .map((label) => (label === '*' ? '[^.]+' : label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('\\.');
    compiled.set(entry, (re = new RegExp(`^${leading ? '(?:[^.]+\\.)+' : ''}${body}$`)));
  }
  return re;
}

export function hostAllowed(host: string, allow: readonly string[]): boolean {
  const name = normaliseHost(host);
  return allow.some((entry) => patternRegExp(entry).test(name));
}

/**
 * The default allowlist: package registries, developer documentation and AWS's identity endpoints. The
 * providers' API hosts, the ticketing system's hosts and the registry of the project's .npmrc are added by
 * the caller, which knows them.
 */
export const DEFAULT_EGRESS_HOSTS = [
  'registry.npmjs.org',
  'registry.yarnpkg.com',
  'crates.io',
  'static.crates.io',
  'index.crates.io',
  'pypi.org',
  'files.pythonhosted.org',
  'nodejs.org',
  'developer.mozilla.org',
  'docs.github.com',
  'docs.python.org',
  'docs.rs',
  'pkg.go.dev',
  'nx.dev',
  'www.typescriptlang.org',
  'sts.amazonaws.com',
  'sts.*.amazonaws.com',
  'portal.sso.*.amazonaws.com',
  'oidc.*.amazonaws.com',
];

/** API hosts per provider, for the providers a run enables. */
export const PROVIDER_HOSTS: Record<string, readonly string[]> = {
  claude: ['api.anthropic.com', 'statsig.anthropic.com'],
  anthropic: ['api.anthropic.com'],
  codex: ['api.openai.com', 'chatgpt.com'],
  openai: ['api.openai.com'],
  opencode: ['api.anthropic.com', 'api.openai.com', 'opencode.ai'],
  cursor: ['api2.cursor.sh', 'api.cursor.com'],
};
