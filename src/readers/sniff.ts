// The delimiter of a CSV file and a sample of its first records, read from its first lines as
// Python's csv.Sniffer and DuckDB's sniffer do: each candidate splits the sample (quotes
// respected), and the one whose records agree with the header on their field count wins.

import { CsvParser } from './csv.js';
import type { Fields, RecordSink } from './csv.js';
import { BUILT } from './csv.js';
import { readText } from './text.js';

/** Delimiters tried, in the order that breaks ties. */
export const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'];
/** Text read for the value formats: a thousand records or more of a typical file. */
const SAMPLE_CHARS = 128 << 10;
/** Text the delimiter candidates are tried on: a few hundred lines. */
const DELIMITER_CHARS = 32 << 10;
/** Records whose values are kept for the value formats (src/profile/formats.ts). */
const SAMPLE_RECORDS = 2048;

export interface CsvSample {
  delimiter: string;
  /** True when the delimiter was chosen by the sniff rather than given. */
  detected: boolean;
  header: string[];
  /** values[c]: the distinct non-empty fields of column c in the first records. */
  values: string[][];
}

/** The first `SAMPLE_CHARS` of a file's text, cut after its last complete line (whole when shorter). */
async function sampleText(file: string): Promise<{ text: string; whole: boolean }> {
  let text = '';
  for await (const piece of readText(file)) {
    text += piece;
    if (text.length >= SAMPLE_CHARS) {
      const newline = text.lastIndexOf('\n');
      return { text: newline > 0 ? text.slice(0, newline + 1) : text, whole: false };
    }
  }
  return { text, whole: true };
}

/** Counts each record's fields against the header's, and keeps up to SAMPLE_RECORDS records' values. */
class SampleSink implements RecordSink {
  header: string[] | undefined;
  records = 0;
  agreeing = 0;
  values: Set<string>[] = [];

  constructor(private readonly keepValues: boolean) {}

  record(text: string, fields: Fields, count: number, header: string[]): void {
    if (this.header === undefined) {
      this.header = header;
      this.values = header.map(() => new Set());
    }
    this.records++;
    if (count === header.length) this.agreeing++;
    if (!this.keepValues || this.records > SAMPLE_RECORDS) return;
    const width = Math.min(count, header.length);
    for (let c = 0; c < width; c++) {
      const value = fields.ends[c] === BUILT ? fields.built[c] : text.slice(fields.starts[c], fields.ends[c]);
      if (value !== '') this.values[c].add(value);
    }
  }
}

/** The header and records of `text` split on `delimiter`; a sample cut inside a quote keeps what parsed. */
function split(file: string, text: string, delimiter: string, keepValues: boolean): SampleSink & { columns: string[] } {
  const sink = new SampleSink(keepValues);
  const parser = new CsvParser({ file, delimiter, firstRow: 1, onIssue: () => undefined });
  parser.push(text);
  parser.end();
  try {
    parser.drain(sink);
  } catch {
    // An unclosed quote (or an empty file) under this delimiter: judged on the records before it.
  }
  return Object.assign(sink, { columns: parser.columns ?? [] });
}

/**
 * The delimiter among CANDIDATE_DELIMITERS that splits the sample most consistently: more than
 * one column, the largest share of records with the header's field count, then more columns,
 * then the candidates' order. A file no candidate splits is read with `fallback`.
 */
export function sniffDelimiter(file: string, text: string, fallback: string): string {
  let best: { delimiter: string; share: number; width: number } | undefined;
  const cut = text.length > DELIMITER_CHARS ? text.lastIndexOf('\n', DELIMITER_CHARS) : -1;
  const head = cut > 0 ? text.slice(0, cut + 1) : text;
  for (const delimiter of CANDIDATE_DELIMITERS) {
    const sink = split(file, head, delimiter, false);
    const width = sink.columns.length;
    if (width < 2) continue;
    const share = sink.records === 0 ? 1 : sink.agreeing / sink.records;
    if (!best || share > best.share || (share === best.share && width > best.width)) best = { delimiter, share, width };
  }
  return best?.delimiter ?? fallback;
}

/**
 * The delimiter (given, or sniffed when `given` is undefined) and a sample of the first records
 * of a CSV/TSV file. Unreadable files give an empty sample: the read itself then says why.
 */
export async function sampleCsv(file: string, given: string | undefined, fallback: string): Promise<CsvSample> {
  let text: string;
  try {
    ({ text } = await sampleText(file));
  } catch {
    return { delimiter: given ?? fallback, detected: false, header: [], values: [] };
  }
  const delimiter = given ?? sniffDelimiter(file, text, fallback);
  const sink = split(file, text, delimiter, true);
  return { delimiter, detected: given === undefined, header: sink.columns, values: sink.values.map((values) => [...values]) };
}
