import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import type { Finding, RuleMeta, ScanResult } from '../types.js';
import type { ReportOptions } from './reporter.js';
import { buildSarif, pathToUriReference, renderSarif } from './sarif.js';

// ajv-formats is CommonJS; under NodeNext its default import is module.exports, which carries the plugin as .default.
const addFormats = addFormatsModule.default;

const SCHEMA_PATH = new URL('../../../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', import.meta.url);

/**
 * The official schema declares draft-04 (`$schema` draft-04, `id` instead of `$id`), which Ajv 8 no longer
 * implements. It uses no keyword whose meaning changed after draft-04 (no boolean exclusiveMinimum/Maximum), so
 * renaming `id` and dropping `$schema` lets Ajv's draft-07 validator apply exactly the same constraints. One of
 * its patterns (the `language` tag) has a stray ']' that is a syntax error under the 'u' flag, so patterns are
 * compiled without it (they are all ASCII, so nothing else changes).
 */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
  const { $schema: _draft, id, ...rest } = schema as { $schema: string; id: string } & Record<string, unknown>;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile({ $id: id, ...rest });
}
const validate = sarifValidator();

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(ok).toBe(true);
}

const options: ReportOptions = { color: false, verbose: false, failOn: 'high', toolVersion: '1.2.3', root: '/home/ci/my repo' };

const awsRule: RuleMeta = {
  id: 'secret.aws-access-key-id',
  title: 'AWS access key ID',
  category: 'secret',
  severity: 'critical',
  confidence: 'high',
  cwe: [798],
  message: 'AWS access key ID in source',
  fix: 'Load it from the environment.',
  description: 'A hardcoded AWS access key ID lets anyone who reads the code act as its owner.',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html', 'CWE-798'],
  tags: ['aws', 'credentials'],
  source: 'rules/secrets/aws-access-key-id.yaml',
};

const sqlRule: RuleMeta = {
  id: 'injection.sql-concat',
  title: 'SQL built by concatenation',
  category: 'injection',
  severity: 'medium',
  confidence: 'low',
  cwe: [89, 564],
  message: 'SQL query built from strings',
  references: [],
  tags: [],
  source: 'rules/injection/sql-concat.yaml',
};

function finding(over: Partial<Finding>): Finding {
  return {
    ruleId: 'secret.aws-access-key-id',
    category: 'secret',
    severity: 'critical',
    confidence: 'high',
    cwe: [798],
    file: 'src/config.ts',
    start: { line: 12, column: 13 },
    end: { line: 12, column: 33 },
    message: 'AWS access key ID in source',
    fingerprint: 'a1b2c3d4e5f6',
    snippet: 'const key = "AKIA…MPLE";',
    secret: { redacted: 'AKIA…MPLE', provider: 'aws' },
    ...over,
  };
}

function scan(over: Partial<ScanResult> = {}): ScanResult {
  return {
    findings: [
      finding({}),
      finding({
        ruleId: 'injection.sql-concat',
        category: 'injection',
        severity: 'medium',
        confidence: 'low',
        cwe: [89],
        file: 'src/a dir/q#1%.ts',
        start: { line: 3, column: 1 },
        end: { line: 5, column: 2 },
        message: 'SQL query built from strings',
        fingerprint: 'ffee',
        snippet: 'db.query("SELECT " +\n  x +\n  "")',
        secret: undefined,
        suppressed: { kind: 'inline', reason: 'reviewed: constant input' },
      }),
      finding({ fingerprint: 'bbbb', start: { line: 20, column: 1 }, end: { line: 20, column: 9 }, suppressed: { kind: 'baseline' } }),
      finding({
        ruleId: 'warden.bare-suppression',
        category: 'secret',
        severity: 'low',
        message: 'A suppression must name its rule',
        secret: undefined,
        fingerprint: 'cccc',
        inChange: false,
      }),
    ],
    notices: [
      { level: 'error', code: 'rule-error', message: 'rule crypto.weak-hash failed: bad query' },
      { level: 'warning', code: 'parse-error', file: 'src/broken.ts', line: 7, message: 'could not parse' },
    ],
    skipped: [{ file: 'bin/tool', reason: 'binary' }],
    stats: {
      filesScanned: 3,
      bytesScanned: 300,
      filesMatchedPrefilter: 2,
      filesParsed: 1,
      skipped: { binary: 1 },
      rulesLoaded: 2,
      rulesRun: 2,
      durationMs: 50,
      workers: 1,
    },
    rules: [awsRule, sqlRule],
    incomplete: ['src/broken.ts'],
    ...over,
  };
}

