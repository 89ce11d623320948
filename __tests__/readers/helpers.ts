// Test helpers: read files through readBatches into plain rows and collected issues.

import { readBatches } from '../../src/readers/index.js';
import type { Batch, Cell, ReadIssue, ReadOptions } from '../../src/readers/types.js';

export interface ReadResult {
  rows: Record<string, Cell>[];
  batches: Batch[];
  issues: ReadIssue[];
  lines: number[];
}

export async function readAll(files: string[], options: ReadOptions = {}): Promise<ReadResult> {
  const result: ReadResult = { rows: [], batches: [], issues: [], lines: [] };
  for await (const batch of readBatches(files, options, (issue) => result.issues.push(issue))) {
    result.batches.push(batch);
    for (let r = 0; r < batch.length; r++) {
      const row: Record<string, Cell> = {};
      batch.columns.forEach((name, c) => { row[name] = batch.data[c][r]; });
      result.rows.push(row);
      if (batch.lines) result.lines.push(batch.lines[r]);
    }
  }
  return result;
}

/** The error a promise rejects with, or undefined. */
export async function errorOf(promise: Promise<unknown>): Promise<Error | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error as Error;
  }
}
