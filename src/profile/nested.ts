// Lists, structs and maps (Parquet's nested columns) as profile columns: counted, with nulls,
// and for lists and maps the distribution of their lengths. Their values are not profiled.

export type NestedType = 'list' | 'struct' | 'map';

/** Lengths of lists or maps: exact min, max, sum and count, so they merge. */
export interface Lengths {
  n: number;
  min: number;
  max: number;
  sum: number;
}

export interface NestedState {
  type: NestedType;
  lengths: Lengths;
}

/**
 * A nested cell as the readers hand it over: its type from the file's schema (a JS object could
 * be a struct or a map), the decoded value, and for a list or map its number of entries.
 */
export class NestedValue {
  constructor(readonly type: NestedType, readonly value: unknown, readonly length: number | undefined) {}

  /** The value's JSON: what a contract's text rules and examples show. */
  toJSON(): unknown {
    return this.value;
  }
}

export function emptyLengths(): Lengths {
  return { n: 0, min: 0, max: 0, sum: 0 };
}

export function addLength(lengths: Lengths, length: number): void {
  if (lengths.n === 0 || length < lengths.min) lengths.min = length;
  if (lengths.n === 0 || length > lengths.max) lengths.max = length;
  lengths.n++;
  lengths.sum += length;
}

export function mergeLengths(a: Lengths, b: Lengths): Lengths {
  if (a.n === 0) return { ...b };
  if (b.n === 0) return { ...a };
  return { n: a.n + b.n, min: Math.min(a.min, b.min), max: Math.max(a.max, b.max), sum: a.sum + b.sum };
}
