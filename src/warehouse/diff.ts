// The row diff by key of two warehouse tables (#14): the same `diff` report, and the same gates,
// as the file diff (src/diff/) gives for their CSV exports. Both sides on one client: a FULL OUTER
// JOIN in the database (diffJoin.ts). On two engines: checksums of key segments, drilling down
// only where they differ (diffChecksum.ts).

import type { DatasetConfig } from '../config/schema.js';
import { finishDiff } from '../diff/finish.js';
import type { DiffOptions, DiffReport } from '../diff/types.js';
import { UserError } from '../errors.js';
import { evaluateGate } from '../gates/index.js';
import type { GateResult } from '../report/types.js';
import { diffOptionsOf, keyOf } from '../run/diffDataset.js';
import { checksumDiff, checksumDiffOf, statsSql, tableSource as tableChecksumSource, type ChecksumOptions, type ChecksumSource } from './diffChecksum.js';
import { fileSource as fileChecksumSource, type FileSideSpec } from './diffFileSide.js';
import type { TableColumn } from './diffSql.js';
import { readBatches } from '../readers/index.js';
import { sourceLabel } from './dialect.js';
import { columnsOf } from './diffColumns.js';
import { joinCountsSql, joinExamplesSql, tallyOfJoin } from './diffJoin.js';
import { planDiff, type DiffPlan, type SideName, type TableSide } from './diffPlan.js';
import { costSince, metered, snapshot, type QueryCost } from './meter.js';
import type { SqlClient, SqlRow, TableSource } from './types.js';

export type { TableSide } from './diffPlan.js';
export type { FileSideSpec } from './diffFileSide.js';

/** What the diff cost: statements run, rows the engines read, rows that came back to datagate. */
export interface DiffCost extends QueryCost {
  rowsPulled: number;
  strategy: 'join' | 'checksum';
}

export interface TableDiffOptions extends ChecksumOptions {
  /** Diff by checksums even when both sides are on one client (tests, and engines without FULL OUTER JOIN). */
  strategy?: 'join' | 'checksum';
}

/** A side's client whose refusals (permission, timeout, a type it cannot cast) name the side; counted by its meter. */
function labelled(client: SqlClient, label: string): SqlClient {
  return {
    engine: client.engine,
    async query(sql: string): Promise<SqlRow[]> {
      try {
        return await client.query(sql);
      } catch (error) {
        if (error instanceof UserError) throw error;
        const message = error instanceof Error ? error.message : String(error);
        throw new UserError([{ file: label, message: `the row diff's query failed: ${message}` }]);
      }
    },
    close: () => client.close(),
  };
}

/** The report's diff of two table sides by `options.key`, and how much it cost. */
export async function diffTableSides(
  sides: { baseline: TableSide; current: TableSide }, options: DiffOptions, tableOptions: TableDiffOptions = {},
): Promise<{ diff: DiffReport; cost: DiffCost }> {
  // One meter for both sides when they share a client; the cost is what both meters gained.
  const sameClient = sides.baseline.client === sides.current.client;
  const baselineMeter = metered(sides.baseline.client);
  const meters = { baseline: baselineMeter, current: sameClient ? baselineMeter : metered(sides.current.client) };
  const before = { baseline: snapshot(meters.baseline), current: snapshot(meters.current) };
  const spent = (rowsScanned: number): QueryCost => {
    meters.baseline.scanned(rowsScanned);
    const baselineCost = costSince(meters.baseline, before.baseline);
    // Two sides of one dataset from the run's Connections share one cost: count it once.
    if (meters.current.cost === meters.baseline.cost) return baselineCost;
    const currentCost = costSince(meters.current, before.current);
    return { queries: baselineCost.queries + currentCost.queries, rowsScanned: baselineCost.rowsScanned + currentCost.rowsScanned, ms: baselineCost.ms + currentCost.ms };
  };
  const baselineLabel = sourceLabel(sides.baseline.source);
  const currentLabel = sourceLabel(sides.current.source);
  const wrapped = labelled(meters.baseline, sameClient ? `${baselineLabel} and ${currentLabel}` : baselineLabel);
  const baseline: TableSide = { ...sides.baseline, client: wrapped };
  const current: TableSide = { ...sides.current, client: sameClient ? wrapped : labelled(meters.current, currentLabel) };
  // The catalog's own messages already name the side (diffColumns.ts).
  const [baselineColumns, currentColumns] = await Promise.all([
    columnsOf(meters.baseline, baseline.dialect, baseline.source),
    columnsOf(meters.current, current.dialect, current.source),
  ]);
  const plan = planDiff(options, { baseline: baseline.source, current: current.source }, { baseline: baselineColumns, current: currentColumns });
  const strategy = tableOptions.strategy ?? (sameClient ? 'join' : 'checksum');
  if (strategy === 'join') {
    if (!sameClient) throw new Error('an in-database join needs both sides on one client');
    // A pass that counts keys first: a side without duplicate keys need not number its rows.
    const [baselineStats, currentStats] = [(await baseline.client.query(statsSql(baseline, plan)))[0]!, (await current.client.query(statsSql(current, plan)))[0]!];
    const duplicated = (stats: SqlRow) => Number(stats.dg_rows) - Number(stats.dg_null_keys ?? 0) !== Number(stats.dg_keys);
    const duplicates = { baseline: duplicated(baselineStats), current: duplicated(currentStats) };
    const [counts] = await baseline.client.query(joinCountsSql(baseline, current, plan, duplicates));
    const examples = await baseline.client.query(joinExamplesSql(baseline, current, plan, duplicates));
    const tally = tallyOfJoin(plan, { baseline: baselineStats, current: currentStats }, counts!, examples);
    const diff = finishDiff(tally, plan.layout, plan.notCompared);
    const pulled = examples.length + 1;
    return { diff, cost: { ...spent(4 * (diff.rows.baseline + diff.rows.current)), rowsPulled: pulled, strategy } };
  }
  const result = await checksumDiff(baseline, current, plan, tableOptions);
  const diff = finishDiff(result.tally, plan.layout, plan.notCompared);
  // Per side: the stats (two scans), one scan per level, the duplicates, and the pull when there is one.
  const scans = 3 + result.levels + (result.segmentsPulled ? 1 : 0);
  return {
    diff,
    cost: { ...spent(scans * (diff.rows.baseline + diff.rows.current)), rowsPulled: result.rowsPulled, strategy },
  };
}

