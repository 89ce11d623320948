// Merging the sorted runs of a file's parts (each sorted in its worker) into one sorted column.

/**
 * Two ascending runs as one; on equal values `a`'s come first (so −0 and +0 keep their sides'
 * order). Runs that do not overlap (ids, dates: parts are ranges) are two copies; otherwise one
 * walk (a select in place of the branch measured slower in V8: bench/sort-merge.mjs), the rest copied.
 */
export function mergeSorted(a: Float64Array, b: Float64Array): Float64Array {
  const na = a.length;
  const nb = b.length;
  const merged = new Float64Array(na + nb);
  if (na === 0 || nb === 0 || !(b[0] < a[na - 1])) {
    merged.set(a);
    merged.set(b, na);
    return merged;
  }
  if (b[nb - 1] < a[0]) {
    merged.set(b);
    merged.set(a, nb);
    return merged;
  }
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < na && j < nb) merged[k++] = b[j] < a[i] ? b[j++] : a[i++];
  if (i < na) merged.set(a.subarray(i), k);
  else merged.set(b.subarray(j), k);
  return merged;
}