describe('SARIF reporter', () => {
  it('is valid against the official SARIF 2.1.0 schema', () => {
    expectValid(JSON.parse(renderSarif(scan(), options)));
    expectValid(JSON.parse(renderSarif(scan(), { ...options, verbose: true })));
    expectValid(JSON.parse(renderSarif(scan({ findings: [], notices: [], rules: [], skipped: [], incomplete: [] }), options)));
  });

  it('the validator does reject a broken log', () => {
    const log = buildSarif(scan(), options) as unknown as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    log.runs[0]!.results[0]!.level = 'critical';
    expect(validate(log)).toBe(false);
  });

  it('describes the tool and each rule the way GitHub code scanning reads them', () => {
    const run = buildSarif(scan(), options).runs[0]!;
    const driver = run.tool.driver;
    expect(driver.name).toBe('Warden Sentinel');
    expect(driver.version).toBe('1.2.3');
    expect(driver.semanticVersion).toBe('1.2.3');
    const aws = driver.rules![0]!;
    expect(aws).toMatchObject({
      id: 'secret.aws-access-key-id',
      name: 'SecretAwsAccessKeyId',
      shortDescription: { text: 'AWS access key ID' },
      fullDescription: { text: awsRule.description },
      helpUri: awsRule.references[0],
      defaultConfiguration: { level: 'error' },
    });
    expect(aws.help!.text).toContain('Fix: Load it from the environment.');
    expect(aws.help!.markdown).toContain(`- <${awsRule.references[0]}>`);
    expect(aws.help!.markdown).toContain('- CWE-798');
    expect(aws.properties).toEqual({
      tags: ['security', 'secret', 'aws', 'credentials', 'external/cwe/cwe-798'],
      precision: 'high',
      'security-severity': '9.5',
    });
    const sql = driver.rules![1]!;
    expect(sql.helpUri).toBeUndefined();
    expect(sql.defaultConfiguration!.level).toBe('warning');
    expect(sql.properties).toMatchObject({
      tags: ['security', 'injection', 'external/cwe/cwe-89', 'external/cwe/cwe-564'],
      precision: 'low',
      'security-severity': '5.5',
    });
  });

  it('maps findings to results with locations, fingerprints and suppressions', () => {
    const run = buildSarif(scan(), options).runs[0]!;
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///home/ci/my%20repo/' } });
    const [aws, sql, baseline, bare] = run.results!;
    expect(aws).toEqual<Sarif.Result>({
      ruleId: 'secret.aws-access-key-id',
      ruleIndex: 0,
      level: 'error',
      message: { text: 'AWS access key ID in source (AKIA…MPLE)' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'src/config.ts', uriBaseId: '%SRCROOT%' },
            region: { startLine: 12, startColumn: 13, endLine: 12, endColumn: 33 },
            contextRegion: { startLine: 12, endLine: 12, snippet: { text: 'const key = "AKIA…MPLE";' } },
          },
        },
      ],
      partialFingerprints: { 'warden/v1': 'a1b2c3d4e5f6' },
    });
    expect(sql!.ruleIndex).toBe(1);
    expect(sql!.level).toBe('warning');
    const physical = sql!.locations![0]!.physicalLocation!;
    expect(physical.artifactLocation!.uri).toBe('src/a%20dir/q%231%25.ts');
    expect(physical.region).toEqual({ startLine: 3, startColumn: 1, endLine: 5, endColumn: 2 });
    expect(physical.contextRegion).toMatchObject({ startLine: 3, endLine: 5 });
    expect(sql!.suppressions).toEqual([
      { kind: 'inSource', status: 'accepted', justification: 'reviewed: constant input', properties: { wardenKind: 'inline' } },
    ]);
    expect(baseline!.suppressions).toEqual([{ kind: 'external', status: 'accepted', properties: { wardenKind: 'baseline' } }]);
    // A rule missing from result.rules gets a descriptor, so the index still points at something.
    expect(bare!.ruleIndex).toBe(2);
    expect(run.tool.driver.rules![2]!.id).toBe('warden.bare-suppression');
    expect(bare!.level).toBe('note');
    expect(bare!.properties).toEqual({ inChange: false });
  });

  it('reports notices as tool execution notifications, and skipped files only when verbose', () => {
    const quiet = buildSarif(scan(), options).runs[0]!.invocations![0]!;
    expect(quiet.executionSuccessful).toBe(false);
    expect(quiet.toolExecutionNotifications).toEqual([
      { level: 'error', message: { text: 'rule crypto.weak-hash failed: bad query' }, descriptor: { id: 'rule-error' } },
      {
        level: 'warning',
        message: { text: 'could not parse' },
        descriptor: { id: 'parse-error' },
        locations: [
          { physicalLocation: { artifactLocation: { uri: 'src/broken.ts', uriBaseId: '%SRCROOT%' }, region: { startLine: 7 } } },
        ],
      },
    ]);
    expect(quiet.properties).toMatchObject({ skipped: { binary: 1 }, incomplete: ['src/broken.ts'] });
    const verbose = buildSarif(scan(), { ...options, verbose: true }).runs[0]!.invocations![0]!;
    expect(verbose.toolExecutionNotifications).toHaveLength(3);
    expect(verbose.toolExecutionNotifications![2]).toMatchObject({ level: 'note', descriptor: { id: 'skipped/binary' } });
    const clean = buildSarif(scan({ notices: [] }), options).runs[0]!.invocations![0]!;
    expect(clean.executionSuccessful).toBe(true);
    expect(clean.toolExecutionNotifications).toBeUndefined();
  });

  it('encodes paths as relative URI references', () => {
    expect(pathToUriReference('a/b c/ü?.ts')).toBe('a/b%20c/%C3%BC%3F.ts');
    expect(pathToUriReference('win\\style\\path.ts')).toBe('win/style/path.ts');
  });

  it('leaves out semanticVersion when the version is not semver', () => {
    const driver = buildSarif(scan(), { ...options, toolVersion: 'dev' }).runs[0]!.tool.driver;
    expect(driver.version).toBe('dev');
    expect(driver.semanticVersion).toBeUndefined();
  });
});
