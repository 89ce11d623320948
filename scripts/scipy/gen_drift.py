#!/usr/bin/env python3
"""Generate the SciPy reference fixtures for datagate's drift statistics.

    python3 scripts/scipy/gen_drift.py      # numpy 2.4, scipy 1.17

Writes __tests__/fixtures/stats/*.json (inputs + expected values). CI has no Python: the JSON files
are committed and __tests__/stats/*.test.ts compares src/stats against them.

The sample pairs are in samples.json; the per-method files refer to them by name. Small inputs are
stored inline (numpy draws, exact through JSON). Large inputs are described by a
generator spec that both this script and the tests reproduce bit for bit: a Park–Miller LCG whose
uniforms are dyadic rationals, summed (Irwin–Hall) and scaled by powers of two, so every value is
exact in binary floating point on both sides.
"""

import json
import math
from pathlib import Path

import numpy as np
from scipy import special, stats
from scipy.spatial import distance

OUT = Path(__file__).resolve().parents[2] / "__tests__" / "fixtures" / "stats"
rng = np.random.default_rng(20240601)
DECILES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]


def lcg_values(spec):
    """Mirror of __tests__/stats/generate.ts: Irwin-Hall(k) sums of LCG uniforms, scaled/shifted."""
    state = spec["seed"]
    out = np.empty(spec["n"])
    for i in range(spec["n"]):
        total = 0.0
        for _ in range(spec["k"]):
            state = (state * 48271) % 2147483647
            total += state / 2147483648.0
        out[i] = total * spec["scale"] + spec["shift"]
        if spec.get("round"):
            out[i] = math.floor(out[i])
    return out


def materialise(side):
    return np.asarray(side, dtype=float) if isinstance(side, list) else lcg_values(side)


def floats(a):
    return [float(x) for x in a]


# ---------------------------------------------------------------- inputs
def pairs():
    """(name, baseline, current, weights or None) covering sizes, shapes, ties, constants."""
    n = rng.normal
    cases = [
        ("tiny unequal n", floats(n(0, 1, 5)), floats(n(0.5, 1, 7))),
        ("equal n=8", floats(n(0, 1, 8)), floats(n(1, 1, 8))),
        ("n=20 vs 30 uniform", floats(rng.uniform(0, 1, 20)), floats(rng.uniform(0.1, 1.1, 30))),
        ("n=100 equal no drift", floats(n(10, 2, 100)), floats(n(10, 2, 100))),
        ("n=100 vs 150 shift", floats(n(0, 1, 100)), floats(n(0.4, 1, 150))),
        ("n=1000 vs 1200 exponential", floats(rng.exponential(2, 1000)), floats(rng.exponential(2.2, 1200))),
        ("n=3000 vs 2000 lognormal", floats(rng.lognormal(0, 1, 3000)), floats(rng.lognormal(0.05, 1, 2000))),
        ("ties small integers", floats(rng.integers(0, 6, 200)), floats(rng.integers(0, 7, 180))),
        ("ties equal n", floats(rng.integers(0, 3, 50)), floats(rng.integers(0, 3, 50))),
        ("constant equal", [3.0] * 40, [3.0] * 25),
        ("constant different", [3.0] * 40, [4.0] * 25),
        ("constant vs spread", [5.0] * 30, floats(n(5, 1, 30))),
        ("single values", [1.0], [2.0]),
        ("disjoint", floats(rng.uniform(0, 1, 60)), floats(rng.uniform(2, 3, 45))),
        ("asymptotic large", {"seed": 11, "n": 15000, "k": 4, "scale": 1.0, "shift": 0.0},
         {"seed": 12, "n": 12000, "k": 4, "scale": 1.0, "shift": 0.015625}),
        ("asymptotic no drift", {"seed": 21, "n": 40000, "k": 4, "scale": 2.0, "shift": 0.0},
         {"seed": 22, "n": 50000, "k": 4, "scale": 2.0, "shift": 0.0}),
        ("asymptotic small en", floats(n(0, 1, 5)), {"seed": 31, "n": 20000, "k": 4, "scale": 0.5, "shift": 0.5}),
        ("asymptotic en~190", floats(n(0, 1, 200)), {"seed": 41, "n": 11000, "k": 4, "scale": 0.5, "shift": 0.9}),
        ("asymptotic rounded ties", {"seed": 51, "n": 20000, "k": 2, "scale": 8.0, "shift": 0.0, "round": True},
         {"seed": 52, "n": 30000, "k": 2, "scale": 8.0, "shift": 0.0, "round": True}),
    ]
    return cases


