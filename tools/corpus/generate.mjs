#!/usr/bin/env node
// The labelled secrets corpus: many small projects of source and config files in the languages and formats people
// commit, with random secrets in their providers' documented formats and more decoys than secrets, plus
// labels.json saying which line holds what. Deterministic: one seed, one corpus, on every machine.
//
//   node tools/corpus/generate.mjs --out .bench/quality --files 2000 --seed warden
//
// Writes OUT/corpus/** (what scanners scan) and OUT/labels.json (never inside the corpus). No secret value is
// printed or written anywhere but the corpus files themselves; labels.json holds positions and kinds only.
// See tools/corpus/README.md.
import process from 'node:process';
import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { Rng } from './lib/rng.mjs';
import { CODE_SHAPES, NOUNS, buildCode, codePath } from './lib/code.mjs';
import {
  buildCompose,
  buildDockerConfig,
  buildDockerfile,
  buildEnv,
  buildEnvExample,
  buildGcpServiceAccount,
  buildGitCredentials,
  buildHelmTemplate,
  buildHelmValues,
  buildIni,
  buildJson,
  buildK8s,
  buildKeyFile,
  buildLockfile,
  buildMarkdown,
  buildNetrc,
  buildNpmrc,
  buildProperties,
  buildPypirc,
  buildTerraform,
  buildTfvars,
  buildToml,
  buildWorkflow,
  buildYaml,
} from './lib/config.mjs';
import { WORDS, makeDecoy, makeSecret, makeSecretOfKind } from './lib/values.mjs';

export const LABELS_VERSION = 1;
export const DEFAULT_SEED = 'warden';
const MARKER = '.warden-corpus';

const cap = (w) => w[0].toUpperCase() + w.slice(1);

/**
 * Every format: how often it is picked, the item shapes it can write, the share of items that are secrets, and
 * how it is written (`build(r, items)` → Doc, or `whole(r)` → { doc, name, dir? } for one-purpose files).
 */
