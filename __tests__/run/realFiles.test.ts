import { describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCheck } from '../../src/run/check.js';
import { compareSnapshots } from '../../src/run/compare.js';
import { mergeProfiles, profileFiles } from '../../src/profile/index.js';
import { loadProfile } from '../../src/profile/load.js';
import type { ColumnProfile, Profile } from '../../src/profile/types.js';
import { inferContract } from '../../src/init/index.js';
import type { GateResult } from '../../src/report/types.js';

// Files as real tools write them (issue 16): a European CSV export, US amounts with thousands
// separators and percentages, a pipe-separated text file, and a Parquet file with list, struct,
// map, TIME and DECIMAL(38,4) columns (scripts/make-realfile-parquet.mjs, with DuckDB).
const fixtures = path.resolve('__tests__/fixtures/realfiles');
const fixture = (name: string): string => path.join(fixtures, name);

function column(profile: Profile, name: string): ColumnProfile {
  const found = profile.columns.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no column ${name}`);
  return found;
}

const summary = (c: ColumnProfile) => ({ type: c.type, count: c.count, nulls: c.nulls, min: c.min, max: c.max, mean: c.mean, format: c.format });

describe('real CSV files read right', () => {
  it('reads a European export: `;` detected, `1.234,56` as 1234.56, `12,5%` as 12.5, `01.02.2023` as a date, J/N left as text', async () => {
    const profile = await profileFiles([fixture('european.csv')], {}, () => undefined);
    expect(profile.delimiter).toBe(';');
    expect(profile.columns.map((c) => c.name)).toEqual(['id', 'Preis', 'Menge', 'Datum', 'Rabatt', 'Aktiv', 'Notiz']);
    // (1234.56 + 12.5 + 999.99 + 2000 + 0.99 + 1000000) / 6
    expect(summary(column(profile, 'Preis'))).toEqual({
      type: 'number', count: 6, nulls: 0, min: 0.99, max: 1_000_000, mean: expect.closeTo(1_004_248.04 / 6, 9), format: { decimal: ',', thousands: '.' },
    });
    expect(summary(column(profile, 'Rabatt'))).toEqual({
      type: 'number', count: 6, nulls: 0, min: 0, max: 12.5, mean: expect.closeTo(27.5 / 6, 12), format: { decimal: ',', percent: true },
    });
    expect(column(profile, 'Menge')).toMatchObject({ type: 'integer', min: 1, max: 250 });
    expect(column(profile, 'Menge').format).toBeUndefined();
    // `01.02.2023` is a date (src/profile/dates.ts); J/N is not one of the boolean pairs.
    expect(column(profile, 'Datum')).toMatchObject({ type: 'date', format: 'DD.MM.YYYY' });
    expect(column(profile, 'Aktiv').type).toBe('string');
    expect(column(profile, 'Notiz')).toMatchObject({ type: 'string', count: 4, nulls: 2 });
    // Categories keep the text as written.
    expect(column(profile, 'Preis').top?.map((top) => top.value)).toContain('1.234,56');
  });

  it('reads US amounts: `12,345,678.90` as a number, `0.5%` as 0.5, Y/N as booleans with the tokens seen', async () => {
    const profile = await profileFiles([fixture('us_amounts.csv')], {}, () => undefined);
    expect(profile.delimiter).toBe(',');
    expect(summary(column(profile, 'amount'))).toEqual({
      type: 'number', count: 5, nulls: 0, min: 999, max: 12_345_678.9, mean: expect.closeTo(12_351_412.46 / 5, 6), format: { decimal: '.', thousands: ',' },
    });
    expect(summary(column(profile, 'share'))).toEqual({
      type: 'number', count: 5, nulls: 0, min: 0.5, max: 100, mean: expect.closeTo(169.75 / 5, 12), format: { decimal: '.', percent: true },
    });
    expect(column(profile, 'returned')).toMatchObject({ type: 'boolean', count: 5, format: { true: ['Y'], false: ['N'] } });
    expect(column(profile, 'region').top).toEqual([{ value: 'North, East', count: 2 }, { value: 'South', count: 2 }, { value: 'West', count: 1 }]);
  });

  it('reads a pipe-separated .txt file with yes/no booleans', async () => {
    const profile = await profileFiles([fixture('pipes.txt')], {}, () => undefined);
    expect(profile.delimiter).toBe('|');
    expect(profile.columns.map((c) => [c.name, c.type])).toEqual([['sku', 'string'], ['name', 'string'], ['price', 'number'], ['in_stock', 'boolean']]);
    expect(column(profile, 'name').top?.map((top) => top.value)).toContain('Pipe | fitting');
  });

  it('honours a given delimiter and decimal mark (`--delimiter`, `--decimal`, `delimiter:`, `decimal:`)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'datagate-real-'));
    const file = path.join(dir, 'weights.csv');
    // `1.234` reads as 1.234 by default, as 1234 where the decimal mark is a comma.
    writeFileSync(file, 'item;kg\na;1.234\nb;2.500\nc;12\n');
    const plain = await profileFiles([file], {}, () => undefined);
    expect(column(plain, 'kg')).toMatchObject({ type: 'number', min: 1.234, max: 12 });
    const comma = await profileFiles([file], { decimal: ',' }, () => undefined);
    expect(column(comma, 'kg')).toMatchObject({ type: 'integer', min: 12, max: 2500, format: { decimal: ',', thousands: '.' } });
    const given = await profileFiles([file], { delimiter: ',' }, () => undefined);
    expect(given.columns.map((c) => c.name)).toEqual(['item;kg']);
  });

  it('reads each file of a dataset with its own delimiter and formats, keeping the format as evidence', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'datagate-real-'));
    const later = path.join(dir, 'later.csv');
    writeFileSync(later, 'id,Preis\n7,1.5\n8,2\n');
    const profile = await profileFiles([fixture('european.csv'), later], {}, () => undefined);
    expect(profile.rows).toBe(8);
    // 1.5 is one and a half in the comma file, not a string that failed the first file's format.
    expect(summary(column(profile, 'Preis'))).toMatchObject({ type: 'number', count: 8, min: 0.99, max: 1_000_000, format: { decimal: ',', thousands: '.' } });
    expect(column(profile, 'Menge')).toMatchObject({ count: 6, nulls: 2 });
  });

  it('keeps the format through a profile JSON and a merge', async () => {
    const profile = await profileFiles([fixture('us_amounts.csv')], {}, () => undefined);
    const loaded = loadProfile(JSON.parse(JSON.stringify(profile)), 'p.json');
    expect(column(loaded, 'amount').format).toEqual({ decimal: '.', thousands: ',' });
    expect(loaded.delimiter).toBe(',');
    const merged = mergeProfiles(loaded, profile);
    expect([column(merged, 'amount').format, column(merged, 'returned').format, merged.delimiter]).toEqual([{ decimal: '.', thousands: ',' }, { true: ['Y'], false: ['N'] }, ',']);
    expect(column(merged, 'amount')).toMatchObject({ type: 'number', count: 10, min: 999 });
  });

  it('checks the contract `init` infers from a European export, and every rule holds', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'datagate-real-'));
    copyFileSync(fixture('european.csv'), path.join(dir, 'european.csv'));
    copyFileSync(fixture('us_amounts.csv'), path.join(dir, 'us_amounts.csv'));
    const config = path.join(dir, 'datagate.yml');
    const european = inferContract(await profileFiles([fixture('european.csv')], {}, () => undefined), { name: 'eu', current: 'european.csv' });
    const us = inferContract(await profileFiles([fixture('us_amounts.csv')], {}, () => undefined), { name: 'us', current: 'us_amounts.csv' });
    writeFileSync(config, european + us.slice(us.indexOf('datasets:') + 'datasets:\n'.length));
    const { report } = await runCheck({ configPath: config, baselineResolver: () => Promise.reject(new Error('none')), now: new Date('2024-01-01T00:00:00Z') });
    const failed = report.gates.filter((gate: GateResult) => gate.status === 'fail' || gate.status === 'warn');
    expect(failed).toEqual([]);
    expect(report.gates.find((gate) => gate.id === 'eu.contract.Preis.type')).toMatchObject({ status: 'pass' });
    expect(report.gates.find((gate) => gate.id === 'us.contract.returned.type')).toMatchObject({ status: 'pass' });
  });

  it('finds a value outside a rule in a formatted column, as the number it reads as', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'datagate-real-'));
    copyFileSync(fixture('european.csv'), path.join(dir, 'european.csv'));
    const config = path.join(dir, 'datagate.yml');
    writeFileSync(config, 'datasets:\n  - name: eu\n    current: european.csv\n    schema:\n      columns:\n        Preis: { type: number, max: 2000 }\n');
    const { report } = await runCheck({ configPath: config, baselineResolver: () => Promise.reject(new Error('none')), now: new Date('2024-01-01T00:00:00Z') });
    expect(report.gates.find((gate) => gate.id === 'eu.contract.Preis.max')).toMatchObject({
      status: 'fail', count: 1, examples: [expect.objectContaining({ row: 6, line: 7 })],
    });
    expect(report.datasets[0]).toMatchObject({ rows: { current: 6 } });
  });
});

describe('Parquet list, struct, map, TIME and DECIMAL columns', () => {
  const file = fixture('nested-types.parquet');

  it('keeps nested columns as columns with counts, nulls and list/map lengths', async () => {
    const profile = await profileFiles([file], {}, () => undefined);
    expect(profile.columns.map((c) => [c.name, c.type, c.count, c.nulls])).toEqual([
      ['id', 'integer', 5, 0], ['tags', 'list', 4, 1], ['point', 'struct', 4, 1], ['attrs', 'map', 4, 1], ['opens', 'string', 4, 1], ['amount', 'number', 4, 1],
    ]);
    // Lists of 3, 0, 1 and 2 entries; maps of 2, 1, 0 and 1.
    expect(column(profile, 'tags').length).toEqual({ min: 0, max: 3, mean: 1.5 });
    expect(column(profile, 'attrs').length).toEqual({ min: 0, max: 2, mean: 1 });
    expect(column(profile, 'point').length).toBeUndefined();
  });

  it('reads TIME as a time of day and DECIMAL(38,4) as its exact decimal text', async () => {
    const profile = await profileFiles([file], {}, () => undefined);
    expect(column(profile, 'opens').top?.map((top) => top.value)).toEqual(['00:00:01', '08:30:00', '12:00:00', '23:59:59.125']);
    const amount = column(profile, 'amount');
    expect(amount.top?.map((top) => top.value)).toEqual(['-0.0001', '1.5', '12333332.322', '99999999999999999999999999999999.9999']);
    expect(amount.min).toBe(-0.0001);
    expect(amount.quantiles?.p50).toBeCloseTo((1.5 + 12333332.322) / 2, 6);
  });

  it('lets a contract require nested columns and forbid their nulls, and runs the check as the profile reads them', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'datagate-real-'));
    copyFileSync(file, path.join(dir, 'nested.parquet'));
    const config = path.join(dir, 'datagate.yml');
    writeFileSync(config, [
      'datasets:', '  - name: n', '    current: nested.parquet', '    schema:', '      columns:',
      '        tags: { type: list, nullable: false }', '        point: { type: struct, required: true }', '        attrs: { type: map }',
      '        amount: { type: number, max: 12333332.322 }', '',
    ].join('\n'));
    const { report } = await runCheck({ configPath: config, baselineResolver: () => Promise.reject(new Error('none')), now: new Date('2024-01-01T00:00:00Z') });
    const status = (id: string) => report.gates.find((gate) => gate.id === id)?.status;
    expect([status('n.contract.tags.required'), status('n.contract.tags.type'), status('n.contract.point.type'), status('n.contract.attrs.type')]).toEqual(['pass', 'pass', 'pass', 'pass']);
    expect(report.gates.find((gate) => gate.id === 'n.contract.tags.nullable')).toMatchObject({ status: 'fail', count: 1 });
    expect(report.gates.find((gate) => gate.id === 'n.contract.amount.max')).toMatchObject({ status: 'fail', count: 1 });
    expect(report.datasets[0]).toMatchObject({ rows: { current: 5 } });
  });

  it('skips drift on nested columns, saying why', async () => {
    const report = await compareSnapshots(file, file);
    const drift = report.datasets[0].drift?.columns ?? [];
    const tags = drift.find((entry) => entry.name === 'tags');
    expect(tags).toMatchObject({ drifted: false });
    expect(JSON.stringify(tags)).toMatch(/list columns have no drift method/);
    expect(report.datasets[0].schema).toMatchObject({ added: [], removed: [], changed: [] });
  });
});
