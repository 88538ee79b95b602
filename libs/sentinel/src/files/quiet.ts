// Files where secret rules stay quiet by design: lockfiles (integrity hashes and registry URLs, never
// credentials) and example/template configuration (`.env.example`, `config.sample.yml`, `settings.json.dist`),
// which exist to show the shape of a secret, not to hold one. Other rule categories still run on them.

const LOCKFILES = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'cargo.lock',
  'poetry.lock',
  'pipfile.lock',
  'uv.lock',
  'pdm.lock',
  'composer.lock',
  'gemfile.lock',
  'go.sum',
  'mix.lock',
  'pubspec.lock',
  'packages.lock.json',
  'gradle.lockfile',
  'flake.lock',
  'podfile.lock',
  'package.resolved',
]);

const TEMPLATE_EXTENSION = /\.(?:example|sample|template|dist|tpl)$/i;
const TEMPLATE_ENV = /^\.?env\.(?:example|sample|template|dist|defaults?)$/i;
const TEMPLATE_CONFIG = /[.-](?:example|sample|template)\.(?:env|json|ya?ml|toml|ini|properties|conf|cfg|xml)$/i;

export function quietForSecrets(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const lower = base.toLowerCase();
  return LOCKFILES.has(lower) || TEMPLATE_EXTENSION.test(base) || TEMPLATE_ENV.test(base) || TEMPLATE_CONFIG.test(base);
}