const FORMATS = {
  js: { weight: 8, shapes: CODE_SHAPES, code: true },
  ts: { weight: 8, shapes: CODE_SHAPES, code: true },
  py: { weight: 8, shapes: CODE_SHAPES, code: true },
  go: { weight: 5, shapes: CODE_SHAPES, code: true },
  java: { weight: 5, shapes: CODE_SHAPES, code: true },
  rb: { weight: 4, shapes: CODE_SHAPES, code: true },
  php: { weight: 4, shapes: CODE_SHAPES, code: true },
  cs: { weight: 4, shapes: CODE_SHAPES, code: true },
  sh: { weight: 4, shapes: CODE_SHAPES, code: true, path: (r) => ({ dir: r.pick(['scripts', 'bin', 'deploy', 'ops']), name: `${r.pick(['deploy', 'bootstrap', 'release', 'backup', 'seed', 'rotate'])}${r.chance(0.2) ? '-' + r.pick(NOUNS) : ''}.sh` }) },
  env: { weight: 6, shapes: ['scalar', 'block', 'template'], build: buildEnv, path: (r) => ({ dir: r.pick(['', '', 'config', 'deploy', `services/${r.pick(NOUNS)}`]), name: r.pick(['.env', '.env', '.env.production', '.env.local', '.env.staging', 'prod.env']) }) },
  'env-example': { weight: 3, whole: (r) => ({ doc: buildEnvExample(r), name: r.pick(['.env.example', '.env.sample', '.env.template', '.env.production.example']), dir: r.pick(['', '', 'config']) }) },
  yaml: { weight: 5, shapes: ['scalar', 'block', 'template', 'bearer', 'basic'], build: buildYaml, path: (r) => r.pick([() => ({ dir: 'config', name: `${r.pick(['production', 'staging', 'settings', 'app', 'default'])}.${r.pick(['yml', 'yaml'])}` }), () => ({ dir: 'src/main/resources', name: r.pick(['application.yml', 'application-prod.yml']) }), () => ({ dir: 'ansible/group_vars', name: 'all.yml' }), () => ({ dir: '', name: 'settings.yaml' })])() },
  gha: { weight: 2, secretShare: 0.25, shapes: ['scalar', 'template'], build: buildWorkflow, path: (r) => ({ dir: '.github/workflows', name: `${r.pick(['ci', 'deploy', 'release', 'nightly', 'e2e'])}.yml` }) },
  json: { weight: 5, shapes: ['scalar', 'block', 'template'], build: buildJson, path: (r) => ({ dir: r.pick(['config', '', 'src/config']), name: r.pick(['production.json', 'default.json', 'settings.json', 'config.json', 'local.settings.json', 'secrets.json']) }) },
  appsettings: { weight: 2, formatId: 'json', shapes: ['scalar', 'template'], build: (r, items) => buildJson(r, items, { appsettings: true }), path: (r) => ({ dir: r.pick(['', 'src/Api', `src/${cap(r.pick(NOUNS))}.Web`]), name: r.pick(['appsettings.json', 'appsettings.Production.json', 'appsettings.Development.json']) }) },
  toml: { weight: 3, shapes: ['scalar', 'block', 'template'], build: buildToml, path: (r) => ({ dir: r.pick(['', 'config', '.streamlit']), name: r.pick(['config.toml', 'settings.toml', 'app.toml', 'secrets.toml']) }) },
  properties: { weight: 3, shapes: ['scalar', 'block', 'template'], build: buildProperties, path: (r) => ({ dir: r.pick(['src/main/resources', '', 'config']), name: r.pick(['application.properties', 'application-prod.properties', 'gradle.properties', 'config.properties']) }) },
  ini: { weight: 3, shapes: ['scalar', 'template'], build: buildIni, path: (r) => ({ dir: r.pick(['', 'config', 'deploy']), name: r.pick(['config.ini', 'settings.ini', 'alembic.ini', 'app.ini', 'db.ini', 'setup.cfg']) }) },
  dockerfile: { weight: 3, shapes: ['scalar', 'template'], build: buildDockerfile, path: (r) => r.pick([() => ({ dir: '', name: 'Dockerfile' }), () => ({ dir: 'docker', name: `Dockerfile.${r.pick(['api', 'worker', 'web'])}` }), () => ({ dir: `services/${r.pick(NOUNS)}`, name: 'Dockerfile' })])() },
  compose: { weight: 3, secretShare: 0.4, shapes: ['scalar', 'template'], build: buildCompose, path: (r) => ({ dir: r.pick(['', '', 'deploy']), name: r.pick(['docker-compose.yml', 'docker-compose.prod.yml', 'compose.yaml', 'docker-compose.override.yml']) }) },
  k8s: { weight: 4, shapes: ['scalar', 'block', 'template'], build: buildK8s, path: (r) => ({ dir: r.pick(['k8s', 'deploy/k8s', 'manifests', `k8s/${r.pick(['prod', 'staging'])}`]), name: `${r.pick(NOUNS)}-${r.pick(['deployment', 'app', 'secret', 'service'])}.yaml` }) },
  helm: { weight: 2, secretShare: 0.35, shapes: ['scalar', 'block', 'template'], build: buildHelmValues, path: (r) => ({ dir: `charts/${r.pick(NOUNS)}`, name: r.pick(['values.yaml', 'values-prod.yaml', 'values-staging.yaml']) }) },
  'helm-template': { weight: 1.5, whole: (r) => ({ doc: buildHelmTemplate(r, r.range(1, 4)), dir: `charts/${r.pick(NOUNS)}/templates`, name: r.pick(['deployment.yaml', 'cronjob.yaml', 'statefulset.yaml']) }) },
  tf: { weight: 4, shapes: ['scalar', 'block', 'template', 'expr'], build: buildTerraform, path: (r) => ({ dir: r.pick(['infra', 'terraform', `terraform/${r.pick(['prod', 'staging'])}`]), name: r.pick(['main.tf', 'database.tf', 'providers.tf', `${r.pick(NOUNS)}.tf`]) }) },
  tfvars: { weight: 1, shapes: ['scalar', 'template'], build: buildTfvars, path: (r) => ({ dir: r.pick(['infra', 'terraform']), name: r.pick(['terraform.tfvars', 'prod.tfvars', 'staging.auto.tfvars']) }) },
  npmrc: { weight: 2, whole: (r) => ({ doc: buildNpmrc(r), name: '.npmrc', dir: r.pick(['', '', `packages/${r.pick(NOUNS)}`]) }) },
  md: { weight: 5, secretShare: 0.3, shapes: ['scalar', 'block', 'bearer', 'basic', 'template'], build: buildMarkdown, path: (r) => r.pick([() => ({ dir: '', name: 'README.md' }), () => ({ dir: 'docs', name: `${r.pick(['setup', 'deploy', 'api', 'troubleshooting', 'onboarding', 'runbook'])}.md` }), () => ({ dir: '', name: 'CONTRIBUTING.md' })])() },
  keyfile: { weight: 3, whole: (r) => ({ ...buildKeyFile(r), dir: r.pick(['keys', 'certs', '.ssh', 'config/ssl', 'deploy/keys', '']) }) },
  gcp: { weight: 1, whole: (r) => ({ ...buildGcpServiceAccount(r), dir: r.pick(['', 'config', 'secrets', 'deploy']) }) },
  'docker-config': { weight: 0.8, whole: (r) => buildDockerConfig(r) },
  netrc: { weight: 0.6, whole: (r) => ({ ...buildNetrc(r), dir: '' }) },
  'git-credentials': { weight: 0.6, whole: (r) => ({ ...buildGitCredentials(r), dir: '' }) },
  pypirc: { weight: 0.6, whole: (r) => ({ ...buildPypirc(r), dir: '' }) },
  lockfile: { weight: 3, whole: (r) => ({ ...buildLockfile(r), dir: r.pick(['', '', `packages/${r.pick(NOUNS)}`]) }) },
};

