// Source files: JS, TS, Python, Go, Java, Ruby, PHP, C#, shell. Each language knows how to write an item at the
// top level, as a field of a config object, inside an HTTP request (bearer/basic headers) and as a multi-line
// string (PEM blocks), and has plain code to put around them.
import { Doc, cq, shq } from './doc.mjs';
import { TEMPLATES_BY_FORMAT, WORDS } from './values.mjs';

const NOUNS = ['order', 'invoice', 'user', 'account', 'report', 'shipment', 'payment', 'ticket', 'product', 'session', 'event', 'customer'];
const SERVICES = ['Billing', 'Mailer', 'Storage', 'Search', 'Payments', 'Analytics', 'Notify', 'Crm', 'Queue', 'Auth'];
const cap = (w) => w[0].toUpperCase() + w.slice(1);

function apiHost(r) {
  return `api.${r.pick(WORDS)}${r.pick(['.io', '.com', '-cloud.net', '.dev'])}`;
}

function templateRef(item, format, r) {
  const keys = TEMPLATES_BY_FORMAT[format] ?? ['shell'];
  return item.refs[r.pick(keys)](item.names);
}

/**
 * The value of an item as an expression of language `L`: a quoted literal, a template reference inside a
 * literal, a number, or (decoys) an environment read or a secret-manager call.
 */
function valueExpr(L, item, r) {
  if (item.shape === 'expr') return item.expr === 'env' ? r.pick(L.env(item.names)) : r.pick(L.call(item.names));
  if (item.shape === 'template') return L.q(templateRef(item, L.id, r), r);
  if (item.valueType === 'number') return item.value;
  if (item.valueType === 'bool') return L.bool ? L.bool(item.value) : item.value;
  return L.q(item.value, r);
}

/** `process.env.X || 'value'` and the like, for some secrets and placeholders; null otherwise. */
function fallbackExpr(L, item, r) {
  if (!L.fallback || item.shape !== 'scalar' || (item.valueType ?? 'string') !== 'string') return null;
  const p = item.label.type === 'secret' ? 0.15 : item.label.kind === 'placeholder' ? 0.3 : 0;
  if (!r.chance(p)) return null;
  return r.pick(L.fallback(item.names, L.q(item.value, r)));
}

function headerValue(item) {
  return item.shape === 'basic' ? `Basic ${item.value}` : `Bearer ${item.value}`;
}

// ---- languages --------------------------------------------------------------------------------------------------

// Plain code that talks about tokens and passwords without holding one: a scanner must stay quiet on all of it
// (these lines carry no label, so any finding on them is a false positive).
const JS_AUTH = [
  (r, ts) => [
    `export function authHeader(token${ts ? ': string' : ''}) {`,
    "  if (!token) throw new Error('missing API token');",
    '  return { Authorization: `Bearer ${token}` };',
    '}',
  ],
  (r, ts) => [
    `export async function login(username${ts ? ': string' : ''}, password${ts ? ': string' : ''}) {`,
    '  const user = await db.users.findOne({ username });',
    "  if (!user || !(await bcrypt.compare(password, user.passwordHash))) throw new Error('Invalid username or password');",
    '  return signSession({ sub: user.id }, process.env.SESSION_SECRET);',
    '}',
  ],
  () => [
    'function redact(config) {',
    "  const hidden = ['password', 'token', 'secret', 'apiKey'];",
    "  return Object.fromEntries(Object.entries(config).map(([k, v]) => [k, hidden.includes(k) ? '[hidden]' : v]));",
    '}',
  ],
  () => ["const tokenFromHeader = (req) => req.headers.authorization?.replace(/^Bearer /, '') ?? null;"],
  () => ['// Größe der Seite: höchstens 100 Einträge pro Abfrage.', 'const MAX_PAGE = 100;'],
  () => ['// 設定ファイルを読み込む (UTF-8)', "const CONFIG_ENCODING = 'utf-8';"],
];

