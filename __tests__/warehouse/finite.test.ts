// NaN and ±Infinity stored in a table are read as null everywhere the table is read: the profile,
// the contract and the key diff, as the CSV export with those words as null_values reads them.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { datasetSchema } from '../../src/config/schema.js';
import { profileFiles } from '../../src/profile/index.js';
import type { Profile } from '../../src/profile/types.js';
import { contractGatesOfTable } from '../../src/warehouse/contract.js';
import { diffTableSides } from '../../src/warehouse/diff.js';
import { dialectOf } from '../../src/warehouse/dialect.js';
import { profileTable } from '../../src/warehouse/profile.js';
import type { EngineName, SqlClient } from '../../src/warehouse/types.js';
import { duckdbMemory, freshPostgres, stopPostgres } from './engines.js';

const clients = new Map<EngineName, SqlClient>();
const dir = mkdtempSync(path.join(tmpdir(), 'datagate-finite-'));

/** The same rows twice: with the engine's non-finite floats, and with NULL in their place. */
const VALUES = ['1.5', 'NaN', 'Infinity', '-Infinity', null, '2.5', '-0.5'];

async function load(client: SqlClient, engine: EngineName): Promise<void> {
  const double = engine === 'duckdb' ? 'DOUBLE' : 'double precision';
  for (const [table, nonFinite] of [['stored', true], ['nulled', false]] as const) {
    await client.query(`CREATE TABLE ${table} (id integer, x ${double}, d numeric(10, 2), s text)`);
    const rows = VALUES.map((value, i) => {
      const x = value === null || (!nonFinite && !/^-?\d/.test(value)) ? 'NULL' : `CAST('${value}' AS ${double})`;
      // PostgreSQL's numeric holds NaN too (and ±Infinity from 14 on); DuckDB's decimal has none.
      const d = engine === 'postgres' && nonFinite && value === 'NaN' ? `'NaN'::numeric` : value !== null && /^-?\d/.test(value) ? value : 'NULL';
      return `(${i + 1}, ${x}, ${d}, 'r${i}')`;
    });
    await client.query(`INSERT INTO ${table} VALUES ${rows.join(', ')}`);
  }
}

beforeAll(async () => {
  const duck = await duckdbMemory();
  clients.set('duckdb', duck);
  await load(duck, 'duckdb');
  const pg = await freshPostgres();
  if (pg) {
    clients.set('postgres', pg.client);
    await load(pg.client, 'postgres');
  }
}, 120_000);

afterAll(async () => {
  for (const client of clients.values()) await client.close();
  stopPostgres();
  rmSync(dir, { recursive: true, force: true });
});

const columnsOf = (profile: Profile) => JSON.stringify(profile.columns);

describe.each(['duckdb', 'postgres'] as EngineName[])('%s', (engine) => {
  it('profiles NaN and ±Infinity as nulls: the same profile as NULLs, and as the CSV export with them as null_values', async () => {
    const client = clients.get(engine);
    if (!client) return;
    const d = dialectOf(engine);
    for (const exact of [false, true]) {
      const stored = (await profileTable(client, d, { connection: engine, table: 'stored' }, { exact })).profile;
      const nulled = (await profileTable(client, d, { connection: engine, table: 'nulled' }, { exact })).profile;
      expect(columnsOf(stored)).toBe(columnsOf(nulled));
      const x = stored.columns.find((column) => column.name === 'x')!;
      expect({ count: x.count, nulls: x.nulls, min: x.min, max: x.max, mean: x.mean }).toEqual({ count: 3, nulls: 4, min: -0.5, max: 2.5, mean: 3.5 / 3 });
    }
    // The export as PostgreSQL's COPY writes it (DuckDB writes nan, inf, -inf: listed too).
    const csv = path.join(dir, `${engine}.csv`);
    writeFileSync(csv, `id,x\n${VALUES.map((value, i) => `${i + 1},${value ?? ''}`).join('\n')}\n`);
    const file = await profileFiles([csv], { nullValues: ['NaN', 'Infinity', '-Infinity', 'nan', 'inf', '-inf'] }, () => undefined);
    const fromFile = file.columns[1]!;
    const x = (await profileTable(client, d, { connection: engine, query: 'SELECT x FROM stored' })).profile.columns[0]!;
    // Engines add in another order: the moments agree to 12 digits, as in run.test.ts.
    const digits = (value: number | undefined) => Number(value!.toPrecision(12));
    expect({ type: x.type, count: x.count, nulls: x.nulls, min: x.min, max: x.max, mean: digits(x.mean), std: digits(x.std), distinct: x.distinct, top: x.top })
      .toEqual({ type: fromFile.type, count: fromFile.count, nulls: fromFile.nulls, min: fromFile.min, max: fromFile.max, mean: digits(fromFile.mean), std: digits(fromFile.std), distinct: fromFile.distinct, top: fromFile.top });
  });

  it('checks the contract on NaN and ±Infinity as on nulls', async () => {
    const client = clients.get(engine);
    if (!client) return;
    const d = dialectOf(engine);
    const gatesOf = async (table: string) => {
      const dataset = datasetSchema.parse({
        name: 't', current: 'x.csv',
        schema: { columns: { x: { type: 'number', nullable: false, min: -1, max: 3, unique: true }, d: { type: 'number', min: -1 } } },
      });
      const profile = (await profileTable(client, d, { connection: engine, table })).profile;
      const { gates } = await contractGatesOfTable(client, d, { connection: engine, table }, dataset, { current: profile, baseline: null, now: new Date(0) });
      return gates.map((gate) => ({ id: gate.id, status: gate.status, count: gate.count, observed: gate.observed }));
    };
    const stored = await gatesOf('stored');
    expect(stored).toEqual(await gatesOf('nulled'));
    expect(stored.find((gate) => gate.id === 't.contract.x.nullable')).toMatchObject({ status: 'fail', count: 4 });
    expect(stored.find((gate) => gate.id === 't.contract.x.min')?.status).toBe('pass');
    expect(stored.find((gate) => gate.id === 't.contract.x.max')?.status).toBe('pass');
  });

  it('diffs NaN and ±Infinity as nulls, by join and by checksums', async () => {
    const client = clients.get(engine);
    if (!client) return;
    const side = (table: string) => ({ client, dialect: dialectOf(engine), source: { connection: engine, table } });
    for (const strategy of ['join', 'checksum'] as const) {
      const { diff } = await diffTableSides({ baseline: side('nulled'), current: side('stored') }, { key: ['id'] }, { strategy });
      expect({ strategy, ...diff.rows, changed: diff.changed }).toEqual({ strategy, ...diff.rows, changed: 0 });
    }
  });
});
