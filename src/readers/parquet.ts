// Parquet via hyparquet, one row group at a time, so memory is bounded by the largest row group
// (or, column by column, by its largest column).
// Nested columns (lists, maps, structs) are read whole per row group, as `NestedValue`s.

import { promises as fs } from 'node:fs';
import { parquetMetadataAsync, parquetRead, parquetSchema } from 'hyparquet';
import type { AsyncBuffer, FileMetaData, RowGroup, SchemaElement, SchemaTree } from 'hyparquet';
import { DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { getTreePath } from 'hyparquet/src/schema.js';
import { compressors } from './parquetCodecs.js';
import { UserError } from '../errors.js';
import { chunkValues } from './parquetChunk.js';
import type { ColumnDecoder, PageValues } from './parquetChunk.js';
import { readFailure } from './text.js';
import type { Batch, Cell, ReadIssue } from './types.js';
import { NestedValue } from '../profile/nested.js';
import type { NestedType } from '../profile/nested.js';
import { convertedText, textConversionOf } from './parquetValues.js';
import type { TextConversion } from './parquetValues.js';

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
  /** Every top-level column, in file order. */
  columns: string[];
  /** The flat columns, in file order. */
  flat: string[];
  /** The nested columns (list, struct, map) by name. */
  nested: Map<string, NestedType>;
  /**
   * The metadata hyparquet's row reader is given: DECIMAL and TIME columns stripped of their
   * annotations, so that it hands over their raw integers, which `conversions` turn into text.
   */
  readMetadata: FileMetaData;
  conversions: Map<string, TextConversion>;
}

function nestedTypeOf(node: SchemaTree): NestedType {
  const { converted_type: converted, logical_type: logical } = node.element;
  if (converted === 'LIST' || logical?.type === 'LIST') return 'list';
  if (converted === 'MAP' || converted === 'MAP_KEY_VALUE' || logical?.type === 'MAP') return 'map';
  return 'struct';
}

/** Metadata, and which columns are flat, nested, or DECIMAL/TIME read as text. */
async function layoutOf(buffer: AsyncBuffer, file: string): Promise<ParquetLayout> {
  if (buffer.byteLength === 0) throw new UserError([{ file, message: 'empty file' }]);
  try {
    const metadata = await parquetMetadataAsync(buffer);
    const tree = parquetSchema(metadata);
    const columns: string[] = [];
    const flat: string[] = [];
    const nested = new Map<string, NestedType>();
    const conversions = new Map<string, TextConversion>();
    const stripped = new Set<SchemaElement>();
    for (const child of tree.children) {
      const name = child.element.name;
      columns.push(name);
      if (child.children.length > 0) nested.set(name, nestedTypeOf(child));
      else {
        flat.push(name);
        const conversion = textConversionOf(child.element);
        if (conversion) {
          conversions.set(name, conversion);
          stripped.add(child.element);
        }
      }
    }
    const readMetadata = stripped.size === 0 ? metadata : {
      ...metadata,
      schema: metadata.schema.map((element) => {
        if (!stripped.has(element)) return element;
        const plain = { ...element };
        delete plain.converted_type;
        delete plain.logical_type;
        return plain;
      }),
    };
    return { metadata, columns, flat, nested, readMetadata, conversions };
  } catch (error) {
    throw corrupt(file, error);
  }
}

/** Entries of a decoded list or map (a map decodes as an object); undefined for a struct. */
function lengthOf(type: NestedType, value: unknown): number | undefined {
  if (type === 'list') return Array.isArray(value) ? value.length : undefined;
  if (type === 'map') return value instanceof Map ? value.size : typeof value === 'object' && value !== null ? Object.keys(value).length : undefined;
  return undefined;
}

/** A decoded cell of column `name` as the profiler and the contract read it. */
function cellOf(layout: ParquetLayout, name: string): ((value: Cell) => Cell) | undefined {
  const type = layout.nested.get(name);
  if (type) return (value) => (value === null || value === undefined ? null : new NestedValue(type, value, lengthOf(type, value)));
  const conversion = layout.conversions.get(name);
  if (conversion) return (value) => convertedText(value, conversion);
  return undefined;
}

/** The decoded cells of `columns` over rows [rowStart, rowEnd) of the file, one array per column. */
async function readColumns(buffer: AsyncBuffer, layout: ParquetLayout, columns: string[], rowStart: number, rowEnd: number): Promise<Cell[][]> {
  const rows = rowEnd - rowStart;
  const chunks: { rowStart: number; values: ArrayLike<unknown> }[][] = columns.map(() => []);
  const position = new Map(columns.map((name, index) => [name, index]));
  await parquetRead({
    file: buffer, metadata: layout.readMetadata, columns, rowStart, rowEnd,
    compressors, parsers, rowFormat: 'array',
    onChunk: ({ columnName, columnData, rowStart: chunkStart }) => {
      const c = position.get(columnName);
      if (c !== undefined) chunks[c].push({ rowStart: chunkStart - rowStart, values: columnData });
    },
  });
  return chunks.map((parts, c) => {
    const column = columnOf(parts, rows);
    const convert = cellOf(layout, columns[c]);
    return convert ? column.map(convert) : column;
  });
}

