// Loads rows into a live engine as a warehouse table would hold them (typed columns, empty cells as
// NULL), and reads a CSV fixture as the file path does, so the two paths can be compared.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBatches, type Batch, type Cell } from '../../src/readers/index.js';
import { dialectOf } from '../../src/warehouse/dialect.js';
import type { SqlClient } from '../../src/warehouse/types.js';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'warehouse');

export type SqlType = 'integer' | 'double' | 'text' | 'date' | 'boolean' | 'timestamp';

const TYPES: Record<'postgres' | 'duckdb', Record<SqlType, string>> = {
  postgres: { integer: 'INTEGER', double: 'DOUBLE PRECISION', text: 'TEXT', date: 'DATE', boolean: 'BOOLEAN', timestamp: 'TIMESTAMP' },
  duckdb: { integer: 'INTEGER', double: 'DOUBLE', text: 'VARCHAR', date: 'DATE', boolean: 'BOOLEAN', timestamp: 'TIMESTAMP' },
};

/** Every batch of a CSV, as the file path reads it. */
export async function csvBatches(file: string): Promise<Batch[]> {
  const batches: Batch[] = [];
  for await (const batch of readBatches([file], {}, () => undefined)) batches.push(batch);
  return batches;
}

/** The rows of batches as text cells (a CSV's cells are strings). */
export function rowsOf(batches: Batch[]): { columns: string[]; rows: Cell[][] } {
  const columns = batches[0]!.columns;
  const rows = batches.flatMap((batch) => Array.from({ length: batch.length }, (_, r) => columns.map((_, c) => batch.data[c]![r] ?? null)));
  return { columns, rows };
}

/** CREATE TABLE and INSERT: an empty cell is NULL, every value a literal of its column's type. */
export async function loadTable(
  client: SqlClient, table: string, columns: { name: string; type: SqlType }[], rows: Cell[][],
): Promise<void> {
  const engine = client.engine as 'postgres' | 'duckdb';
  const dialect = dialectOf(engine);
  const definition = columns.map((column) => `${dialect.quoteIdent(column.name)} ${TYPES[engine][column.type]}`).join(', ');
  await client.query(`CREATE TABLE ${dialect.quoteTable(table)} (${definition})`);
  if (rows.length === 0) return;
  const values = rows.map((row) => `(${columns.map((column, index) => {
    const cell = row[index];
    if (cell === null || cell === undefined || cell === '') return 'NULL';
    const text = String(cell);
    return column.type === 'text' ? dialect.literal(text) : `CAST(${dialect.literal(text)} AS ${TYPES[engine][column.type]})`;
  }).join(', ')})`);
  await client.query(`INSERT INTO ${dialect.quoteTable(table)} VALUES ${values.join(', ')}`);
}