export const FORMAT_IDS = Object.keys(FORMATS);

function itemsFor(r, id, f) {
  const format = f.formatId ?? id;
  const count = r.chance(0.1) ? 0 : r.range(1, 6);
  const share = f.secretShare ?? 0.42;
  const items = [];
  // One name once per file: two DB_PASSWORD keys in one YAML mapping would not be a realistic file.
  const names = new Set();
  const fresh = (make) => {
    for (let tries = 0; tries < 10; tries++) {
      const it = make();
      if (!names.has(it.names.env)) {
        names.add(it.names.env);
        return it;
      }
    }
    return null;
  };
  for (let i = 0; i < count; i++) {
    if (r.chance(share)) {
      const s = fresh(() => makeSecret(r, format, { shapes: f.shapes }));
      if (!s) continue;
      items.push(s);
      const then = s.then && r.chance(0.7) ? fresh(() => makeSecretOfKind(r, s.then)) : null;
      if (then) items.push(then);
    } else {
      const d = fresh(() => makeDecoy(r, format, { shapes: f.shapes }));
      if (d) items.push(d);
    }
  }
  return items;
}

function buildFile(r, id) {
  const f = FORMATS[id];
  if (f.whole) {
    const { doc, name, dir = '' } = f.whole(r);
    return { doc, dir, name };
  }
  const items = itemsFor(r, id, f);
  if (f.code) {
    const { dir, name } = f.path ? f.path(r) : codePath(r, id);
    return { doc: buildCode(r, id, items, name), dir, name };
  }
  const { dir, name } = f.path(r);
  return { doc: f.build(r, items), dir, name };
}

const ROLES = ['api', 'web', 'worker', 'service', 'infra', 'jobs', 'gateway', 'admin', 'etl', 'bot'];

/**
 * Writes the corpus. Returns { dir, corpusDir, labelsFile, files, bytes, secrets, decoys, kinds }.
 * `files` is the number of files; they are spread over projects of about `perProject` files each.
 */