def ks_cases():
    out = []
    for name, a, b in PAIRS:
        r = stats.ks_2samp(materialise(a), materialise(b), method="auto")
        out.append({"name": name,
                    "statistic": float(r.statistic), "pValue": float(r.pvalue)})
    return out


def wasserstein_cases():
    out = []
    for name, a, b in PAIRS:
        av, bv = materialise(a), materialise(b)
        d = float(stats.wasserstein_distance(av, bv))
        out.append({"name": name, "distance": d,
                    "baselineStd": float(np.std(av, ddof=1)) if len(av) > 1 else 0.0})
    # Weighted inputs (what a sketch hands over).
    for name, size in (("weighted small", 12), ("weighted medium", 300)):
        u, v = rng.normal(0, 1, size), rng.normal(0.3, 1.2, size + 5)
        uw, vw = rng.integers(1, 9, size).astype(float), rng.integers(1, 9, size + 5).astype(float)
        out.append({"name": name, "baseline": floats(u), "baselineWeights": floats(uw),
                    "current": floats(v), "currentWeights": floats(vw),
                    "distance": float(stats.wasserstein_distance(u, v, uw, vw))})
    return out


def reference_psi(a, b):
    """DESIGN.md's PSI, written with numpy."""
    edges = np.unique(np.quantile(a, DECILES))
    ca = np.bincount(np.searchsorted(edges, a, side="right"), minlength=len(edges) + 1) / len(a)
    cb = np.bincount(np.searchsorted(edges, b, side="right"), minlength=len(edges) + 1) / len(b)
    pa, pb = np.maximum(ca, 1e-4), np.maximum(cb, 1e-4)
    return float(np.sum((pb - pa) * np.log(pb / pa))), floats(edges)


def psi_cases():
    out = []
    for name, a, b in PAIRS:
        score, edges = reference_psi(materialise(a), materialise(b))
        out.append({"name": name, "psi": score, "edges": edges})
    return out


def histogram_js(a, b, bins=20):
    lo, hi = min(a.min(), b.min()), max(a.max(), b.max())
    ha, edges = np.histogram(a, bins=bins, range=(lo, hi))
    hb, _ = np.histogram(b, bins=bins, range=(lo, hi))
    return ha, hb, edges


def jensenshannon_cases():
    out = []
    for name, a, b in PAIRS:
        ha, hb, edges = histogram_js(materialise(a), materialise(b))
        js = distance.jensenshannon(ha, hb, base=2)
        out.append({"name": name, "distance": float(np.nan_to_num(js, nan=0.0)),
                    "edges": floats(edges), "baselineCounts": [int(x) for x in ha], "currentCounts": [int(x) for x in hb]})
    return out


# ---------------------------------------------------------------- categorical
def category_tables():
    def table(name, cats, pa, pb, na, nb):
        ca = rng.multinomial(na, pa)
        cb = rng.multinomial(nb, pb)
        keep = [i for i in range(len(cats)) if ca[i] + cb[i] > 0]
        return {"name": name,
                "baseline": {cats[i]: int(ca[i]) for i in keep if ca[i] > 0},
                "current": {cats[i]: int(cb[i]) for i in keep if cb[i] > 0}}

    tables = [
        table("3 categories no drift", ["a", "b", "c"], [0.5, 0.3, 0.2], [0.5, 0.3, 0.2], 500, 600),
        table("3 categories 15-point shift", ["a", "b", "c"], [0.5, 0.3, 0.2], [0.35, 0.45, 0.2], 50000, 50000),
        table("10-point mix change", ["x", "y", "z", "w"], [0.4, 0.3, 0.2, 0.1], [0.3, 0.4, 0.2, 0.1], 1000, 1000),
        table("boolean", ["true", "false"], [0.7, 0.3], [0.72, 0.28], 800, 900),
        table("new and missing categories", ["US", "DE", "FR", "NL", "BE"], [0.5, 0.3, 0.2, 0, 0], [0.45, 0.3, 0, 0.15, 0.1], 300, 320),
        table("small counts", ["p", "q", "r", "s"], [0.25] * 4, [0.25] * 4, 12, 9),
    ]
    many = [f"c{i}" for i in range(5000)]
    p = np.full(5000, 1 / 5000)
    tables.append(table("5000 categories no drift", many, p, p, 50000, 50000))
    zipf = 1 / np.arange(1, 301) ** 1.1
    zipf /= zipf.sum()
    tables.append(table("zipf 300", [f"z{i}" for i in range(300)], zipf, zipf, 20000, 25000))
    tables.append({"name": "one category", "baseline": {"only": 10}, "current": {"only": 7}})
    return tables


