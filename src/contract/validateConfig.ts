// Contract mistakes zod cannot see — a regex that does not compile, min > max, a bound the
// column's type cannot have — reported with their config path before any data is read.

import type { ColumnRule, Config, DatasetConfig } from '../config/schema.js';
import type { Problem } from '../errors.js';
import { parseDuration } from '../config/duration.js';
import { boundKindOf, parseBound, typeAccepts, type Bound } from './rules.js';
import { patternProblem } from './pattern.js';

export function contractProblems(config: Config): Problem[] {
  return config.datasets.flatMap((dataset, index) => datasetProblems(dataset, `datasets[${index}]`));
}

function datasetProblems(dataset: DatasetConfig, at: string): Problem[] {
  const problems: Problem[] = [];
  const columns = dataset.schema?.columns ?? {};
  for (const [name, rule] of Object.entries(columns)) {
    problems.push(...columnProblems(rule, `${at}.schema.columns.${name}`));
  }
  for (const [index, name] of (dataset.schema?.required ?? []).entries()) {
    if (columns[name]?.required === false) {
      problems.push({ path: `${at}.schema.required[${index}]`, message: `"${name}" is required here but has required: false under columns` });
    }
  }
  const closed = dataset.schema?.allow_extra_columns === false;
  const known = new Set([...Object.keys(columns), ...(dataset.schema?.required ?? [])]);
  const unknownWhenClosed = (name: string, path: string) => {
    if (closed && !known.has(name)) {
      problems.push({ path, message: `"${name}" is not in schema.columns, and allow_extra_columns is false: no data can pass` });
    }
  };
  for (const [index, key] of (dataset.unique ?? []).entries()) {
    const seen = new Set<string>();
    for (const [part, name] of key.entries()) {
      if (seen.has(name)) problems.push({ path: `${at}.unique[${index}][${part}]`, message: `"${name}" appears twice in this unique key` });
      seen.add(name);
      unknownWhenClosed(name, `${at}.unique[${index}][${part}]`);
    }
  }
  const rows = dataset.rows;
  if (rows?.min !== undefined && rows.max !== undefined && rows.min > rows.max) {
    problems.push({ path: `${at}.rows.min`, message: `min (${rows.min}) is greater than max (${rows.max})` });
  }
  const freshness = dataset.freshness;
  if (freshness) {
    const maxAge = parseDuration(freshness.max_age);
    if (maxAge === undefined) {
      problems.push({ path: `${at}.freshness.max_age`, message: `unknown duration "${freshness.max_age}"; use a number and s, m, h, d or w, such as 2d or 6h` });
    } else if (maxAge <= 0) {
      problems.push({ path: `${at}.freshness.max_age`, message: `max_age must be longer than 0, got "${freshness.max_age}"` });
    }
    const type = columns[freshness.column]?.type;
    if (type !== undefined && type !== 'date' && type !== 'timestamp') {
      problems.push({ path: `${at}.freshness.column`, message: `"${freshness.column}" has type ${type}; freshness needs a date or timestamp column` });
    }
    unknownWhenClosed(freshness.column, `${at}.freshness.column`);
  }
  return problems;
}

function columnProblems(rule: ColumnRule, at: string): Problem[] {
  const problems: Problem[] = [];
  if (rule.pattern !== undefined) {
    const problem = patternProblem(rule.pattern);
    if (problem) problems.push({ path: `${at}.pattern`, message: problem });
  }
  const bounds: Partial<Record<'min' | 'max', Bound>> = {};
  const allowedKind = boundKindOf(rule.type);
  for (const side of ['min', 'max'] as const) {
    const value = rule[side];
    if (value === undefined) continue;
    const bound = parseBound(value);
    if (!bound) {
      problems.push({ path: `${at}.${side}`, message: `${side} must be a number or an ISO date or timestamp, got ${JSON.stringify(value)}` });
    } else if (allowedKind === undefined) {
      problems.push({ path: `${at}.${side}`, message: `${side} does not apply to ${withArticle(String(rule.type))} column` });
    } else if (allowedKind !== 'any' && allowedKind !== bound.kind) {
      const wanted = allowedKind === 'number' ? 'a number' : 'an ISO date or timestamp';
      problems.push({ path: `${at}.${side}`, message: `${side} must be ${wanted} for ${withArticle(String(rule.type))} column, got ${JSON.stringify(value)}` });
    } else {
      bounds[side] = bound;
    }
  }
  if (bounds.min && bounds.max) {
    if (bounds.min.kind !== bounds.max.kind) {
      problems.push({ path: `${at}.max`, message: 'min and max must both be numbers or both be dates' });
    } else if (bounds.min.value > bounds.max.value) {
      problems.push({ path: `${at}.min`, message: `min (${String(rule.min)}) is greater than max (${String(rule.max)})` });
    }
  }
  if (rule.min_length !== undefined && rule.max_length !== undefined && rule.min_length > rule.max_length) {
    problems.push({ path: `${at}.min_length`, message: `min_length (${rule.min_length}) is greater than max_length (${rule.max_length})` });
  }
  const declared = rule.type;
  if (declared && declared !== 'string') {
    for (const [index, value] of (rule.allowed ?? []).entries()) {
      if (!typeAccepts(declared, value)) {
        problems.push({ path: `${at}.allowed[${index}]`, message: `${JSON.stringify(value)} is not ${withArticle(declared)}, so no ${declared} value can equal it` });
      }
    }
  }
  if (rule.nullable === false && rule.max_null_fraction !== undefined && rule.max_null_fraction > 0) {
    problems.push({ path: `${at}.max_null_fraction`, message: 'nullable: false allows no nulls; drop one of the two' });
  }
  return problems;
}

function withArticle(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}
