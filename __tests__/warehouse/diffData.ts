// Real-ish data for the table diff tests: the shipped orders CSV as the baseline, and a current
// side with changes injected (rows removed and added, values changed within and beyond a
// tolerance, a null, a duplicate key, a null key), loaded alike into files, DuckDB and PostgreSQL.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SqlClient } from '../../src/warehouse/types.js';

export const ORDERS = path.resolve('__tests__/fixtures/init/orders.csv');

/** The baseline and current CSVs, written to a temp folder. */
export function orderFiles(): { dir: string; baseline: string; current: string } {
  const lines = readFileSync(ORDERS, 'utf8').trim().split('\n');
  const header = lines[0]!;
  const rows = lines.slice(1).map((line) => line.split(','));
  const current: string[][] = [];
  for (const row of rows) {
    const id = Number(row[0]);
    if (id % 97 === 0) continue; // removed
    const next = [...row];
    if (id % 50 === 3) next[3] = String(Number(next[3]) + 1); // amount +1
    if (id % 71 === 5) next[11] = next[11] === 'west' ? 'east' : 'west'; // region
    if (id % 83 === 1) next[5] = ''; // discount now null
    if (id % 45 === 2) next[10] = (Number(next[10]) + 0.001).toFixed(3); // balance within a tolerance of 0.01
    if (id % 120 === 7) next[12] = 'a|b:c "quoted"'; // a note with separators
    current.push(next);
    if (id === 1010) current.push([...next]); // a duplicate key, same row
  }
  for (let i = 1; i <= 5; i++) current.push([String(9000 + i), `added-${i}`, '2026-03-01', String(10 * i), '1', '0.1', '0', '10.5', '50', '3', '12.25', 'north', '']);
  current.push(['', 'no-key', '2026-03-02', '1', '1', '0.1', '0', '10.5', '50', '3', '1.25', 'north', '']);
  const dir = mkdtempSync(path.join(tmpdir(), 'datagate-tdiff-'));
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  const write = (name: string, body: string[][]) => {
    const file = path.join(dir, name);
    writeFileSync(file, [header, ...body.map((row) => row.map(quote).join(','))].join('\n') + '\n');
    return file;
  };
  return { dir, baseline: write('baseline.csv', rows), current: write('current.csv', current) };
}

const PG_TYPES: Record<string, string> = { BIGINT: 'bigint', INTEGER: 'integer', DOUBLE: 'double precision', DATE: 'date', VARCHAR: 'text', UUID: 'text', BOOLEAN: 'boolean', TIMESTAMP: 'timestamp' };

/** Loads a CSV into a DuckDB table (types as DuckDB detects them). */
export async function csvIntoDuckDb(duck: SqlClient, table: string, file: string): Promise<void> {
  await duck.query(`CREATE TABLE ${table} AS SELECT * FROM read_csv('${file.replaceAll("'", "''")}', header = true)`);
}

/** Copies a DuckDB table into PostgreSQL with the same types (values go as text literals). */
export async function duckDbIntoPostgres(duck: SqlClient, from: string, pg: SqlClient, to: string): Promise<void> {
  const columns = await duck.query(`DESCRIBE ${from}`);
  const definitions = columns.map((c) => `"${String(c.column_name).replaceAll('"', '""')}" ${PG_TYPES[String(c.column_type)] ?? 'text'}`);
  await pg.query(`CREATE TABLE ${to} (${definitions.join(', ')})`);
  const selected = columns.map((c) => `CAST("${String(c.column_name).replaceAll('"', '""')}" AS VARCHAR) AS c${columns.indexOf(c)}`);
  const rows = await duck.query(`SELECT ${selected.join(', ')} FROM ${from}`);
  for (let i = 0; i < rows.length; i += 200) {
    const values = rows.slice(i, i + 200).map((row) => `(${columns.map((_, c) => {
      const value = row[`c${c}`];
      return value === null ? 'NULL' : `'${String(value).replaceAll("'", "''")}'`;
    }).join(', ')})`);
    await pg.query(`INSERT INTO ${to} VALUES ${values.join(', ')}`);
  }
}
