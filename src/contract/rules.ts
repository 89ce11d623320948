// What the contract's rule values mean: type compatibility, bounds, severities. Shared by the
// row checks and the config validation so both read a rule the same way.

import type { ColumnRule, DatasetConfig } from '../config/schema.js';
import type { Cell } from '../readers/types.js';
import type { ColumnType } from '../profile/types.js';
import type { Severity } from '../report/types.js';
import { KIND_BOOLEAN, KIND_DATE, KIND_INTEGER, KIND_NUMBER, KIND_STRING, KIND_TIMESTAMP, cellTime, cellType } from '../profile/values.js';
import { textTemporalType } from '../profile/dates.js';

/** Rule names in the order their results are reported. */
export const COLUMN_RULES = [
  'required', 'type', 'nullable', 'max_null_fraction', 'unique', 'min', 'max', 'allowed', 'pattern',
  'min_length', 'max_length',
] as const;
export type ColumnRuleName = (typeof COLUMN_RULES)[number];

const DAY_MS = 86_400_000;

/** Does one non-null cell satisfy a declared column type? Wider types accept narrower values. */
export function typeAccepts(declared: ColumnType, cell: Cell): boolean {
  if (declared === 'string') return true;
  const actual = cellType(cell);
  switch (declared) {
    case 'integer': return actual === 'integer';
    case 'number': return actual === 'integer' || actual === 'number';
    // A 0/1 flag is a boolean to a contract; its profile stays integer, so baselines and drift keep their type.
    case 'boolean': return actual === 'boolean' || (actual === 'integer' && (cell === 0 || cell === 1 || cell === '0' || cell === '1'));
    // A decoded Date (Parquet, JSON) is a date when it falls on midnight UTC.
    case 'date': return actual === 'date' || (cell instanceof Date && cell.getTime() % DAY_MS === 0) || (actual === 'string' && textTemporalType(cell as string) === 'date');
    case 'timestamp': return actual === 'timestamp' || actual === 'date' || (actual === 'string' && textTemporalType(cell as string) !== undefined);
    case 'list': case 'struct': case 'map': return actual === declared;
  }
}

/**
 * `typeAccepts` of a text cell whose kind `classifyText` already gave (one parse per cell): the
 * same answers, for CSV/TSV fields.
 */
export function typeAcceptsText(declared: ColumnType, kind: number, text: string): boolean {
  switch (declared) {
    case 'string': return true;
    case 'integer': return kind === KIND_INTEGER;
    case 'number': return kind === KIND_INTEGER || kind === KIND_NUMBER;
    case 'boolean': return kind === KIND_BOOLEAN || (kind === KIND_INTEGER && (text === '0' || text === '1'));
    case 'date': return kind === KIND_DATE || (kind === KIND_STRING && textTemporalType(text) === 'date');
    case 'timestamp': return kind === KIND_TIMESTAMP || kind === KIND_DATE || (kind === KIND_STRING && textTemporalType(text) !== undefined);
    case 'list': case 'struct': case 'map': return false;
  }
}

/** `typeAcceptsText` of the field text[start, end), which becomes a string only for a date in another format. */
export function typeAcceptsRange(declared: ColumnType, kind: number, text: string, start: number, end: number): boolean {
  switch (declared) {
    case 'boolean': {
      const code = text.charCodeAt(start);
      return kind === KIND_BOOLEAN || (kind === KIND_INTEGER && end - start === 1 && (code === 48 || code === 49));
    }
    case 'date': case 'timestamp':
      return kind === KIND_STRING ? typeAcceptsText(declared, kind, text.slice(start, end)) : typeAcceptsText(declared, kind, '');
    default: return typeAcceptsText(declared, kind, '');
  }
}

/** A bound as the checks compare it: a number, or a time in ms since the epoch. */
export type Bound = { kind: 'number'; value: number } | { kind: 'time'; value: number };

/** A `min`/`max` rule value read as a bound; undefined when a string is not an ISO date/time. */
export function parseBound(value: number | string): Bound | undefined {
  if (typeof value === 'number') return { kind: 'number', value };
  const time = cellTime(value.trim());
  return time === undefined ? undefined : { kind: 'time', value: time };
}

/** Which kind of bound a declared type can be compared with; undefined when no bound applies. */
export function boundKindOf(type: ColumnType | undefined): Bound['kind'] | 'any' | undefined {
  if (type === undefined) return 'any';
  if (type === 'integer' || type === 'number') return 'number';
  if (type === 'date' || type === 'timestamp') return 'time';
  return undefined;
}

/** A column rule's severity: its own, else the schema's, else error. */
export function ruleSeverity(dataset: DatasetConfig, rule: ColumnRule | undefined): Severity {
  return rule?.severity ?? dataset.schema?.severity ?? 'error';
}

/** The columns the contract expects to exist: listed columns (unless `required: false`) and `schema.required`. */
export function requiredColumns(dataset: DatasetConfig): string[] {
  const names = new Set<string>();
  for (const [name, rule] of Object.entries(dataset.schema?.columns ?? {})) {
    if (rule.required !== false) names.add(name);
  }
  for (const name of dataset.schema?.required ?? []) names.add(name);
  return [...names];
}
