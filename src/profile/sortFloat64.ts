// Sorting a column's values for exact drift: an LSD radix sort on the raw bits of the doubles,
// six passes of 11 bits (2,048 buckets, which the scatter keeps in cache where 65,536 did not),
// every digit counted in one read, passes whose digit is the same for every value skipped (ages
// and counts use three of six), and input that is already in order (ids) left as it is. Measured
// against Float64Array.prototype.sort and the former 16-bit sort by bench/sort-merge.mjs.

const RADIX_MIN = 2048;
const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;
const PASSES = 6;
/** Top digit (the high word's bits 23–31: sign and exponent) at or above this: a negative value. */
const NEGATIVE_DIGIT = 256;

/** The scatter's second buffer, kept for the next column: a fresh one per column cost more in page faults than its passes. */
let scratch = new Float64Array(0);

function scratchOf(n: number): Float64Array {
  if (scratch.length < n) scratch = new Float64Array(Math.max(n, Math.min(2 * scratch.length, 1 << 21)));
  return scratch.subarray(0, n);
}

/** Digit `pass` (0 the lowest) of the double whose words are `low`, `high`. */
function digit(low: number, high: number, pass: number): number {
  switch (pass) {
    case 0: return low & 0x7ff;
    case 1: return (low >>> 11) & 0x7ff;
    case 2: return (low >>> 22) | ((high & 1) << 10);
    case 3: return (high >>> 1) & 0x7ff;
    case 4: return (high >>> 12) & 0x7ff;
    default: return high >>> 23;
  }
}

/**
 * Sorts `values` ascending in place, as Float64Array.prototype.sort does (−0 before +0). NaN, which
 * exact values never hold, goes where its sign bit says: after +Infinity, or before −Infinity.
 */
export function sortFloat64(values: Float64Array): void {
  const n = values.length;
  if (n < RADIX_MIN) {
    values.sort();
    return;
  }
  if (inOrder(values)) return;
  // Unsigned order of the raw bits is the order of the positives, then the negatives by
  // magnitude: the last pass lays the negatives out backwards, ahead of the positives.
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const counts = new Uint32Array(PASSES * BUCKETS);
  for (let i = 0; i < n; i++) {
    const low = words[2 * i];
    const high = words[2 * i + 1];
    counts[low & 0x7ff]++;
    counts[BUCKETS + ((low >>> 11) & 0x7ff)]++;
    counts[2 * BUCKETS + ((low >>> 22) | ((high & 1) << 10))]++;
    counts[3 * BUCKETS + ((high >>> 1) & 0x7ff)]++;
    counts[4 * BUCKETS + ((high >>> 12) & 0x7ff)]++;
    counts[5 * BUCKETS + (high >>> 23)]++;
  }
  let source = values;
  let sourceWords = words;
  let target = scratchOf(n);
  let targetWords = new Uint32Array(target.buffer, target.byteOffset, 2 * n);
  const offsets = new Int32Array(BUCKETS);
  for (let pass = 0; pass < PASSES; pass++) {
    const base = pass * BUCKETS;
    const last = pass === PASSES - 1;
    // A pass where every value has the same digit changes nothing (but the negatives' order).
    if (counts[base + digit(sourceWords[0], sourceWords[1], pass)] === n) {
      if (last && sourceWords[1] >>> 23 >= NEGATIVE_DIGIT) source.reverse();
      continue;
    }
    // Negatives are scattered from the end of their bucket down: ascending raw bits, descending values.
    let offset = 0;
    if (last) {
      for (let d = BUCKETS - 1; d >= NEGATIVE_DIGIT; d--) {
        offset += counts[base + d];
        offsets[d] = offset - 1;
      }
    }
    for (let d = 0; d < (last ? NEGATIVE_DIGIT : BUCKETS); d++) {
      offsets[d] = offset;
      offset += counts[base + d];
    }
    if (last) {
      for (let i = 0; i < n; i++) {
        const d = sourceWords[2 * i + 1] >>> 23;
        target[d >= NEGATIVE_DIGIT ? offsets[d]-- : offsets[d]++] = source[i];
      }
    } else scatter(source, sourceWords, target, offsets, n, pass);
    [source, target] = [target, source];
    [sourceWords, targetWords] = [targetWords, sourceWords];
  }
  if (source !== values) values.set(source);
}

/** One stable pass on digit `pass`; a loop per digit so each stays monomorphic and branch-free. */
function scatter(source: Float64Array, words: Uint32Array, target: Float64Array, offsets: Int32Array, n: number, pass: number): void {
  switch (pass) {
    case 0:
      for (let i = 0; i < n; i++) target[offsets[words[2 * i] & 0x7ff]++] = source[i];
      return;
    case 1:
      for (let i = 0; i < n; i++) target[offsets[(words[2 * i] >>> 11) & 0x7ff]++] = source[i];
      return;
    case 2:
      for (let i = 0; i < n; i++) target[offsets[(words[2 * i] >>> 22) | ((words[2 * i + 1] & 1) << 10)]++] = source[i];
      return;
    case 3:
      for (let i = 0; i < n; i++) target[offsets[(words[2 * i + 1] >>> 1) & 0x7ff]++] = source[i];
      return;
    default:
      for (let i = 0; i < n; i++) target[offsets[(words[2 * i + 1] >>> 12) & 0x7ff]++] = source[i];
  }
}

/** True when the values are already ascending as the sort would leave them (−0 before +0 included). */
function inOrder(values: Float64Array): boolean {
  let previous = values[0];
  if (previous !== previous) return false;
  for (let i = 1; i < values.length; i++) {
    const value = values[i];
    if (value < previous || value !== value) return false;
    // Equal zeros: a −0 after a +0 is out of order.
    if (value === 0 && previous === 0 && 1 / value < 0 && 1 / previous > 0) return false;
    previous = value;
  }
  return true;
}
