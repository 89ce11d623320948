// Builds a columnar batch from row objects (JSON readers): columns appear as keys are first seen.

import type { Batch, Cell } from './types.js';

export class RowBatchBuilder {
  private columns: string[] = [];
  private index = new Map<string, number>();
  private data: Cell[][] = [];
  private lines: number[] = [];
  private length = 0;

  constructor(private readonly file: string) {}

  get size(): number {
    return this.length;
  }

  add(row: Record<string, unknown>, line: number): void {
    const r = this.length;
    for (const key in row) {
      let c = this.index.get(key);
      if (c === undefined) {
        c = this.columns.length;
        this.columns.push(key);
        this.index.set(key, c);
        // Earlier rows of this batch lacked the key: they read as null.
        this.data.push(new Array<Cell>(r).fill(null));
      }
      const column = this.data[c];
      // A key repeated in one object: the last value wins, as JSON.parse does.
      if (column.length > r) column[r] = row[key] as Cell;
      else column.push(row[key] as Cell);
    }
    this.length++;
    for (const column of this.data) if (column.length < this.length) column.push(null);
    this.lines.push(line);
  }

  /** The batch so far (or undefined when empty); the builder starts a new one, keeping the columns. */
  take(firstRow: number): Batch | undefined {
    if (this.length === 0) return undefined;
    const batch: Batch = { columns: this.columns.slice(), data: this.data, length: this.length, firstRow, lines: this.lines, file: this.file };
    this.data = this.columns.map(() => []);
    this.lines = [];
    this.length = 0;
    return batch;
  }
}
