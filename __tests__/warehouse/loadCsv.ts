// Loads a CSV into an engine's table, typed as the file profile reads each column, by INSERTs
// of literals cast to the type (the engine parses the same text the file profiler parsed).

import { readBatches } from '../../src/readers/index.js';
import type { Profile } from '../../src/profile/types.js';
import type { Dialect, SqlClient } from '../../src/warehouse/types.js';

const SQL_TYPES: Record<string, string> = {
  integer: 'BIGINT', number: 'DOUBLE PRECISION', boolean: 'BOOLEAN', date: 'DATE', timestamp: 'TIMESTAMP', string: 'TEXT',
};

/** Creates `table` with the file profile's column types and inserts the CSV's rows (all, or those `keep` accepts). */
export async function loadCsv(client: SqlClient, dialect: Dialect, table: string, file: string, profile: Profile, keep: (row: Record<string, string>) => boolean = () => true): Promise<number> {
  const types = new Map(profile.columns.map((column) => [column.name, SQL_TYPES[column.type] ?? 'TEXT']));
  let created = false;
  let loaded = 0;
  for await (const batch of readBatches([file], {}, () => undefined)) {
    if (!created) {
      const columns = batch.columns.map((name) => `${dialect.quoteIdent(name)} ${types.get(name) ?? 'TEXT'}`);
      await client.query(`CREATE TABLE ${dialect.quoteTable(table)} (${columns.join(', ')})`);
      created = true;
    }
    const rows: string[] = [];
    for (let r = 0; r < batch.length; r++) {
      const record = Object.fromEntries(batch.columns.map((name, c) => [name, String(batch.data[c][r] ?? '')]));
      if (!keep(record)) continue;
      rows.push(`(${batch.columns.map((name) => {
        const text = record[name];
        return text === '' ? 'NULL' : `CAST(${dialect.literal(text)} AS ${types.get(name) ?? 'TEXT'})`;
      }).join(', ')})`);
    }
    for (let start = 0; start < rows.length; start += 500) {
      await client.query(`INSERT INTO ${dialect.quoteTable(table)} VALUES ${rows.slice(start, start + 500).join(', ')}`);
    }
    loaded += rows.length;
  }
  return loaded;
}