const js = {
  id: 'js',
  comment: '//',
  q: (v, r) => cq(v, r.chance(0.7) ? "'" : '"'),
  fallback: (n, q) => [`process.env.${n.env} || ${q}`, `process.env.${n.env} ?? ${q}`],
  env: (n) => [`process.env.${n.env}`, `process.env['${n.env}']`, `process.env.${n.env} ?? ''`],
  call: (n) => [`await secrets.get('${n.kebab}')`, `config.get('${n.camel}')`, `await getSecret('${n.env}')`],
  prelude(r, ts) {
    const out = [];
    if (!ts && r.chance(0.3)) out.push("'use strict';", '');
    const imports = r.shuffle([
      "import { readFile } from 'node:fs/promises';",
      "import path from 'node:path';",
      "import express from 'express';",
      "import { createLogger } from './logger.js';",
      "import { z } from 'zod';",
      "import { db } from '../db/index.js';",
      "import { Queue } from 'bullmq';",
    ]).slice(0, r.range(1, 4));
    out.push(...imports);
    if (ts) out.push('', 'interface AppConfig {', '  [key: string]: string | number | boolean | undefined;', '}');
    return out;
  },
  top(item, e, r, ts) {
    const n = item.names;
    const t = ts && r.chance(0.5) ? ': string' : '';
    return [r.pick([`const ${n.camel}${t} = ${e};`, `export const ${n.env}${t} = ${e};`, `let ${n.camel}${t} = ${e};`])];
  },
  containers: [
    {
      open: (r, ts) => [r.pick(ts ? ['const config: AppConfig = {', 'export const settings = {', 'export default {'] : ['const config = {', 'export default {', 'const options = {'])],
      field: (item, e, r) => [`  ${r.chance(0.8) ? item.names.camel : item.names.snake}: ${e},`],
      close: () => ['};'],
    },
    {
      // passed as a named option to a client
      open: (r) => [`export const client = new ${r.pick(SERVICES)}Client({`],
      field: (item, e) => [`  ${item.names.camel}: ${e},`],
      close: () => ['});'],
    },
  ],
  header(item, r) {
    const noun = r.pick(NOUNS);
    return {
      lines: [
        `export async function fetch${cap(noun)}s() {`,
        `  const res = await fetch('https://${apiHost(r)}/v1/${noun}s', {`,
        `    headers: { Authorization: ${this.q(headerValue(item), r)}, Accept: 'application/json' },`,
        '  });',
        '  return res.json();',
        '}',
      ],
      at: 2,
    };
  },
  block(item, r, ts) {
    const b = item.block;
    const t = ts ? ': string' : '';
    return { lines: [`const ${item.names.camel}${t} = \`${b[0]}`, ...b.slice(1, -1), `${b[b.length - 1]}\`;`], at: 0, span: [0, b.length - 1] };
  },
  fillers: [
    ...JS_AUTH,
    (r, ts) => {
      const n = r.pick(NOUNS);
      return [
        `export async function list${cap(n)}s(limit${ts ? ': number' : ''} = 50, offset${ts ? ': number' : ''} = 0) {`,
        `  const rows = await db.query('SELECT id, name, created_at FROM ${n}s ORDER BY created_at DESC LIMIT $1 OFFSET $2', [limit, offset]);`,
        '  return rows.map((row) => ({ id: row.id, name: row.name, createdAt: new Date(row.created_at) }));',
        '}',
      ];
    },
    (r, ts) => [
      `export function retry(fn${ts ? ': () => Promise<unknown>' : ''}, attempts = ${r.range(2, 5)}) {`,
      '  return async () => {',
      '    for (let i = 0; i < attempts; i++) {',
      '      try {',
      '        return await fn();',
      '      } catch (err) {',
      '        if (i === attempts - 1) throw err;',
      `        await new Promise((resolve) => setTimeout(resolve, 2 ** i * ${r.pick([100, 250, 500])}));`,
      '      }',
      '    }',
      '  };',
      '}',
    ],
    (r, ts) => {
      const n = r.pick(NOUNS);
      return [
        `function validate${cap(n)}(input${ts ? ': Record<string, unknown>' : ''}) {`,
        '  const errors = [];',
        "  if (typeof input.name !== 'string' || input.name.length === 0) errors.push('name is required');",
        `  if (input.quantity !== undefined && Number(input.quantity) < 0) errors.push('quantity must be positive');`,
        '  return errors;',
        '}',
      ];
    },
    (r) => [
      `const PAGE_SIZE = ${r.pick([20, 25, 50, 100])};`,
      `const TIMEOUT_MS = ${r.pick([5000, 10000, 30000])};`,
      `const BASE_URL = 'https://${apiHost(r)}';`,
    ],
    (r) => {
      const n = r.pick(NOUNS);
      return [
        `export function format${cap(n)}Total(items) {`,
        '  const total = items.reduce((sum, item) => sum + item.price * item.quantity, 0);',
        `  return new Intl.NumberFormat('${r.pick(['en-US', 'de-DE', 'fr-FR'])}', { style: 'currency', currency: '${r.pick(['USD', 'EUR', 'GBP'])}' }).format(total);`,
        '}',
      ];
    },
    (r) => [
      'const router = express.Router();',
      `router.get('/${r.pick(NOUNS)}s/:id', async (req, res, next) => {`,
      '  try {',
      '    const item = await db.findById(req.params.id);',
      "    if (!item) return res.status(404).json({ error: 'not found' });",
      '    res.json(item);',
      '  } catch (err) {',
      '    next(err);',
      '  }',
      '});',
    ],
    (r) => [
      '/**',
      ` * Reads the ${r.pick(NOUNS)} settings once at start-up. Values come from the environment in production and`,
      ' * from the defaults below in development.',
      ' */',
    ],
  ],
};

