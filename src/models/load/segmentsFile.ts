// Loads per-segment metrics: a JSON/YAML map segment → metrics, a list of records with a
// segment key, or a CSV/TSV with a segment column (wide: one column per metric; long:
// segment,metric,value).

import { ProblemList, UserError } from '../../errors.js';
import { columnList, quoted } from '../../parseErrors.js';
import { metricsFormat, readDocument } from './text.js';
import { readTextTable } from './table.js';
import { flattenMetrics, lookupMetric, parseMetricValue } from './values.js';

export interface SegmentValue { name: string; value: number }

export async function loadSegmentsFile(file: string, source: string, metric: string, column = 'segment'): Promise<SegmentValue[]> {
  const format = metricsFormat(file, source);
  const segments = format === 'json' || format === 'yaml'
    ? fromDocument(await readDocument(file, source, format), source, metric, column)
    : await fromTable(file, source, format, metric, column);
  if (segments.length === 0) throw new UserError([{ file: source, message: 'no segments' }]);
  return segments;
}

function fromDocument(document: unknown, source: string, metric: string, column: string): SegmentValue[] {
  const records: [string, unknown][] = Array.isArray(document)
    ? document.map((record, index) => {
        const name = record !== null && typeof record === 'object' ? (record as Record<string, unknown>)[column] : undefined;
        if (name === undefined || name === null) throw new UserError([{ file: source, path: `[${index}]`, message: `record has no "${column}" key` }]);
        return [String(name), record];
      })
    : document !== null && typeof document === 'object' ? Object.entries(document) : [];
  if (!Array.isArray(document) && (document === null || typeof document !== 'object')) {
    throw new UserError([{ file: source, message: 'expected a map of segment → metrics or a list of records' }]);
  }
  return records.map(([name, metrics]) => {
    const value = lookupMetric(flattenMetrics(metrics, source), metric);
    // lookupMetric names the key as the metric alone; a segment's problem should name the segment too.
    if (value === null) throw new UserError([{ file: source, path: name, message: `segment "${name}" has no metric "${metric}"` }]);
    return { name, value };
  });
}

async function fromTable(file: string, source: string, format: 'csv' | 'tsv', metric: string, column: string): Promise<SegmentValue[]> {
  const table = await readTextTable(file, source, format);
  if (!table.columns.includes(column)) {
    throw new UserError([{ file: source, message: `no segment column "${column}" (columns: ${columnList(table.columns)}); set segments.column` }]);
  }
  const long = table.columns.includes('metric') && table.columns.includes('value') && !table.columns.includes(metric);
  if (!long && !table.columns.includes(metric)) {
    throw new UserError([{ file: source, message: `no column "${metric}" (columns: ${columnList(table.columns)})` }]);
  }
  const segments: SegmentValue[] = [];
  const seen = new Set<string>();
  const problems = new ProblemList(source, 'rows with a problem');
  for (const { cells, line, row } of table.rows) {
    if (long && cells.metric.trim() !== metric) continue;
    const name = cells[column];
    const parsed = parseMetricValue(long ? cells.value : cells[metric]);
    if (seen.has(name)) problems.add({ file: source, line, row, message: `segment ${quoted(name)} appears twice` });
    else if ('problem' in parsed) problems.add({ file: source, line, row, message: `${metric} of segment ${quoted(name)} ${parsed.problem}` });
    else segments.push({ name, value: parsed.value });
    seen.add(name);
  }
  problems.throwIfAny();
  if (long && segments.length === 0) throw new UserError([{ file: source, message: `no rows for metric "${metric}"` }]);
  return segments;
}
