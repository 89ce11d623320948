#!/usr/bin/env python3
"""SciPy reference values for the statistics behind drift method `robust` (issue #12).

    python3 scripts/scipy/gen_robust.py      # numpy 2.x, scipy 1.17

Writes __tests__/fixtures/stats/robust.json; __tests__/stats/robust.test.ts compares src/stats
against it (CI has no Python). Samples are numpy draws stored inline.
"""

import json
import math
from pathlib import Path

import numpy as np
from scipy import special, stats

OUT = Path(__file__).resolve().parents[2] / "__tests__" / "fixtures" / "stats" / "robust.json"
rng = np.random.default_rng(20261204)


def floats(a):
    return [float(x) for x in a]


def sample_pairs():
    n = rng.normal
    return [
        ("n=5 vs 7", floats(n(0, 1, 5)), floats(n(0.5, 1, 7))),
        ("n=30 equal", floats(n(10, 2, 30)), floats(n(10, 2, 30))),
        ("n=200 shift 0.25", floats(n(0, 1, 200)), floats(n(0.25, 1, 200))),
        ("n=500 spread x1.5", floats(n(0, 1, 500)), floats(n(0, 1.5, 500))),
        ("n=1000 vs 800 lognormal", floats(rng.lognormal(0, 1, 1000)), floats(rng.lognormal(0, 1, 800))),
        ("ties small integers", floats(rng.integers(0, 6, 200)), floats(rng.integers(0, 7, 180))),
        ("heavy tail", floats(rng.standard_t(2, 300)), floats(rng.standard_t(2, 300) * 1.2)),
        ("n=2 vs 3", [1.0, 2.0], [1.5, 4.0, 9.0]),
        ("disjoint", floats(rng.uniform(0, 1, 60)), floats(rng.uniform(2, 3, 45))),
    ]


def tests_cases():
    cases = []
    for name, a, b in sample_pairs():
        welch = stats.ttest_ind(a, b, equal_var=False)
        bf = stats.levene(a, b, center="median")
        ranks = stats.rankdata(a + b, method="average")
        ra, rb = ranks[:len(a)], ranks[len(a):]
        rank_welch = stats.ttest_ind(ra, rb, equal_var=False)
        rank_bf = stats.levene(ra, rb, center="median")
        cases.append({"name": name, "baseline": a, "current": b,
                      "welch": {"statistic": float(welch.statistic), "pValue": float(welch.pvalue)},
                      "brownForsythe": {"statistic": float(bf.statistic), "pValue": float(bf.pvalue)},
                      "rankWelch": {"statistic": float(rank_welch.statistic), "pValue": float(rank_welch.pvalue)},
                      "rankBrownForsythe": {"statistic": float(rank_bf.statistic), "pValue": float(rank_bf.pvalue)}})
    return cases


def distribution_cases():
    out = []
    for x, a, b in [(0.3, 2, 3), (0.5, 0.5, 0.5), (0.01, 10, 0.5), (0.99, 0.5, 40), (0.2, 300, 2), (0.7, 1000, 1000), (1e-5, 1.5, 2.5)]:
        out.append({"kind": "betainc", "x": x, "a": a, "b": b, "value": float(special.betainc(a, b, x))})
    for t, df in [(0.5, 3), (2.0, 10), (4.2, 7.5), (8.0, 200.3), (25.0, 30), (1.0, 1), (-1.3, 12)]:
        out.append({"kind": "t", "t": t, "dof": df, "value": float(stats.t.sf(t, df))})
    for f, d1, d2 in [(1.0, 1, 10), (3.9, 1, 398), (12.0, 1, 998), (0.2, 1, 5), (40.0, 1, 1000), (2.5, 4, 20)]:
        out.append({"kind": "f", "f": f, "dof1": d1, "dof2": d2, "value": float(stats.f.sf(f, d1, d2))})
    return out


def coarsen(categories, baseline, current):
    """Mirror of src/stats/coarsen.ts, written from its definition."""
    nb, nc = sum(baseline), sum(current)
    total = nb + nc
    min_combined = 5 * total / min(nb, nc)
    order = sorted(range(len(categories)), key=lambda i: (-(baseline[i] + current[i]), categories[i]))
    kept_c, kept_b, kept_n = [], [], []
    ob = oc = 0
    for i in order:
        if baseline[i] + current[i] >= min_combined:
            kept_c.append(categories[i]); kept_b.append(baseline[i]); kept_n.append(current[i])
        else:
            ob += baseline[i]; oc += current[i]
    if ob + oc > 0:
        if ob + oc >= min_combined or not kept_c:
            kept_c.append("(other)"); kept_b.append(ob); kept_n.append(oc)
        else:
            kept_c[-1] += " + (other)"; kept_b[-1] += ob; kept_n[-1] += oc
    return kept_c, kept_b, kept_n


