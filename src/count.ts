// Whole numbers written with their thousands grouped, for messages from any layer (readers,
// comparisons, reports): locale-free, so output is byte-identical everywhere.

/** `1234567` → `1,234,567`: the digits of a whole number, grouped. */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * A whole number with its thousands grouped, `1,000,000`, as `toLocaleString('en')` writes it
 * without its cost: ICU's number formatter takes ≈ 30 ms to start, once per process.
 */
export function formatCount(value: number): string {
  return value < 0 ? `-${groupThousands(String(-value))}` : groupThousands(String(value));
}
