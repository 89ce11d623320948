// The ceiling of detection (issue #12): for one injected change, the single most powerful test
// that knows which column changed and how, at α = 0.05 unadjusted, on the same two halves. No
// method that watches every column and controls false alarms can detect more often.
//
// - mean +0.25 std: Student's two-sample t (pooled variance) on the column's values;
// - spread ×1.5: Brown–Forsythe (Student's t on absolute deviations from each half's median,
//   whose square is scipy.stats.levene(center='median')), valid on the heavy tails of real
//   columns, where the F-test on variances is not (its F p-value is kept too, for comparison);
// - 10 points between two categories: the two-proportion z-test on the 2 × 2 table of the two
//   categories that moved (the share of the first among rows of either, baseline vs current);
// - +10 points nulls: the two-proportion z-test on nulls vs values.
// Each gives a one-sided p (the direction is known: the strict ceiling) and a two-sided p (what a
// test that does not know the direction could reach at best).

/** { oneSided, twoSided } p-values of the oracle test for `kind`, given both halves' cells of the column. */
export function oracle(dg, kind, baselineCells, currentCells, moved) {
  if (kind === 'shift') return tTest(numbers(baselineCells), numbers(currentCells), dg);
  if (kind === 'spread') {
    const a = numbers(baselineCells);
    const b = numbers(currentCells);
    return { ...tTest(deviations(a), deviations(b), dg), f: fTest(a, b, dg) };
  }
  if (kind === 'mix') {
    const [top, second] = moved;
    const count = (cells, value) => cells.filter((cell) => cell === value).length;
    // The move lowers the first category's share among the two.
    return proportions(count(baselineCells, top), count(baselineCells, top) + count(baselineCells, second), count(currentCells, top), count(currentCells, top) + count(currentCells, second), dg, -1);
  }
  const nulls = (cells) => cells.filter((cell) => cell === '').length;
  return proportions(nulls(baselineCells), baselineCells.length, nulls(currentCells), currentCells.length, dg, +1);
}

/** One-sided power of the oracle t-test for a shift of `shift` stds, normal approximation. */
export function analyticShiftPower(dg, baselineCount, currentCount, shift = 0.25, alpha = 0.05) {
  const z = shift / Math.sqrt(1 / baselineCount + 1 / currentCount) - dg.normalQuantile(1 - alpha);
  return normalCdf(z, dg);
}

function numbers(cells) {
  return cells.filter((cell) => cell !== '').map(Number);
}

function moments(values) {
  const mean = values.reduce((total, x) => total + x, 0) / values.length;
  const squares = values.reduce((total, x) => total + (x - mean) ** 2, 0);
  return { n: values.length, mean, squares };
}

/** Student's pooled t of b − a; one-sided p for an increase. */
function tTest(a, b, dg) {
  const ma = moments(a);
  const mb = moments(b);
  const dof = ma.n + mb.n - 2;
  const se = Math.sqrt(((ma.squares + mb.squares) / dof) * (1 / ma.n + 1 / mb.n));
  if (!(se > 0)) return { oneSided: 1, twoSided: 1 };
  const t = (mb.mean - ma.mean) / se;
  const upper = dg.studentTSurvival(Math.abs(t), dof);
  return { oneSided: t > 0 ? upper : 1 - upper, twoSided: Math.min(1, 2 * upper) };
}

function deviations(values) {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = (sorted.length - 1) / 2;
  const median = (sorted[Math.floor(middle)] + sorted[Math.ceil(middle)]) / 2;
  return values.map((x) => Math.abs(x - median));
}

/** F = s²(current) / s²(baseline), one-sided for a wider current, as scipy.stats.f.sf. */
function fTest(a, b, dg) {
  const ma = moments(a);
  const mb = moments(b);
  const f = mb.squares / (mb.n - 1) / (ma.squares / (ma.n - 1));
  return Number.isFinite(f) ? dg.fSurvival(f, mb.n - 1, ma.n - 1) : 1;
}

/** Two-proportion z-test of x2/n2 against x1/n1; `direction` +1 for a rise, −1 for a fall. */
function proportions(x1, n1, x2, n2, dg, direction) {
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (!(se > 0)) return { oneSided: 1, twoSided: 1 };
  const z = (direction * (x2 / n2 - x1 / n1)) / se;
  const upper = dg.chiSquareSurvival(z * z, 1) / 2;
  return { oneSided: z > 0 ? upper : 1 - upper, twoSided: Math.min(1, 2 * upper) };
}

function normalCdf(z, dg) {
  const tail = dg.chiSquareSurvival(z * z, 1) / 2;
  return z > 0 ? 1 - tail : tail;
}
