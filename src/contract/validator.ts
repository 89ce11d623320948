// Checks every row of a snapshot against its dataset's contract as batches stream past.
// Memory is fixed per rule (counts and the first few examples), except uniqueness sets.
// Knows nothing of src/gates (a test keeps it so): the gates build on the contract, not back.

import type { DatasetConfig } from '../config/schema.js';
import type { Batch, Cell } from '../readers/types.js';
import type { Profile } from '../profile/types.js';
import type { GateResult } from '../report/types.js';
import { KIND_DATE, KIND_TIMESTAMP, cellTime, classifyRange, makeNullTest, parsedValue } from '../profile/values.js';
import { violated } from '../report/severity.js';
import { profiledNewest } from '../profile/dates.js';
import { ColumnCheck, type ColumnCheckState } from './columnCheck.js';
import { CompoundUniqueCheck, type CompoundUniqueState } from './compoundUnique.js';
import { uniqueSetBuffers } from './uniqueSet.js';
import type { Shift } from './violations.js';
import { requiredColumns, ruleSeverity } from './rules.js';
import { extraColumnsResult } from './extraColumns.js';
import { ColumnGuesser } from './guess.js';
import { CANONICAL, NOT_PARSED } from '../profile/records.js';
import { batchOf, fieldCell, makeNullRangeTest, type FieldBatch } from './fields.js';

export interface ContractOptions {
  /** Extra tokens read as null; defaults to the dataset's `null_values`. */
  nullValues?: string[];
  /** This validator reads one part of a file in a worker: keep what its state needs to merge. */
  track?: boolean;
}

/**
 * A validator's tallies as plain data (structured-cloneable), so the validators of the parts of
 * a file read by worker threads merge into the one that read it whole (`absorb`).
 */
export interface ContractState {
  rows: number;
  seen: string[];
  files: string[];
  headerLine: number | undefined;
  freshness: { present: boolean; newest: number | undefined };
  columns: ColumnCheckState[];
  compound: CompoundUniqueState[];
}

/** The buffers of a part's contract state worth moving between threads: its uniqueness sets'. */
export function contractBuffers(state: ContractState): ArrayBuffer[] {
  const sets = [...state.columns.map((column) => column.unique?.seen), ...state.compound.map((check) => check.seen)];
  return sets.flatMap((set) => (set ? uniqueSetBuffers(set) : []));
}

export interface FinishInput {
  current: Profile;
  baseline: Profile | null;
  now: Date;
}

export class ContractValidator {
  private readonly columns: ColumnCheck[];
  private readonly compound: CompoundUniqueCheck[];
  private readonly isNull: (cell: Cell) => boolean;
  private readonly isNullRange: (text: string, start: number, end: number) => boolean;
  /** Every column name seen in any batch, in first-seen order. */
  private readonly seen = new Set<string>();
  private rows = 0;
  /** Files seen, and the line of the first one's header when it has one. */
  private readonly files = new Set<string>();
  private readonly guesser = new ColumnGuesser();
  private headerLine: number | undefined;
  private readonly freshness = { present: false, newest: undefined as number | undefined };

  constructor(readonly dataset: DatasetConfig, options: ContractOptions = {}) {
    this.isNull = makeNullTest(options.nullValues ?? dataset.null_values ?? []);
    this.isNullRange = makeNullRangeTest(options.nullValues ?? dataset.null_values ?? []);
    const context = (severity: ReturnType<typeof ruleSeverity>) => ({
      dataset: dataset.name, severity, isNull: this.isNull, isNullRange: this.isNullRange, track: options.track,
      tokens: (options.nullValues ?? dataset.null_values ?? []).some((token) => token !== ''),
    });
    this.columns = Object.entries(dataset.schema?.columns ?? {}).map(
      ([name, rule]) => new ColumnCheck(name, rule, context(ruleSeverity(dataset, rule))),
    );
    this.compound = (dataset.unique ?? []).map(
      (key) => new CompoundUniqueCheck(key, context(dataset.schema?.severity ?? 'error')),
    );
  }

  /** Whether any check reads the cells of column `name`; batches may leave the others empty. */
  reads(name: string): boolean {
    return this.columns.some((check) => check.name === name) ||
      this.compound.some((check) => check.columns.includes(name)) ||
      this.dataset.freshness?.column === name;
  }

