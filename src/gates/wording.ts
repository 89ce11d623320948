// Wording shared by gate and drift messages, so a share reads the same in every message.

/** A share as a percentage with three significant digits: 0.571 → 57.1%, 0.5 → 50%. */
export function percentOf(share: number): string {
  return `${Number((share * 100).toPrecision(3))}%`;
}
