// Number wording shared by the model gates' messages: short, signed with a real minus sign.

/** 4 significant digits, no trailing zeros, `−` for negatives: 0.7125, 43.62, −0.03. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const text = Number.isInteger(value) ? String(value) : String(Number.parseFloat(value.toPrecision(4)));
  return text.replace(/^-/, '−');
}

export function formatSigned(value: number): string {
  return value >= 0 ? `+${formatNumber(value)}` : formatNumber(value);
}

/** A difference of two shares in percentage points: −3.1 pts. */
export function formatPoints(delta: number): string {
  const points = (delta * 100).toFixed(1);
  const text = points === '-0.0' ? '0.0' : points;
  return `${text.startsWith('-') ? text.replace('-', '−') : `+${text}`} pts`;
}

export function formatPercent(share: number): string {
  return `${formatNumber(share * 100)}%`;
}

/** Shares (accuracy, recall, AUC …) read best as points; everything else as a signed difference. */
export function isShare(...values: number[]): boolean {
  return values.every((value) => value >= 0 && value <= 1);
}

/** Comparisons forgive float noise: 0.91 − 0.90 is 0.010000000000000009, not more than 0.01. */
export function exceeds(value: number, limit: number): boolean {
  return value > limit + 1e-9 * Math.max(1, Math.abs(limit));
}
