// Configuration and data files: .env, YAML, JSON, TOML, .properties, INI, Dockerfile, docker-compose, Kubernetes,
// Helm, Terraform, .npmrc, Markdown, and whole files with one purpose (key files, a GCP service-account key,
// ~/.docker/config.json, .netrc, .git-credentials, .pypirc, lockfiles).
import { Buffer } from 'node:buffer';
import { Doc, cq, shq, yq } from './doc.mjs';
import { NOUNS, apiHost, cap, templateRef } from './code.mjs';
import { ALNUM, B64, LOWER_ALNUM } from './rng.mjs';
import {
  DB_NAMES,
  DB_USERS,
  PRIVATE_KEYS,
  WORDS,
  badCrcToken,
  makeDecoy,
  makeSecret,
  makeSecretOfKind,
  nameForms,
  randomPassword,
  sshPublicKey,
  urlPassword,
} from './values.mjs';

function strValue(item, format, r) {
  if (item.shape === 'template') return templateRef(item, format, r);
  return item.value;
}

function escapedBlock(item) {
  return `${item.block.join('\\n')}\\n`;
}

// ---- .env ----------------------------------------------------------------------------------------------------

const ENV_FILLER = [
  (r) => `NODE_ENV=${r.pick(['production', 'staging', 'development'])}`,
  (r) => `PORT=${r.pick([3000, 8080, 8000, 5000])}`,
  (r) => `LOG_LEVEL=${r.pick(['info', 'debug', 'warn'])}`,
  (r) => `APP_URL=https://${r.pick(WORDS)}.example.com`,
  (r) => `AWS_REGION=${r.pick(['eu-west-1', 'us-east-1', 'eu-central-1'])}`,
  (r) => `S3_BUCKET=${r.pick(WORDS)}-${r.pick(['uploads', 'assets', 'backups'])}`,
  (r) => `REDIS_HOST=${r.pick(['redis', 'cache.internal', 'localhost'])}`,
  () => 'TZ=UTC',
  (r) => `DB_HOST=${r.pick(['db', 'postgres.internal', '10.0.3.12'])}`,
  () => 'DB_PORT=5432',
  (r) => `DB_NAME=${r.pick(DB_NAMES)}`,
  (r) => `DB_USER=${r.pick(DB_USERS)}`,
  (r) => `SMTP_HOST=${r.pick(['smtp.mailgun.org', 'smtp.sendgrid.net', 'email-smtp.eu-west-1.amazonaws.com'])}`,
  () => 'SMTP_PORT=587',
  (r) => `WORKERS=${r.range(1, 8)}`,
  (r) => `FEATURE_${r.pick(['CHECKOUT', 'SEARCH', 'EXPORT'])}_V2=${r.pick(['true', 'false'])}`,
  (r) => `SENTRY_ENVIRONMENT=${r.pick(['production', 'staging'])}`,
  (r) => `CORS_ORIGINS=https://${r.pick(WORDS)}.example.com,https://admin.${r.pick(WORDS)}.example.com`,
];

function envLine(item, r) {
  const n = item.names;
  const ex = r.chance(0.15) ? 'export ' : '';
  if (item.shape === 'block') return `${ex}${n.env}="${escapedBlock(item)}"`;
  const v = strValue(item, 'env', r);
  if (v === '') return `${ex}${n.env}=`;
  if (item.shape === 'template') return `${ex}${n.env}=${r.chance(0.5) ? v : `"${v}"`}`;
  return `${ex}${n.env}=${shq(v, r)}`;
}

export function buildEnv(r, items) {
  const doc = new Doc();
  if (r.chance(0.6)) doc.add(`# ${cap(r.pick(NOUNS))} service - ${r.pick(['production', 'staging', 'local'])} settings`);
  for (const f of r.shuffle(ENV_FILLER).slice(0, r.range(2, 5))) doc.add(f(r));
  for (const item of items) {
    if (r.chance(0.3)) doc.blank().add(`# ${r.pick(['Database', 'Integrations', 'Auth', 'Mail', 'Payments', 'Monitoring', 'Storage'])}`);
    // A commented-out value is still in the file.
    const commented = item.label.type === 'secret' && item.shape === 'scalar' && r.chance(0.1);
    doc.item(item, { lines: [commented ? `# ${envLine(item, r).replace(/^export /, '')}` : envLine(item, r)], at: 0 });
    if (r.chance(0.4)) doc.add(r.pick(ENV_FILLER)(r));
  }
  return doc;
}

/**
 * An example/sample/template env file: every value is a decoy, whatever it looks like. Most are placeholders or
 * local defaults; some look like real random values, as committed examples sometimes do.
 */
export function buildEnvExample(r) {
  const doc = new Doc();
  doc.add(`# Copy this file to .env and fill in the values.`);
  const count = r.range(4, 10);
  for (let i = 0; i < count; i++) {
    if (r.chance(0.3)) doc.add(r.pick(ENV_FILLER)(r));
    let item;
    if (r.chance(0.25)) {
      const s = makeSecret(r, 'env', { shapes: ['scalar'] });
      // Only generic values: a provider-format token in an example file would be a real leak.
      if (!['generic-password', 'generic-secret', 'generic-password-memorable'].includes(s.label.kind)) {
        i--;
        continue;
      }
      item = { ...s, label: { type: 'decoy', kind: 'example-file', resembles: s.label.kind } };
    } else {
      const d = makeDecoy(r, 'env-example', { shapes: ['scalar', 'template'] });
      item = { ...d, label: { type: 'decoy', kind: 'example-file', resembles: d.label.resembles, as: d.label.kind } };
    }
    doc.item(item, { lines: [envLine(item, r)], at: 0 });
  }
  return doc;
}

// ---- YAML ----------------------------------------------------------------------------------------------------

const YAML_SECTIONS = ['database', 'cache', 'mail', 'payments', 'integrations', 'auth', 'storage', 'queue', 'monitoring', 'api'];

function yamlKey(item, r) {
  return r.chance(0.7) ? item.names.snake : item.names.camel;
}

