// Loads per-example predictions (CSV, TSV, JSONL, JSON, Parquet; a file, glob or folder of parts)
// into encoded arrays for the metrics and the bootstrap.

import type { ModelConfig } from '../../config/schema.js';
import { ProblemList, UserError } from '../../errors.js';
import { columnList } from '../../parseErrors.js';
import { cellText } from '../../profile/values.js';
import { readBatches } from '../../readers/index.js';
import type { Cell } from '../../readers/index.js';
import type { ClassificationData, Predictions } from '../metrics/index.js';
import { parseMetricValue } from './values.js';

export type PredictionsConfig = NonNullable<ModelConfig['predictions']>;

export interface LoadedPredictions {
  predictions: Predictions;
  /** Segment of each example, when predictions.segment names a column. */
  segments: string[] | null;
}

/** Text of a label as a class name: numbers canonical (1.0 → "1"), booleans lower case. */
export function className(cell: Cell): string {
  if (typeof cell === 'number') return String(cell);
  const text = cellText(cell).trim();
  if (/^(true|false)$/i.test(text)) return text.toLowerCase();
  const parsed = parseMetricValue(text);
  return 'value' in parsed ? String(parsed.value) : text;
}

interface Columns { label: Cell[]; prediction: Cell[]; score: Cell[] | null; segment: Cell[] | null; rows: number[]; lines: (number | undefined)[] }

export async function loadPredictions(files: string[], source: string, config: PredictionsConfig): Promise<LoadedPredictions> {
  const columns = await readColumns(files, source, config);
  const at = (i: number) => ({ file: source, row: columns.rows[i], line: columns.lines[i] });
  // Every bad row is reported, not the first (the first 20 named, the rest counted).
  const problems = new ProblemList(source, 'rows with a problem');
  const number = (cells: Cell[], name: string) => Float64Array.from(cells, (cell, i) => {
    const parsed = parseMetricValue(cell);
    if (!('problem' in parsed)) return parsed.value;
    problems.add({ ...at(i), message: `${name} ${parsed.problem}` });
    return NaN;
  });
  const segments = columns.segment ? columns.segment.map((cell) => cellText(cell)) : null;
  if (config.task === 'regression') {
    const data = { label: number(columns.label, config.label), prediction: number(columns.prediction, config.prediction) };
    problems.throwIfAny();
    return { predictions: { task: 'regression', file: source, data }, segments };
  }
  const labels = columns.label.map(className);
  const predicted = columns.prediction.map(className);
  labels.forEach((label, i) => {
    if (label === '') problems.add({ ...at(i), message: `${config.label} is empty` });
    if (predicted[i] === '') problems.add({ ...at(i), message: `${config.prediction} is empty` });
  });
  const score = columns.score ? number(columns.score, config.score as string) : null;
  problems.throwIfAny();
  const classSet = new Set([...labels, ...predicted]);
  const positiveName = positiveClass(classSet, config.positive);
  if (positiveName !== null) classSet.add(positiveName);
  const classes = [...classSet].sort();
  const index = new Map(classes.map((name, i) => [name, i]));
  const data: ClassificationData = {
    classes,
    label: Int32Array.from(labels, (name) => index.get(name) as number),
    prediction: Int32Array.from(predicted, (name) => index.get(name) as number),
    positive: positiveName === null ? null : (index.get(positiveName) as number),
    score,
  };
  return { predictions: { task: 'classification', file: source, data }, segments };
}

/**
 * The configured positive class; else "1" or "true" when the labels are 0/1, −1/1 or
 * true/false (scikit-learn's rule); else null, and precision, recall and F1 are macro averages.
 */
function positiveClass(classes: Set<string>, configured: string | number | undefined): string | null {
  if (configured !== undefined) return className(configured);
  const names = [...classes];
  if (names.every((name) => ['0', '1', '-1'].includes(name))) return '1';
  if (names.every((name) => name === 'true' || name === 'false')) return 'true';
  return null;
}

async function readColumns(files: string[], source: string, config: PredictionsConfig): Promise<Columns> {
  const wanted = { label: config.label, prediction: config.prediction, score: config.score, segment: config.segment };
  const columns: Columns = { label: [], prediction: [], score: config.score ? [] : null, segment: config.segment ? [] : null, rows: [], lines: [] };
  try {
    for await (const batch of readBatches(files, {}, () => undefined)) {
      // Every missing column at once.
      const missing = [...new Set(Object.values(wanted))].filter((name): name is string => name !== undefined && !batch.columns.includes(name));
      if (missing.length > 0) throw new UserError(missing.map((name) => ({ file: source, message: `no column "${name}" (columns: ${columnList(batch.columns)})` })));
      const label = batch.columns.indexOf(wanted.label);
      const prediction = batch.columns.indexOf(wanted.prediction);
      const score = wanted.score ? batch.columns.indexOf(wanted.score) : -1;
      const segment = wanted.segment ? batch.columns.indexOf(wanted.segment) : -1;
      for (let r = 0; r < batch.length; r++) {
        columns.label.push(batch.data[label][r]);
        columns.prediction.push(batch.data[prediction][r]);
        if (columns.score) columns.score.push(batch.data[score][r]);
        if (columns.segment) columns.segment.push(batch.data[segment][r]);
        columns.rows.push(batch.firstRow + r);
        columns.lines.push(batch.lines?.[r]);
      }
    }
  } catch (error) {
    if (error instanceof UserError) throw new UserError(error.problems.map((problem) => ({ ...problem, file: problem.file && files.includes(problem.file) && files.length === 1 ? source : problem.file })));
    throw error;
  }
  if (columns.label.length === 0) throw new UserError([{ file: source, message: 'no predictions (the file has no rows)' }]);
  return columns;
}
