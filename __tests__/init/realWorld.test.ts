import { describe, it, expect } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { inferContract } from '../../src/init/index.js';
import { bounds, keyEvidence } from '../../src/init/rules.js';
import { configSchema } from '../../src/config/schema.js';
import { loadSnapshotProfile } from '../../src/run/snapshot.js';
import { runCheck } from '../../src/run/check.js';
import type { ColumnProfile } from '../../src/profile/types.js';

// Fixtures written by scripts/init-fixtures.mjs.
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/init/${name}`, import.meta.url));

async function init(name: string) {
  const file = fixture(name);
  const text = inferContract(await loadSnapshotProfile(file), { name: 'orders', current: file });
  const dataset = configSchema.parse(YAML.parse(text)).datasets[0];
  return { file, text, dataset, columns: dataset.schema!.columns };
}

describe('init on an order export', () => {
  it('makes only evidenced keys unique: by name, by UUID shape; not a measure whose values happen to be distinct', async () => {
    const { columns } = await init('orders.csv');
    expect(columns.order_id).toEqual({ type: 'integer', nullable: false, unique: true });
    expect(columns.customer_ref).toEqual({ type: 'string', nullable: false, unique: true });
    expect(columns.amount.unique).toBeUndefined();
    expect(columns.balance.unique).toBeUndefined();
  });

  it('keeps natural bounds exact and widens only open-ended measures', async () => {
    const { columns } = await init('orders.csv');
    expect(columns.discount).toMatchObject({ min: 0, max: 1 });
    expect(columns.margin_pct).toMatchObject({ min: 0, max: 100 });
    expect(columns.satisfaction).toMatchObject({ min: 0, max: 100 });
    expect(columns.stars).toMatchObject({ min: 1, max: 5 });
    // A 0/1 flag: 0 to 1 as integers (or a boolean, where 0/1 columns read as such), never max 2.
    expect(columns.returned.max ?? 1).toBe(1);
    expect(columns.quantity).toMatchObject({ min: 0, max: 14 });
    expect(columns.amount).toMatchObject({ min: 0, max: 1000 });
    expect(columns.balance).toMatchObject({ min: -900, max: 3400 });
  });

  it('proposes no rule that cannot fail: a 99% empty note gets no null limit, and says why', async () => {
    const { columns, text } = await init('orders.csv');
    expect(columns.note).toEqual({ type: 'string' });
    expect(text).toContain('no null limit proposed: at 99% nulls it could not fail\n        note:\n');
  });

  it('says beside every rule why it was proposed', async () => {
    const { text } = await init('orders.csv');
    const ruleLines = text.split('\n').filter((line) => /^ {10}[a-z_]+: /.test(line));
    expect(ruleLines.length).toBeGreaterThan(30);
    for (const line of ruleLines) expect(line).toMatch(/\S {2,}# \S/);
    expect(text).toContain('unique: true     # all 600 values distinct, and they look like UUIDs\n');
    expect(text).toContain('max: 5           # a rating from 1 to 5: values lie in [1, 5]\n');
  });

  it('gives a contract that the same file passes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'datagate-init-'));
    const { text } = await init('orders.csv');
    writeFileSync(path.join(dir, 'datagate.yml'), text);
    const { report } = await runCheck({ configPath: path.join(dir, 'datagate.yml'), baselineResolver: async () => null });
    expect(report.gates.filter((gate) => gate.status !== 'pass' && gate.status !== 'skip')).toEqual([]);
  });
});

describe('init on a header-only file', () => {
  it('says it saw no rows and proposes no rules', async () => {
    const { text, dataset } = await init('header_only.csv');
    expect(text).toMatch(/^# datagate\.yml: a starting contract .*\n# The snapshot had NO ROWS, so no rule could be inferred/);
    expect(dataset.rows).toBeUndefined();
    for (const rules of Object.values(dataset.schema!.columns)) expect(rules).toEqual({});
  });
});

describe('bounds', () => {
  it('keeps 0/1, fractions, percentages and ratings exact', () => {
    expect(bounds('is_active', 0, 1, true)).toMatchObject({ min: { value: 0 }, max: { value: 1 } });
    expect(bounds('share', 0.02, 0.4, false)).toMatchObject({ min: { value: 0 }, max: { value: 1 } });
    expect(bounds('completion_pct', 12, 87, false)).toMatchObject({ min: { value: 0 }, max: { value: 100 } });
    expect(bounds('score', 40, 100, true)).toMatchObject({ min: { value: 0 }, max: { value: 100 } });
    expect(bounds('rating', 2, 9, true)).toMatchObject({ min: { value: 1 }, max: { value: 10 } });
  });

  it('widens open-ended measures; a count keeps min 0', () => {
    expect(bounds('temperature', -12, 31, false)).toMatchObject({ min: { value: -17 }, max: { value: 36 } });
    expect(bounds('visit_count', 3, 40, true)).toMatchObject({ min: { value: 0, why: 'never negative (lowest 3)' }, max: { value: 44 } });
    expect(bounds('age', 18, 91, true)).toMatchObject({ min: { value: 10 }, max: { value: 99 } });
  });
});

describe('keyEvidence', () => {
  const column = (name: string, extra: Partial<ColumnProfile>): ColumnProfile =>
    ({ name, type: 'integer', count: 600, nulls: 0, distinct: 600, ...extra }) as ColumnProfile;

  it('takes sequential integers as row numbers, but not spread-out distinct amounts', () => {
    expect(keyEvidence(column('n', { min: 1, max: 600 }))).toMatch(/as row numbers do/);
    expect(keyEvidence(column('amount', { min: 5, max: 90_000 }))).toBeUndefined();
    expect(keyEvidence(column('customerId', { min: 5, max: 90_000 }))).toBe('the name says it is a key');
    expect(keyEvidence(column('paid', { min: 5, max: 90_000 }))).toBeUndefined();
    expect(keyEvidence(column('order_id', { distinct: 599, min: 1, max: 600 }))).toBeUndefined();
  });
});
