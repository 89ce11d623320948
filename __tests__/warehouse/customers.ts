// The example customers (examples/data) as warehouse tables, beside their CSV files in a
// workspace of their own, and a config with the example's contract for either.

import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDuckDb } from '../../src/warehouse/clients/duckdb.js';
import type { SqlClient } from '../../src/warehouse/types.js';
import { freshPostgres } from './engines.js';
import type { Report } from '../../src/report/types.js';

/** A temp folder with customers.csv and customers_baseline.csv. */
export function customersWorkspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'datagate-wh-'));
  for (const file of ['customers.csv', 'customers_baseline.csv']) copyFileSync(path.join('examples/data', file), path.join(dir, file));
  return dir;
}

/** The example's contract (schema, rows, drift), to follow a dataset's current and baseline lines. */
export const CONTRACT = readFileSync('examples/datagate.yml', 'utf8').split('\n').filter((line, index, lines) => {
  const start = lines.findIndex((l) => l.includes('    schema:'));
  const end = lines.findIndex((l) => l.startsWith('models:'));
  return index >= start && index < end;
}).join('\n');

/** Writes a config of one dataset `customers` named `name` in `dir`; returns its path. */
export function writeConfig(dir: string, name: string, lines: { connections?: string[]; current: string; baseline?: string; extra?: string[] }): string {
  const text = [
    ...(lines.connections ? ['connections:', ...lines.connections.map((line) => `  ${line}`)] : []),
    'datasets:', '  - name: customers', `    current: ${lines.current}`,
    ...(lines.baseline ? [`    baseline: ${lines.baseline}`] : []), ...(lines.extra ?? []), CONTRACT, '',
  ].join('\n');
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** A DuckDB file `wh.duckdb` in `dir` with analytics.customers and analytics.customers_baseline read from the CSVs. */
export async function customersDuckDb(dir: string): Promise<void> {
  const db = await openDuckDb(path.join(dir, 'wh.duckdb'));
  try {
    await db.query('create schema analytics');
    for (const table of ['customers', 'customers_baseline']) {
      await db.query(`create table analytics.${table} as select * from read_csv('${path.join(dir, `${table}.csv`)}')`);
    }
  } finally { await db.close(); }
}

const PG_TYPES: Record<string, string> = {
  customer_id: 'bigint', signup_at: 'timestamptz', age: 'integer', country: 'text', plan: 'text',
  monthly_spend: 'double precision', email: 'text', churned: 'boolean', referral: 'text',
};

/** The same two tables in PostgreSQL, typed as DuckDB reads the CSVs. */
export async function customersPostgres(client: SqlClient): Promise<void> {
  await client.query('create schema analytics');
  for (const table of ['customers', 'customers_baseline']) {
    const [header, ...rows] = readFileSync(path.join('examples/data', `${table}.csv`), 'utf8').trim().split('\n');
    const columns = header.split(',');
    await client.query(`create table analytics.${table} (${columns.map((name) => `${name} ${PG_TYPES[name]}`).join(', ')})`);
    const values = rows.map((row) => `(${row.split(',').map((value) => value === '' ? 'null' : `'${value.replaceAll("'", "''")}'`).join(', ')})`);
    await client.query(`insert into analytics.${table} values ${values.join(', ')}`);
  }
}

/** Numbers to 12 significant digits: an engine sums in another order than the file profiler (a mean's last bits). */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? value : Number(value.toPrecision(12));
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, each]) => [key, rounded(each)]));
  if (typeof value === 'string') return value.replace(/\d+\.\d{13,}/g, (number) => String(Number(Number(number).toPrecision(12))));
  return value;
}

/** A report with what must differ between a table and its CSV taken out: where the rows came from and what it cost. */
export function comparable(report: Report): unknown {
  return rounded({
    status: report.status,
    datasets: report.datasets.map(({ files: _files, source: _source, cost: _cost, baseline: _baseline, ...rest }) => ({
      ...rest,
      // A date note names the text format the CSV wrote it in (ISO 8601); a typed column has none.
      drift: rest.drift && { ...rest.drift, columns: rest.drift.columns.map((column) => ({ ...column, note: column.note?.replace(/ \((ISO 8601|YYYY-MM-DD)\)$/, '') })) },
    })),
    gates: report.gates.map((gate) => ({ ...gate, examples: gate.examples?.map((example) => example.value) })),
  });
}

/** The engines the customers' tables live in, live: each gives a workspace, its connection line and the env it needs (null: no PostgreSQL here, and not CI). */
export const customerEngines: [string, () => Promise<{ dir: string; connection: string; env: NodeJS.ProcessEnv } | null>][] = [
  ['DuckDB', async () => {
    const dir = customersWorkspace();
    await customersDuckDb(dir);
    return { dir, connection: 'wh: { engine: duckdb, path: wh.duckdb }', env: {} };
  }],
  ['PostgreSQL', async () => {
    const pg = await freshPostgres();
    if (!pg) return null;
    try { await customersPostgres(pg.client); } finally { await pg.client.close(); }
    return { dir: customersWorkspace(), connection: 'wh: { engine: postgres, url: env:WAREHOUSE_URL }', env: { WAREHOUSE_URL: pg.url } };
  }],
];
