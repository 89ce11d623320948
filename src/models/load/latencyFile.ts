// Loads latency: percentiles already computed (a metrics file with p50/p95/p99), or a file of
// per-request timings (a CSV/TSV/JSONL/Parquet column, or a JSON array) whose percentiles
// datagate computes as numpy.percentile does.

import path from 'node:path';
import { ProblemList, UserError } from '../../errors.js';
import { columnList } from '../../parseErrors.js';
import { readBatches } from '../../readers/index.js';
import type { Format } from '../../readers/index.js';
import { LATENCY_PERCENTILES } from '../../gates/latency.js';
import type { LatencyPercentile } from '../../gates/latency.js';
import { percentile } from '../percentile.js';
import { metricsFromTable } from './metricsFile.js';
import { readDocument } from './text.js';
import { readTextTable } from './table.js';
import { flattenMetrics, lookupMetric, parseMetricValue } from './values.js';
import type { MetricTable } from './values.js';

export interface LatencyObservation {
  observed: Partial<Record<LatencyPercentile, number>>;
  /** Timings read, when computed from timings. */
  count?: number;
}

export async function loadLatency(file: string, source: string, column: string): Promise<LatencyObservation> {
  const extension = path.extname(file.replace(/\.gz$/i, '')).toLowerCase();
  if (extension === '.json' || extension === '.yaml' || extension === '.yml') {
    return fromDocument(await readDocument(file, source, extension === '.json' ? 'json' : 'yaml'), source, column);
  }
  const format = formatOf(extension, source);
  const timings = await readTimings(file, source, column, format);
  if (timings === null) return fromTable(metricsFromTable(await readTextTable(file, source, format as 'csv' | 'tsv'), source), column);
  return fromTimings(timings, source);
}

function formatOf(extension: string, source: string): Format {
  const formats: Record<string, Format> = { '.csv': 'csv', '.txt': 'csv', '.tsv': 'tsv', '.tab': 'tsv', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.parquet': 'parquet', '.pq': 'parquet' };
  const format = formats[extension];
  if (!format) throw new UserError([{ file: source, message: 'cannot tell the latency file format; use .json, .yaml, .csv, .tsv, .jsonl or .parquet' }]);
  return format;
}

function fromTimings(timings: Float64Array, source: string): LatencyObservation {
  if (timings.length === 0) throw new UserError([{ file: source, message: 'no timings' }]);
  const sorted = timings.sort();
  const observed: LatencyObservation['observed'] = {};
  for (const q of LATENCY_PERCENTILES) observed[q] = percentile(sorted, Number(q.slice(1)));
  return { observed, count: timings.length };
}

function fromDocument(document: unknown, source: string, column: string): LatencyObservation {
  const list = Array.isArray(document) ? document : (document as Record<string, unknown> | null)?.[column];
  if (Array.isArray(list)) {
    const timings = new Float64Array(list.length);
    const problems = new ProblemList(source, 'timings that are not numbers');
    list.forEach((item, index) => {
      const raw = item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[column] : item;
      const parsed = parseMetricValue(raw);
      if ('problem' in parsed) problems.add({ file: source, path: `[${index}]`, message: `timing ${parsed.problem}` });
      else timings[index] = parsed.value;
    });
    problems.throwIfAny();
    return fromTimings(timings, source);
  }
  return fromTable(flattenMetrics(document, source), column);
}

/** p95 may be spelled `p95`, `p95_ms`, `<column>.p95`, `latency.p95`, `latency_p95`. */
function fromTable(table: MetricTable, column: string): LatencyObservation {
  const observed: LatencyObservation['observed'] = {};
  for (const q of LATENCY_PERCENTILES) {
    for (const key of [q, `${q}_ms`, `${column}.${q}`, `${column}_${q}`, `latency.${q}`, `latency_${q}`, `latency.${q}_ms`, `latency_${q}_ms`]) {
      const value = lookupMetric(table, key);
      if (value !== null) {
        observed[q] = value;
        break;
      }
    }
  }
  return { observed };
}

/** The column's values as numbers; null when a CSV/TSV has no such column (then it is a metrics table). */
async function readTimings(file: string, source: string, column: string, format: Format): Promise<Float64Array | null> {
  let timings = new Float64Array(1024);
  let count = 0;
  let first = true;
  const problems = new ProblemList(source, 'timings that are not numbers');
  try {
    for await (const batch of readBatches([file], { format }, () => undefined)) {
      const index = batch.columns.indexOf(column);
      if (index < 0) {
        if (first && (format === 'csv' || format === 'tsv')) return null;
        throw new UserError([{ file: source, message: `no column "${column}" (columns: ${columnList(batch.columns)}); set latency.column` }]);
      }
      first = false;
      const cells = batch.data[index];
      for (let r = 0; r < batch.length; r++) {
        const cell = cells[r];
        if (cell === null || cell === undefined || cell === '') continue; // a missing timing is not a slow one
        const parsed = parseMetricValue(cell);
        if ('problem' in parsed) {
          problems.add({ file: source, line: batch.lines?.[r], row: batch.firstRow + r, message: `${column} ${parsed.problem}` });
          continue;
        }
        if (count === timings.length) {
          const grown = new Float64Array(timings.length * 2);
          grown.set(timings);
          timings = grown;
        }
        timings[count++] = parsed.value;
      }
    }
    problems.throwIfAny();
  } catch (error) {
    if (error instanceof UserError) throw new UserError(error.problems.map((problem) => ({ ...problem, file: source })));
    throw error;
  }
  return timings.subarray(0, count);
}
