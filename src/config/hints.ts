// "Did you mean …?" for a config's misspelt keys and values: the keys the schema allows where the
// unknown one stands, and the nearest of them (or of an enum's values) by edit distance.

import type { z } from 'zod';

/** The fields of a zod definition this walk reads (zod 4's `_zod.def`). */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  valueType?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  getter?: () => z.ZodType;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The schemas a value at `path` below `schema` may be checked against (every option of a union). */
function schemasAt(schema: z.ZodType, path: readonly PropertyKey[], depth = 0): z.ZodType[] {
  // A config schema is a few levels deep; the bound only guards a recursive (lazy) one.
  if (depth > 64) return [];
  const def = defOf(schema);
  const wrapped = def.innerType ?? (def.type === 'pipe' ? def.in : undefined) ?? def.getter?.();
  if (wrapped) return schemasAt(wrapped, path, depth + 1);
  if (def.type === 'union' && def.options) return def.options.flatMap((option) => schemasAt(option, path, depth + 1));
  if (def.type === 'intersection' && def.left && def.right) return [...schemasAt(def.left, path, depth + 1), ...schemasAt(def.right, path, depth + 1)];
  if (path.length === 0) return [schema];
  const [head, ...rest] = path;
  if (def.type === 'object' && def.shape && typeof head === 'string' && Object.hasOwn(def.shape, head)) return schemasAt(def.shape[head], rest, depth + 1);
  if (def.type === 'array' && def.element && typeof head === 'number') return schemasAt(def.element, rest, depth + 1);
  if (def.type === 'record' && def.valueType) return schemasAt(def.valueType, rest, depth + 1);
  return [];
}

/** The keys an object at `path` may have: those of every object schema that could apply there. */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const keys = new Set<string>();
  for (const found of schemasAt(schema, path)) {
    const def = defOf(found);
    if (def.type === 'object' && def.shape) for (const key of Object.keys(def.shape)) keys.add(key);
  }
  return [...keys];
}

/** Levenshtein distance, stopping early once every path is past `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length];
}

/**
 * The candidate `word` most likely misspells: within two edits (one for a word of four letters
 * or fewer), ignoring case, or undefined when none is that close. Config text is untrusted and
 * may be long: a word past 64 characters is no typo of a key.
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > 64) return undefined;
  const limit = word.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate.length > 64) continue;
    const found = distance(word.toLowerCase(), candidate.toLowerCase(), limit);
    if (found < bestDistance) {
      best = candidate;
      bestDistance = found;
    }
  }
  return best;
}
