// Which reader a file needs: from its extension (a trailing .gz is looked through), or the override.

import { UserError } from '../errors.js';
import type { Format } from './types.js';

const BY_EXTENSION: Record<string, Format> = {
  csv: 'csv',
  txt: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  json: 'json',
  parquet: 'parquet',
  pq: 'parquet',
};

/** Extensions (without .gz) that a folder of parts may hold. */
export const DATA_EXTENSIONS = Object.keys(BY_EXTENSION);

/** True when the file is gzip-compressed by its name. */
export function isGzip(file: string): boolean {
  return /\.gz$/i.test(file);
}

function extensionOf(file: string): string {
  const name = file.replace(/\\/g, '/').split('/').pop() ?? file;
  const parts = name.toLowerCase().split('.');
  if (parts.length > 1 && parts[parts.length - 1] === 'gz') parts.pop();
  return parts.length > 1 ? parts[parts.length - 1] : '';
}

/** True when the name says data: `.csv`, `.tsv`, `.jsonl`, `.parquet`, … with or without `.gz`. */
export function isDataFile(file: string): boolean {
  return extensionOf(file) in BY_EXTENSION;
}

export function detectFormat(file: string, override?: Format): Format {
  if (override) return override;
  const format = BY_EXTENSION[extensionOf(file)];
  if (!format) {
    throw new UserError([{ file, message: 'cannot tell the format from the extension; use .csv, .tsv, .jsonl, .json or .parquet, or set the format' }]);
  }
  if (format === 'parquet' && isGzip(file)) {
    throw new UserError([{ file, message: 'gzip-compressed Parquet is not supported (Parquet compresses its own pages)' }]);
  }
  return format;
}
