// The k-th smallest of an array in linear expected time (Hoare's quickselect), for the
// Misra–Gries purge, which needs one order statistic of the counters, not a sorted list.

/** The k-th smallest (0-based) of `values[0..length)`; reorders `values`. */
export function selectKth(values: Float64Array, length: number, k: number): number {
  let left = 0;
  let right = length - 1;
  while (right > left) {
    // Middle element as pivot: counters arrive in hash order, which is as good as random.
    const pivot = values[(left + right) >> 1];
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const swap = values[i];
        values[i] = values[j];
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return values[k];
  }
  return values[k];
}
