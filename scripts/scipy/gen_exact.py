#!/usr/bin/env python3
"""SciPy expectations for drift computed from two data files ("exact means exact").

    python3 scripts/scipy/gen_exact.py      # numpy 2.4, scipy 1.17

Writes __tests__/fixtures/stats/exact.json. Each case describes a baseline and a current CSV
column by the LCG generator spec of gen_drift.py (the test writes the files from the spec, bit
for bit, and runs `datagate compare` on them); a categorical column `c` is "c" + floor(value) of
its own spec. Cases marked "big" (1,000,000 values a side) run only with DATAGATE_BIG=1.
"""

import json
import math
from pathlib import Path

import numpy as np
from scipy import stats
from scipy.spatial import distance

from gen_drift import histogram_js, lcg_values, reference_psi

OUT = Path(__file__).resolve().parents[2] / "__tests__" / "fixtures" / "stats" / "exact.json"


def spec(seed, n, k=4, scale=1.0, shift=0.0, round_=False):
    out = {"seed": seed, "n": n, "k": k, "scale": scale, "shift": shift}
    if round_:
        out["round"] = True
    return out


CASES = [
    # name, x baseline, x current, c baseline, c current, big
    ("10,000 values, small shift",
     spec(101, 10000), spec(102, 10000, shift=0.03125),
     spec(103, 10000, k=1, scale=40.0), spec(104, 10000, k=1, scale=41.0), False),
    ("10,000 vs 9,000 values, wider spread",
     spec(111, 10000), spec(112, 9000, scale=1.125, shift=-0.25),
     spec(113, 10000, k=2, scale=20.0), spec(114, 9000, k=2, scale=20.0), False),
    ("200,000 vs 250,000 values, tiny shift",
     spec(201, 200000), spec(202, 250000, shift=0.0078125),
     spec(203, 200000, k=1, scale=300.0), spec(204, 250000, k=1, scale=300.0), False),
    ("240,000 values, rounded ties",
     spec(211, 240000, k=2, scale=8.0, round_=True), spec(212, 240000, k=2, scale=8.0, shift=0.0625, round_=True),
     spec(213, 240000, k=3, scale=5.0), spec(214, 240000, k=3, scale=5.0, shift=0.25), False),
    ("1,000,000 values, small shift",
     spec(301, 1000000), spec(302, 1000000, shift=0.00390625),
     spec(303, 1000000, k=2, scale=1000.0), spec(304, 1000000, k=2, scale=1000.0, shift=1.0), True),
]


def categories(values):
    return np.array([f"c{int(math.floor(v))}" for v in values])


def categorical(a, b):
    cats = sorted(set(a) | set(b))
    index = {c: i for i, c in enumerate(cats)}
    ca = np.bincount([index[c] for c in a], minlength=len(cats)).astype(float)
    cb = np.bincount([index[c] for c in b], minlength=len(cats)).astype(float)
    chi = stats.chi2_contingency(np.vstack([ca, cb]), correction=False)
    pa, pb = np.maximum(ca / ca.sum(), 1e-4), np.maximum(cb / cb.sum(), 1e-4)
    return {
        "categories": len(cats),
        "chisquare": {"statistic": float(chi.statistic), "pValue": float(chi.pvalue)},
        "jensenshannon": float(distance.jensenshannon(ca, cb, base=2)),
        "psi": float(np.sum((pb - pa) * np.log(pb / pa))),
    }


def numeric(a, b):
    ks = stats.ks_2samp(a, b)
    ha, hb, _ = histogram_js(a, b)
    return {
        "ks": {"statistic": float(ks.statistic), "pValue": float(ks.pvalue)},
        "wasserstein": float(stats.wasserstein_distance(a, b) / np.std(a, ddof=1)),
        "psi": reference_psi(a, b)[0],
        "jensenshannon": float(distance.jensenshannon(ha, hb, base=2)),
    }


def main():
    out = []
    for name, xa, xb, ca, cb, big in CASES:
        a, b = lcg_values(xa), lcg_values(xb)
        out.append({"name": name, "big": big, "x": {"baseline": xa, "current": xb}, "c": {"baseline": ca, "current": cb},
                    "numeric": numeric(a, b), "categorical": categorical(categories(lcg_values(ca)), categories(lcg_values(cb)))})
        print(name, out[-1]["numeric"], out[-1]["categorical"])
    header = {"generator": "scripts/scipy/gen_exact.py", "numpy": np.__version__, "scipy": __import__("scipy").__version__}
    OUT.write_text(json.dumps({**header, "cases": out}, indent=1) + "\n")


if __name__ == "__main__":
    main()
