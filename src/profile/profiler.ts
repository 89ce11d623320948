// Streams batches into per-column accumulators and finishes them into a Profile; merges profiles.

import { UserError } from '../errors.js';
import type { Batch, Cell } from '../readers/types.js';
import { ColumnAccumulator } from './column.js';
import { ExactBudget, ExactValues, attachExactValues, mergeExactValues } from './exact.js';
import type { ValueFormat } from './formats.js';
import type { NestedType } from './nested.js';
import type { ColumnState } from './state.js';
import { resolveType, summarise } from './summary.js';
import type { ColumnProfile, Profile } from './types.js';

export interface ProfilerOptions {
  /** Text read as null besides the empty field. */
  nullValues?: string[];
  /**
   * Keep every numeric value in memory (within the budget of src/profile/exact.ts) for exact
   * drift statistics in this run; `true` for the whole budget, a number for a budget of that many values.
   */
  exact?: boolean | number;
}

export class Profiler {
  private readonly columns = new Map<string, ColumnAccumulator>();
  private readonly nullTokens: Set<string> | undefined;
  private rows = 0;
  private readonly exactBudget: ExactBudget | undefined;
  private formats: ReadonlyMap<string, ValueFormat> = new Map();

  constructor(options: ProfilerOptions = {}) {
    this.nullTokens = options.nullValues && options.nullValues.length > 0 ? new Set(options.nullValues) : undefined;
    if (options.exact !== undefined && options.exact !== false) this.exactBudget = options.exact === true ? new ExactBudget() : new ExactBudget(options.exact);
  }

  add(batch: Batch): void {
    for (let c = 0; c < batch.columns.length; c++) this.addColumn(batch.columns[c], batch.data[c], batch.length);
    if (batch.nested) for (const [name, type] of Object.entries(batch.nested)) this.declareNested(name, type);
    this.endRows(batch.length);
  }

  /**
   * One column of the next `length` rows, for readers that go column by column (Parquet);
   * call `endRows(length)` once every column of those rows is in.
   */
  addColumn(name: string, cells: ArrayLike<Cell>, length: number): void {
    this.column(name).addCells(cells, length);
  }

  /** The accumulators of `names`, for readers that feed cells themselves (src/profile/records.ts). */
  columnsNamed(names: string[]): ColumnAccumulator[] {
    return names.map((name) => this.column(name));
  }

  /**
   * How the text of the next rows' columns reads (src/profile/formats.ts), by column name; a
   * column not named reads plainly. Set before each CSV file, from its first lines.
   */
  useFormats(formats: ReadonlyMap<string, ValueFormat> | Record<string, ValueFormat>): void {
    this.formats = formats instanceof Map ? formats : new Map(Object.entries(formats));
    for (const column of this.columns.values()) column.format = this.formats.get(column.name);
  }

  /** A nested column (Parquet list, struct, map) by its schema, so that one of nulls only keeps its type. */
  declareNested(name: string, type: NestedType): void {
    this.column(name).nested ??= { type, lengths: { n: 0, min: 0, max: 0, sum: 0 } };
  }

  private column(name: string): ColumnAccumulator {
    let column = this.columns.get(name);
    if (!column) {
      column = new ColumnAccumulator(name, this.nullTokens);
      if (this.exactBudget) column.exact = new ExactValues(this.exactBudget);
      column.addMissing(this.rows);
      column.format = this.formats.get(name);
      this.columns.set(name, column);
    }
    return column;
  }

  /** Ends `length` rows: a column that got no cells for them reads as null there. */
  endRows(length: number): void {
    this.rows += length;
    for (const column of this.columns.values()) {
      const missing = this.rows - column.count - column.nulls;
      if (missing > 0) column.addMissing(missing);
    }
  }

  /**
   * The profile. `summaries: false` gives each column its state, counts and kind-resolved type
   * only: what a merge reads (a part of a file, src/profile/part.ts), whose summary, top values
   * and quantiles would be made only to be thrown away; the merged profile is summarised once.
   */
  finish(summaries = true): Profile {
    const columns = [...this.columns.values()].map((column) => {
      const state = column.toState();
      const profile: ColumnProfile = summaries ? summarise(column.name, state) : { name: column.name, type: resolveType(state.kinds).type, count: state.count, nulls: state.nulls, state };
      const exact = column.exact?.toArray();
      if (exact) attachExactValues(profile, exact);
      return profile;
    });
    return { version: 1, rows: this.rows, columns };
  }
}

function stateOf(column: ColumnProfile): ColumnState {
  if (column.state === undefined) {
    throw new UserError(`column "${column.name}" of the profile has no sketch state (made by another tool?), so it cannot be merged`);
  }
  return column.state as ColumnState;
}

/** The profile of the union of the two snapshots the profiles summarise. */
/**
 * A merged column's declared nullability (tables' catalogs): NOT NULL only where both sides
 * have the column and declare it so; nullable where both declare and one allows nulls; none
 * where a side declares nothing (a file) or lacks the column (its rows add nulls).
 */
function mergeDeclared(merged: Profile, a: Profile, b: Profile): void {
  const declared = (side: Profile): Map<string, boolean | undefined> => new Map(side.columns.map((column) => [column.name, column.declaredNullable]));
  const [before, after] = [declared(a), declared(b)];
  for (const column of merged.columns) {
    const [x, y] = [before.get(column.name), after.get(column.name)];
    if (x !== undefined && y !== undefined) column.declaredNullable = x || y;
  }
}

/** `consume`: a and b are not read again (a file's parts), so their exact values may be merged in place. */
export function mergeProfiles(a: Profile, b: Profile, consume = false): Profile {
  const merged = new Map<string, ColumnAccumulator>();
  for (const column of a.columns) {
    const accumulator = ColumnAccumulator.fromState(column.name, stateOf(column));
    accumulator.addMissing(b.rows);
    merged.set(column.name, accumulator);
  }
  for (const column of b.columns) {
    const other = ColumnAccumulator.fromState(column.name, stateOf(column));
    const mine = merged.get(column.name);
    if (mine) {
      // Undo the placeholder nulls: this column exists on both sides.
      mine.nulls -= b.rows;
      mine.merge(other);
    } else {
      other.addMissing(a.rows);
      merged.set(column.name, other);
    }
  }
  const profile: Profile = {
    version: 1,
    rows: a.rows + b.rows,
    columns: [...merged.values()].map((column) => summarise(column.name, column.toState())),
  };
  const delimiter = a.delimiter ?? b.delimiter;
  if (delimiter !== undefined) profile.delimiter = delimiter;
  if (a.source || b.source) profile.source = [...(a.source ?? []), ...(b.source ?? [])];
  mergeDeclared(profile, a, b);
  mergeExactValues(a, b, profile, consume);
  return profile;
}
