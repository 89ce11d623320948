// Rows of a small CSV/TSV file as records of text, through the shared streaming readers.

import { UserError } from '../../errors.js';
import { readBatches } from '../../readers/index.js';
import type { Cell } from '../../readers/index.js';
import { cellText } from '../../profile/values.js';

export interface TextTable {
  columns: string[];
  rows: { row: number; line?: number; cells: Record<string, string> }[];
}

/** The whole file in memory: only for files of metrics, a handful of rows. */
export async function readTextTable(file: string, source: string, format: 'csv' | 'tsv'): Promise<TextTable> {
  const table: TextTable = { columns: [], rows: [] };
  try {
    for await (const batch of readBatches([file], { format }, () => undefined)) {
      for (const name of batch.columns) if (!table.columns.includes(name)) table.columns.push(name);
      for (let r = 0; r < batch.length; r++) {
        const cells: Record<string, string> = {};
        batch.columns.forEach((name, c) => { cells[name] = cellText(batch.data[c][r] as Cell); });
        table.rows.push({ row: batch.firstRow + r, line: batch.lines?.[r], cells });
      }
    }
  } catch (error) {
    // The readers name the absolute path; say the file as the user wrote it.
    if (error instanceof UserError) throw new UserError(error.problems.map((problem) => ({ ...problem, file: source })));
    throw error;
  }
  return table;
}