  add(batch: Batch): void {
    this.addRows(batch);
    for (const check of this.columns) {
      const index = batch.columns.indexOf(check.name);
      check.add(batch, index >= 0 ? batch.data[index] : undefined);
    }
    for (const check of this.compound) check.add(batch);
    if (this.dataset.freshness) this.trackNewest(batch, this.dataset.freshness.column);
  }

  /**
   * `add` of a batch of CSV/TSV field offsets (src/contract/fields.ts): the same tallies as `add`
   * of the string batch it would make. Compound keys read the strings of their columns.
   */
  addFields(batch: FieldBatch): void {
    this.addRows(batch);
    for (const check of this.columns) {
      const index = batch.columns.indexOf(check.name);
      if (index >= 0) check.addFields(batch, index);
      else check.add(batch, undefined);
    }
    if (this.compound.length > 0) {
      const strings = batchOf(batch, this.compound.flatMap((check) => check.columns));
      for (const check of this.compound) check.add(strings);
    }
    if (this.dataset.freshness) this.trackNewestFields(batch, this.dataset.freshness.column);
  }

  /** What every batch tells whatever its form: rows, columns, file, header line. */
  private addRows(batch: Pick<Batch, 'columns' | 'length' | 'lines' | 'firstRow' | 'file'>): void {
    this.rows += batch.length;
    for (const name of batch.columns) this.seen.add(name);
    // A text file whose first data row is past line 1 has a header there (CSV, TSV; not JSON Lines).
    if (this.files.size === 0 && batch.lines && batch.length > 0 && batch.lines[0] > batch.firstRow) this.headerLine = 1;
    this.files.add(batch.file);
  }

  toState(): ContractState {
    return {
      rows: this.rows, seen: [...this.seen], files: [...this.files], headerLine: this.headerLine, freshness: { ...this.freshness },
      columns: this.columns.map((check) => check.toState()), compound: this.compound.map((check) => check.toState()),
    };
  }

  /**
   * Adds the state of the next part of the data, parts in file order (the first one absorbed
   * into a fresh validator): the results are then those of one validator that read every part's
   * rows in turn, with `shift` placing the part's rows and lines in the whole. `last`: no part
   * follows (its unique values are then counted, not kept).
   */
  absorb(state: ContractState, shift: Shift, last: boolean): void {
    if (this.files.size === 0) this.headerLine = state.headerLine;
    this.rows += state.rows;
    for (const name of state.seen) this.seen.add(name);
    for (const file of state.files) this.files.add(file);
    const [file = ''] = state.files;
    const place = { ...shift, file, last };
    this.columns.forEach((check, k) => check.absorb(state.columns[k], place));
    this.compound.forEach((check, k) => check.absorb(state.compound[k], place));
    this.freshness.present ||= state.freshness.present;
    const newest = state.freshness.newest;
    if (newest !== undefined && (this.freshness.newest === undefined || newest > this.freshness.newest)) this.freshness.newest = newest;
  }

  private trackNewest(batch: Batch, column: string): void {
    const index = batch.columns.indexOf(column);
    if (index < 0) return;
    this.freshness.present = true;
    const cells = batch.data[index];
    let newest = this.freshness.newest ?? -Infinity;
    for (let row = 0; row < batch.length; row++) {
      const cell = cells[row];
      if (this.isNull(cell)) continue;
      const time = cellTime(cell);
      if (time !== undefined && time > newest) newest = time;
    }
    if (newest > -Infinity) this.freshness.newest = newest;
  }

  /** `trackNewest` of a batch of field offsets: ISO times read in place. */
  private trackNewestFields(batch: FieldBatch, column: string): void {
    const c = batch.columns.indexOf(column);
    if (c < 0) return;
    this.freshness.present = true;
    const { text } = batch;
    const starts = batch.starts[c];
    const ends = batch.ends[c];
    const format = batch.formats[c];
    // The profiler's parse of the column, where it read it plainly (src/profile/records.ts SharedParse).
    const parse = batch.parse;
    const kinds = format === undefined && parse !== undefined && parse.ready[c] === 1 ? parse.kinds[c] : undefined;
    const values = kinds !== undefined ? parse!.values[c] : undefined;
    let newest = this.freshness.newest ?? -Infinity;
    for (let row = 0; row < batch.length; row++) {
      const end = ends[row];
      let time: number | undefined;
      if (end < 0 || format !== undefined) {
        // Built and missing values, and those of a column with a format, as the string batch has them.
        const cell = fieldCell(batch, c, row);
        if (!this.isNull(cell)) time = cellTime(cell);
      } else {
        const start = starts[row];
        if (this.isNullRange(text, start, end)) continue;
        const shared = kinds !== undefined ? kinds[row] : NOT_PARSED;
        const kind = shared !== NOT_PARSED ? shared & (CANONICAL - 1) : classifyRange(text, start, end);
        if (kind === KIND_DATE || kind === KIND_TIMESTAMP) time = shared !== NOT_PARSED ? values![row] : parsedValue.value;
      }
      if (time !== undefined && time > newest) newest = time;
    }
    if (newest > -Infinity) this.freshness.newest = newest;
  }