function yamlItem(item, r, indent, key = yamlKey(item, r), format = 'yaml') {
  const pad = ' '.repeat(indent);
  if (item.shape === 'block') {
    return { lines: [`${pad}${key}: |`, ...item.block.map((l) => `${pad}  ${l}`)], at: 1, span: [0, item.block.length] };
  }
  if (item.shape === 'bearer' || item.shape === 'basic') {
    return { lines: [`${pad}headers:`, `${pad}  Authorization: ${item.shape === 'basic' ? 'Basic' : 'Bearer'} ${item.value}`], at: 1, span: [0, 1] };
  }
  if (item.valueType && item.valueType !== 'string') return { lines: [`${pad}${key}: ${item.value}`], at: 0 };
  const v = strValue(item, format, r);
  return { lines: [`${pad}${key}: ${v === '' ? '""' : yq(v, r)}`], at: 0 };
}

function yamlFillerSection(r) {
  return r.pick([
    () => ['server:', `  port: ${r.pick([8080, 3000, 9000])}`, '  host: 0.0.0.0', `  read_timeout: ${r.pick(['5s', '30s'])}`],
    () => ['logging:', `  level: ${r.pick(['info', 'debug', 'warn'])}`, '  format: json'],
    () => ['app:', `  name: ${r.pick(WORDS)}-${r.pick(NOUNS)}`, `  environment: ${r.pick(['production', 'staging'])}`],
    () => ['features:', `  new_checkout: ${r.pick(['true', 'false'])}`, `  max_upload_mb: ${r.pick([10, 25, 100])}`],
    () => ['cors:', '  allowed_origins:', `    - https://${r.pick(WORDS)}.example.com`, '    - http://localhost:3000'],
  ])();
}

