// A deterministic report with thousands of columns and gates, to test the size limits.

import type { DriftColumn, GateResult, Report } from '../../src/report/types.js';

export function bigReport(columns: number): Report {
  const names = Array.from({ length: columns }, (_, i) => `feature_${String(i).padStart(5, '0')}_with_a_long_descriptive_name`);
  const drift: DriftColumn[] = names.map((name, i) => {
    const drifted = i % 10 === 0;
    return {
      name, method: 'wasserstein', score: drifted ? 0.2 + (i % 97) / 100 : 0.01 + (i % 9) / 1000, pValue: null, threshold: 0.1,
      drifted, status: drifted ? 'fail' : 'pass',
      baseline: { p05: 1, p50: 10 + (i % 7), p95: 90, nullRate: 0 },
      current: { p05: 2, p50: 12 + (i % 7), p95: 95, nullRate: 0 },
      histogram: { edges: [0, 1, 2, 3, 4, 5], baseline: [1, 4, 9, 4, 1], current: [1, 2, 4, 9, 4] },
    };
  });
  const gates: GateResult[] = [];
  names.forEach((name, i) => {
    gates.push({ id: `train.drift.${name}`, kind: 'drift', status: drift[i].status, dataset: 'train', column: name, message: `${name} wasserstein ${drift[i].score}` });
    gates.push({
      id: `train.contract.${name}.max`, kind: 'contract', status: i % 25 === 0 ? 'fail' : 'pass', dataset: 'train', column: name,
      message: `${name}: values above max 100`, observed: 140 + i, expected: '<= 100', count: 3 + (i % 5),
      examples: i % 25 === 0 ? [{ row: i + 1, line: i + 2, value: String(140 + i) }, { row: i + 9, line: i + 10, value: '150' }] : undefined,
    });
    gates.push({ id: `train.contract.${name}.not_null`, kind: 'contract', status: 'pass', dataset: 'train', column: name, message: `${name} has no nulls` });
  });
  return {
    version: 1, status: 'fail',
    datasets: [{
      name: 'train', status: 'fail', rows: { baseline: 1_000_000, current: 1_020_000 },
      schema: {
        added: names.slice(0, 500).map((name) => ({ name: name + '_new', type: 'number', breaking: false })),
        removed: names.slice(500, 800).map((name) => ({ name: name + '_old', type: 'string', breaking: true })),
        changed: [], renamed: [], nullability: [], reordered: false,
      },
      drift: { share: 0.1, drifted: false, threshold: 0.5, columns: drift },
    }],
    models: [{
      name: 'classifier', status: 'fail',
      metrics: [{ name: 'accuracy', baseline: 0.91, current: 0.88, delta: -0.03, status: 'fail' }],
    }],
    gates: [...gates, { id: 'classifier.metric.accuracy', kind: 'metric', status: 'fail', model: 'classifier', message: 'accuracy dropped 3 pts' }],
    meta: { tool: 'datagate', version: '0.1.0', runUrl: 'https://github.com/acme/shop/actions/runs/1', artifact: 'datagate-report' },
  };
}