def aligned(t):
    cats = list(dict.fromkeys(list(t["baseline"]) + list(t["current"])))
    a = np.array([t["baseline"].get(c, 0) for c in cats], dtype=float)
    b = np.array([t["current"].get(c, 0) for c in cats], dtype=float)
    return a, b


def categorical_cases():
    out = []
    for t in category_tables():
        a, b = aligned(t)
        if len(a) > 1:
            chi = stats.chi2_contingency(np.vstack([a, b]), correction=False)
            statistic, pvalue, dof = float(chi.statistic), float(chi.pvalue), int(chi.dof)
        else:
            statistic, pvalue, dof = 0.0, 1.0, 0
        pa, pb = np.maximum(a / a.sum(), 1e-4), np.maximum(b / b.sum(), 1e-4)
        out.append({**t, "chisquare": {"statistic": statistic, "pValue": pvalue, "dof": dof},
                    "jensenshannon": float(np.nan_to_num(distance.jensenshannon(a, b, base=2), nan=0.0)),
                    "psi": float(np.sum((pb - pa) * np.log(pb / pa)))})
    return out


# ---------------------------------------------------------------- distributions, BH
def distribution_cases():
    chi = []
    for dof in [1, 2, 3, 4, 5, 7, 10, 19, 20, 49, 99, 199, 999, 4999]:
        for q in [1e-300, 1e-100, 1e-30, 1e-12, 1e-6, 1e-3, 0.01, 0.05, 0.2, 0.5, 0.8, 0.99, 0.999999]:
            x = float(stats.chi2.isf(q, dof))
            chi.append({"x": x, "dof": dof, "sf": float(stats.chi2.sf(x, dof))})
        for x in [0.001, 0.5, dof * 0.5, float(dof), dof * 1.5]:
            chi.append({"x": float(x), "dof": dof, "sf": float(stats.chi2.sf(x, dof))})
    kol, smi = [], []
    for n in [1, 2, 3, 5, 10, 20, 50, 100, 140, 141, 200, 500, 1000, 5000, 10000, 50000, 100000, 1000000]:
        for q in [1e-100, 1e-20, 1e-8, 1e-4, 0.001, 0.01, 0.05, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99]:
            d = float(stats.kstwo.isf(q, n)) if n < 100000 else float(stats.kstwobign.isf(q) / math.sqrt(n))
            kol.append({"n": n, "d": d, "sf": float(stats.kstwo.sf(d, n))})
        for d in [0.001, 0.01, 0.05, 0.1, 0.3, 0.5, 0.6, 0.9]:
            kol.append({"n": n, "d": d, "sf": float(stats.kstwo.sf(d, n))})
            smi.append({"n": n, "d": d, "sf": float(special.smirnov(n, d))})
    return {"chi2": chi, "kstwo": kol, "smirnov": smi}


def bh_cases():
    out = []
    for ps in ([0.01, 0.04, 0.03, 0.2, 0.5], [0.001] * 3, [1.0], [0.05, 0.05, 0.01, 0.9, 0.0],
               floats(rng.uniform(0, 1, 30)), floats(rng.uniform(0, 0.05, 12))):
        out.append({"pValues": ps, "adjusted": floats(stats.false_discovery_control(ps, method="bh"))})
    return out


def quantile_cases():
    out = []
    for name, a, _ in PAIRS[:14]:
        av = materialise(a)
        out.append({"name": name, "q": DECILES + [0.0, 0.05, 0.95, 1.0],
                    "expected": floats(np.quantile(av, DECILES + [0.0, 0.05, 0.95, 1.0]))})
    return out


def write(name, payload):
    OUT.mkdir(parents=True, exist_ok=True)
    header = {"generator": "scripts/scipy/gen_drift.py", "numpy": np.__version__, "scipy": __import__("scipy").__version__}
    (OUT / f"{name}.json").write_text(json.dumps({**header, "cases": payload}, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    PAIRS = pairs()
    write("samples", [{"name": name, "baseline": a, "current": b} for name, a, b in PAIRS])
    write("ks", ks_cases())
    write("wasserstein", wasserstein_cases())
    write("psi", psi_cases())
    write("jensenshannon", jensenshannon_cases())
    write("categorical", categorical_cases())
    write("distributions", distribution_cases())
    write("bh", bh_cases())
    write("quantile", quantile_cases())
    print("wrote", sorted(p.name for p in OUT.glob("*.json")))