const ts = { ...js, id: 'ts' };

const py = {
  id: 'py',
  comment: '#',
  fallback: (n, q) => [`os.getenv("${n.env}", ${q})`, `os.environ.get("${n.env}", ${q})`],
  q: (v, r) => cq(v, r.chance(0.6) ? '"' : "'"),
  bool: (v) => (v === 'true' ? 'True' : 'False'),
  env: (n) => [`os.environ["${n.env}"]`, `os.getenv("${n.env}")`, `os.environ.get("${n.env}", "")`],
  call: (n) => [`keyring.get_password("${n.kebab}", "deploy")`, `secrets_client.get_secret_value(SecretId="${n.kebab}")["SecretString"]`, `settings.${n.env}`],
  prelude: (r) => {
    const out = [];
    if (r.chance(0.4)) out.push(`"""${cap(r.pick(NOUNS))} service settings and helpers."""`, '');
    out.push('import logging', 'import os', ...r.shuffle(['import json', 'import time', 'from datetime import datetime, timedelta', 'import requests', 'from pathlib import Path']).slice(0, r.range(1, 3)));
    out.push('', 'log = logging.getLogger(__name__)');
    return out;
  },
  top: (item, e, r) => [r.pick([`${item.names.env} = ${e}`, `${item.names.snake} = ${e}`])],
  containers: [
    {
      open: (r) => [r.pick(['CONFIG = {', 'DEFAULTS = {', 'SETTINGS = {'])],
      field: (item, e) => [`    "${item.names.snake}": ${e},`],
      close: () => ['}'],
    },
    {
      // keyword arguments
      open: (r) => [`client = ${r.pick(SERVICES)}Client(`],
      field: (item, e) => [`    ${item.names.snake}=${e},`],
      close: () => [')'],
    },
  ],
  header(item, r) {
    const noun = r.pick(NOUNS);
    return {
      lines: [
        `def fetch_${noun}s(session):`,
        `    headers = {"Authorization": ${cq(headerValue(item))}, "Accept": "application/json"}`,
        `    resp = session.get("https://${apiHost(r)}/v1/${noun}s", headers=headers, timeout=10)`,
        '    resp.raise_for_status()',
        '    return resp.json()',
      ],
      at: 1,
    };
  },
  block(item) {
    const b = item.block;
    return { lines: [`${item.names.env} = """${b[0]}`, ...b.slice(1, -1), `${b[b.length - 1]}"""`], at: 0, span: [0, b.length - 1] };
  },
  fillers: [
    () => [
      'def get_api_key(request):',
      '    api_key = request.headers.get("X-API-Key")',
      '    if not api_key:',
      '        raise PermissionError("API key required")',
      '    return api_key',
    ],
    () => [
      'def check_password(user, password):',
      '    if not bcrypt.checkpw(password.encode(), user.password_hash):',
      '        log.warning("bad password for %s", user.email)',
      '        return False',
      '    return True',
    ],
    () => ['SENSITIVE_KEYS = {"password", "secret", "token", "api_key"}'],
    () => ['# Vérifie la quantité avant l’envoi — “1 000” est la limite.', 'MAX_QUANTITY = 1000'],
    (r) => {
      const n = r.pick(NOUNS);
      return [
        `def list_${n}s(conn, limit=50, offset=0):`,
        '    with conn.cursor() as cur:',
        `        cur.execute("SELECT id, name, created_at FROM ${n}s ORDER BY created_at DESC LIMIT %s OFFSET %s", (limit, offset))`,
        '        return [dict(id=row[0], name=row[1], created_at=row[2]) for row in cur.fetchall()]',
      ];
    },
    (r) => [
      `def retry(fn, attempts=${r.range(2, 5)}, delay=${r.pick(['0.1', '0.5', '1.0'])}):`,
      '    for attempt in range(attempts):',
      '        try:',
      '            return fn()',
      '        except Exception:',
      '            if attempt == attempts - 1:',
      '                raise',
      '            time.sleep(delay * 2 ** attempt)',
    ],
    (r) => {
      const n = r.pick(NOUNS);
      return [
        `class ${cap(n)}Repository:`,
        '    def __init__(self, conn):',
        '        self.conn = conn',
        '',
        '    def get(self, item_id):',
        `        row = self.conn.execute("SELECT * FROM ${n}s WHERE id = ?", (item_id,)).fetchone()`,
        '        return dict(row) if row else None',
      ];
    },
    (r) => [`PAGE_SIZE = ${r.pick([20, 50, 100])}`, `TIMEOUT_SECONDS = ${r.pick([5, 10, 30])}`, `BASE_URL = "https://${apiHost(r)}"`],
    (r) => [
      `def parse_date(value, fmt="${r.pick(['%Y-%m-%d', '%d/%m/%Y'])}"):`,
      '    try:',
      '        return datetime.strptime(value, fmt)',
      '    except ValueError:',
      '        log.warning("could not parse date %r", value)',
      '        return None',
    ],
  ],
};

