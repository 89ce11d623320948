// Turning what one snapshot showed into limits that tomorrow's snapshot should still meet.

/** The observed range widened by 10% of its span, rounded outward to a round step. */
export function widenRange(min: number, max: number, integer: boolean): { min: number; max: number } {
  const span = max - min;
  const margin = span > 0 ? span * 0.1 : Math.max(Math.abs(max) * 0.1, integer ? 1 : 0.1);
  let step = 10 ** Math.floor(Math.log10(margin));
  if (integer) step = Math.max(1, step);
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const round = (value: number) => Number(value.toFixed(decimals));
  // The epsilon keeps 0.04 / 0.01 = 3.9999999999999996 from rounding down a whole step.
  let low = round(Math.floor((min - margin) / step + 1e-9) * step);
  const high = round(Math.ceil((max + margin) / step - 1e-9) * step);
  // Counts, ages and prices that were never negative should not be allowed to become so.
  if (min >= 0 && low < 0) low = 0;
  return { min: low, max: high };
}

/** A ceiling on the null fraction: half again the observed one plus a point, two significant digits. */
export function nullFractionLimit(observed: number): number {
  const limit = Math.min(1, observed * 1.5 + 0.01);
  const scale = 10 ** (1 - Math.floor(Math.log10(limit)));
  return Math.min(1, Math.ceil(Number((limit * scale).toFixed(6))) / scale);
}

/** The smallest row count to accept: half of today's. */
export function rowFloor(rows: number): number {
  return Math.max(1, Math.floor(rows / 2));
}