export function generateCorpus({ out, files = 300, seed = DEFAULT_SEED, perProject = 20, force = false } = {}) {
  if (!out) throw new Error('generateCorpus: `out` is required');
  if (!Number.isInteger(files) || files < 1 || files > 1_000_000) throw new Error(`generateCorpus: files must be a whole number from 1 to 1,000,000, got ${files}`);
  const dir = resolve(out);
  const corpusDir = join(dir, 'corpus');
  const labelsFile = join(dir, 'labels.json');
  // Never wipe a folder this script did not write.
  const marker = join(dir, MARKER);
  if (existsSync(dir) && readdirSync(dir).length > 0 && !existsSync(marker) && !force) {
    throw new Error(`${dir} is not empty and was not written by this generator: refusing to overwrite it (pass --force)`);
  }
  rmSync(corpusDir, { recursive: true, force: true });
  rmSync(labelsFile, { force: true });
  mkdirSync(corpusDir, { recursive: true });
  writeFileSync(marker, 'Written by tools/corpus/generate.mjs; the whole folder is rewritten on each run.\n');

  const root = new Rng(`warden-corpus:${seed}`);
  const formatPick = FORMAT_IDS.map((id) => [FORMATS[id].weight, id]);
  const projects = [];
  const usedProjects = new Set();
  const labels = [];
  let bytes = 0;
  const paths = new Set();
  for (let i = 0; i < files; i++) {
    const p = Math.floor(i / perProject);
    if (!projects[p]) {
      const pr = root.fork(`project:${p}`);
      let name = `${pr.pick(WORDS)}-${pr.pick(ROLES)}`;
      for (let k = 2; usedProjects.has(name); k++) name = `${name.replace(/-\d+$/, '')}-${k}`;
      usedProjects.add(name);
      projects[p] = name;
    }
    const r = root.fork(`file:${i}`);
    const id = r.weighted(formatPick);
    const { doc, dir: sub, name } = buildFile(r, id);
    let rel = [projects[p], sub, name].filter(Boolean).join('/');
    for (let k = 1; paths.has(rel); k++) rel = [projects[p], `packages/${NOUNS[k % NOUNS.length]}${k >= NOUNS.length ? `-${k}` : ''}`, sub, name].filter(Boolean).join('/');
    paths.add(rel);
    // Windows line endings where they are common (C#, appsettings), and now and then anywhere.
    const text = doc.text({ crlf: ((id === 'cs' || id === 'appsettings') && r.chance(0.4)) || r.chance(0.03) });
    const abs = join(corpusDir, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    bytes += Buffer.byteLength(text);
    for (const l of doc.labels) labels.push({ file: rel, ...l, format: id });
  }
  labels.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const seen = new Set();
  for (const l of labels) {
    const key = `${l.file}:${l.line}`;
    if (seen.has(key)) throw new Error(`corpus: two labels on ${key}`);
    seen.add(key);
  }
  const secrets = labels.filter((l) => l.type === 'secret');
  const decoys = labels.filter((l) => l.type === 'decoy');
  const kinds = {};
  for (const l of labels) {
    const k = `${l.type}:${l.kind}`;
    kinds[k] = (kinds[k] ?? 0) + 1;
  }
  const json = { version: LABELS_VERSION, seed: String(seed), files, bytes, secrets: secrets.length, decoys: decoys.length, labels };
  writeFileSync(labelsFile, `${JSON.stringify(json, null, 1)}\n`);
  return { dir, corpusDir, labelsFile, files, bytes, secrets: secrets.length, decoys: decoys.length, kinds };
}

const HELP = `Usage: node tools/corpus/generate.mjs --out DIR [--files N] [--seed S] [--force]

Writes a labelled secrets corpus: DIR/corpus/ (the files to scan) and DIR/labels.json (file, line, kind of
every planted secret and decoy). The same seed always writes the same corpus.

  --out DIR      where to write (created; an existing DIR must be one this script wrote, unless --force)
  --files N      number of files (default 300)
  --seed S       seed (default "${DEFAULT_SEED}")
  --force        write into a non-empty DIR this script did not write
  -h, --help     this text
`;

function main() {
  let v;
  try {
    ({ values: v } = parseArgs({ options: { out: { type: 'string' }, files: { type: 'string' }, seed: { type: 'string' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } }));
  } catch (err) {
    process.stderr.write(`corpus: ${err.message}\n\n${HELP}`);
    process.exit(2);
  }
  if (v.help) {
    process.stdout.write(HELP);
    return;
  }
  if (!v.out) {
    process.stderr.write(`corpus: --out is required\n\n${HELP}`);
    process.exit(2);
  }
  const files = v.files === undefined ? 300 : Number(v.files);
  try {
    const t0 = performance.now();
    const res = generateCorpus({ out: v.out, files, seed: v.seed ?? DEFAULT_SEED, force: v.force });
    const secretKinds = Object.keys(res.kinds).filter((k) => k.startsWith('secret:')).length;
    const decoyKinds = Object.keys(res.kinds).filter((k) => k.startsWith('decoy:')).length;
    const where = relative(process.cwd(), res.dir) || '.';
    process.stdout.write(
      `corpus: ${res.files} files, ${(res.bytes / 1e6).toFixed(1)} MB in ${where}/corpus: ${res.secrets} secrets of ${secretKinds} kinds, ${res.decoys} decoys of ${decoyKinds} kinds (${((performance.now() - t0) / 1000).toFixed(1)} s)\n` +
        `labels: ${where}/labels.json\n`,
    );
  } catch (err) {
    process.stderr.write(`corpus: ${err.message}\n`);
    process.exit(2);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
