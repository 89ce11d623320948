// Loads a metrics file (JSON, YAML, CSV/TSV) into a flat table of dotted paths → numbers.

import { UserError } from '../../errors.js';
import { quoted } from '../../parseErrors.js';
import { metricsFormat, readDocument } from './text.js';
import { readTextTable } from './table.js';
import type { TextTable } from './table.js';
import { addMetric, flattenMetrics } from './values.js';
import type { MetricTable } from './values.js';

const NAME_COLUMNS = ['metric', 'name', 'key'];
const VALUE_COLUMNS = ['value', 'score'];

/**
 * JSON or YAML: nested objects addressed by dotted path (DVC's metrics.json, dvclive, MLflow
 * exports). CSV/TSV: `metric,value` rows, or a single row with one column per metric.
 */
export async function loadMetricsFile(file: string, source: string): Promise<MetricTable> {
  const format = metricsFormat(file, source);
  if (format === 'json' || format === 'yaml') return flattenMetrics(await readDocument(file, source, format), source);
  return metricsFromTable(await readTextTable(file, source, format), source);
}

export function metricsFromTable(table: TextTable, source: string): MetricTable {
  const metrics: MetricTable = { source, values: new Map(), invalid: new Map() };
  const lower = table.columns.map((column) => column.trim().toLowerCase());
  const nameIndex = lower.findIndex((column) => NAME_COLUMNS.includes(column));
  const valueIndex = lower.findIndex((column) => VALUE_COLUMNS.includes(column));
  if (table.columns.length === 2 && nameIndex >= 0 && valueIndex >= 0) {
    const nameColumn = table.columns[nameIndex];
    const valueColumn = table.columns[valueIndex];
    for (const { cells, line, row } of table.rows) {
      const name = cells[nameColumn].trim();
      if (name === '') throw new UserError([{ file: source, line, row, message: `empty ${nameColumn}` }]);
      if (metrics.values.has(name) || metrics.invalid.has(name)) throw new UserError([{ file: source, line, row, message: `metric ${quoted(name)} appears twice` }]);
      addMetric(metrics, name, cells[valueColumn]);
    }
    return metrics;
  }
  if (table.rows.length !== 1) {
    throw new UserError([{
      file: source,
      message: `expected \`metric,value\` rows or a single row of metrics, found ${table.rows.length} rows of ${table.columns.length} columns (per-segment metrics belong under segments:)`,
    }]);
  }
  for (const column of table.columns) addMetric(metrics, column, table.rows[0].cells[column]);
  return metrics;
}