const go = {
  id: 'go',
  comment: '//',
  fallback: (n, q) => [`envOr("${n.env}", ${q})`],
  q: (v) => cq(v, '"'),
  env: (n) => [`os.Getenv("${n.env}")`, `viper.GetString("${n.dotted}")`],
  call: (n) => [`mustSecret(context.Background(), "${n.kebab}")`],
  prelude: (r) => ['package ' + r.pick(['config', 'client', 'server', 'store']), '', 'import (', '\t"context"', '\t"net/http"', '\t"os"', '\t"time"', ')'],
  top: (item, e, r) => [item.shape === 'expr' || r.chance(0.5) ? `var ${item.names.camel} = ${e}` : `const ${item.names.camel} = ${e}`],
  containers: [
    {
      open: () => ['func defaultConfig() Config {', '\treturn Config{'],
      field: (item, e) => [`\t\t${item.names.pascal}: ${e},`],
      close: () => ['\t}', '}'],
    },
  ],
  header(item, r) {
    const noun = r.pick(NOUNS);
    return {
      lines: [
        `func fetch${cap(noun)}s(ctx context.Context) (*http.Response, error) {`,
        `\treq, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://${apiHost(r)}/v1/${noun}s", nil)`,
        '\tif err != nil {',
        '\t\treturn nil, err',
        '\t}',
        `\treq.Header.Set("Authorization", ${cq(headerValue(item))})`,
        '\treturn http.DefaultClient.Do(req)',
        '}',
      ],
      at: 5,
    };
  },
  block(item) {
    const b = item.block;
    return { lines: [`const ${item.names.camel} = \`${b[0]}`, ...b.slice(1, -1), `${b[b.length - 1]}\``], at: 0, span: [0, b.length - 1] };
  },
  fillers: [
    () => [
      'func bearer(r *http.Request) (string, error) {',
      '\ttoken := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")',
      '\tif token == "" {',
      '\t\treturn "", errors.New("missing token")',
      '\t}',
      '\treturn token, nil',
      '}',
    ],
    () => ['type Credentials struct {', '\tUsername string `json:"username"`', '\tPassword string `json:"password"`', '}'],
    (r) => {
      const n = r.pick(NOUNS);
      return [
        `type ${cap(n)} struct {`,
        '\tID        string    `json:"id"`',
        '\tName      string    `json:"name"`',
        '\tCreatedAt time.Time `json:"created_at"`',
        '}',
      ];
    },
    (r) => [
      `func withTimeout(ctx context.Context) (context.Context, context.CancelFunc) {`,
      `\treturn context.WithTimeout(ctx, ${r.pick([5, 10, 30])}*time.Second)`,
      '}',
    ],
    (r) => {
      const n = r.pick(NOUNS);
      return [
        `func (s *Store) Get${cap(n)}(ctx context.Context, id string) (*${cap(n)}, error) {`,
        `\trow := s.db.QueryRowContext(ctx, "SELECT id, name, created_at FROM ${n}s WHERE id = $1", id)`,
        `\tvar out ${cap(n)}`,
        '\tif err := row.Scan(&out.ID, &out.Name, &out.CreatedAt); err != nil {',
        '\t\treturn nil, err',
        '\t}',
        '\treturn &out, nil',
        '}',
      ];
    },
    (r) => [`const pageSize = ${r.pick([20, 50, 100])}`, `const baseURL = "https://${apiHost(r)}"`],
  ],
};

