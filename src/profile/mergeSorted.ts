// Merging the sorted runs of a file's parts (each sorted in its worker) into one sorted column.

/**
 * Two ascending runs as one; on equal values `a`'s come first (so −0 and +0 keep their sides'
 * order). Runs that do not overlap (ids, dates: parts are ranges) are two copies; otherwise one
 * walk (a select in place of the branch measured slower in V8: bench/sort-merge.mjs), the rest copied.
 *
 * `reuse`: `a` is not read again, and its buffer holds the result when it has room past `a` (a
 * part's values grow into the column's whole bound: src/profile/exact.ts). Only `b`'s length of
 * memory is then new, not both: fresh pages were most of a merge's time (bench/README, "Issue 13,
 * December 5").
 */
export function mergeSorted(a: Float64Array, b: Float64Array, reuse = false): Float64Array {
  const na = a.length;
  const nb = b.length;
  if (reuse && (a.buffer.byteLength - a.byteOffset) / Float64Array.BYTES_PER_ELEMENT >= na + nb) return mergeInto(a, b);
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

/** `mergeSorted` into `a`'s buffer, which has room for both. */
function mergeInto(a: Float64Array, b: Float64Array): Float64Array {
  const na = a.length;
  const nb = b.length;
  const merged = new Float64Array(a.buffer, a.byteOffset, na + nb);
  if (na === 0 || nb === 0 || !(b[0] < a[na - 1])) {
    merged.set(b, na);
    return merged;
  }
  if (b[nb - 1] < a[0]) {
    merged.copyWithin(nb, 0, na);
    merged.set(b);
    return merged;
  }
  // From the end, so each of a's values is read before its place is written (k > i throughout);
  // on equal values b's go last, so a's come first, as in the forward merge.
  let i = na - 1;
  let j = nb - 1;
  let k = na + nb - 1;
  while (i >= 0 && j >= 0) merged[k--] = a[i] > b[j] ? a[i--] : b[j--];
  // a's rest is in place already; b's goes in front.
  if (j >= 0) merged.set(b.subarray(0, j + 1));
  return merged;
}
