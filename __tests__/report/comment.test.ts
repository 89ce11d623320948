import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { renderComment, type Report } from '../../src/report/index.js';
import { bigReport } from './bigReport.js';
import { renderGfm, tableRows } from './gfm.js';

const fixture = (name: string): Report => JSON.parse(readFileSync(new URL(`../fixtures/report/${name}`, import.meta.url), 'utf8'));
const full = fixture('full.json');

describe('renderComment', () => {
  it('puts the marker first, verbatim, then the verdict with its reasons', () => {
    const comment = renderComment(full, { marker: '<!-- datagate: datagate.yml -->' });
    const lines = comment.split('\n');
    expect(lines[0]).toBe('<!-- datagate: datagate.yml -->');
    expect(lines[2]).toBe('### ❌ 7 of 21 gates failed: `train.legacy` removed, `classifier.accuracy` −3.1 pts, '
      + '`train.country` drifted (χ² p = 2.6e−11) and 4 more; 4 warnings (1 skipped)');
  });

  it('starts with the verdict when no marker is given', () => {
    expect(renderComment(full).startsWith('### ❌ 7 of 21 gates failed')).toBe(true);
  });

  it('matches the reviewed rendering of the full fixture byte for byte', () => {
    const expected = readFileSync(new URL('../fixtures/report/full.comment.md', import.meta.url), 'utf8');
    expect(renderComment(full, { marker: '<!-- datagate -->' })).toBe(expected);
  });

  it('is byte-identical for the same input, whatever the order of gates and columns', () => {
    const shuffled: Report = structuredClone(full);
    shuffled.gates.reverse();
    shuffled.datasets[0].drift?.columns.reverse();
    shuffled.models[0].metrics.reverse();
    expect(renderComment(shuffled)).toBe(renderComment(full));
    expect(renderComment(full)).toBe(renderComment(structuredClone(full)));
  });

  it('shows the overview table with one row per dataset and model', () => {
    const [overview] = tableRows(renderGfm(renderComment(full)));
    expect(overview.slice(1).map((row) => [row[0], row[1], row[2], row[4]])).toEqual([
      ['❌', '<code>train</code>', '1,000 → 1,040 (+4%)', '5 failed · 3 warnings · 7 passed'],
      ['✅', '<code>events</code>', '52,311 (no baseline)', '1 passed · 1 skipped'],
      ['❌', '<code>classifier</code> (model)', '—', '2 failed · 1 warning · 2 passed'],
    ]);
  });

  it('lists breaking schema changes first with -, ~ and + marks', () => {
    const html = renderGfm(renderComment(full));
    const diff = /<pre><code class="language-diff">([\s\S]*?)<\/code><\/pre>/.exec(html)?.[1];
    expect(diff?.trimEnd().split('\n')).toEqual([
      '- legacy: string  (removed)  BREAKING',
      '~ zip: integer → string  (type changed)  BREAKING',
      '~ email: nullable  (was not nullable)  BREAKING',
      '~ mpg → miles_per_gallon: number  (renamed)',
      '+ referrer: string  (added)',
      '+ score: number  (added)',
    ]);
  });

  it('shows violations with observed, expected, count and example rows', () => {
    const rows = tableRows(renderGfm(renderComment(full)))[1];
    expect(rows[0]).toEqual(['', 'Check', 'Observed', 'Expected', 'Rows', 'Examples']);
    expect(rows[1]).toEqual(['❌', '<code>contract.age.max</code><br>age: 3 values above max 120', '<code>212</code>', '<code>&lt;= 120</code>', '3',
      'row 12 (line 13): <code>212</code><br>row 407 (line 408): <code>150</code><br>row 988 (line 989): <code>131</code>']);
    expect(rows[2][5]).toBe('row 3 (line 4): <code>bob(at)example.com</code><br>row 77 (line 78): <code>n/a</code><br>row 90 (line 91): (empty)<br>… 11 more');
  });

  it('sorts drift by severity with method, score, threshold, sparklines and evidence', () => {
    const html = renderGfm(renderComment(full));
    const drift = tableRows(html)[3];
    expect(drift.slice(1).map((row) => row.slice(0, 5))).toEqual([
      ['❌', '<code>country</code>', 'χ²', '48.7 (p = 2.6e−11)', 'p &lt; 0.05'],
      ['❌', '<code>age</code>', 'Wasserstein', '0.31', '&gt; 0.1'],
      ['⚠️', '<code>income</code>', 'PSI', '0.17', '&gt; 0.1'],
    ]);
    expect(drift[2][5]).toBe('<code>▂▄▆██▆▄▃▂▂</code>\u00a0→\u00a0<code>▂▃▄▆██▆▄▂▂</code>');
    expect(drift[2][6]).toBe('median 41 → 48 · p95 70 → 82');
    expect(drift[1][6]).toBe('nulls 0% → 1% · new: <code>BR</code> · gone: <code>FR</code> · <code>US</code> 40% → 55% · <code>FR</code> 10% → 0%');
  });

  it('folds passing details and keeps failures outside <details>', () => {
    const comment = renderComment(full);
    const outsideDetails = comment.replace(/<details>[\s\S]*?<\/details>/g, '');
    expect(outsideDetails).toContain('`contract.age.max`');
    expect(outsideDetails).toContain('| ❌ | `country` |');
    expect(outsideDetails).not.toContain('`signup_days`');
    expect(comment).toContain('<details><summary>✅ 5 columns without drift</summary>');
  });

  it('shows metrics with baseline, current, arrowed delta in points and the CI', () => {
    const tables = tableRows(renderGfm(renderComment(full)));
    const metrics = tables.find((rows) => rows[0][1] === 'Metric');
    expect(metrics?.slice(1)).toEqual([
      ['❌', '<code>accuracy</code>', '0.912', '0.881', '▼ −3.1 pts', '[−4.2, −2.0] pts'],
      ['⚠️', '<code>log_loss</code>', '0.281', '0.296', '▲ +0.015 (+5.3%)', '—'],
      ['✅', '<code>auc</code>', '—', '0.93', '—', '—'],
      ['✅', '<code>f1</code>', '0.874', '0.869', '▼ −0.5 pts', '[−1.3, +0.3] pts'],
      ['✅', '<code>latency.p95_ms</code>', '41', '38', '▼ −3 (−7.3%)', '—'],
    ]);
  });

  it('names the worst segment', () => {
    expect(renderComment(full)).toContain('**Segments** by `recall` · worst `age>60` 0.69 · best `age 30-60` 0.84 · gap 0.15');
  });

  it('ends with the run link, artifact, version and the commits compared', () => {
    const html = renderGfm(renderComment(full));
    expect(html).toContain('<sub><a href="https://github.com/acme/shop/actions/runs/123456789">Workflow run</a> · artifact <code>datagate-report</code>'
      + ' · datagate 0.1.0 · compared <code>9e8d7c6</code> → <code>4f2c9a1</code> · config <code>datagate.yml</code></sub>');
  });

  it('takes the run URL and artifact name from the options over the report', () => {
    const comment = renderComment(full, { runUrl: 'https://github.com/o/r/actions/runs/9', artifactName: 'reports' });
    expect(comment).toContain('[Workflow run](https://github.com/o/r/actions/runs/9) · artifact `reports`');
  });

  it('says so when every gate passed', () => {
    expect(renderComment(fixture('pass.json')).split('\n')[0]).toBe('### ✅ All 6 gates passed');
  });

  it('says when nothing could run yet', () => {
    const report: Report = { version: 1, status: 'pass', datasets: [], models: [], gates: [
      { id: 'd.drift', kind: 'drift', status: 'skip', message: 'no baseline yet' }] };
    expect(renderComment(report).split('\n')[0]).toBe('### ✅ No gates ran (1 skipped)');
  });
});

