"""Generates the sample data in examples/ (seeded; run once, output committed).

A customers table before (baseline) and after (current) a pipeline change: spend drifts
upward, a few ages go negative, a new country appears, and a column is added.
"""
import csv, json, os
import numpy as np

rng = np.random.default_rng(7)
out = os.path.join(os.path.dirname(__file__), '..', '..', 'examples')
countries = ['US', 'DE', 'FR', 'GB']
plans = ['free', 'pro', 'team']

def table(n, start_id, spend_shift, country_p, bad_ages, extra):
    ids = np.arange(start_id, start_id + n)
    ages = np.clip(rng.normal(38, 11, n).round(), 18, 90).astype(int)
    ages[rng.choice(n, bad_ages, replace=False)] = -1
    spend = np.round(np.exp(rng.normal(3.2 + spend_shift, 0.6, n)), 2)
    country = rng.choice(countries + (['BR'] if len(country_p) > 4 else []), n, p=country_p)
    plan = rng.choice(plans, n, p=[0.6, 0.3, 0.1])
    churned = rng.random(n) < 0.12
    day = rng.integers(0, 365, n)
    rows = []
    for i in range(n):
        email = f'user{ids[i]}@example.com' if rng.random() > 0.02 else ''
        ts = np.datetime64('2026-01-01T00:00:00') + np.timedelta64(int(day[i]) * 86400 + int(rng.integers(0, 86400)), 's')
        row = [ids[i], str(ts) + 'Z', ages[i], country[i], plan[i], spend[i], email, 'true' if churned[i] else 'false']
        if extra:
            row.append(rng.choice(['', 'FRIEND10', 'PODCAST', 'ADS']) )
        rows.append(row)
    header = ['customer_id', 'signup_at', 'age', 'country', 'plan', 'monthly_spend', 'email', 'churned'] + (['referral'] if extra else [])
    return header, rows

def write(name, header, rows):
    with open(os.path.join(out, 'data', name), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(header)
        w.writerows(rows)

write('customers_baseline.csv', *table(2000, 1, 0.0, [0.45, 0.25, 0.15, 0.15], 0, False))
write('customers.csv', *table(2000, 2001, 0.35, [0.42, 0.24, 0.14, 0.14, 0.06], 3, True))

metrics_base = {'accuracy': 0.912, 'roc_auc': 0.951, 'log_loss': 0.241, 'latency': {'p50_ms': 12.0, 'p95_ms': 38.0}}
metrics_cur = {'accuracy': 0.897, 'roc_auc': 0.948, 'log_loss': 0.252, 'latency': {'p50_ms': 11.0, 'p95_ms': 41.0}}
by_group_cur = {'US': {'recall': 0.81}, 'DE': {'recall': 0.79}, 'FR': {'recall': 0.77}, 'GB': {'recall': 0.80}}
for name, obj in [('metrics_baseline.json', metrics_base), ('metrics.json', metrics_cur), ('by_country.json', by_group_cur)]:
    with open(os.path.join(out, 'models', name), 'w') as f:
        json.dump(obj, f, indent=2)
        f.write('\n')
