"""Writes __tests__/fixtures/profile/mixed.csv and the numbers NumPy computes for it
(mixed.expected.json), which the profile tests must reproduce. Run by hand; outputs are committed:
    python3 scripts/make-profile-fixtures.py
"""
import csv
import json
from collections import Counter
from pathlib import Path

import numpy as np

out = Path(__file__).resolve().parent.parent / "__tests__" / "fixtures" / "profile"
out.mkdir(parents=True, exist_ok=True)
rng = np.random.default_rng(20240601)
n = 500

age = rng.integers(0, 100, n).astype(object)
age[rng.random(n) < 0.04] = ""                      # nulls
score = np.round(rng.normal(50, 12, n), 4).astype(object)
score[rng.random(n) < 0.02] = "NA"                  # a null token (only when configured)
code = rng.integers(100, 999, n).astype(str).astype(object)
code[rng.random(n) < 0.1] = "n/a"                   # strings among integers
flag = np.where(rng.random(n) < 0.3, "true", "false")
color = rng.choice(["red", "green", "blue", "teal"], n, p=[0.5, 0.25, 0.15, 0.1])
day = [str(np.datetime64("2024-01-01") + int(d)) for d in rng.integers(0, 365, n)]
note = [f'say "{i}", then stop' if i % 7 == 0 else f"n{i % 13}" for i in range(n)]

rows = list(zip(age, score, code, flag, color, day, note))
with open(out / "mixed.csv", "w", newline="", encoding="utf-8") as f:
    writer = csv.writer(f)
    writer.writerow(["age", "score", "code", "flag", "color", "day", "note"])
    writer.writerows(rows)


def numeric(values):
    x = np.array([float(v) for v in values], dtype=float)
    hist_counts, hist_edges = np.histogram(x, bins=20, range=(x.min(), x.max()))
    return {
        "count": int(x.size),
        "min": float(x.min()),
        "max": float(x.max()),
        "mean": float(x.mean()),
        "std": float(x.std(ddof=1)),
        "quantiles": {
            key: float(np.quantile(x, q))
            for key, q in [("p01", .01), ("p05", .05), ("p25", .25), ("p50", .5), ("p75", .75), ("p95", .95), ("p99", .99)]
        },
        "histogram": {"edges": [float(e) for e in hist_edges], "counts": [int(c) for c in hist_counts]},
    }


def top(values):
    counts = Counter(values)
    return [{"value": v, "count": c} for v, c in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:10]]


age_values = [v for v in age if v != ""]
score_values = [v for v in score if v != "NA"]
expected = {
    "rows": n,
    "age": {**numeric(age_values), "nulls": n - len(age_values), "distinct": len(set(map(str, age_values))), "top": top(list(map(str, age_values)))},
    "score": {**numeric(score_values), "nulls": n - len(score_values), "distinct": len(set(map(str, score_values)))},
    "code": {"parsedShare": sum(1 for v in code if v != "n/a") / n},
    "flag": {"top": top(list(flag))},
    "color": {"top": top(list(color)), "distinct": 4},
    "day": {"min": min(day), "max": max(day)},
    "note": {"distinct": len(set(note)), "minLength": min(map(len, note)), "maxLength": max(map(len, note))},
}
(out / "mixed.expected.json").write_text(json.dumps(expected, indent=2) + "\n")
print("wrote", out / "mixed.csv")