export function buildYaml(r, items) {
  const doc = new Doc();
  if (r.chance(0.5)) doc.add(`# ${cap(r.pick(NOUNS))} service configuration`);
  doc.add(...yamlFillerSection(r));
  const sections = new Map();
  for (const item of items) {
    const s = r.pick(YAML_SECTIONS);
    if (!sections.has(s)) sections.set(s, []);
    sections.get(s).push(item);
  }
  for (const [name, list] of sections) {
    doc.add(`${name}:`);
    if (r.chance(0.6)) doc.add(`  ${r.pick(['host', 'endpoint', 'region'])}: ${r.pick([`${r.pick(WORDS)}.internal`, 'eu-west-1', `https://${apiHost(r)}`])}`);
    for (const item of list) {
      doc.item(item, yamlItem(item, r, 2));
      if (r.chance(0.3)) doc.add(`  ${r.pick(['timeout', 'retries', 'pool_size'])}: ${r.range(1, 30)}`);
    }
    if (r.chance(0.3)) doc.add(...yamlFillerSection(r));
  }
  return doc;
}

/** A GitHub Actions workflow: secrets come from ${{ secrets.X }}; sometimes one is pasted in. */
export function buildWorkflow(r, items) {
  const doc = new Doc();
  doc.add(`name: ${r.pick(['CI', 'Deploy', 'Release', 'Nightly'])}`, '', 'on:', '  push:', '    branches: [main]', '  pull_request:', '', 'jobs:', '  build:', '    runs-on: ubuntu-latest', '    env:');
  doc.add(`      NODE_VERSION: ${r.pick(['20', '22'])}`);
  const [jobItems, stepItems] = [items.filter((_, i) => i % 2 === 0), items.filter((_, i) => i % 2 === 1)];
  const envItem = (item) => {
    if (item.shape === 'template') return { lines: [`      ${item.names.env}: \${{ secrets.${item.names.env} }}`], at: 0 };
    return yamlItem(item, r, 6, item.names.env, 'gha');
  };
  for (const item of jobItems) doc.item(item, envItem(item));
  doc.add('    steps:');
  doc.labelled({ type: 'decoy', kind: 'hash-or-digest', resembles: 'generic-secret' }, [`      - uses: actions/checkout@${r.hex(40)} # v4`]);
  doc.add('      - uses: actions/setup-node@v4', '        with:', '          node-version: ${{ env.NODE_VERSION }}', '      - run: npm ci', '      - run: npm test');
  if (stepItems.length > 0) {
    doc.add(`      - name: ${r.pick(['Deploy', 'Publish', 'Upload coverage', 'Notify'])}`, `        run: ./scripts/${r.pick(['deploy', 'publish', 'notify'])}.sh`, '        env:');
    for (const item of stepItems) {
      const e = envItem(item);
      doc.item(item, { ...e, lines: e.lines.map((l) => `    ${l}`) });
    }
  }
  return doc;
}

// ---- JSON ----------------------------------------------------------------------------------------------------

function jsonValue(item, r, format) {
  if (item.shape === 'block') return JSON.stringify(`${item.block.join('\n')}\n`);
  if (item.valueType && item.valueType !== 'string') return item.value;
  return JSON.stringify(strValue(item, format, r));
}

/** Emit JSON lines from [{ key, raw } | { key, children }] tracking which line each item lands on. */
function emitJson(doc, entries, indent) {
  const pad = ' '.repeat(indent);
  entries.forEach((e, i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    if (e.children) {
      doc.add(`${pad}${JSON.stringify(e.key)}: {`);
      emitJson(doc, e.children, indent + 2);
      doc.add(`${pad}}${comma}`);
    } else if (e.item) {
      doc.item(e.item, { lines: [`${pad}${JSON.stringify(e.key)}: ${e.raw}${comma}`], at: 0 });
    } else {
      doc.add(`${pad}${JSON.stringify(e.key)}: ${e.raw}${comma}`);
    }
  });
}

export function buildJson(r, items, { appsettings = false } = {}) {
  const doc = new Doc();
  const top = [];
  const key = (item) => (appsettings ? item.names.pascal : r.chance(0.75) ? item.names.camel : item.names.snake);
  if (appsettings) {
    top.push({ key: 'Logging', children: [{ key: 'LogLevel', children: [{ key: 'Default', raw: '"Information"' }, { key: 'Microsoft.AspNetCore', raw: '"Warning"' }] }] });
    const conns = items.filter((it) => it.label.kind === 'connection-string' || it.label.resembles === 'connection-string');
    if (conns.length > 0) top.push({ key: 'ConnectionStrings', children: conns.map((it, i) => ({ key: i === 0 ? 'DefaultConnection' : `${cap(r.pick(NOUNS))}Db`, raw: jsonValue(it, r, 'json'), item: it })) });
    const rest = items.filter((it) => !conns.includes(it));
    for (const it of rest) {
      const section = r.pick(['Jwt', 'Stripe', 'Smtp', 'Storage', 'ExternalApi', 'Auth']);
      let s = top.find((t) => t.key === section);
      if (!s) top.push((s = { key: section, children: [] }));
      s.children.push({ key: key(it), raw: jsonValue(it, r, 'json'), item: it });
    }
    top.push({ key: 'AllowedHosts', raw: '"*"' });
  } else {
    top.push({ key: 'name', raw: JSON.stringify(`${r.pick(WORDS)}-${r.pick(NOUNS)}`) });
    if (r.chance(0.5)) top.push({ key: 'version', raw: JSON.stringify(`${r.range(0, 4)}.${r.range(0, 20)}.${r.range(0, 9)}`) });
    top.push({ key: 'server', children: [{ key: 'port', raw: String(r.pick([3000, 8080])) }, { key: 'host', raw: '"0.0.0.0"' }] });
    for (const it of items) {
      const section = r.chance(0.2) ? null : r.pick(YAML_SECTIONS);
      const entry = { key: key(it), raw: jsonValue(it, r, 'json'), item: it };
      if (!section) top.push(entry);
      else {
        let s = top.find((t) => t.key === section);
        if (!s) top.push((s = { key: section, children: [{ key: 'enabled', raw: 'true' }] }));
        s.children.push(entry);
      }
    }
    if (r.chance(0.5)) top.push({ key: 'logging', children: [{ key: 'level', raw: '"info"' }] });
  }
  doc.add('{');
  emitJson(doc, top, 2);
  doc.add('}');
  return doc;
}

// ---- TOML, properties, INI ------------------------------------------------------------------------------------

export function buildToml(r, items) {
  const doc = new Doc();
  doc.add(`# ${r.pick(['Application', 'Service', 'Worker'])} settings`, '', '[app]', `name = "${r.pick(WORDS)}-${r.pick(NOUNS)}"`, `environment = "${r.pick(['production', 'staging'])}"`, '', '[server]', `port = ${r.pick([8000, 8080])}`, 'host = "0.0.0.0"');
  const bySection = new Map();
  for (const it of items) {
    const s = r.pick(YAML_SECTIONS);
    if (!bySection.has(s)) bySection.set(s, []);
    bySection.get(s).push(it);
  }
  for (const [s, list] of bySection) {
    doc.blank().add(`[${s}]`);
    for (const it of list) {
      const k = it.names.snake;
      if (it.shape === 'block') doc.item(it, { lines: [`${k} = """`, ...it.block, '"""'], at: 1, span: [0, it.block.length + 1] });
      else if (it.valueType && it.valueType !== 'string') doc.item(it, { lines: [`${k} = ${it.value}`], at: 0 });
      else {
        const sv = strValue(it, 'toml', r);
        const lit = !sv.includes("'") && r.chance(0.2) ? `'${sv}'` : cq(sv, '"');
        doc.item(it, { lines: [`${k} = ${lit}`], at: 0 });
      }
    }
  }
  return doc;
}

const PROPERTIES_FILLER = [
  (r) => `server.port=${r.pick([8080, 8081, 9000])}`,
  (r) => `spring.application.name=${r.pick(NOUNS)}-service`,
  () => 'logging.level.root=INFO',
  () => 'spring.jpa.hibernate.ddl-auto=validate',
  () => 'management.endpoints.web.exposure.include=health,info',
  (r) => `spring.datasource.username=${r.pick(DB_USERS)}`,
  () => 'spring.datasource.hikari.maximum-pool-size=10',
];

function propEscape(v) {
  return String(v).replaceAll('\\', '\\\\');
}

export function buildProperties(r, items) {
  const doc = new Doc();
  doc.add(`# ${cap(r.pick(NOUNS))} service`);
  for (const f of r.shuffle(PROPERTIES_FILLER).slice(0, r.range(2, 4))) doc.add(f(r));
  for (const it of items) {
    let k = `app.${it.names.dotted}`;
    if (it.label.kind === 'connection-string' && r.chance(0.6)) k = 'spring.datasource.url';
    else if (it.names.words[it.names.words.length - 1] === 'password' && r.chance(0.4)) k = `spring.${r.pick(['datasource', 'mail', 'rabbitmq', 'redis'])}.password`;
    const sep = r.pick(['=', '=', ' = ', ': ']);
    const v = it.shape === 'block' ? escapedBlock(it) : propEscape(strValue(it, 'properties', r));
    if (r.chance(0.3)) doc.add(r.pick(PROPERTIES_FILLER)(r));
    doc.item(it, { lines: [`${k}${sep}${v}`], at: 0 });
  }
  return doc;
}

export function buildIni(r, items) {
  const doc = new Doc();
  doc.add('[server]', `host = ${r.pick(['0.0.0.0', '127.0.0.1'])}`, `port = ${r.pick([8000, 8080, 5000])}`, '', '[logging]', `level = ${r.pick(['INFO', 'DEBUG', 'WARNING'])}`);
  const bySection = new Map();
  for (const it of items) {
    const s = r.pick(YAML_SECTIONS);
    if (!bySection.has(s)) bySection.set(s, []);
    bySection.get(s).push(it);
  }
  for (const [s, list] of bySection) {
    doc.blank().add(`[${s}]`);
    for (const it of list) {
      const k = it.label.kind === 'connection-string' && r.chance(0.4) ? 'sqlalchemy.url' : it.names.snake;
      doc.item(it, { lines: [`${k}${r.pick([' = ', '=', ': '])}${strValue(it, 'ini', r)}`], at: 0 });
    }
  }
  return doc;
}

// ---- containers ------------------------------------------------------------------------------------------------

export function buildDockerfile(r, items) {
  const doc = new Doc();
  const base = r.pick(['node:20-alpine', 'python:3.12-slim', 'golang:1.22', 'eclipse-temurin:21-jre', 'ruby:3.3-slim']);
  if (r.chance(0.3)) doc.labelled({ type: 'decoy', kind: 'hash-or-digest', resembles: 'generic-secret' }, [`FROM ${base}@sha256:${r.hex(64)} AS build`]);
  else doc.add(`FROM ${base} AS build`);
  doc.add('WORKDIR /app');
  const half = Math.ceil(items.length / 2);
  const line = (it) => {
    const n = it.names;
    if (it.shape === 'template') return `${r.pick(['ENV', 'ARG'])} ${n.env}=${templateRef(it, 'dockerfile', r)}`;
    const v = it.value;
    const q = /[\s"'\\]/.test(v) || v === '' ? cq(v, '"') : v;
    return r.pick([`ENV ${n.env}=${q}`, `ARG ${n.env}=${q}`, `ENV ${n.env} ${q}`]);
  };
  for (const it of items.slice(0, half)) doc.item(it, { lines: [line(it)], at: 0 });
  doc.add('COPY package*.json ./', r.pick(['RUN npm ci --omit=dev', 'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci', 'RUN pip install --no-cache-dir -r requirements.txt']), 'COPY . .', `RUN ${r.pick(['npm run build', 'make build', 'go build -o /out/server ./cmd/server'])}`, '', `FROM ${base}`, 'WORKDIR /app', 'COPY --from=build /app /app');
  for (const it of items.slice(half)) doc.item(it, { lines: [line(it)], at: 0 });
  doc.add(`EXPOSE ${r.pick([3000, 8080, 8000])}`, `USER ${r.pick(['node', 'app', '1000'])}`, `CMD ${r.pick(['["node", "dist/server.js"]', '["python", "-m", "app"]', '["/app/server"]'])}`);
  return doc;
}

export function buildCompose(r, items) {
  const doc = new Doc();
  if (r.chance(0.4)) doc.add("version: '3.8'", '');
  const svc = r.pick(NOUNS);
  doc.add('services:', `  ${svc}-api:`, `    image: ${r.pick(WORDS)}/${svc}-api:${r.range(1, 3)}.${r.range(0, 20)}.${r.range(0, 9)}`, '    ports:', `      - "${r.pick([3000, 8080])}:${r.pick([3000, 8080])}"`, '    depends_on:', '      - db', '    environment:');
  const listForm = r.chance(0.4);
  for (const it of items) {
    if (listForm) {
      const v = it.shape === 'template' ? templateRef(it, 'compose', r) : it.value;
      doc.item(it, { lines: [`      - ${it.names.env}=${v}`], at: 0 });
    } else if (it.shape === 'template') {
      doc.item(it, { lines: [`      ${it.names.env}: ${r.chance(0.5) ? templateRef(it, 'compose', r) : `"${templateRef(it, 'compose', r)}"`}`], at: 0 });
    } else doc.item(it, yamlItem(it, r, 6, it.names.env));
  }
  doc.add(`      NODE_ENV: ${r.pick(['production', 'development'])}`, '  db:', `    image: postgres:${r.pick([14, 15, 16])}`, '    environment:', `      POSTGRES_DB: ${r.pick(DB_NAMES)}`, `      POSTGRES_USER: ${r.pick(DB_USERS)}`);
  if (r.chance(0.5)) doc.labelled({ type: 'decoy', kind: 'secret-reference', resembles: 'generic-password' }, ['      POSTGRES_PASSWORD_FILE: /run/secrets/db_password']);
  doc.add('    volumes:', '      - pgdata:/var/lib/postgresql/data', '', 'volumes:', '  pgdata:');
  return doc;
}

export function buildK8s(r, items) {
  const doc = new Doc();
  const app = `${r.pick(WORDS)}-${r.pick(NOUNS)}`;
  const secrets = items.filter((it) => it.label.type === 'secret' && it.shape !== 'block' && r.chance(0.4));
  const blocks = items.filter((it) => it.shape === 'block');
  const inDeploy = items.filter((it) => !secrets.includes(it) && !blocks.includes(it));
  doc.add('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', `  name: ${app}`, '  labels:', `    app: ${app}`, 'spec:', `  replicas: ${r.range(1, 4)}`, '  selector:', '    matchLabels:', `      app: ${app}`, '  template:', '    metadata:', '      labels:', `        app: ${app}`, '    spec:', '      containers:', `        - name: ${app}`, `          image: registry.${r.pick(WORDS)}.io/${app}:${r.range(1, 9)}.${r.range(0, 30)}.0`, '          env:');
  doc.add('            - name: LOG_LEVEL', `              value: ${r.pick(['info', 'debug'])}`);
  for (const it of inDeploy) {
    const v = it.shape === 'template' ? templateRef(it, 'k8s', r) : it.value;
    const raw = it.valueType && it.valueType !== 'string' ? `"${v}"` : v === '' ? '""' : yq(v, r);
    doc.item(it, { lines: [`            - name: ${it.names.env}`, `              value: ${raw}`], at: 1, span: [0, 1] });
  }
  if (r.chance(0.7)) {
    const w = r.pick(['db', 'api', 'smtp', 'stripe']);
    doc.labelled({ type: 'decoy', kind: 'secret-reference', resembles: 'generic-password' }, [`            - name: ${w.toUpperCase()}_PASSWORD`, '              valueFrom:', '                secretKeyRef:', `                  name: ${app}-${w}`, '                  key: password'], 0);
  }
  doc.add('          ports:', `            - containerPort: ${r.pick([3000, 8080])}`);
  if (secrets.length > 0 || blocks.length > 0) {
    doc.add('---', 'apiVersion: v1', 'kind: Secret', 'metadata:', `  name: ${app}-credentials`, `type: ${blocks.length > 0 ? 'kubernetes.io/tls' : 'Opaque'}`);
    const encoded = secrets.filter(() => r.chance(0.5));
    const plain = [...secrets.filter((s) => !encoded.includes(s)), ...blocks];
    if (plain.length > 0) {
      doc.add('stringData:');
      for (const it of plain) doc.item(it, yamlItem(it, r, 2, it.shape === 'block' ? (it.label.type === 'secret' ? 'tls.key' : 'tls.crt') : it.names.snake));
    }
    if (encoded.length > 0) {
      doc.add('data:');
      for (const it of encoded) {
        const label = { type: 'secret', kind: 'k8s-secret-data', provider: it.label.kind };
        doc.item({ label }, { lines: [`  ${it.names.snake}: ${Buffer.from(it.value).toString('base64')}`], at: 0 });
      }
    }
  }
  return doc;
}

/** Helm: values.yaml (items as values) or a template that only references them. */
export function buildHelmValues(r, items) {
  const doc = new Doc();
  doc.add(`replicaCount: ${r.range(1, 3)}`, '', 'image:', `  repository: registry.${r.pick(WORDS)}.io/${r.pick(NOUNS)}-api`, '  pullPolicy: IfNotPresent', `  tag: "${r.range(1, 4)}.${r.range(0, 20)}.0"`, '', 'service:', '  type: ClusterIP', '  port: 80');
  const bySection = new Map();
  for (const it of items) {
    const s = r.pick(['database', 'redis', 'auth', 'integrations', 'smtp']);
    if (!bySection.has(s)) bySection.set(s, []);
    bySection.get(s).push(it);
  }
  for (const [s, list] of bySection) {
    doc.blank().add(`${s}:`);
    for (const it of list) doc.item(it, yamlItem(it, r, 2, it.names.camel, 'helm'));
  }
  return doc;
}

export function buildHelmTemplate(r, count) {
  const doc = new Doc();
  doc.add('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: {{ include "chart.fullname" . }}', 'spec:', '  replicas: {{ .Values.replicaCount }}', '  template:', '    spec:', '      containers:', '        - name: {{ .Chart.Name }}', '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"', '          env:');
  for (let i = 0; i < count; i++) {
    const d = makeDecoy(r, 'helm', { shapes: ['template'] });
    const n = d.names;
    if (r.chance(0.6)) doc.item(d, { lines: [`            - name: ${n.env}`, `              value: {{ .Values.${r.pick(['database', 'auth', 'smtp'])}.${n.camel} | quote }}`], at: 1, span: [0, 1] });
    else doc.item({ label: { type: 'decoy', kind: 'secret-reference', resembles: d.label.resembles } }, { lines: [`            - name: ${n.env}`, '              valueFrom:', '                secretKeyRef:', '                  name: {{ include "chart.fullname" . }}-secrets', `                  key: ${n.kebab}`], at: 0, span: [0, 4] });
  }
  return doc;
}

// ---- Terraform -------------------------------------------------------------------------------------------------

export function buildTerraform(r, items) {
  const doc = new Doc();
  doc.add('terraform {', '  required_providers {', '    aws = {', '      source  = "hashicorp/aws"', '      version = "~> 5.0"', '    }', '  }', '}', '', 'provider "aws" {', `  region = "${r.pick(['eu-west-1', 'us-east-1'])}"`);
  const aws = items.filter((it) => it.label.kind?.startsWith('aws-') || it.label.resembles?.startsWith('aws-'));
  const rest = items.filter((it) => !aws.includes(it));
  const attr = (it, key) => {
    if (it.shape === 'expr') {
      const w = r.pick(['db', 'api', 'app']);
      return { lines: [`  ${key} = ${r.pick([`var.${it.names.snake}`, `random_password.${w}.result`, `data.aws_secretsmanager_secret_version.${w}.secret_string`])}`], at: 0 };
    }
    if (it.shape === 'block') return { lines: [`  ${key} = <<-EOT`, ...it.block.map((l) => `    ${l}`), '  EOT'], at: 1, span: [0, it.block.length + 1] };
    if (it.valueType && it.valueType !== 'string') return { lines: [`  ${key} = ${it.value}`], at: 0 };
    return { lines: [`  ${key} = ${cq(it.shape === 'template' ? templateRef(it, 'tf', r) : it.value, '"')}`], at: 0 };
  };
  // The provider block calls them access_key and secret_key; anything else keeps its own name.
  const providerKey = (it) => (/access_key_id$/.test(it.names.snake) ? 'access_key' : /secret_access_key$|^aws_secret_key$/.test(it.names.snake) ? 'secret_key' : it.names.snake);
  for (const it of aws) doc.item(it, attr(it, providerKey(it)));
  doc.add('}');
  const resources = [
    ['aws_db_instance', 'main', ['  identifier        = "app-db"', '  engine            = "postgres"', '  instance_class    = "db.t3.medium"', '  allocated_storage = 50', `  username          = "${r.pick(DB_USERS)}"`]],
    ['aws_elasticache_replication_group', 'cache', ['  replication_group_id = "cache"', '  description          = "session cache"', '  node_type            = "cache.t3.small"']],
    ['aws_lambda_function', 'worker', ['  function_name = "worker"', '  runtime       = "nodejs20.x"', '  handler       = "index.handler"']],
    ['aws_secretsmanager_secret_version', 'api', ['  secret_id = aws_secretsmanager_secret.api.id']],
  ];
  let i = 0;
  for (const [type, name, body] of r.shuffle(resources).slice(0, Math.max(1, Math.ceil(rest.length / 2)))) {
    doc.blank().add(`resource "${type}" "${name}" {`, ...body);
    const mine = rest.slice(i, i + Math.ceil(rest.length / 2) || 1);
    i += mine.length;
    for (const it of mine) doc.item(it, attr(it, it.names.snake));
    doc.add('}');
  }
  for (const it of rest.slice(i)) {
    doc.blank().add(`variable "${it.names.snake}" {`, '  type      = string', '  sensitive = true');
    const a = attr(it, 'default');
    doc.item(it, a);
    doc.add('}');
  }
  return doc;
}

export function buildTfvars(r, items) {
  const doc = new Doc();
  doc.add(`# ${r.pick(['production', 'staging'])} values`, `region      = "${r.pick(['eu-west-1', 'us-east-1'])}"`, `environment = "${r.pick(['prod', 'staging'])}"`);
  for (const it of items) {
    const v = it.shape === 'template' ? templateRef(it, 'tfvars', r) : it.value;
    doc.item(it, { lines: [it.valueType && it.valueType !== 'string' ? `${it.names.snake} = ${v}` : `${it.names.snake} = ${cq(v, '"')}`], at: 0 });
  }
  return doc;
}

// ---- .npmrc ----------------------------------------------------------------------------------------------------

export function buildNpmrc(r) {
  const doc = new Doc();
  doc.add('registry=https://registry.npmjs.org/');
  const scope = r.pick(WORDS);
  if (r.chance(0.5)) doc.add(`@${scope}:registry=https://npm.pkg.github.com`);
  const pick = r.weighted([[3, 'npm'], [2, 'gh'], [2, 'env'], [1, 'bad'], [1, 'auth'], [1, 'placeholder']]);
  const label = (type, kind, extra) => ({ label: { type, kind, ...extra } });
  switch (pick) {
    case 'npm': {
      const s = makeSecretOfKind(r, 'npm-token');
      doc.item(s, { lines: [`//registry.npmjs.org/:_authToken=${s.value}`], at: 0 });
      break;
    }
    case 'gh': {
      const s = makeSecretOfKind(r, r.pick(['github-pat', 'github-fine-grained-pat']));
      doc.item(s, { lines: [`//npm.pkg.github.com/:_authToken=${s.value}`], at: 0 });
      break;
    }
    case 'env':
      doc.item(label('decoy', 'template-variable', { resembles: 'npm-token' }), { lines: [`//registry.npmjs.org/:_authToken=\${${r.pick(['NPM_TOKEN', 'NODE_AUTH_TOKEN'])}}`], at: 0 });
      break;
    case 'bad':
      doc.item(label('decoy', 'bad-checksum-token', { resembles: 'npm-token' }), { lines: [`//registry.npmjs.org/:_authToken=${badCrcToken(r, 'npm_')}`], at: 0 });
      break;
    case 'auth':
      doc.add(`//${scope}.jfrog.io/artifactory/api/npm/npm/:email=ci@${scope}.io`);
      doc.item(label('secret', 'npmrc-auth', { provider: 'npm' }), { lines: [`//${scope}.jfrog.io/artifactory/api/npm/npm/:_auth=${Buffer.from(`ci:${randomPassword(r)}`).toString('base64')}`], at: 0 });
      break;
    default:
      doc.item(label('decoy', 'provider-placeholder', { resembles: 'npm-token' }), { lines: ['//registry.npmjs.org/:_authToken=<your-npm-token>'], at: 0 });
  }
  if (r.chance(0.5)) doc.add('always-auth=true');
  if (r.chance(0.3)) doc.add('save-exact=true');
  return doc;
}

// ---- Markdown --------------------------------------------------------------------------------------------------

export function buildMarkdown(r, items) {
  const doc = new Doc();
  const proj = `${r.pick(WORDS)}-${r.pick(NOUNS)}`;
  doc.add(`# ${proj}`, '', `The ${r.pick(NOUNS)} service behind the ${r.pick(['admin console', 'public API', 'mobile app', 'reporting jobs'])}.`, '', '## Getting started', '', '1. Install the dependencies with `npm ci`.', '2. Copy `.env.example` to `.env` and fill in your own values.', '3. Run `npm run dev` and open http://localhost:3000.', '');
  for (const it of items) {
    doc.add(`### ${r.pick(['Configuration', 'Deploying', 'Calling the API', 'Local setup', 'Troubleshooting', 'Credentials'])}`, '');
    doc.add(r.pick(['Set the following before you start:', 'For example:', 'The staging setup used during the migration:', 'Use these settings:']), '');
    if (it.shape === 'block') {
      doc.add('```');
      doc.item(it, { lines: it.block, at: 0, span: [0, it.block.length - 1] });
      doc.add('```', '');
      continue;
    }
    if (it.shape === 'bearer' || it.shape === 'basic') {
      doc.add('```sh');
      doc.item(it, { lines: [`curl -H "Authorization: ${it.shape === 'basic' ? 'Basic' : 'Bearer'} ${it.value}" https://${apiHost(r)}/v1/status`], at: 0 });
      doc.add('```', '');
      continue;
    }
    const v = it.shape === 'template' ? templateRef(it, 'md', r) : it.value;
    const style = r.pick(['sh', 'env', 'yaml', 'json', 'inline']);
    if (style === 'inline') {
      doc.item(it, { lines: [`Set \`${it.names.env}\` to \`${v}\` in your environment.`], at: 0 });
      doc.add('');
      continue;
    }
    doc.add(`\`\`\`${style === 'env' ? 'dotenv' : style}`);
    if (style === 'sh') doc.item(it, { lines: [`export ${it.names.env}=${shq(v, r, { allowBare: false })}`], at: 0 });
    else if (style === 'env') doc.item(it, { lines: [`${it.names.env}=${shq(v, r)}`], at: 0 });
    else if (style === 'yaml') {
      doc.add(`${r.pick(YAML_SECTIONS)}:`);
      doc.item(it, { lines: [`  ${it.names.snake}: ${v === '' ? '""' : yq(v, r)}`], at: 0 });
    } else {
      doc.add('{');
      doc.item(it, { lines: [`  ${JSON.stringify(it.names.camel)}: ${JSON.stringify(v)}`], at: 0 });
      doc.add('}');
    }
    doc.add('```', '');
  }
  doc.add('## License', '', 'MIT');
  return doc;
}

// ---- whole files -----------------------------------------------------------------------------------------------

/** A key or certificate file: a private key (secret), a public key or certificate (decoy), or a bundle of both. */
export function buildKeyFile(r) {
  const doc = new Doc();
  const kind = r.weighted([[5, 'private'], [3, 'public'], [1, 'bundle'], [1, 'ssh-pub']]);
  if (kind === 'ssh-pub') {
    const n = r.range(1, 3);
    for (let i = 0; i < n; i++) doc.labelled({ type: 'decoy', kind: 'ssh-public-key', resembles: 'private-key' }, [sshPublicKey(r)]);
    return { doc, name: r.pick(['authorized_keys', 'id_ed25519.pub', 'deploy_key.pub']) };
  }
  const priv = () => {
    const type = r.weighted([[3, 'rsa'], [3, 'pkcs8'], [2, 'ec'], [3, 'openssh'], [1, 'pgp']]);
    const block = PRIVATE_KEYS[type](r);
    doc.item({ label: { type: 'secret', kind: 'private-key', provider: 'PEM' } }, { lines: block, at: 0, span: [0, block.length - 1] });
    return type;
  };
  const pub = () => {
    const d = makeDecoy(r, 'pem', { shapes: ['block'] });
    doc.item(d, { lines: d.block, at: 0, span: [0, d.block.length - 1] });
    return d;
  };
  if (kind === 'private') {
    const type = priv();
    const names = { rsa: ['id_rsa', 'server.key', 'private.pem', 'jwt-signing.key'], pkcs8: ['private-key.pem', 'service.key', 'tls.key'], ec: ['ec-private.pem', 'signing.key'], openssh: ['id_ed25519', 'deploy_key', 'id_ecdsa'], pgp: ['release-signing.asc', 'private.gpg.asc'] };
    return { doc, name: r.pick(names[type]) };
  }
  if (kind === 'public') {
    const d = pub();
    const kindName = d.block[0];
    const name = kindName.includes('CERTIFICATE REQUEST') ? 'server.csr' : kindName.includes('CERTIFICATE') ? r.pick(['server.crt', 'ca.pem', 'chain.pem', 'ca-bundle.crt']) : kindName.includes('PGP') ? 'release-signing.pub.asc' : r.pick(['public.pem', 'jwt-public.pem', 'rsa.pub.pem']);
    return { doc, name };
  }
  priv();
  pub();
  return { doc, name: r.pick(['server.pem', 'bundle.pem', 'haproxy.pem']) };
}

export function buildGcpServiceAccount(r) {
  const doc = new Doc();
  const project = `${r.pick(WORDS)}-${r.pick(NOUNS)}-${r.range(100000, 999999)}`;
  const key = PRIVATE_KEYS.pkcs8(r);
  const email = `${r.pick(['deployer', 'ci', 'backup', 'etl'])}@${project}.iam.gserviceaccount.com`;
  const lines = [
    '{',
    '  "type": "service_account",',
    `  "project_id": "${project}",`,
    `  "private_key_id": "${r.hex(40)}",`,
    `  "private_key": ${JSON.stringify(`${key.join('\n')}\n`)},`,
    `  "client_email": "${email}",`,
    `  "client_id": "${r.range(1, 9)}${r.str('0123456789', 20)}",`,
    '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
    '  "token_uri": "https://oauth2.googleapis.com/token",',
    '  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",',
    `  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${encodeURIComponent(email)}",`,
    '  "universe_domain": "googleapis.com"',
    '}',
  ];
  doc.item({ label: { type: 'secret', kind: 'gcp-service-account-key', provider: 'Google' } }, { lines, at: 4, span: [0, lines.length - 1] });
  return { doc, name: r.pick(['service-account.json', 'gcp-credentials.json', `${project}-${r.hex(12)}.json`, 'credentials.json']) };
}

export function buildDockerConfig(r) {
  const doc = new Doc();
  const reg = r.pick([`registry.${r.pick(WORDS)}.io`, 'https://index.docker.io/v1/', `${r.str('0123456789', 12)}.dkr.ecr.eu-west-1.amazonaws.com`, 'ghcr.io']);
  if (r.chance(0.3)) {
    doc.add('{', '  "auths": {', `    ${JSON.stringify(reg)}: {}`, '  },', '  "credsStore": "desktop"', '}');
    return { doc, name: 'config.json', dir: '.docker' };
  }
  doc.add('{', '  "auths": {', `    ${JSON.stringify(reg)}: {`);
  doc.item({ label: { type: 'secret', kind: 'docker-config-auth', provider: 'Docker' } }, { lines: [`      "auth": "${Buffer.from(`${r.pick(DB_USERS)}:${randomPassword(r)}`).toString('base64')}"`], at: 0 });
  doc.add('    }', '  }', '}');
  return { doc, name: 'config.json', dir: '.docker' };
}

export function buildNetrc(r) {
  const doc = new Doc();
  const n = r.range(1, 2);
  for (let i = 0; i < n; i++) {
    const kind = r.pick(['github-pat', 'heroku-api-key', 'gitlab-pat', 'netrc-password', 'netrc-password']);
    const s = kind === 'netrc-password' ? { label: { type: 'secret', kind }, value: urlPassword(r) } : makeSecretOfKind(r, kind);
    const machine = { 'github-pat': 'github.com', 'heroku-api-key': 'api.heroku.com', 'gitlab-pat': 'gitlab.com', 'netrc-password': `files.${r.pick(WORDS)}-corp.com` }[kind];
    // The entry is one credential: a finding on its machine line counts for it.
    const login = `${r.pick(DB_USERS)}@${r.pick(WORDS)}.io`;
    if (r.chance(0.3)) doc.item(s, { lines: [`machine ${machine} login ${login} password ${s.value}`], at: 0 });
    else doc.item(s, { lines: [`machine ${machine}`, `  login ${login}`, `  password ${s.value}`], at: 2, span: [0, 2] });
  }
  return { doc, name: '.netrc' };
}

export function buildGitCredentials(r) {
  const doc = new Doc();
  const n = r.range(1, 3);
  for (let i = 0; i < n; i++) {
    const which = r.pick(['github', 'gitlab', 'other']);
    if (which === 'github') {
      const s = makeSecretOfKind(r, r.pick(['github-pat', 'github-fine-grained-pat']));
      doc.item(s, { lines: [`https://${r.pick(WORDS)}:${s.value}@github.com`], at: 0 });
    } else if (which === 'gitlab') {
      const s = makeSecretOfKind(r, 'gitlab-pat');
      doc.item(s, { lines: [`https://oauth2:${s.value}@gitlab.com`], at: 0 });
    } else {
      doc.item({ label: { type: 'secret', kind: 'basic-auth-url', provider: 'URL' } }, { lines: [`https://${r.pick(DB_USERS)}:${urlPassword(r)}@git.${r.pick(WORDS)}-corp.com`], at: 0 });
    }
  }
  return { doc, name: '.git-credentials' };
}

export function buildPypirc(r) {
  const doc = new Doc();
  doc.add('[distutils]', 'index-servers =', '    pypi', '', '[pypi]', 'username = __token__');
  if (r.chance(0.7)) {
    const s = makeSecretOfKind(r, 'pypi-token');
    doc.item(s, { lines: [`password = ${s.value}`], at: 0 });
  } else {
    doc.item({ label: { type: 'decoy', kind: 'placeholder', resembles: 'pypi-token' } }, { lines: ['password = <your PyPI API token>'], at: 0 });
  }
  return { doc, name: '.pypirc' };
}

// ---- lockfiles: hashes everywhere, no secret anywhere -----------------------------------------------------------

const LOCK = { type: 'decoy', kind: 'lockfile', resembles: 'generic-secret' };
const PKGS = ['lodash', 'express', 'debug', 'ms', 'chalk', 'commander', 'semver', 'minimist', 'uuid', 'yaml', 'glob', 'rimraf', 'picomatch', 'ws', 'qs', 'cookie', 'mime', 'depd', 'statuses', 'bytes'];

function version(r) {
  return `${r.range(0, 9)}.${r.range(0, 30)}.${r.range(0, 20)}`;
}

export function buildLockfile(r) {
  const doc = new Doc();
  const kind = r.pick(['package-lock.json', 'yarn.lock', 'go.sum', 'poetry.lock', 'Cargo.lock', 'pnpm-lock.yaml']);
  const pkgs = r.shuffle(PKGS).slice(0, r.range(6, 16));
  switch (kind) {
    case 'package-lock.json': {
      doc.add('{', `  "name": "${r.pick(WORDS)}-${r.pick(NOUNS)}",`, '  "version": "1.0.0",', '  "lockfileVersion": 3,', '  "requires": true,', '  "packages": {');
      pkgs.forEach((p, i) => {
        const v = version(r);
        doc.add(`    "node_modules/${p}": {`, `      "version": "${v}",`, `      "resolved": "https://registry.npmjs.org/${p}/-/${p}-${v}.tgz",`);
        doc.labelled(LOCK, [`      "integrity": "sha512-${r.bytes(64).toString('base64')}",`]);
        doc.add('      "license": "MIT"', `    }${i < pkgs.length - 1 ? ',' : ''}`);
      });
      doc.add('  }', '}');
      break;
    }
    case 'yarn.lock':
      doc.add('# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.', '# yarn lockfile v1', '');
      for (const p of pkgs) {
        const v = version(r);
        doc.add(`${p}@^${v}:`, `  version "${v}"`, `  resolved "https://registry.yarnpkg.com/${p}/-/${p}-${v}.tgz#${r.hex(40)}"`);
        doc.labelled(LOCK, [`  integrity sha512-${r.bytes(64).toString('base64')}`]);
        doc.add('');
      }
      break;
    case 'go.sum':
      for (const p of pkgs) {
        const mod = `github.com/${r.pick(WORDS)}/${p}`;
        const v = `v${version(r)}`;
        doc.labelled(LOCK, [`${mod} ${v} h1:${r.bytes(32).toString('base64')}`]);
        doc.labelled(LOCK, [`${mod} ${v}/go.mod h1:${r.bytes(32).toString('base64')}`]);
      }
      break;
    case 'poetry.lock':
      for (const p of pkgs) {
        doc.add('[[package]]', `name = "${p}"`, `version = "${version(r)}"`, 'description = ""', 'optional = false', 'python-versions = ">=3.8"', 'files = [');
        doc.labelled(LOCK, [`    {file = "${p}-${version(r)}-py3-none-any.whl", hash = "sha256:${r.hex(64)}"},`]);
        doc.labelled(LOCK, [`    {file = "${p}-${version(r)}.tar.gz", hash = "sha256:${r.hex(64)}"},`]);
        doc.add(']', '');
      }
      doc.add('[metadata]', 'lock-version = "2.0"', 'python-versions = "^3.11"');
      doc.labelled(LOCK, [`content-hash = "${r.hex(64)}"`]);
      break;
    case 'Cargo.lock':
      doc.add('# This file is automatically @generated by Cargo.', '# It is not intended for manual editing.', 'version = 3', '');
      for (const p of pkgs) {
        doc.add('[[package]]', `name = "${p}"`, `version = "${version(r)}"`, 'source = "registry+https://github.com/rust-lang/crates.io-index"');
        doc.labelled(LOCK, [`checksum = "${r.hex(64)}"`]);
        doc.add('');
      }
      break;
    default:
      doc.add("lockfileVersion: '9.0'", '', 'packages:', '');
      for (const p of pkgs) {
        doc.add(`  ${p}@${version(r)}:`);
        doc.labelled(LOCK, [`    resolution: {integrity: sha512-${r.bytes(64).toString('base64')}}`]);
        doc.add('');
      }
  }
  return { doc, name: kind };
}

export { ALNUM, B64, LOWER_ALNUM, nameForms };
