// `datagate accept`: the edit touches only the accepted values, keeps everything else as written,
// and the check passes on the edited config; bad shapes are refused without writing anything.
import { describe, expect, it } from '@jest/globals';
import { chmodSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { acceptCommand } from '../../src/accept/command.js';
import { createBaselineResolver } from '../../src/baseline/index.js';
import { UserError } from '../../src/errors.js';
import { runCheck } from '../../src/run/check.js';

const now = new Date('2026-01-01T00:00:00Z');

function exampleCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'datagate-accept-'));
  cpSync(path.resolve('examples'), dir, { recursive: true });
  return dir;
}

/** A small dataset whose contract fails in every way accept handles. */
function smallProject(config: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'datagate-accept-small-'));
  const rows = ['id,age,country,email'];
  for (let i = 1; i <= 40; i++) rows.push(`${i},${i === 7 ? 130 : 20 + i},${i <= 30 ? 'US' : `C${i}`},${i % 10 === 0 ? '' : `u${i}@x.org`}`);
  writeFileSync(path.join(dir, 'data.csv'), rows.join('\n') + '\n');
  writeFileSync(path.join(dir, 'metrics.json'), JSON.stringify({ accuracy: 0.81, latency: { p95_ms: 61 } }));
  writeFileSync(path.join(dir, 'datagate.yml'), config);
  return dir;
}

async function run(dir: string, args: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await acceptCommand(['--config', 'datagate.yml', ...args], { out: (t) => out.push(t), err: (t) => err.push(t), cwd: dir, now });
  return { code, out: out.join(''), err: err.join('') };
}

async function gates(dir: string) {
  const result = await runCheck({ configPath: 'datagate.yml', cwd: dir, now, baselineResolver: createBaselineResolver({ cwd: dir, tempDir: mkdtempSync(path.join(tmpdir(), 'datagate-accept-base-')) }) });
  return new Map(result.report.gates.map((gate) => [gate.id, gate.status]));
}

