#!/usr/bin/env python3
"""SciPy reference values for src/stats/power.ts and src/compare/detectable.ts (issue #12).

    python3 scripts/scipy/gen_power.py      # numpy 2.x, scipy 1.17

Writes __tests__/fixtures/stats/power.json; __tests__/stats/power.test.ts compares against it
(CI has no Python). Three kinds of check:
- the distributions: norm.ppf, chi2.isf, ncx2.sf, and the noncentrality a χ² test needs for a
  power (brentq on ncx2.sf), to 1e-9;
- the smallest detectable mean shift, from the exact power function of the two-sided z-test
  (both tails, brentq on d), and of Welch's t-test (nct, both tails);
- the smallest detectable category move: simulated. Multinomial halves are drawn with the move
  applied, scipy.stats.chi2_contingency(correction=False) is run on each, and the share of rejections
  at the level is the power actually reached (should be close to 0.8).
"""

import json
import math
from pathlib import Path

import numpy as np
from scipy import optimize, stats

OUT = Path(__file__).resolve().parents[2] / "__tests__" / "fixtures" / "stats" / "power.json"
rng = np.random.default_rng(20261204)


def required_noncentrality(dof, alpha, power):
    crit = stats.chi2.isf(alpha, dof)
    return optimize.brentq(lambda lam: stats.ncx2.sf(crit, dof, lam) - power, 1e-9, 1e4, xtol=1e-14, rtol=1e-14)


def z_shift(n1, n2, alpha, power):
    se = math.sqrt(1 / n1 + 1 / n2)
    z = stats.norm.isf(alpha / 2)
    f = lambda d: stats.norm.sf(z - d / se) + stats.norm.cdf(-z - d / se) - power
    return optimize.brentq(f, 1e-9, 100, xtol=1e-14, rtol=1e-14)


def t_shift(n1, n2, alpha, power):
    # Student's t on equal variances: noncentral t with nc = d / se, n1 + n2 - 2 dof.
    se = math.sqrt(1 / n1 + 1 / n2)
    dof = n1 + n2 - 2
    t = stats.t.isf(alpha / 2, dof)
    # The lower tail is below 1e-9 at these powers (and NaN in nct for large nc).
    f = lambda d: stats.nct.sf(t, dof, d / se) - power
    return optimize.brentq(f, 1e-9, 3 * se * (stats.norm.isf(alpha / 2) + 1), xtol=1e-12, rtol=1e-12)


def simulated_power(n1, n2, shares, move, alpha, runs=20000):
    p = np.array(shares, dtype=float)
    q = p.copy()
    q[0] -= move
    q[1] += move
    rejected = 0
    for _ in range(runs):
        a = rng.multinomial(n1, p)
        b = rng.multinomial(n2, q)
        keep = (a + b) > 0
        table = np.array([a[keep], b[keep]])
        if table.shape[1] < 2:
            continue
        pvalue = stats.chi2_contingency(table, correction=False).pvalue
        rejected += pvalue < alpha
    return rejected / runs


def detectable_move(n1, n2, p1, p2, k, alpha, power):
    # Noncentrality of the move = Pearson's statistic on the expected table (Cohen's w² N): the
    # pooled shares m = (n1 p + n2 q) / N of the two categories are those after the move.
    lam = required_noncentrality(k - 1, alpha, power)
    c = n2 / (n1 + n2)
    f = lambda d: d * d * (1 / (p1 - c * d) + 1 / (p2 + c * d)) / (1 / n1 + 1 / n2) - lam
    return optimize.brentq(f, 1e-12, p1 * (1 - 1e-12), xtol=1e-14, rtol=1e-14)


quantiles = [1e-300, 1e-20, 1e-8, 0.001, 0.01, 0.02, 0.05, 0.2, 0.425, 0.5, 0.6, 0.8, 0.9, 0.975, 0.999, 1 - 1e-10]
critical = [(a, k) for a in [0.05, 0.05 / 3, 0.05 / 27, 1e-4] for k in [1, 2, 4, 10]]
ncx2 = [(x, k, lam) for x, k, lam in [(3.84, 1, 7.85), (10.0, 1, 0.5), (9.49, 4, 11.9), (30.0, 4, 2.0), (20.0, 10, 15.0), (1.0, 2, 40.0), (200.0, 3, 150.0), (12.0, 1, 300.0)]]
required = [(k, a, pw) for k in [1, 2, 4, 9] for a, pw in [(0.05, 0.8), (0.05 / 27, 0.8), (0.01, 0.5), (0.05 / 60, 0.9)]]
shifts = [(n1, n2, a) for n1, n2, a in [(203, 203, 0.05 / 27), (203, 203, 0.05), (730, 731, 0.05 / 15), (20, 25, 0.05 / 3), (5000, 5000, 0.05 / 60)]]
moves = [
    # n1, n2, coarsened baseline shares (the two most common first), level: a small car table's
    # Origin, seattle-weather's 5-category weather, a balanced 2-category column.
    (203, 203, [0.62, 0.20, 0.18], 0.05 / 9),
    (730, 731, [0.44, 0.44, 0.07, 0.035, 0.015], 0.05 / 10),
    (400, 380, [0.5, 0.5], 0.05),
]

fixture = {
    "normalQuantile": [{"p": p, "x": float(stats.norm.ppf(p))} for p in quantiles],
    "chiSquareCritical": [{"alpha": a, "dof": k, "x": float(stats.chi2.isf(a, k))} for a, k in critical],
    "noncentralChiSquareSurvival": [{"x": x, "dof": k, "noncentrality": lam, "sf": float(stats.ncx2.sf(x, k, lam))} for x, k, lam in ncx2],
    "requiredNoncentrality": [{"dof": k, "alpha": a, "power": pw, "noncentrality": required_noncentrality(k, a, pw)} for k, a, pw in required],
    "meanShift": [{"baseline": n1, "current": n2, "alpha": a, "zTest": z_shift(n1, n2, a, 0.8), "tTest": t_shift(n1, n2, a, 0.8)} for n1, n2, a in shifts],
    "categoryMove": [],
}
for n1, n2, shares, a in moves:
    move = detectable_move(n1, n2, shares[0], shares[1], len(shares), a, 0.8)
    fixture["categoryMove"].append({"baseline": n1, "current": n2, "shares": shares, "alpha": a, "move": move,
                                    "simulatedPower": simulated_power(n1, n2, shares, move, a), "runs": 20000})

OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(json.dumps(fixture, indent=1) + "\n")
print(json.dumps(fixture["meanShift"], indent=1))
print(json.dumps(fixture["categoryMove"], indent=1))
