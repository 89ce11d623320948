// Benjamini–Hochberg adjusted p-values, as scipy.stats.false_discovery_control(p, method='bh'):
// sorted ascending, p₍ᵢ₎ · m / i, then a running minimum from the largest down, capped at 1.
// Rejecting adjusted p < α keeps the expected share of false discoveries among drifted columns ≤ α.

export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((_, index) => index).sort((i, j) => pValues[i] - pValues[j] || i - j);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank -= 1) {
    const index = order[rank - 1];
    running = Math.min(running, (pValues[index] * m) / rank);
    adjusted[index] = Math.min(1, Math.max(0, running));
  }
  return adjusted;
}
