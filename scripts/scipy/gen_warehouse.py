#!/usr/bin/env python3
"""SciPy reference for the pushed-down table profile (__tests__/warehouse/profile.test.ts).

    python3 scripts/scipy/gen_warehouse.py      # numpy 2.x, scipy 1.x

Reads vega-datasets' weather.csv (node_modules, a pinned devDependency), splits it by location
(Seattle = baseline, New York = current) and writes, per numeric column, numpy's linear
quantiles of the baseline and the KS and Wasserstein statistics between the two sides, to
__tests__/fixtures/stats/warehouse-weather.json. CI has no Python: the JSON is committed.
"""

import csv
import json
from pathlib import Path

import numpy as np
from scipy import stats

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "node_modules" / "vega-datasets" / "data" / "weather.csv"
OUT = ROOT / "__tests__" / "fixtures" / "stats" / "warehouse-weather.json"
QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99]

with SOURCE.open(newline="") as handle:
    rows = list(csv.DictReader(handle))

columns = {}
for name in ["precipitation", "temp_max", "temp_min", "wind"]:
    sides = {}
    for city in ["Seattle", "New York"]:
        sides[city] = np.array([float(row[name]) for row in rows if row["location"] == city and row[name] != ""])
    base, cur = sides["Seattle"], sides["New York"]
    ks = stats.ks_2samp(base, cur)
    columns[name] = {
        "count": int(base.size),
        "quantiles": [float(v) for v in np.quantile(base, QUANTILES)],
        "ks": {"statistic": float(ks.statistic), "pvalue": float(ks.pvalue)},
        "wasserstein": float(stats.wasserstein_distance(base, cur) / np.std(base, ddof=1)),
    }

OUT.write_text(json.dumps({"source": "vega-datasets weather.csv, Seattle vs New York", "quantiles": QUANTILES, "columns": columns}, indent=2) + "\n")
print(f"wrote {OUT}")
