"""Fixtures and expected values for the model gates (__tests__/models).

Writes prediction/timing fixtures under __tests__/fixtures/models/ and the numbers the
TypeScript must reproduce to expected.json. Metrics use scikit-learn's definitions written out
with numpy/scipy (scikit-learn is not installed here; the formulas follow its docs):
precision/recall/F1 binary on the positive class, macro over the sorted union of classes for
multiclass, zero_division=0; ROC AUC through the Mann-Whitney U of scipy.stats.rankdata ranks
(a different algorithm from the TypeScript sweep); log loss clipped at float64 eps.

Bootstrap intervals are computed here with numpy's own generator (independent resamples from
the TypeScript ones), with many resamples, together with the Monte Carlo spread of a
1000-resample interval endpoint, so a test can ask "is our endpoint within a few standard
errors of an independent bootstrap?", and with the normal approximation of the delta.

Run: python3 scripts/models/expected.py   (numpy 2.x, scipy)
"""
import json
import pathlib

import numpy as np
from scipy import stats

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "__tests__" / "fixtures" / "models"
EPS = np.finfo(np.float64).eps


def write_csv(path, columns):
    names = list(columns)
    n = len(columns[names[0]])
    with open(path, "w") as f:
        f.write(",".join(names) + "\n")
        for i in range(n):
            f.write(",".join(str(columns[c][i]) for c in names) + "\n")


def binary_metrics(y, pred, score):
    tp = np.sum((y == 1) & (pred == 1))
    fp = np.sum((y == 0) & (pred == 1))
    fn = np.sum((y == 1) & (pred == 0))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
    return {
        "accuracy": float(np.mean(y == pred)),
        "precision": float(precision),
        "recall": float(recall),
        "f1": float(f1),
        "roc_auc": float(auc(y, score)),
        "log_loss": float(log_loss(y, score)),
    }


def auc(y, score):
    ranks = stats.rankdata(score)  # average ranks for ties
    n1 = np.sum(y == 1)
    n0 = len(y) - n1
    return (np.sum(ranks[y == 1]) - n1 * (n1 + 1) / 2) / (n1 * n0)


def log_loss(y, score):
    p = np.clip(score, EPS, 1 - EPS)
    return -np.mean(np.where(y == 1, np.log(p), np.log(1 - p)))


def macro_metrics(y, pred):
    classes = sorted(set(y) | set(pred))
    p, r, f = [], [], []
    for c in classes:
        tp = np.sum((y == c) & (pred == c))
        fp = np.sum((y != c) & (pred == c))
        fn = np.sum((y == c) & (pred != c))
        p.append(tp / (tp + fp) if tp + fp else 0.0)
        r.append(tp / (tp + fn) if tp + fn else 0.0)
        f.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0)
    return {"accuracy": float(np.mean(y == pred)), "precision": float(np.mean(p)),
            "recall": float(np.mean(r)), "f1": float(np.mean(f))}


def regression_metrics(y, pred):
    err = y - pred
    mse = np.mean(err ** 2)
    return {"mae": float(np.mean(np.abs(err))), "mse": float(mse), "rmse": float(np.sqrt(mse)),
            "r2": float(1 - np.sum(err ** 2) / np.sum((y - y.mean()) ** 2))}


def bootstrap(metric, cur, base, paired, resamples, rng):
    """Percentile bootstrap of metric(cur) - metric(base); cur/base are tuples of arrays."""
    n_cur, n_base = len(cur[0]), len(base[0])
    deltas = np.empty(resamples)
    for r in range(resamples):
        i = rng.integers(0, n_cur, n_cur)
        j = i if paired else rng.integers(0, n_base, n_base)
        deltas[r] = metric(*(a[i] for a in cur)) - metric(*(a[j] for a in base))
    return np.percentile(deltas, [2.5, 97.5])


def interval_reference(metric, cur, base, paired, seed):
    rng = np.random.default_rng(seed)
    big = bootstrap(metric, cur, base, paired, 20000, rng)
    # Spread of the endpoints of a 1000-resample bootstrap: the tolerance a test may allow.
    ends = np.array([bootstrap(metric, cur, base, paired, 1000, rng) for _ in range(60)])
    return {"low": float(big[0]), "high": float(big[1]),
            "low_sd": float(ends[:, 0].std(ddof=1)), "high_sd": float(ends[:, 1].std(ddof=1))}