describe('renderComment size limit', () => {
  const big = bigReport(5000);

  it('keeps a 5000-column report under 65,000 characters with the verdict, failures and a count of what was left out', () => {
    const comment = renderComment(big, { marker: '<!-- datagate -->' });
    expect(comment.length).toBeLessThanOrEqual(65000);
    expect(comment.startsWith('<!-- datagate -->\n\n### ❌ 701 of 15,001 gates failed: `classifier.accuracy` −3.0 pts, `train.feature_00290_with_a_long_descriptive_name` drifted (Wasserstein 1.16)')).toBe(true);
    expect(comment).toMatch(/> ✂️ Shortened to fit a comment: [\d,]+ rows are not shown\. The full report is in the job summary of the \[workflow run\]\(https:\/\/github\.com\/acme\/shop\/actions\/runs\/1\) and the `datagate-report` artifact\./);
    expect(comment).toContain('| ❌ | `accuracy` | 0.91 | 0.88 | ▼ −3.0 pts |');
    expect(comment).toContain('| ❌ | `feature_00290_with_a_long_descriptive_name` |');
    expect(comment).toContain('more drifted columns not shown here');
    expect(comment).toContain('<details><summary>✅ 4,500 columns without drift</summary>');
    expect(comment).toMatch(/… and [\d,]+ more columns not shown here; see the full report\./);
  });

  it('honours a smaller maxLength and still renders valid, balanced Markdown', () => {
    for (const maxLength of [20000, 5000, 1500, 600]) {
      const comment = renderComment(big, { maxLength, marker: '<!-- datagate -->' });
      expect(comment.length).toBeLessThanOrEqual(maxLength);
      expect(comment.startsWith('<!-- datagate -->\n\n### ❌ 701 of 15,001 gates failed')).toBe(true);
      const html = renderGfm(comment);
      expect((html.match(/<details>/g) ?? []).length).toBe((html.match(/<\/details>/g) ?? []).length);
    }
  });

  it('never exceeds even an absurdly small maxLength', () => {
    expect(renderComment(big, { maxLength: 40 }).length).toBeLessThanOrEqual(40);
  });

  it('renders 5000 columns quickly', () => {
    const started = performance.now();
    renderComment(big);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('columns that were not compared', () => {
  it('are listed apart with their reason, never as "without drift" with score 0', () => {
    const report: Report = JSON.parse(JSON.stringify(full));
    const drift = report.datasets[0].drift!;
    drift.columns.push({
      name: 'user_id', method: 'robust', score: 0, pValue: null, threshold: 0.1, drifted: false, status: 'pass',
      note: 'not compared: identifier by name (1,000 distinct of 1,000 values); list it under drift.columns to compare it',
      notCompared: 'identifier by name (1,000 distinct of 1,000 values); list it under drift.columns to compare it',
    });
    const comment = renderComment(report);
    expect(comment).toContain('<details><summary>✅ 5 columns without drift</summary>');
    expect(comment).toContain('<details><summary>⏭️ 1 column not compared</summary>');
    expect(renderGfm(comment)).toContain('<li><code>user_id</code>: identifier by name (1,000 distinct of 1,000 values); list it under drift.columns to compare it</li>');
    expect(comment).not.toMatch(/\| `user_id` \|/);
  });
});