def categorical_cases():
    out = []
    specs = [
        ("3 categories, all kept", ["a", "b", "c"], [500, 300, 200], [400, 400, 200]),
        ("rare tail lumped", [f"k{i}" for i in range(30)], None, None),
        ("tiny other merged into the smallest kept", ["a", "b", "c", "d"], [60, 50, 1, 1], [55, 58, 2, 0]),
        ("high cardinality 2000 categories", None, None, None),
        ("new values appear", None, None, None),
    ]
    for name, cats, b, c in specs:
        if name == "rare tail lumped":
            weights = np.array([1 / (i + 1) ** 1.3 for i in range(30)]); weights /= weights.sum()
            b = [int(x) for x in rng.multinomial(400, weights)]
            c = [int(x) for x in rng.multinomial(350, weights)]
        if name.startswith("high cardinality"):
            cats = [f"city{i}" for i in range(2000)]
            weights = np.array([1 / (i + 1) ** 1.1 for i in range(2000)]); weights /= weights.sum()
            b = [int(x) for x in rng.multinomial(3000, weights)]
            c = [int(x) for x in rng.multinomial(3000, weights)]
        if name == "new values appear":
            cats = [f"v{i}" for i in range(300)]
            b = [int(x) for x in rng.multinomial(600, [1 / 200] * 200)] + [0] * 100
            c = [int(x) for x in rng.multinomial(600, [1 / 300] * 300)]
        pairs = [(k, x, y) for k, x, y in zip(cats, b, c) if x + y > 0]
        cats, b, c = [p[0] for p in pairs], [p[1] for p in pairs], [p[2] for p in pairs]
        kc, kb, kn = coarsen(cats, b, c)
        if len(kc) >= 2:
            chi2, p, dof, _ = stats.chi2_contingency([kb, kn], correction=False)
        else:
            chi2, p, dof = 0.0, 1.0, 0
        # Unseen share and its Good–Turing expectation, from the definition.
        unseen = sum(y for x, y in zip(b, c) if x == 0)
        squares = sum(y * y for x, y in zip(b, c) if x == 0)
        f1 = sum(1 for x in b if x == 1)
        f2 = sum(1 for x in b if x == 2)
        nb = sum(b)
        share = unseen / sum(c)
        expected = min(1 - 0.5 / sum(b), max(f1, 0.5) / sum(b))
        deff = max(1, squares / unseen) if unseen else 1
        esty = f1 / nb ** 2 * (1 - f1 / nb) + 2 * f2 / nb ** 2
        z = (share - expected) / math.sqrt(expected * (1 - expected) * deff / sum(c) + esty)
        out.append({"name": name, "categories": cats, "baseline": b, "current": c,
                    "coarsened": {"categories": kc, "baseline": kb, "current": kn},
                    "chisquare": {"statistic": float(chi2), "pValue": float(p), "dof": int(dof)},
                    "unseen": {"share": share, "expected": expected, "statistic": z, "pValue": float(stats.norm.sf(z)) if z > 0 else 1.0}})
    return out


def null_cases():
    out = []
    for nulls_b, values_b, nulls_c, values_c in [(0, 1000, 100, 900), (30, 970, 45, 955), (5, 95, 20, 80), (0, 50, 1, 49)]:
        chi2, p, _, _ = stats.chi2_contingency([[nulls_b, values_b], [nulls_c, values_c]], correction=False)
        # The two-proportion z-test with pooled variance gives the same p-value.
        pooled = (nulls_b + nulls_c) / (nulls_b + values_b + nulls_c + values_c)
        z = (nulls_c / (nulls_c + values_c) - nulls_b / (nulls_b + values_b)) / math.sqrt(pooled * (1 - pooled) * (1 / (nulls_b + values_b) + 1 / (nulls_c + values_c)))
        out.append({"baseline": {"nulls": nulls_b, "values": values_b}, "current": {"nulls": nulls_c, "values": values_c},
                    "pValue": float(p), "zTestPValue": float(2 * stats.norm.sf(abs(z)))})
    return out


OUT.write_text(json.dumps({"cases": [{"tests": tests_cases(), "distributions": distribution_cases(),
                                     "categorical": categorical_cases(), "nulls": null_cases()}]}, indent=1) + "\n")
print(f"wrote {OUT}")