const java = {
  id: 'java',
  comment: '    //',
  fallback: (n, q) => [`System.getenv().getOrDefault("${n.env}", ${q})`],
  q: (v) => cq(v, '"'),
  env: (n) => [`System.getenv("${n.env}")`, `System.getProperty("${n.dotted}")`],
  call: (n) => [`SecretStore.get("${n.kebab}")`],
  prelude: (r, _ts, cls) => [
    `package com.${r.pick(WORDS)}.${r.pick(['config', 'client', 'service', 'integration'])};`,
    '',
    'import java.net.URI;',
    'import java.net.http.HttpRequest;',
    'import java.util.Properties;',
    '',
    `public class ${cls} {`,
  ],
  epilogue: () => ['}'],
  top(item, e) {
    if (item.shape === 'template') return [`    @Value(${e})`, `    private String ${item.names.camel};`];
    return [`    private static final String ${item.names.env} = ${e};`];
  },
  containers: [
    {
      open: () => ['    public Properties properties() {', '        Properties props = new Properties();'],
      field: (item, e) => [`        props.setProperty("${item.names.dotted}", ${e});`],
      close: () => ['        return props;', '    }'],
    },
    {
      // a builder
      open: (r) => { const svc = r.pick(SERVICES); return [`    public ${svc}Client client() {`, `        return ${svc}Client.builder()`]; },
      field: (item, e) => [`                .${item.names.camel}(${e})`],
      close: () => ['                .build();', '    }'],
    },
  ],
  header(item, r) {
    const noun = r.pick(NOUNS);
    return {
      lines: [
        `    public HttpRequest ${noun}Request() {`,
        `        return HttpRequest.newBuilder(URI.create("https://${apiHost(r)}/v1/${noun}s"))`,
        `                .header("Authorization", ${cq(headerValue(item))})`,
        '                .build();',
        '    }',
      ],
      at: 2,
    };
  },
  block(item) {
    const b = item.block;
    return { lines: [`    private static final String ${item.names.env} = """`, ...b.map((l) => `        ${l}`), '        """;'], at: 1, span: [0, b.length + 1] };
  },
  fillers: [
    () => ['    public boolean checkPassword(String password, String hash) {', '        return BCrypt.checkpw(password, hash);', '    }'],
    () => ['    private static final String TOKEN_HEADER = "Authorization";', '    private static final String PASSWORD_PARAM = "password";'],
    (r) => {
      const n = r.pick(NOUNS);
      return [`    public String describe${cap(n)}(String id, int quantity) {`, `        return String.format("${n} %s x%d", id, quantity);`, '    }'];
    },
    (r) => [`    private static final int PAGE_SIZE = ${r.pick([20, 50, 100])};`, `    private static final String BASE_URL = "https://${apiHost(r)}";`],
    (r) => [
      `    public boolean isExpired(long issuedAtMillis) {`,
      `        return System.currentTimeMillis() - issuedAtMillis > ${r.pick([3600, 86400])}L * 1000;`,
      '    }',
    ],
  ],
};

const rb = {
  id: 'rb',
  comment: '#',
  fallback: (n, q) => [`ENV.fetch('${n.env}', ${q})`],
  q: (v, r) => (r.chance(0.6) ? cq(v, "'") : cq(v, '"').replaceAll('#{', '\\#{')),
  env: (n) => [`ENV['${n.env}']`, `ENV.fetch('${n.env}')`, `ENV.fetch('${n.env}', nil)`],
  call: (n) => [`Rails.application.credentials.dig(:${n.words[0]}, :${n.words.slice(1).join('_') || 'value'})`],
  prelude: (r) => (r.chance(0.5) ? ['# frozen_string_literal: true', '', "require 'net/http'", "require 'json'"] : ["require 'json'"]),
  top: (item, e, r) => [r.pick([`${item.names.env} = ${e}`, `${item.names.env} = ${e}.freeze`])],
  containers: [
    { open: () => ['DEFAULTS = {'], field: (item, e) => [`  ${item.names.snake}: ${e},`], close: () => ['}.freeze'] },
    { open: () => ['Rails.application.configure do'], field: (item, e) => [`  config.x.${item.names.snake} = ${e}`], close: () => ['end'] },
    { open: (r) => [`CLIENT = ${r.pick(SERVICES)}::Client.new(`], field: (item, e) => [`  ${item.names.snake}: ${e},`], close: () => [')'] },
  ],
  header(item, r) {
    const noun = r.pick(NOUNS);
    return {
      lines: [
        `def fetch_${noun}s`,
        `  uri = URI('https://${apiHost(r)}/v1/${noun}s')`,
        '  req = Net::HTTP::Get.new(uri)',
        `  req['Authorization'] = ${cq(headerValue(item), "'")}`,
        '  Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }',
        'end',
      ],
      at: 3,
    };
  },
  block(item) {
    const b = item.block;
    return { lines: [`${item.names.env} = <<~PEM`, ...b.map((l) => `  ${l}`), 'PEM'], at: 1, span: [0, b.length + 1] };
  },
  fillers: [
    () => ['def authenticate(password)', '  BCrypt::Password.new(password_digest) == password', 'end'],
    () => ["FILTERED_PARAMS = %i[password token secret api_key].freeze"],
    (r) => {
      const n = r.pick(NOUNS);
      return [`class ${cap(n)}Serializer`, '  def initialize(record)', '    @record = record', '  end', '', '  def as_json(*)', '    { id: @record.id, name: @record.name, created_at: @record.created_at.iso8601 }', '  end', 'end'];
    },
    (r) => [`PAGE_SIZE = ${r.pick([20, 50, 100])}`, `BASE_URL = 'https://${apiHost(r)}'`],
    (r) => [`def total_for(items)`, `  items.sum { |i| i[:price] * i[:quantity] }.round(${r.range(0, 2)})`, 'end'],
  ],
};

