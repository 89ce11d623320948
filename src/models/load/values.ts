// Metric values as files hold them, turned into finite numbers or a reason they are not one.
// Pure: the loaders read files, this decides what the contents mean.

import { UserError } from '../../errors.js';
import { jsonParseProblem, quoted } from '../../parseErrors.js';

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Python's json.dump writes NaN and ±Infinity bare; sanitizeJson turns them into these strings. */
export const NAN_TOKEN = '\u0000NaN';
export const INFINITY_TOKEN = '\u0000Infinity';
export const MINUS_INFINITY_TOKEN = '\u0000-Infinity';

/** A metrics file, flattened: dotted path → number, and the paths whose values are not finite numbers. */
export interface MetricTable {
  /** The file as the user named it, for messages. */
  source: string;
  values: Map<string, number>;
  /** Path → why the value is not a metric (`is NaN`, `is not a number: "fast"`). */
  invalid: Map<string, string>;
}

export type Parsed = { value: number } | { problem: string };

/** A finite number from a JSON/YAML/CSV value; NaN, infinities and text are problems. */
export function parseMetricValue(raw: unknown): Parsed {
  if (typeof raw === 'number') {
    if (Number.isNaN(raw)) return { problem: 'is NaN' };
    return Number.isFinite(raw) ? { value: raw } : { problem: 'is infinite' };
  }
  if (typeof raw === 'bigint') return { value: Number(raw) };
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (text === '') return { problem: 'is empty' };
    if (raw === NAN_TOKEN || /^[+-]?nan$/i.test(text)) return { problem: 'is NaN' };
    if (raw === INFINITY_TOKEN || raw === MINUS_INFINITY_TOKEN || /^[+-]?(inf|infinity)$/i.test(text)) return { problem: 'is infinite' };
    if (NUMBER.test(text)) return parseMetricValue(Number(text));
    return { problem: `is not a number: ${quoted(raw)}` };
  }
  if (raw === null || raw === undefined) return { problem: 'is empty' };
  return { problem: `is not a number: ${quoted(raw)}` };
}

/** Nested objects (and arrays, by index) become dotted paths: { eval: { auc: 0.9 } } → eval.auc. */
export function flattenMetrics(root: unknown, source: string): MetricTable {
  const table: MetricTable = { source, values: new Map(), invalid: new Map() };
  const visit = (node: unknown, prefix: string): void => {
    if (node !== null && typeof node === 'object' && !(node instanceof Date)) {
      const entries = Array.isArray(node) ? node.map((value, index) => [String(index), value] as const) : Object.entries(node);
      for (const [key, value] of entries) visit(value, prefix === '' ? key : `${prefix}.${key}`);
      return;
    }
    if (prefix === '') throw new UserError([{ file: source, message: 'expected an object of metrics' }]);
    addMetric(table, prefix, node);
  };
  visit(root, '');
  return table;
}

export function addMetric(table: MetricTable, key: string, raw: unknown): void {
  const parsed = parseMetricValue(raw);
  if ('value' in parsed) table.values.set(key, parsed.value);
  else table.invalid.set(key, parsed.problem);
}

/** The value at a dotted path; null when absent; a UserError naming file and key when not a finite number. */
export function lookupMetric(table: MetricTable, key: string): number | null {
  const value = table.values.get(key);
  if (value !== undefined) return value;
  const problem = table.invalid.get(key);
  if (problem !== undefined) throw new UserError([{ file: table.source, path: key, message: problem }]);
  return null;
}

/**
 * Replaces the bare NaN, Infinity and -Infinity that Python's json module writes (invalid JSON)
 * with marker strings, so the file parses and the metric can be reported as NaN by name.
 */
export function sanitizeJson(text: string): string {
  let out = '';
  let start = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') {
      inString = true;
      continue;
    }
    for (const [token, marker] of [['NaN', NAN_TOKEN], ['Infinity', INFINITY_TOKEN], ['-Infinity', MINUS_INFINITY_TOKEN]] as const) {
      if (text.startsWith(token, i) && !/[\w$]/.test(text[i + token.length] ?? '') && !/[\w$]/.test(text[i - 1] ?? '')) {
        out += text.slice(start, i) + JSON.stringify(marker);
        i += token.length - 1;
        start = i + 1;
        break;
      }
    }
  }
  return start === 0 ? text : out + text.slice(start);
}

/** JSON.parse with the error turned into a UserError naming the file and line. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(sanitizeJson(text));
  } catch (error) {
    // Sanitising adds no newline, so the line counted on the original text is right.
    const { line, message } = jsonParseProblem(error, text);
    throw new UserError([{ file: source, line, message: `invalid JSON: ${message}` }]);
  }
}