export async function* readParquet(file: string, firstRow: number, _onIssue: (issue: ReadIssue) => void): AsyncGenerator<Batch> {
  const { buffer, close } = await openParquet(file);
  try {
    const layout = await layoutOf(buffer, file);
    const { columns } = layout;
    const nested = layout.nested.size > 0 ? { nested: Object.fromEntries(layout.nested) } : {};
    let groupStart = 0;
    let row = firstRow;
    for (const group of layout.metadata.row_groups) {
      const groupRows = Number(group.num_rows);
      if (groupRows > 0) {
        let data: Cell[][] = [];
        if (columns.length > 0) {
          try {
            data = await readColumns(buffer, layout, columns, groupStart, groupStart + groupRows);
          } catch (error) {
            throw corrupt(file, error, row);
          }
        }
        yield { columns, data, length: groupRows, firstRow: row, file, ...nested };
        row += groupRows;
      }
      groupStart += groupRows;
    }
  } finally {
    await close();
  }
}

/**
 * Non-null values of one column from one page, or a block of one (`readParquetColumns`), or
 * the end of a row group: its rows, of which every column holds a value or a null.
 */
export type ColumnPart =
  | { kind: 'values'; name: string; values: PageValues; nested?: NestedType }
  | { kind: 'rows'; length: number };

/** hyparquet's decoder settings for each flat column of a row group, by name. */
function decodersOf(layout: ParquetLayout, group: RowGroup): Map<string, { decoder: ColumnDecoder; start: number; end: number }> {
  const tree = parquetSchema(layout.metadata);
  const decoders = new Map<string, { decoder: ColumnDecoder; start: number; end: number }>();
  for (const chunk of group.columns) {
    const meta = chunk.meta_data;
    if (!meta || chunk.file_path) throw new Error('parquet column chunk without metadata or in another file');
    const [name] = meta.path_in_schema;
    if (meta.path_in_schema.length !== 1 || !layout.flat.includes(name)) continue;
    const schemaPath = getTreePath(tree, meta.path_in_schema);
    const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
    decoders.set(name, {
      decoder: {
        pathInSchema: meta.path_in_schema, element: schemaPath[schemaPath.length - 1].element, schemaPath,
        type: meta.type, codec: meta.codec, compressors, parsers: { ...DEFAULT_PARSERS, ...parsers },
      },
      start,
      end: start + Number(meta.total_compressed_size),
    });
  }
  return decoders;
}

/**
 * The file column by column within each row group, page by page, as the non-null values of
 * each page: every column of a group, then a `rows` part, after which a column's missing
 * cells are its nulls. Values are not placed at their rows, which profiling does not need and
 * which made reading a column several times slower. One column chunk's bytes and one page's
 * values are in memory at a time.
 */
export async function* readParquetColumns(file: string, firstRow: number, _onIssue: (issue: ReadIssue) => void): AsyncGenerator<ColumnPart> {
  const { buffer, close } = await openParquet(file);
  try {
    const layout = await layoutOf(buffer, file);
    let row = firstRow;
    let groupStart = 0;
    for (const group of layout.metadata.row_groups) {
      const groupRows = Number(group.num_rows);
      groupStart += groupRows;
      if (groupRows === 0) continue;
      let decoders: ReturnType<typeof decodersOf>;
      try {
        decoders = decodersOf(layout, group);
      } catch (error) {
        throw corrupt(file, error, row);
      }
      const nested = await nestedParts(buffer, layout, row, groupStart, groupRows, file);
      for (const name of layout.columns) {
        const part = nested.get(name);
        if (part) {
          yield part;
          continue;
        }
        // Pages are yielded as they are decoded, so only one page of values is alive at a time.
        let pages: Generator<PageValues, number>;
        try {
          const chunk = decoders.get(name);
          if (!chunk) throw new Error(`column "${name}" missing from the row group`);
          pages = chunkValues(new Uint8Array(await buffer.slice(chunk.start, chunk.end)), chunk.decoder);
        } catch (error) {
          throw corrupt(file, error, row);
        }
        for (;;) {
          let next: IteratorResult<PageValues, number>;
          try {
            next = pages.next();
          } catch (error) {
            throw corrupt(file, error, row);
          }
          if (next.done) {
            if (next.value !== groupRows) throw corrupt(file, new Error(`column "${name}" has ${next.value} rows where its row group has ${groupRows}`), row);
            break;
          }
          yield { kind: 'values', name, values: next.value };
        }
      }
      yield { kind: 'rows', length: groupRows };
      row += groupRows;
    }
  } finally {
    await close();
  }
}

/**
 * The non-null values of each nested column over one row group, read whole by hyparquet's row
 * reader (which assembles lists, structs and maps from their leaves): nested columns are rare
 * and small next to the flat ones, which keep the page-by-page decoder.
 */
async function nestedParts(buffer: AsyncBuffer, layout: ParquetLayout, row: number, groupEnd: number, groupRows: number, file: string): Promise<Map<string, ColumnPart>> {
  const parts = new Map<string, ColumnPart>();
  if (layout.nested.size === 0) return parts;
  const names = [...layout.nested.keys()];
  let data: Cell[][];
  try {
    data = await readColumns(buffer, layout, names, groupEnd - groupRows, groupEnd);
  } catch (error) {
    throw corrupt(file, error, row);
  }
  for (const [c, name] of names.entries()) {
    const values = data[c].filter((cell) => cell !== null && cell !== undefined);
    parts.set(name, { kind: 'values', name, values, nested: layout.nested.get(name) });
  }
  return parts;
}
