// Schema diff of two profiles: added, removed, retyped, renamed and newly nullable columns (by
// their nulls, or by a table catalog's NOT NULL on both sides), and order changes, each classified breaking or not the way data-contract tools do (a consumer
// written against the baseline keeps working after a non-breaking change).

import type { DatasetConfig } from '../config/schema.js';
import type { ColumnProfile, ColumnType, Profile } from '../profile/types.js';
import type { SchemaDiff } from '../report/types.js';
import { probableRenames } from './renames.js';

/** Type changes that only widen what a value may be; every other change narrows or breaks. */
const WIDENINGS = new Set(['integer→number', 'date→timestamp']);

export function isWidening(from: ColumnType, to: ColumnType): boolean {
  return WIDENINGS.has(`${from}→${to}`);
}

/**
 * A type observed narrower than the baseline's (integers in a number column: no value of this
 * snapshot happened to have a decimal) is sampling, not a change: every value still fits.
 */
export function isObservedNarrower(from: ColumnType, to: ColumnType): boolean {
  return WIDENINGS.has(`${to}→${from}`);
}

/**
 * Compare the columns of two profiles. `contract` (the dataset's `schema` config), when given,
 * refines the classification: a newly nullable column is breaking only where the contract
 * declares `nullable: false`, and an added column is breaking when the contract forbids extra columns.
 */
export function diffSchema(baseline: Profile, current: Profile, contract?: DatasetConfig['schema']): SchemaDiff {
  const baselineByName = new Map(baseline.columns.map((column) => [column.name, column]));
  const currentByName = new Map(current.columns.map((column) => [column.name, column]));
  const removedColumns = baseline.columns.filter((column) => !currentByName.has(column.name));
  const addedColumns = current.columns.filter((column) => !baselineByName.has(column.name));
  const renames = probableRenames(baseline, current, removedColumns, addedColumns);
  const renamedFrom = new Set(renames.map((rename) => rename.from.name));
  const renamedTo = new Set(renames.map((rename) => rename.to.name));
  const extraColumnsBreak = contract?.allow_extra_columns === false;

  const diff: SchemaDiff = {
    added: addedColumns
      .filter((column) => !renamedTo.has(column.name))
      .map((column) => ({ name: column.name, type: column.type, breaking: extraColumnsBreak })),
    removed: removedColumns
      .filter((column) => !renamedFrom.has(column.name))
      .map((column) => ({ name: column.name, type: column.type, breaking: true })),
    changed: [],
    // A rename breaks every consumer that selects the column by its old name.
    renamed: renames.map((rename) => ({ from: rename.from.name, to: rename.to.name, type: rename.to.type, breaking: true })),
    nullability: [],
    reordered: false,
  };

  const pairs: [ColumnProfile, ColumnProfile][] = [];
  for (const column of baseline.columns) {
    const other = currentByName.get(column.name);
    if (other) pairs.push([column, other]);
  }
  for (const rename of renames) pairs.push([rename.from, rename.to]);
  for (const [before, after] of pairs) {
    if (before.type !== after.type && before.name === after.name && !isObservedNarrower(before.type, after.type)) {
      diff.changed.push({ name: after.name, from: before.type, to: after.type, breaking: !isWidening(before.type, after.type) });
    }
    const declaredNotNullable = contract?.columns?.[after.name]?.nullable === false;
    if (before.declaredNullable !== undefined && after.declaredNullable !== undefined && before.declaredNullable !== after.declaredNullable) {
      // Both sides are tables whose catalogs say: a NOT NULL constraint added or dropped. Dropped is
      // what nulls appearing is for files (breaking only where the contract promised none), but
      // said before any null arrives; the rows' nulls are then not reported again.
      diff.nullability.push({
        name: after.name, from: before.declaredNullable, to: after.declaredNullable, breaking: after.declaredNullable && declaredNotNullable, declared: true,
      });
      continue;
    }
    const wasNullable = before.nulls > 0;
    const isNullable = after.nulls > 0;
    if (wasNullable !== isNullable) {
      // Nulls appearing is a null-rate question (the drift gate's null check); it breaks a
      // consumer only where the contract promised there would be none.
      diff.nullability.push({ name: after.name, from: wasNullable, to: isNullable, breaking: isNullable && declaredNotNullable });
    }
  }

  // Order: the shared columns (renamed ones under their new name) in baseline vs current order.
  const renameOf = new Map(renames.map((rename) => [rename.from.name, rename.to.name]));
  const shared = new Set([...baselineByName.keys()].filter((name) => currentByName.has(name)).concat([...renameOf.values()]));
  const baselineOrder = baseline.columns.map((column) => renameOf.get(column.name) ?? column.name).filter((name) => shared.has(name));
  const currentOrder = current.columns.map((column) => column.name).filter((name) => shared.has(name));
  diff.reordered = baselineOrder.some((name, index) => currentOrder[index] !== name);
  return diff;
}

/** True when any change is breaking. */
export function hasBreakingChange(diff: SchemaDiff): boolean {
  return [diff.added, diff.removed, diff.changed, diff.renamed, diff.nullability].some((changes) => changes.some((change) => change.breaking));
}
