// A tally of offending rows: a count and the first few rows, so a million bad rows cost no memory.

import type { Batch } from '../readers/types.js';
import type { Example } from '../report/types.js';
import { detach } from './detach.js';

export const MAX_EXAMPLES = 5;
/** Long values are cut in examples; the report shows them, it does not archive them. */
const MAX_EXAMPLE_LENGTH = 200;

export class Violations {
  count = 0;
  readonly examples: Example[] = [];

  /** Records row `index` of `batch` with the offending value as text. */
  add(batch: Batch, index: number, value: string): void {
    const line = batch.lines?.[index];
    this.record(() => ({ row: batch.firstRow + index, ...(line !== undefined ? { line } : {}), file: batch.file, value }));
  }

  /** Counts one offence; the example is only built while fewer than MAX_EXAMPLES are kept. */
  record(example: () => Example): void {
    this.count++;
    if (this.examples.length >= MAX_EXAMPLES) return;
    const { value, ...where } = example();
    this.examples.push({ ...where, value: detach(value.length > MAX_EXAMPLE_LENGTH ? value.slice(0, MAX_EXAMPLE_LENGTH) + '…' : value) });
  }
}