const php = {
  id: 'php',
  comment: '//',
  fallback: (n, q) => [`getenv('${n.env}') ?: ${q}`, `env('${n.env}', ${q})`],
  q: (v) => cq(v, "'"),
  env: (n) => [`getenv('${n.env}')`, `env('${n.env}')`, `$_ENV['${n.env}'] ?? null`, `$_SERVER['${n.env}'] ?? ''`],
  call: (n) => [`$vault->read('secret/${n.kebab}')`],
  prelude: (r) => ['<?php', '', 'declare(strict_types=1);', '', `namespace App\\${r.pick(['Config', 'Services', 'Http', 'Support'])};`],
  top: (item, e, r) => [item.shape === 'expr' || r.chance(0.5) ? `$${item.names.camel} = ${e};` : r.pick([`define('${item.names.env}', ${e});`, `const ${item.names.env} = ${e};`])],
  containers: [
    { open: () => ['$config = ['], field: (item, e) => [`    '${item.names.snake}' => ${e},`], close: () => ['];'] },
    { open: (r) => [`$client = new ${r.pick(SERVICES)}Client([`], field: (item, e) => [`    '${item.names.camel}' => ${e},`], close: () => [']);'] },
  ],
  header(item, r) {
    const noun = r.pick(NOUNS);
    return {
      lines: [
        `function fetch${cap(noun)}s(): array`,
        '{',
        `    $ch = curl_init('https://${apiHost(r)}/v1/${noun}s');`,
        `    curl_setopt($ch, CURLOPT_HTTPHEADER, [${cq(`Authorization: ${headerValue(item)}`, "'")}]);`,
        '    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);',
        '    return json_decode((string) curl_exec($ch), true);',
        '}',
      ],
      at: 3,
    };
  },
  block(item) {
    const b = item.block;
    return { lines: [`$${item.names.camel} = <<<'PEM'`, ...b, 'PEM;'], at: 1, span: [0, b.length + 1] };
  },
  fillers: [
    () => ['function verify(string $password, string $hash): bool', '{', '    return password_verify($password, $hash);', '}'],
    () => ["function tokenFrom(array $headers): ?string", '{', "    return isset($headers['Authorization']) ? substr($headers['Authorization'], 7) : null;", '}'],
    (r) => {
      const n = r.pick(NOUNS);
      return [`function find${cap(n)}(\\PDO $pdo, int $id): ?array`, '{', `    $stmt = $pdo->prepare('SELECT * FROM ${n}s WHERE id = :id');`, "    $stmt->execute(['id' => $id]);", '    return $stmt->fetch() ?: null;', '}'];
    },
    (r) => [`const PAGE_SIZE = ${r.pick([20, 50, 100])};`],
  ],
};

const cs = {
  id: 'cs',
  comment: '    //',
  fallback: (n, q) => [`Environment.GetEnvironmentVariable("${n.env}") ?? ${q}`],
  q: (v) => cq(v, '"'),
  env: (n) => [`Environment.GetEnvironmentVariable("${n.env}")`, `Configuration["${n.pascal}"]`],
  call: (n) => [`SecretClient.GetSecret("${n.kebab}").Value.Value`],
  prelude: (r, _ts, cls) => ['using System;', 'using System.Net.Http;', 'using System.Net.Http.Headers;', 'using System.Threading.Tasks;', '', `namespace ${cap(r.pick(WORDS))}.${r.pick(['Config', 'Clients', 'Services'])};`, '', `public static class ${cls}`, '{'],
  epilogue: () => ['}'],
  top: (item, e) => [item.shape === 'expr' ? `    private static readonly string ${item.names.pascal} = ${e};` : `    private const string ${item.names.pascal} = ${e};`],
  containers: [
    {
      open: (r) => [`    public static ${r.pick(SERVICES)}Options Create() => new()`, '    {'],
      field: (item, e) => [`        ${item.names.pascal} = ${e},`],
      close: () => ['    };'],
    },
  ],
  header(item, r) {
    const noun = r.pick(NOUNS);
    return {
      lines: [
        `    public static async Task<string> Fetch${cap(noun)}sAsync(HttpClient client)`,
        '    {',
        `        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("${item.shape === 'basic' ? 'Basic' : 'Bearer'}", ${cq(item.value)});`,
        `        return await client.GetStringAsync("https://${apiHost(r)}/v1/${noun}s");`,
        '    }',
      ],
      at: 2,
    };
  },
  block(item) {
    const b = item.block;
    return { lines: [`    private const string ${item.names.pascal} = @"${b[0]}`, ...b.slice(1, -1), `${b[b.length - 1]}";`], at: 0, span: [0, b.length - 1] };
  },
  fillers: [
    () => ['    public static bool Verify(string password, string hash) => BCrypt.Net.BCrypt.Verify(password, hash);'],
    () => ['    private const string TokenHeader = "Authorization";'],
    (r) => {
      const n = r.pick(NOUNS);
      return [`    public static decimal ${cap(n)}Total(decimal price, int quantity) => Math.Round(price * quantity, ${r.range(0, 2)});`];
    },
    (r) => [`    private const int PageSize = ${r.pick([20, 50, 100])};`, `    private const string BaseUrl = "https://${apiHost(r)}";`],
  ],
};

