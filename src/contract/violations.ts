// A tally of offending rows: a count and the first few rows, so a million bad rows cost no memory.

import type { Batch } from '../readers/types.js';
import type { Example } from '../report/types.js';
import { detach } from './detach.js';

export const MAX_EXAMPLES = 5;
/** Long values are cut in examples; the report shows them, it does not archive them. */
const MAX_EXAMPLE_LENGTH = 200;

/** Where a part of a file starts in the whole: rows and lines before it (src/contract/state.ts). */
export interface Shift { rows: number; lines: number }

/** Where a batch's rows are: a string batch or a batch of field offsets (src/contract/fields.ts). */
export type RowsAt = Pick<Batch, 'firstRow' | 'lines' | 'file'>;

/** A Violations tally as plain data, to cross a worker thread. */
export interface ViolationsState { count: number; examples: Example[] }

/** An example of a part moved to its place in the whole file. */
export function shifted(example: Example, shift: Shift): Example {
  return { ...example, row: example.row + shift.rows, ...(example.line !== undefined ? { line: example.line + shift.lines } : {}) };
}

export class Violations {
  count = 0;
  readonly examples: Example[] = [];

  /** Records row `index` of `batch` with the offending value as text. */
  add(batch: RowsAt, index: number, value: string): void {
    const line = batch.lines?.[index];
    this.record(() => ({ row: batch.firstRow + index, ...(line !== undefined ? { line } : {}), file: batch.file, value }));
  }

  /** `add` of the value text[start, end), which becomes a string only for an example. */
  addRange(batch: RowsAt, index: number, text: string, start: number, end: number): void {
    if (this.examples.length >= MAX_EXAMPLES) {
      this.count++;
      return;
    }
    this.add(batch, index, text.slice(start, end));
  }

  /** Counts one offence; the example is only built while fewer than MAX_EXAMPLES are kept. */
  record(example: () => Example): void {
    this.count++;
    if (this.examples.length >= MAX_EXAMPLES) return;
    const { value, ...where } = example();
    this.examples.push({ ...where, value: detach(value.length > MAX_EXAMPLE_LENGTH ? value.slice(0, MAX_EXAMPLE_LENGTH) + '…' : value) });
  }

  /**
   * Counts one offence at `row` when offences arrive out of row order: the examples kept are
   * those of the lowest rows.
   */
  recordByRow(row: number, example: () => Example): void {
    const examples = this.examples;
    if (examples.length >= MAX_EXAMPLES) {
      if (row >= examples[examples.length - 1].row) {
        this.count++;
        return;
      }
      examples.pop();
    }
    this.record(example);
    examples.sort((a, b) => a.row - b.row);
  }

  toState(): ViolationsState {
    return { count: this.count, examples: this.examples };
  }

  /** Adds the tally of a later part of the data: counts add up, examples stay in row order. */
  absorb(state: ViolationsState, shift: Shift): void {
    this.count += state.count;
    for (const example of state.examples) {
      if (this.examples.length >= MAX_EXAMPLES) break;
      this.examples.push(shifted(example, shift));
    }
  }
}
