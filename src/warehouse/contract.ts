// A table's contract gates. INTERIM: the rows are pulled back and validated as a file's would be;
// the SQL version (counts of violations and LIMITed examples by query) replaces the body of
// `contractGatesOfTable`, not its shape.

import type { DatasetConfig } from '../config/schema.js';
import { ContractValidator } from '../contract/validator.js';
import { contractGates } from '../gates/contract.js';
import type { Profile } from '../profile/types.js';
import type { Batch, Cell } from '../readers/types.js';
import type { GateResult } from '../report/types.js';
import { relationSql, sourceLabel } from './dialect.js';
import type { QueryCost } from './profile.js';
import type { Dialect, SqlClient, TableSource } from './types.js';

export interface TableContractContext {
  current: Profile;
  baseline: Profile | null;
  now: Date;
}

export async function contractGatesOfTable(
  client: SqlClient, dialect: Dialect, source: TableSource, dataset: DatasetConfig, context: TableContractContext,
): Promise<{ gates: GateResult[]; cost: QueryCost }> {
  const started = Date.now();
  const validator = new ContractValidator(dataset, {});
  const rows = await client.query(`SELECT * FROM ${relationSql(dialect, source)}`);
  if (rows.length > 0) {
    const columns = Object.keys(rows[0]!);
    const data: Cell[][] = columns.map((name) => rows.map((row) => {
      const value = row[name];
      return value === undefined ? null : typeof value === 'bigint' ? Number(value) : value as Cell;
    }));
    const batch: Batch = { columns, data, length: rows.length, firstRow: 1, file: sourceLabel(source) };
    validator.add(batch);
  }
  const gates = contractGates(validator, { current: context.current, baseline: context.baseline, now: context.now });
  return { gates, cost: { queries: 1, rowsScanned: rows.length, ms: Date.now() - started } };
}
