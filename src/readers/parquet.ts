// Parquet via hyparquet, one row group at a time, so memory is bounded by the largest row group
// (or, column by column, by its largest column).
// Nested columns (lists, maps, structs) are reported as issues and skipped.

import { promises as fs } from 'node:fs';
import { parquetMetadataAsync, parquetRead, parquetSchema } from 'hyparquet';
import type { AsyncBuffer, FileMetaData } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { UserError } from '../errors.js';
import { readFailure } from './text.js';
import type { Batch, Cell, ReadIssue } from './types.js';

/** A file as hyparquet's AsyncBuffer, reading byte ranges through one open handle. */
async function openParquet(file: string): Promise<{ buffer: AsyncBuffer; close: () => Promise<void> }> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    throw readFailure(file, error);
  }
  const { size } = await handle.stat();
  const buffer: AsyncBuffer = {
    byteLength: size,
    async slice(start: number, end?: number): Promise<ArrayBuffer> {
      const stop = Math.min(end ?? size, size);
      const bytes = new Uint8Array(Math.max(0, stop - start));
      let done = 0;
      while (done < bytes.length) {
        const { bytesRead } = await handle.read(bytes, done, bytes.length - done, start + done);
        if (bytesRead === 0) break;
        done += bytesRead;
      }
      return bytes.buffer;
    },
  };
  return { buffer, close: () => handle.close() };
}

function corrupt(file: string, error: unknown, row?: number): UserError {
  const detail = error instanceof Error ? error.message : String(error);
  return new UserError([{ file, row, message: `not a readable Parquet file (corrupt or truncated?): ${detail}` }]);
}

// DATE columns as ISO dates, so they profile as `date` rather than timestamps at midnight.
const parsers = {
  dateFromDays: (days: number): string => new Date(days * 86_400_000).toISOString().slice(0, 10),
};

/** One column of a row group as a plain array: the decoded chunk itself when it is one already. */
function columnOf(parts: { rowStart: number; values: ArrayLike<unknown> }[], rows: number): Cell[] {
  if (parts.length === 1 && parts[0].rowStart === 0 && parts[0].values.length === rows && Array.isArray(parts[0].values)) {
    return parts[0].values as Cell[];
  }
  const column = new Array<Cell>(rows).fill(null);
  for (const { rowStart, values } of parts) {
    for (let i = 0; i < values.length; i++) {
      const r = rowStart + i;
      if (r >= 0 && r < rows) column[r] = values[i] as Cell;
    }
  }
  return column;
}

interface ParquetLayout {
  metadata: FileMetaData;
  /** The flat (profilable) columns, in file order. */
  flat: string[];
}

/** Metadata and flat columns; nested ones are reported as issues. */
async function layoutOf(buffer: AsyncBuffer, file: string, onIssue: (issue: ReadIssue) => void): Promise<ParquetLayout> {
  if (buffer.byteLength === 0) throw new UserError([{ file, message: 'empty file' }]);
  try {
    const metadata = await parquetMetadataAsync(buffer);
    const tree = parquetSchema(metadata);
    const flat: string[] = [];
    for (const child of tree.children) {
      if (child.children.length > 0) {
        onIssue({ kind: 'nested_column', file, message: `column "${child.element.name}" is nested (list, map or struct); not profiled` });
      } else flat.push(child.element.name);
    }
    return { metadata, flat };
  } catch (error) {
    throw corrupt(file, error);
  }
}

/** The decoded cells of `columns` over rows [rowStart, rowEnd) of the file, one array per column. */
async function readColumns(buffer: AsyncBuffer, layout: ParquetLayout, columns: string[], rowStart: number, rowEnd: number): Promise<Cell[][]> {
  const rows = rowEnd - rowStart;
  const chunks: { rowStart: number; values: ArrayLike<unknown> }[][] = columns.map(() => []);
  const position = new Map(columns.map((name, index) => [name, index]));
  await parquetRead({
    file: buffer, metadata: layout.metadata, columns, rowStart, rowEnd,
    compressors, parsers, rowFormat: 'array',
    onChunk: ({ columnName, columnData, rowStart: chunkStart }) => {
      const c = position.get(columnName);
      if (c !== undefined) chunks[c].push({ rowStart: chunkStart - rowStart, values: columnData });
    },
  });
  return chunks.map((parts) => columnOf(parts, rows));
}

export async function* readParquet(file: string, firstRow: number, onIssue: (issue: ReadIssue) => void): AsyncGenerator<Batch> {
  const { buffer, close } = await openParquet(file);
  try {
    const layout = await layoutOf(buffer, file, onIssue);
    const { flat } = layout;
    let groupStart = 0;
    let row = firstRow;
    for (const group of layout.metadata.row_groups) {
      const groupRows = Number(group.num_rows);
      if (groupRows > 0) {
        let data: Cell[][] = [];
        if (flat.length > 0) {
          try {
            data = await readColumns(buffer, layout, flat, groupStart, groupStart + groupRows);
          } catch (error) {
            throw corrupt(file, error, row);
          }
        }
        yield { columns: flat, data, length: groupRows, firstRow: row, file };
        row += groupRows;
      }
      groupStart += groupRows;
    }
  } finally {
    await close();
  }
}

/** One column of one row group (`readParquetColumns`), or the end of that row group. */
export type ColumnPart =
  | { kind: 'column'; name: string; cells: Cell[]; length: number }
  | { kind: 'rows'; length: number };

/**
 * The file column by column within each row group: every column of a group, then a `rows`
 * part. Only one decoded column is alive at a time, where a row-group batch holds all of
 * them (≈ 100 MB of JS values for 125k rows of 12 columns, which V8 lets the heap grow to
 * several times before collecting). For consumers that need no whole rows: the profiler.
 */
export async function* readParquetColumns(file: string, firstRow: number, onIssue: (issue: ReadIssue) => void): AsyncGenerator<ColumnPart> {
  const { buffer, close } = await openParquet(file);
  try {
    const layout = await layoutOf(buffer, file, onIssue);
    let groupStart = 0;
    let row = firstRow;
    for (const group of layout.metadata.row_groups) {
      const groupRows = Number(group.num_rows);
      if (groupRows === 0) continue;
      for (const name of layout.flat) {
        let cells: Cell[];
        try {
          [cells] = await readColumns(buffer, layout, [name], groupStart, groupStart + groupRows);
        } catch (error) {
          throw corrupt(file, error, row);
        }
        yield { kind: 'column', name, cells, length: groupRows };
      }
      yield { kind: 'rows', length: groupRows };
      row += groupRows;
      groupStart += groupRows;
    }
  } finally {
    await close();
  }
}