describe('datagate accept on the example', () => {
  it('widens min and extends allowed in place, prints the diff, and leaves drift and the metric drop to the baseline', async () => {
    const dir = exampleCopy();
    const before = readFileSync(path.join(dir, 'datagate.yml'), 'utf8');
    const { code, out, err } = await run(dir);
    expect(code).toBe(0);
    expect(out).toBe([
      '--- a/datagate.yml',
      '+++ b/datagate.yml',
      '@@ -9,8 +9,8 @@',
      '       columns:',
      '         customer_id:   { type: integer, nullable: false, unique: true }',
      '         signup_at:     { type: timestamp, nullable: false }',
      '-        age:           { type: integer, min: 0, max: 120 }',
      '-        country:       { type: string, allowed: [US, DE, FR, GB], severity: warn }',
      '+        age:           { type: integer, min: -1, max: 120 }',
      '+        country:       { type: string, allowed: [US, DE, FR, GB, BR], severity: warn }',
      '         plan:          { type: string, allowed: [free, pro, team] }',
      '         monthly_spend: { type: number, min: 0 }',
      "         email:         { type: string, pattern: '^[^@]+@[^@]+$', max_null_fraction: 0.05 }",
      '',
    ].join('\n'));
    const after = readFileSync(path.join(dir, 'datagate.yml'), 'utf8');
    expect(after).toBe(before.replace('min: 0, max: 120', 'min: -1, max: 120').replace('[US, DE, FR, GB]', '[US, DE, FR, GB, BR]'));
    expect(err).toContain('customers.drift.monthly_spend: compared with the baseline: accepted by the baseline moving when the PR merges, not by weakening the threshold');
    expect(err).toContain('churn-model.metric.accuracy: compared with the baseline');
    const statuses = await gates(dir);
    expect(statuses.get('customers.contract.age.min')).toBe('pass');
    expect(statuses.get('customers.contract.country.allowed')).toBe('pass');
  });

  it('accepts only the gates named with --gate, and --dry-run writes nothing', async () => {
    const dir = exampleCopy();
    const before = readFileSync(path.join(dir, 'datagate.yml'), 'utf8');
    const dry = await run(dir, ['--gate', 'customers.contract.age.min', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('+        age:           { type: integer, min: -1, max: 120 }');
    expect(dry.out).not.toContain('BR');
    expect(readFileSync(path.join(dir, 'datagate.yml'), 'utf8')).toBe(before);
    expect(dry.err).toContain('dry run: datagate.yml not changed');
  });

  it('refuses a gate that no longer exists, with exit 2 and nothing written', async () => {
    const dir = exampleCopy();
    const before = readFileSync(path.join(dir, 'datagate.yml'), 'utf8');
    await expect(run(dir, ['--gate', 'customers.contract.zip.min'])).rejects.toThrow(new UserError('no gate "customers.contract.zip.min" in this check: it is not (or no longer) in the config; `datagate check` lists the gate ids'));
    expect(readFileSync(path.join(dir, 'datagate.yml'), 'utf8')).toBe(before);
  });

  it('refuses a read-only config before checking anything', async () => {
    const dir = exampleCopy();
    chmodSync(path.join(dir, 'datagate.yml'), 0o444);
    await expect(run(dir)).rejects.toThrow('datagate.yml: cannot write the config (read-only): nothing changed; run with --dry-run to see the change');
    expect((await run(dir, ['--dry-run'])).code).toBe(0);
  });
});

describe('datagate accept on block YAML with comments', () => {
  const config = [
    '# contract for the small table',
    'datasets:',
    '  - name: small',
    '    current: data.csv',
    '    schema:',
    '      columns:',
    '        age:',
    '          type: integer',
    '          # the oldest customer we expect',
    '          max: 100   # years',
    '        country:',
    '          allowed:',
    '            - US   # home market',
    '          # more later',
    '          severity: error',
    '        email:',
    '          max_null_fraction: 0.01',
    '    rows:',
    '      # at least this many',
    '      min: 50',
    'models:',
    '  - name: m',
    '    current: metrics.json',
    '    metrics:',
    "      accuracy: { min: 0.9 }   # release bar",
    "      'latency.p95_ms': { max: 50 }",
    '',
  ].join('\n');

  it('edits each value in place, keeps the comments, appends list items, and every gate then passes', async () => {
    const dir = smallProject(config);
    const before = await gates(dir);
    expect([...before].filter(([, status]) => status === 'fail').map(([id]) => id).sort()).toEqual([
      'm.metric.accuracy', 'm.metric.latency.p95_ms', 'small.contract.age.max', 'small.contract.country.allowed', 'small.contract.email.max_null_fraction', 'small.rows.min',
    ]);
    const { code } = await run(dir);
    expect(code).toBe(0);
    expect(readFileSync(path.join(dir, 'datagate.yml'), 'utf8')).toBe(config
      .replace('max: 100   # years', 'max: 130   # years')
      // Ten new countries: the contract keeps ten distinct values, so a second round confirms no more.
      .replace('            - US   # home market\n', `            - US   # home market\n${Array.from({ length: 10 }, (_, i) => `            - C${31 + i}\n`).join('')}`)
      .replace('max_null_fraction: 0.01', 'max_null_fraction: 0.1')
      .replace('min: 50', 'min: 40')
      .replace('{ min: 0.9 }', '{ min: 0.81 }')
      .replace('{ max: 50 }', '{ max: 61 }'));
    const after = await gates(dir);
    expect([...after].filter(([, status]) => status === 'fail' || status === 'warn')).toEqual([]);
  });

  it('refuses to weaken a type rule named with --gate', async () => {
    const dir = smallProject(config.replace('          type: integer\n', '          type: integer\n          unique: true\n').replace('20 + i', '20'));
    writeFileSync(path.join(dir, 'data.csv'), 'id,age,country,email\n1,30,US,a@b\n2,30,US,a@b\n');
    await expect(run(dir, ['--gate', 'small.contract.age.unique'])).rejects.toThrow(/cannot accept small\.contract\.age\.unique: `unique` rules .* are not weakened automatically/);
  });
});

describe('datagate accept refuses what it cannot edit safely', () => {
  it('refuses a rule reached through an alias or under an anchor, naming the line', async () => {
    const config = [
      'x-rules: &limits { type: integer, max: 100 }',
      'datasets:',
      '  - name: small',
      '    current: data.csv',
      '    schema:',
      '      columns:',
      '        age: *limits',
      '',
    ].join('\n');
    // The config schema rejects unknown top-level keys, so an anchor must live inside the schema.
    const anchored = config.replace('x-rules: &limits { type: integer, max: 100 }\n', '').replace('        age: *limits', '        age: &limits { type: integer, max: 100 }\n        id: *limits');
    const dir = smallProject(anchored);
    const before = readFileSync(path.join(dir, 'datagate.yml'), 'utf8');
    await expect(run(dir, ['--gate', 'small.contract.age.max'])).rejects.toThrow('datagate.yml:6: datasets[0].schema.columns.age.max: cannot accept small.contract.age.max: it is under the anchor &limits, which other places may share: edit it by hand');
    await expect(run(dir, ['--gate', 'small.contract.id.max'])).resolves.toMatchObject({ code: 0 });
    expect(readFileSync(path.join(dir, 'datagate.yml'), 'utf8')).toBe(before);
  });

  it('edits a multi-line flow map and a flow list with a trailing comma', async () => {
    const config = [
      'datasets:',
      '  - name: small',
      '    current: data.csv',
      '    schema:',
      '      columns:',
      '        age: {',
      '          type: integer,',
      '          max: 100,   # years',
      '        }',
      '        country: { allowed: [US,',
      '          DE,] }',
      '',
    ].join('\n');
    const dir = smallProject(config);
    expect((await run(dir, ['--gate', 'small.contract.age.max', '--gate', 'small.contract.country.allowed'])).code).toBe(0);
    const edited = readFileSync(path.join(dir, 'datagate.yml'), 'utf8');
    expect(edited).toBe(config.replace('max: 100,', 'max: 130,').replace('DE,]', `DE${Array.from({ length: 10 }, (_, i) => `, C${31 + i}`).join('')},]`));
    const after = await gates(dir);
    expect(after.get('small.contract.age.max')).toBe('pass');
    expect(after.get('small.contract.country.allowed')).toBe('pass');
  });
});

describe('datagate accept keeps the file as written', () => {
  it('keeps CRLF line ends and a comment between a key and its value', async () => {
    const config = [
      'datasets:',
      '  - name: small',
      '    current: data.csv',
      '    schema:',
      '      columns:',
      '        age:',
      '          max: # the oldest we expect',
      '            100',
      '        country:',
      '          allowed:',
      "            - 'US'",
      '',
    ].join('\r\n');
    const dir = smallProject(config);
    expect((await run(dir, ['--gate', 'small.contract.age.max', '--gate', 'small.contract.country.allowed'])).code).toBe(0);
    const edited = readFileSync(path.join(dir, 'datagate.yml'), 'utf8');
    expect(edited).toBe(config.replace('            100', '            130')
      .replace("            - 'US'\r\n", `            - 'US'\r\n${Array.from({ length: 10 }, (_, i) => `            - C${31 + i}\r\n`).join('')}`));
  });

  it('refuses a rule reached through an alias, and writes nothing', async () => {
    const config = [
      'datasets:',
      '  - name: small',
      '    current: data.csv',
      '    schema:',
      '      columns:',
      '        id: &limits { type: integer, max: 100 }',
      '        age: *limits',
      '',
    ].join('\n');
    const dir = smallProject(config);
    await expect(run(dir)).rejects.toThrow('datagate.yml:7: datasets[0].schema.columns.age.max: cannot accept small.contract.age.max: it is reached through the alias *limits: edit the anchored value by hand');
    expect(readFileSync(path.join(dir, 'datagate.yml'), 'utf8')).toBe(config);
  });

  it('says so and changes nothing when every gate passes', async () => {
    const dir = smallProject('datasets:\n  - name: small\n    current: data.csv\n    rows: { min: 1 }\n');
    const { code, out, err } = await run(dir);
    expect({ code, out, err }).toEqual({ code: 0, out: '', err: 'nothing to accept: no gate fails\n' });
  });
});

describe('datagate accept on model segments', () => {
  it('lowers a segment min and raises max_gap to the observed values, and the gates then pass', async () => {
    const config = [
      'models:',
      '  - name: m',
      '    metrics: {}',
      '    segments:',
      '      current: by_country.json',
      '      metric: recall',
      '      min: 0.7     # every market',
      '      max_gap: 0.05',
      '',
    ].join('\n');
    const dir = smallProject(config);
    writeFileSync(path.join(dir, 'by_country.json'), JSON.stringify({ US: { recall: 0.81 }, BR: { recall: 0.62 } }));
    expect((await run(dir)).code).toBe(0);
    expect(readFileSync(path.join(dir, 'datagate.yml'), 'utf8')).toBe(config.replace('min: 0.7', 'min: 0.62').replace('max_gap: 0.05', 'max_gap: 0.19'));
    const after = await gates(dir);
    expect([...after].filter(([, status]) => status === 'fail' || status === 'warn')).toEqual([]);
  });
});
