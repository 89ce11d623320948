// The readers' public face: which files, which format, and their rows as a stream of batches.

import { UserError } from '../errors.js';
import { CsvParser } from './csv.js';
import { detectFormat } from './format.js';
import { readJsonArray } from './json.js';
import { readJsonl } from './jsonl.js';
import { readText } from './text.js';
import { sampleCsv } from './sniff.js';
import type { Batch, Format, ReadIssue, ReadOptions } from './types.js';

export { resolveFiles } from './files.js';
export type { ColumnPart } from './parquet.js';
export { detectFormat, isDataFile } from './format.js';
export type { Batch, Cell, Format, ReadIssue, ReadOptions } from './types.js';

async function* readDelimited(file: string, delimiter: string, firstRow: number, onIssue: (issue: ReadIssue) => void, batchRows?: number): AsyncGenerator<Batch> {
  const parser = new CsvParser({ file, delimiter, firstRow, onIssue, batchRows });
  for await (const chunk of readText(file)) {
    parser.push(chunk);
    for (let batch = parser.next(); batch; batch = parser.next()) yield batch;
  }
  parser.end();
  for (let batch = parser.next(); batch; batch = parser.next()) yield batch;
}

export function delimiterFor(format: Format, options: ReadOptions): string {
  const delimiter = options.delimiter ?? (format === 'tsv' ? '\t' : ',');
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw new UserError(`delimiter must be one character other than a quote or a newline, got ${JSON.stringify(delimiter)}`);
  }
  return delimiter;
}

/** The delimiter of a CSV/TSV file: given, the format's (TSV), or sniffed from its first lines (CSV). */
export async function csvDelimiter(file: string, format: Format, options: ReadOptions): Promise<string> {
  const fallback = delimiterFor(format, options);
  if (options.delimiter !== undefined || format === 'tsv') return fallback;
  return (await sampleCsv(file, undefined, fallback)).delimiter;
}

/**
 * The rows of `files`, in order, as batches. Memory stays bounded by a batch (a chunk of text or
 * one Parquet row group). `firstRow` runs on across files; problems that leave the file readable
 * go to `onIssue`, the rest throw a UserError naming file and line. `firstRow` is the number of
 * the first row when these files continue a dataset.
 */
export async function* readBatches(files: string[], options: ReadOptions, onIssue: (issue: ReadIssue) => void, firstRow = 1): AsyncGenerator<Batch> {
  for (const file of files) {
    const format = detectFormat(file, options.format);
    let reader: AsyncGenerator<Batch>;
    if (format === 'csv' || format === 'tsv') reader = readDelimited(file, await csvDelimiter(file, format, options), firstRow, onIssue, options.batchSize);
    else if (format === 'jsonl') reader = readJsonl(file, firstRow, options.batchSize);
    else if (format === 'json') reader = readJsonArray(file, firstRow, options.batchSize);
    // The Parquet reader (and its codecs) loads only for a Parquet file: most checks read none.
    else reader = (await import('./parquet.js')).readParquet(file, firstRow, onIssue);
    for await (const batch of reader) {
      yield batch;
      firstRow = batch.firstRow + batch.length;
    }
  }
}
