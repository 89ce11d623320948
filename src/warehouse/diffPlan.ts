// What a table diff compares, worked out from both sides' catalogs before any row is read: the
// key, the compared columns with their kinds and rules, the columns left out, and the SQL
// fragments every strategy shares (a side's key text and row text).

import { UserError, type Problem } from '../errors.js';
import type { DiffLayout } from '../diff/tally.js';
import type { ColumnRule, DiffOptions, DiffReport } from '../diff/types.js';
import { relationSql, sourceLabel } from './dialect.js';
import { canonicalRow, sharedKinds, type ColumnKind, type TableColumn } from './diffSql.js';
import type { Dialect, SqlClient, TableSource } from './types.js';

export interface TableSide { client: SqlClient; dialect: Dialect; source: TableSource }

export interface PlannedColumn {
  name: string;
  /** Engine kinds, as the catalog of each side says. */
  kinds: { baseline: ColumnKind; current: ColumnKind };
  /** Kinds of the canonical text each side hashes (an integer facing a double hashes as a double). */
  hashKinds: { baseline: ColumnKind; current: ColumnKind };
  rule?: ColumnRule;
}

export interface DiffPlan {
  layout: DiffLayout;
  notCompared: DiffReport['notCompared'];
  key: PlannedColumn[];
  compared: PlannedColumn[];
}

export type SideName = 'baseline' | 'current';

function missingKeys(key: string[], side: SideName, source: TableSource | string, columns: TableColumn[]): Problem[] {
  const names = new Set(columns.map((column) => column.name));
  return key.filter((name) => !names.has(name)).map((name) => ({
    file: typeof source === 'string' ? source : sourceLabel(source),
    message: `the key column ${JSON.stringify(name)} is missing on the ${side} side (its columns: ${columns.map((c) => JSON.stringify(c.name)).join(', ')})`,
  }));
}

/** `sources` name the sides in messages: a table source, or a file's label. */
export function planDiff(options: DiffOptions, sources: Record<SideName, TableSource | string>, columns: Record<SideName, TableColumn[]>): DiffPlan {
  const problems = [
    ...missingKeys(options.key, 'baseline', sources.baseline, columns.baseline),
    ...missingKeys(options.key, 'current', sources.current, columns.current),
  ];
  if (problems.length) throw new UserError(problems);
  const byName = (list: TableColumn[]) => new Map(list.map((column) => [column.name, column]));
  const baseline = byName(columns.baseline);
  const current = byName(columns.current);
  const ignore = new Set(options.ignore ?? []);
  const skip = new Set([...options.key, ...ignore]);
  const planned = (name: string): PlannedColumn => {
    const kinds = { baseline: baseline.get(name)!.kind, current: current.get(name)!.kind };
    const [hb, hc] = sharedKinds(kinds.baseline, kinds.current);
    const rule = options.columns?.[name];
    return { name, kinds, hashKinds: { baseline: hb, current: hc }, ...(rule ? { rule } : {}) };
  };
  const comparedNames = columns.baseline.map((c) => c.name).filter((name) => current.has(name) && !skip.has(name));
  const notCompared = {
    baseline: columns.baseline.map((c) => c.name).filter((name) => !current.has(name) && !skip.has(name)),
    current: columns.current.map((c) => c.name).filter((name) => !baseline.has(name) && !skip.has(name)),
    ignored: [...new Set([...baseline.keys(), ...current.keys()])].filter((name) => ignore.has(name) && !options.key.includes(name)),
  };
  const compared = comparedNames.map(planned);
  return {
    layout: { key: options.key, columns: comparedNames, rules: compared.map((c) => c.rule), examples: options.examples ?? 5 },
    notCompared,
    key: options.key.map(planned),
    compared,
  };
}

/** SQL fragments over one side's relation, columns referred to through `ref` (a quoted name or an alias). */
export function keyText(side: TableSide, which: SideName, key: PlannedColumn[], ref: (column: PlannedColumn, index: number) => string): string {
  return canonicalRow(side.dialect, key.map((column, i) => ({ kind: column.hashKinds[which], expression: ref(column, i) })));
}

export function valuesText(side: TableSide, which: SideName, compared: PlannedColumn[], ref: (column: PlannedColumn, index: number) => string): string {
  return canonicalRow(side.dialect, compared.map((column, i) => ({ kind: column.hashKinds[which], expression: ref(column, i) })));
}

/** A row's whole canonical text: key, `#`, values. Its md5 is the checksum's term and the tie-break among duplicate keys. */
export function rowText(side: TableSide, which: SideName, plan: DiffPlan, keyRef: (c: PlannedColumn, i: number) => string, valueRef: (c: PlannedColumn, i: number) => string): string {
  return `${keyText(side, which, plan.key, keyRef)} || '#' || ${valuesText(side, which, plan.compared, valueRef)}`;
}

export function notNullKeys(side: TableSide, key: PlannedColumn[]): string {
  return key.map((column) => `${side.dialect.quoteIdent(column.name)} IS NOT NULL`).join(' AND ');
}

export function relationOf(side: TableSide): string {
  return relationSql(side.dialect, side.source);
}
