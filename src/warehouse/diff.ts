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
import { checksumDiff, statsSql, type ChecksumOptions } from './diffChecksum.js';
import { sourceLabel } from './dialect.js';
import { columnsOf } from './diffColumns.js';
import { joinCountsSql, joinExamplesSql, tallyOfJoin } from './diffJoin.js';
import { planDiff, type TableSide } from './diffPlan.js';
import { costSince, metered, snapshot, type QueryCost } from './meter.js';
import type { SqlClient, SqlRow } from './types.js';

export type { TableSide } from './diffPlan.js';

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
