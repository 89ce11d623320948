import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { renderComment, renderSummary, SUMMARY_MAX_BYTES, type Report } from '../../src/report/index.js';
import { bigReport } from './bigReport.js';
import { renderGfm } from './gfm.js';

const full: Report = JSON.parse(readFileSync(new URL('../fixtures/report/full.json', import.meta.url), 'utf8'));

describe('renderSummary', () => {
  it('is the same report as the comment, without a marker, with more examples per check', () => {
    const summary = renderSummary(full);
    expect(summary.startsWith('### ❌ 7 of 21 gates failed')).toBe(true);
    expect(summary).toContain('row 91 (line 92): `x`<br>… 10 more');
    expect(renderComment(full)).toContain('row 90 (line 91): (empty)<br>… 11 more');
  });

  it('keeps a 5000-column report within 1 MiB, says how many rows it left out and where the rest is', () => {
    const big = bigReport(5000);
    const summary = renderSummary(big);
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(summary).toMatch(/> ✂️ Shortened to fit the job summary: [\d,]+ rows are not shown\. The full report is in the `datagate-report` artifact\./);
    expect(summary).toContain('`feature_04990_with_a_long_descriptive_name`');
  });

  it('measures its limit in UTF-8 bytes', () => {
    const summary = renderSummary(bigReport(500), { maxBytes: 20_000 });
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(20_000);
    const html = renderGfm(summary);
    expect((html.match(/<details>/g) ?? []).length).toBe((html.match(/<\/details>/g) ?? []).length);
  });

  it('names the JSON report path when given', () => {
    const summary = renderSummary(bigReport(500), { maxBytes: 20_000, reportPath: 'out/datagate-report.json' });
    expect(summary).toContain('The full report is in the `datagate-report` artifact and `out/datagate-report.json`.');
  });
});