/** A dataset's row diff between two warehouse sides, with its gates (src/gates/diff.ts). */
export async function diffTables(
  sides: { baseline: TableSide; current: TableSide }, dataset: DatasetConfig, tableOptions: TableDiffOptions = {},
): Promise<{ diff?: DiffReport; gates: GateResult[]; cost: DiffCost }> {
  const key = keyOf(dataset);
  if (!key) return { gates: [], cost: { queries: 0, rowsScanned: 0, rowsPulled: 0, ms: 0, strategy: 'join' } };
  const { diff, cost } = await diffTableSides(sides, diffOptionsOf(dataset, key), tableOptions);
  return { diff, gates: evaluateGate('diff', dataset.diff, { dataset: dataset.name, diff }), cost };
}

/**
 * The diff of a table side and a data file side (#14): the file is hashed here while it streams
 * (diffFileSide.ts), its cells typed toward the table's column kinds, and checksummed against the
 * table's segments as a second engine would be; no second engine, no native module. The result
 * is the file diff of the table's CSV export against the file. `cost` is the table's: its
 * statements, the rows its engine read, the rows it sent back.
 */
export async function diffTableAndFile(
  table: TableSide, file: FileSideSpec, fileSide: SideName, options: DiffOptions, tableOptions: ChecksumOptions = {},
): Promise<{ diff: DiffReport; cost: DiffCost }> {
  const meter = metered(table.client);
  const before = snapshot(meter);
  const tableSide: SideName = fileSide === 'baseline' ? 'current' : 'baseline';
  const wrapped: TableSide = { ...table, client: labelled(meter, sourceLabel(table.source)) };
  const tableColumns = await columnsOf(meter, table.dialect, table.source);
  const opened = readBatches(file.files, file.options, () => {})[Symbol.asyncIterator]();
  const first = await opened.next();
  const firstBatch = first.done ? undefined : first.value;
  // An empty file has no header to go by: its columns are taken to be the table's, as the file diff does.
  const kinds = new Map(tableColumns.map((column) => [column.name, column.kind]));
  const fileColumns: TableColumn[] = firstBatch
    ? firstBatch.columns.map((name) => ({ name, type: 'file', kind: kinds.get(name) ?? 'text' }))
    : tableColumns;
  const labels = { [tableSide]: table.source, [fileSide]: file.label } as Record<SideName, TableSource | string>;
  let fileSource: ReturnType<typeof fileChecksumSource>;
  let plan: DiffPlan;
  try {
    plan = planDiff(options, labels, { [tableSide]: tableColumns, [fileSide]: fileColumns } as Record<SideName, TableColumn[]>);
    fileSource = fileChecksumSource(file, fileSide, plan);
    await fileSource.hash(firstBatch, opened);
  } finally {
    // A key missing in the file (or a read error) leaves the reader open: close its file.
    await opened.return?.(undefined);
  }
  const tableSource = tableChecksumSource(wrapped, tableSide, plan);
  let tablePulled = 0;
  const countedTable: ChecksumSource = {
    ...tableSource,
    pull: async (leaves, add) => {
      const n = await tableSource.pull(leaves, add);
      tablePulled += n;
      return n;
    },
  };
  const sources = { [tableSide]: countedTable, [fileSide]: fileSource } as Record<SideName, ChecksumSource>;
  const result = await checksumDiffOf(sources, plan, tableOptions);
  const diff = finishDiff(result.tally, plan.layout, plan.notCompared);
  // The table: the stats (two scans), one scan per level, the duplicates, and the pull when there is one.
  const scans = 3 + result.levels + (result.segmentsPulled ? 1 : 0);
  meter.scanned(scans * (diff.rows[tableSide] + diff.nullKeys[tableSide]));
  return { diff, cost: { ...costSince(meter, before), rowsPulled: tablePulled, strategy: 'checksum' } };
}

/** A dataset's row diff between a table (current) and a data file (baseline), with its gates. */
export async function diffTableWithFile(
  table: TableSide, file: FileSideSpec, dataset: DatasetConfig, tableOptions: ChecksumOptions = {},
): Promise<{ diff?: DiffReport; gates: GateResult[]; cost: DiffCost }> {
  const key = keyOf(dataset);
  if (!key) return { gates: [], cost: { queries: 0, rowsScanned: 0, rowsPulled: 0, ms: 0, strategy: 'checksum' } };
  const { diff, cost } = await diffTableAndFile(table, file, 'baseline', diffOptionsOf(dataset, key), tableOptions);
  return { diff, gates: evaluateGate('diff', dataset.diff, { dataset: dataset.name, diff }), cost };
}