def main():
    rng = np.random.default_rng(20240601)
    OUT.mkdir(parents=True, exist_ok=True)

    # Binary classification: one test set, two models (paired); scores rounded so ties occur.
    n = 400
    y = (rng.random(n) < 0.4).astype(int)
    segment = rng.choice(["DE", "FR", "US"], n, p=[0.3, 0.2, 0.5])
    signal = y * 1.2 + rng.normal(0, 1, n)
    score_base = np.round(1 / (1 + np.exp(-(signal * 1.3 - 0.6))), 2)
    score_cur = np.round(1 / (1 + np.exp(-((signal + rng.normal(0, 0.9, n)) * 1.0 - 0.5))), 2)
    pred_base = (score_base >= 0.5).astype(int)
    pred_cur = (score_cur >= 0.5).astype(int)
    ids = np.arange(1, n + 1)
    write_csv(OUT / "binary_baseline.csv", {"id": ids, "label": y, "prediction": pred_base, "score": score_base, "segment": segment})
    write_csv(OUT / "binary_current.csv", {"id": ids, "label": y, "prediction": pred_cur, "score": score_cur, "segment": segment})

    # An independent baseline: another test set of another size.
    m = 300
    y_other = (rng.random(m) < 0.4).astype(int)
    signal_other = y_other * 1.2 + rng.normal(0, 1, m)
    score_other = np.round(1 / (1 + np.exp(-(signal_other * 1.3 - 0.6))), 2)
    pred_other = (score_other >= 0.5).astype(int)
    write_csv(OUT / "binary_baseline_other.csv", {"label": y_other, "prediction": pred_other, "score": score_other})

    # Multiclass.
    k = 150
    classes = np.array(["bird", "cat", "dog"])
    y_multi = classes[rng.integers(0, 3, k)]
    flip = rng.random(k) < 0.3
    pred_multi = np.where(flip, classes[rng.integers(0, 3, k)], y_multi)
    write_csv(OUT / "multiclass.csv", {"label": y_multi, "prediction": pred_multi})

    # Regression.
    r = 200
    x = rng.normal(50, 10, r)
    y_reg = np.round(x + rng.normal(0, 4, r), 3)
    pred_reg = np.round(x + rng.normal(0.5, 2, r), 3)
    write_csv(OUT / "regression.csv", {"label": y_reg, "prediction": pred_reg})

    # Latency timings in milliseconds.
    timings = np.round(rng.lognormal(3, 0.5, 1000), 2)
    write_csv(OUT / "timings.csv", {"latency_ms": timings})

    acc = lambda y_, p_: np.mean(y_ == p_)
    auc_metric = lambda y_, s_: auc(y_, s_) if 0 < np.sum(y_) < len(y_) else np.nan

    n_cur, n_base = len(y), len(y_other)
    d = (pred_cur == y).astype(float) - (pred_base == y).astype(float)
    paired_delta = float(d.mean())
    paired_se = float(d.std(ddof=1) / np.sqrt(n))
    p1, p0 = np.mean(pred_cur == y), np.mean(pred_other == y_other)
    independent_se = float(np.sqrt(p1 * (1 - p1) / n_cur + p0 * (1 - p0) / n_base))

    expected = {
        "binary": {"current": binary_metrics(y, pred_cur, score_cur), "baseline": binary_metrics(y, pred_base, score_base),
                   "baseline_other": binary_metrics(y_other, pred_other, score_other)},
        "binary_segments_recall": {s: binary_metrics(y[segment == s], pred_cur[segment == s], score_cur[segment == s])["recall"] for s in ["DE", "FR", "US"]},
        "multiclass": macro_metrics(y_multi, pred_multi),
        "regression": regression_metrics(y_reg, pred_reg),
        "timings": {f"p{q}": float(np.percentile(timings, q)) for q in (50, 95, 99)},
        "intervals": {
            "accuracy_paired": {**interval_reference(acc, (y, pred_cur), (y, pred_base), True, 1),
                                "normal_low": paired_delta - 1.959964 * paired_se, "normal_high": paired_delta + 1.959964 * paired_se},
            "roc_auc_paired": interval_reference(auc_metric, (y, score_cur), (y, score_base), True, 2),
            "accuracy_independent": {**interval_reference(acc, (y, pred_cur), (y_other, pred_other), False, 3),
                                     "normal_low": float(p1 - p0 - 1.959964 * independent_se), "normal_high": float(p1 - p0 + 1.959964 * independent_se)},
        },
    }
    with open(OUT / "expected.json", "w") as f:
        json.dump(expected, f, indent=2, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
