// A share as every message writes it (gates, drift, the contract's checks, `init`).

/** A share as a percentage with three significant digits: 0.571 → 57.1%, 0.5 → 50%. */
export function percentOf(share: number): string {
  return `${Number((share * 100).toPrecision(3))}%`;
}
