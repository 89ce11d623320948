// How one CSV/TSV file is read: its delimiter (given, or sniffed from its first lines) and the
// columns whose numbers or booleans are written in a format of their own (`1.234,56`, `Y`).

import { delimiterFor } from '../readers/index.js';
import { sampleCsv } from '../readers/sniff.js';
import type { Format, ReadOptions } from '../readers/types.js';
import { detectFormats } from './formats.js';
import type { ValueFormat } from './formats.js';

export interface CsvReading {
  delimiter: string;
  /** The delimiter was detected, not given (`delimiter:` / `--delimiter`) nor the format's (TSV). */
  detected: boolean;
  formats: Map<string, ValueFormat>;
}

export async function csvReadingOf(file: string, format: Format, options: ReadOptions): Promise<CsvReading> {
  const fallback = delimiterFor(format, options);
  const given = options.delimiter !== undefined || format === 'tsv' ? fallback : undefined;
  const sample = await sampleCsv(file, given, fallback);
  const nulls = new Set(options.nullValues ?? []);
  const values = nulls.size === 0 ? sample.values : sample.values.map((column) => column.filter((value) => !nulls.has(value)));
  const formats = detectFormats(sample.header, values, { decimal: options.decimal, delimiter: sample.delimiter });
  return { delimiter: sample.delimiter, detected: sample.detected, formats };
}