const sh = {
  id: 'sh',
  prelude: (r) => ['#!/usr/bin/env bash', 'set -euo pipefail', '', `# ${r.pick(['Deploys', 'Builds', 'Backs up', 'Seeds'])} the ${r.pick(NOUNS)} service.`],
  item(item, r) {
    const n = item.names;
    if (item.shape === 'expr') {
      const line =
        item.expr === 'env'
          ? r.pick([`${n.env}="\${${n.env}:?${n.env} is required}"`, `: "\${${n.env}:?missing}"`, `export ${n.env}="\${${n.env}:-}"`])
          : r.pick([`${n.env}="$(vault kv get -field=${n.snake} secret/app)"`, `${n.env}="$(aws secretsmanager get-secret-value --secret-id ${n.kebab} --query SecretString --output text)"`]);
      return { lines: [line], at: 0 };
    }
    if (item.shape === 'template') return { lines: [`export ${n.env}="${templateRef(item, 'sh', r)}"`], at: 0 };
    if (item.shape === 'bearer' || item.shape === 'basic') {
      return { lines: [`curl -fsSL -H "Authorization: ${headerValue(item)}" \\`, `  "https://${apiHost(r)}/v1/${r.pick(NOUNS)}s" | jq '.items[]'`], at: 0 };
    }
    if (item.shape === 'block') {
      const b = item.block;
      return { lines: [`cat > "$HOME/.ssh/${n.snake}" <<'EOF'`, ...b, 'EOF'], at: 1, span: [0, b.length + 1] };
    }
    if ((item.valueType ?? 'string') !== 'string') return { lines: [`export ${n.env}=${item.value}`], at: 0 };
    if (item.label.type === 'secret' && r.chance(0.15) && !/[}"$`\\]/.test(item.value)) return { lines: [`export ${n.env}="\${${n.env}:-${item.value}}"`], at: 0 };
    if (item.label.type === 'secret' && !item.contextual && r.chance(0.1)) return { lines: [`# ${r.pick(['old token:', 'for local runs:'])} ${item.value}`], at: 0 };
    return { lines: [`${r.chance(0.6) ? 'export ' : ''}${n.env}=${shq(item.value, r, { allowBare: false })}`], at: 0 };
  },
  fillers: [
    () => ['if [ -z "${API_TOKEN:-}" ]; then', '  echo "API_TOKEN is not set" >&2', '  exit 1', 'fi'],
    () => ['read -rsp "Enter your password: " PASSWORD', 'echo'],
    () => [`log() { printf '%s %s\\n' "$(date -u +%FT%TZ)" "$*" >&2; }`],
    (r) => [`for f in ${r.pick(['dist', 'build', 'out'])}/*.js; do`, '  gzip -kf "$f"', 'done'],
    (r) => [`if ! command -v ${r.pick(['jq', 'aws', 'kubectl', 'docker'])} >/dev/null; then`, `  echo "missing dependency" >&2`, '  exit 1', 'fi'],
    (r) => [`docker build -t ${r.pick(WORDS)}/${r.pick(NOUNS)}-api:"\${GIT_SHA:-dev}" .`],
    (r) => [`kubectl -n ${r.pick(['prod', 'staging'])} rollout status deploy/${r.pick(NOUNS)}-api --timeout=120s`],
  ],
};

export const LANGS = { js, ts, py, go, java, rb, php, cs };

const EXT = { js: ['.js', '.js', '.mjs'], ts: ['.ts'], py: ['.py'], go: ['.go'], java: ['.java'], rb: ['.rb'], php: ['.php'], cs: ['.cs'] };
const DIRS = {
  js: ['src', 'src/services', 'src/config', 'lib', 'scripts', 'server'],
  ts: ['src', 'src/services', 'src/config', 'src/lib', 'apps/api/src'],
  py: ['app', 'app/services', 'src', 'scripts', 'config'],
  go: ['internal/config', 'internal/client', 'pkg/store', 'cmd/server'],
  java: ['src/main/java/com/acme/config', 'src/main/java/com/acme/client'],
  rb: ['config/initializers', 'lib', 'app/services'],
  php: ['config', 'src/Services', 'app/Http'],
  cs: ['src/Config', 'src/Clients', 'Services'],
};

/** The shapes a code format can write. */
export const CODE_SHAPES = ['scalar', 'block', 'bearer', 'basic', 'expr', 'template'];

export function codePath(r, id) {
  const noun = r.pick(NOUNS);
  const base = r.pick([`${noun}`, `${noun}-client`, `${noun}_service`, 'config', 'settings', `${noun}s`]);
  if (id === 'java' || id === 'cs') return { dir: r.pick(DIRS[id]), name: `${cap(noun)}${r.pick(['Config', 'Client', 'Service', 'Settings'])}${EXT[id][0]}` };
  if (id === 'go') return { dir: r.pick(DIRS[id]), name: `${base.replace(/-/g, '_')}.go` };
  if (id === 'py' || id === 'rb') return { dir: r.pick(DIRS[id]), name: `${base.replace(/-/g, '_')}${EXT[id][0]}` };
  if (id === 'php') return { dir: r.pick(DIRS[id]), name: `${base.replace(/[-_]/g, '')}${EXT[id][0]}` };
  return { dir: r.pick(DIRS[id]), name: `${base}${r.pick(EXT[id])}` };
}

/** Write a source file of language `id` holding `items` among plain code. */
export function buildCode(r, id, items, fileName) {
  if (id === 'sh') return buildShell(r, items);
  const L = LANGS[id];
  const isTs = id === 'ts';
  const cls = fileName.replace(/\.\w+$/, '');
  const doc = new Doc();
  doc.add(...L.prelude(r, isTs, cls));
  doc.blank();
  // Each filler at most once per file.
  const queue = r.shuffle(L.fillers);
  const filler = () => {
    if (queue.length === 0) return;
    doc.add(...queue.pop()(r, isTs));
    doc.blank();
  };
  for (let i = r.range(0, 2); i > 0; i--) filler();
  // Items that can sit in a config object go there together half of the time; the rest are written one by one.
  const grouped = r.chance(0.5) ? items.filter((it) => ['scalar', 'expr', 'template'].includes(it.shape) && !(id === 'java' && it.shape === 'template')) : [];
  const single = items.filter((it) => !grouped.includes(it));
  for (const item of single) {
    if (item.shape === 'bearer' || item.shape === 'basic') doc.item(item, L.header(item, r));
    else if (item.shape === 'block') doc.item(item, L.block(item, r, isTs));
    else if (item.shape === 'scalar' && ((item.label.type === 'secret' && !item.contextual && r.chance(0.1)) || (item.label.kind === 'provider-placeholder' && r.chance(0.2)))) {
      // A key in a comment: left over from debugging, or an example.
      const why = item.label.type === 'secret' ? r.pick(['old key, rotate me:', 'staging:', 'TODO remove before merge:', 'works locally with', 'previous value:']) : r.pick(['e.g.', 'looks like', 'format:']);
      doc.item(item, { lines: [`${L.comment} ${why} ${item.value}`], at: 0 });
    } else {
      const fb = fallbackExpr(L, item, r);
      // A default after an environment read is still a value in the source.
      const lines = fb ? L.top({ ...item, shape: 'expr' }, fb, r, isTs) : L.top(item, valueExpr(L, item, r), r, isTs);
      doc.item(item, { lines, at: 0, span: [0, lines.length - 1] });
    }
    doc.blank();
    if (r.chance(0.35)) filler();
  }
  if (grouped.length > 0) {
    const C = r.pick(L.containers);
    doc.add(...C.open(r, isTs));
    for (const item of grouped) {
      if (r.chance(0.25)) doc.add(...C.field({ names: { camel: 'timeoutMs', snake: 'timeout_ms', pascal: 'TimeoutMs', dotted: 'http.timeout-ms', env: 'TIMEOUT_MS' } }, String(r.pick([5000, 10000])), r));
      doc.item(item, { lines: C.field(item, fallbackExpr(L, item, r) ?? valueExpr(L, item, r), r), at: 0 });
    }
    doc.add(...C.close());
    doc.blank();
  }
  for (let i = r.range(0, 3); i > 0; i--) filler();
  if (L.epilogue) doc.add(...L.epilogue());
  while (doc.lines.length > 0 && doc.lines[doc.lines.length - 1] === '') doc.lines.pop();
  return doc;
}

function buildShell(r, items) {
  const doc = new Doc();
  doc.add(...sh.prelude(r));
  doc.blank();
  const queue = r.shuffle(sh.fillers);
  for (const item of items) {
    if (r.chance(0.4) && queue.length > 1) {
      doc.add(...queue.pop()(r));
      doc.blank();
    }
    doc.item(item, sh.item(item, r));
  }
  doc.blank();
  doc.add(...queue.pop()(r));
  return doc;
}

export const SHELL_SHAPES = ['scalar', 'block', 'bearer', 'basic', 'expr', 'template'];
export { NOUNS, SERVICES, apiHost, templateRef, cap };
