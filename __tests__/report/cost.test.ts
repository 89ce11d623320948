import { describe, expect, it } from '@jest/globals';
import { renderSummary, renderText } from '../../src/report/index.js';
import type { Report } from '../../src/report/types.js';

const report: Report = {
  version: 1, status: 'pass', models: [],
  datasets: [{ name: 'orders', status: 'pass', rows: { baseline: null, current: 12000 }, baseline: null, source: 'pg: analytics.orders', cost: { queries: 3, rowsScanned: 24000, ms: 412 } }],
  gates: [{ id: 'orders.rows', kind: 'rows', dataset: 'orders', status: 'pass', message: '12,000 rows' }, { id: 'orders.baseline', kind: 'baseline', dataset: 'orders', status: 'skip', message: 'no baseline configured' }],
};

describe('the cost of a table dataset in the reports', () => {
  it('is one line of the text report: source, queries, rows scanned, time', () => {
    expect(renderText(report).split('\n').at(-1)).toBe('orders (pg: analytics.orders): 3 queries, 24,000 rows scanned, 0.41 s');
  });

  it('is one line under the dataset\'s heading in the Markdown', () => {
    expect(renderSummary(report)).toContain('Source: `pg: analytics.orders` · 3 queries, 24,000 rows scanned, 0.41 s');
  });

  it('counts the rows a row diff pulled back, when one ran', () => {
    const diffed: Report = { ...report, datasets: [{ ...report.datasets[0], cost: { queries: 8, rowsScanned: 36000, ms: 412, rowsPulled: 608 } }] };
    // The text report wraps the line at its width.
    expect(renderText(diffed).replace(/\n\s+/g, ' ')).toContain('orders (pg: analytics.orders): 8 queries, 36,000 rows scanned, 608 rows pulled, 0.41 s');
  });

  it('is absent for a file dataset', () => {
    const files: Report = { ...report, datasets: [{ ...report.datasets[0], source: undefined, cost: undefined }] };
    expect(renderText(files)).not.toContain('rows scanned');
    expect(renderSummary(files)).not.toContain('Source:');
  });
});