  /**
   * The contract's results: per column rule, required and extra columns, compound keys. The row
   * count and freshness gates, which read summaries, come from the gates table
   * (`contractGates` in src/gates/contract.ts gives all of them, in the report's order).
   */
  finish(_input?: Partial<FinishInput>): GateResult[] {
    const results: GateResult[] = [];
    const required = new Set(requiredColumns(this.dataset));
    const checked = new Set<string>();
    for (const check of this.columns) {
      checked.add(check.name);
      const severity = ruleSeverity(this.dataset, check.rule);
      if (!check.present) {
        results.push(this.absent(check.name, required.has(check.name), severity));
        continue;
      }
      if (required.has(check.name)) results.push(this.presentResult(check.name, severity));
      results.push(...check.results(this.rows));
    }
    // Columns required by `schema.required` without rules of their own.
    for (const name of required) {
      if (checked.has(name)) continue;
      const severity = ruleSeverity(this.dataset, undefined);
      results.push(this.seen.has(name) ? this.presentResult(name, severity) : this.absent(name, true, severity));
    }
    const extra = this.extraColumns();
    if (extra) results.push(extra);
    for (const check of this.compound) results.push(check.result());
    return results;
  }

  /**
   * What the freshness gate reads: whether the column was there, and its newest time — the
   * profile's, read as the column decided (dates in other formats than ISO 8601, epoch times),
   * else the newest ISO time the rows held.
   */
  freshnessOf(current: Profile): { present: boolean; newest: number | undefined } {
    const column = this.dataset.freshness ? current.columns.find((each) => each.name === this.dataset.freshness?.column) : undefined;
    return { present: this.freshness.present, newest: profiledNewest(column) ?? this.freshness.newest };
  }

  private presentResult(name: string, severity: 'error' | 'warn'): GateResult {
    const { dataset } = this;
    return {
      id: `${dataset.name}.contract.${name}.required`, kind: 'contract', dataset: dataset.name, column: name,
      status: 'pass', severity, message: `${JSON.stringify(name)} is present`, observed: 'present', expected: 'present',
    };
  }

  /**
   * A contract naming a column the data lacks. Only the data's header can tell, so this is a
   * failed gate rather than a config error; an optional column (`required: false`) is skipped.
   */
  private absent(name: string, isRequired: boolean, severity: 'error' | 'warn'): GateResult {
    const { dataset } = this;
    const where = this.where();
    const [file] = this.files;
    // A text file's header is the line to annotate; row 0 means "the header", not a data row.
    const examples = isRequired && file !== undefined && this.headerLine !== undefined
      ? { examples: [{ row: 0, line: this.headerLine, file, value: [...this.seen].join(',') }] }
      : {};
    return {
      id: `${dataset.name}.contract.${name}.required`, kind: 'contract', dataset: dataset.name, column: name,
      severity,
      status: isRequired ? violated(severity) : 'skip',
      message: (isRequired
        ? `column ${JSON.stringify(name)} is missing from ${where}`
        : `optional column ${JSON.stringify(name)} is absent from ${where}: its rules did not run`) + this.guesser.guess(name, this.seen),
      observed: 'missing', expected: isRequired ? 'present' : 'optional',
      ...examples,
    };
  }

  /** `data/a.csv (columns: id, name)`: where the column was looked for. */
  private where(): string {
    if (this.files.size === 0) return 'the data (no rows read)';
    const [first] = this.files;
    const files = this.files.size === 1 ? first : `${first} and ${this.files.size - 1} more file${this.files.size > 2 ? 's' : ''}`;
    const names = [...this.seen];
    return `${files} (columns: ${names.slice(0, 20).join(', ')}${names.length > 20 ? ', …' : ''})`;
  }

  private extraColumns(): GateResult | undefined {
    return extraColumnsResult(this.dataset, [...this.seen]);
  }

}
