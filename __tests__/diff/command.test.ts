import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { diffCommand, diffFiles } from '../../src/run/diffCommand.js';
import { isUserError } from '../../src/errors.js';
import { renderComment, renderSummary } from '../../src/report/index.js';
import type { Report } from '../../src/report/types.js';
import { outsideCode, renderGfm, tableRows, tagCounts } from '../report/gfm.js';

const fixtures = path.resolve('__tests__/fixtures/diff');
let stdout: string[];
beforeEach(() => {
  stdout = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => { stdout.push(String(chunk)); return true; });
});
afterEach(() => { jest.restoreAllMocks(); });

describe('datagate diff', () => {
  it('writes the JSON report and prints the summary, exit 0', async () => {
    const json = path.join(mkdtempSync(path.join(tmpdir(), 'datagate-diff-cli-')), 'out.json');
    const code = await diffCommand([path.join(fixtures, 'baseline.csv'), path.join(fixtures, 'current.csv'), '--key', 'id', '--json', json]);
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8')) as Report;
    expect(report.datasets[0].diff).toMatchObject({ added: 1, removed: 1, changed: 5, unchanged: 1 });
    expect(stdout.join('').split('\n')[0]).toBe('current.csv: +1 row, −1, 5 changed: price 2, status 2, updated_at 2; 1 unchanged (rows 9 → 10)');
  });

  it('takes a compound key and a Parquet side', async () => {
    const report = await diffFiles(path.join(fixtures, 'baseline.parquet'), path.join(fixtures, 'current.csv'), { key: ['id', 'status'] });
    expect(report.datasets[0].diff).toMatchObject({ added: 3, removed: 4, changed: 3, unchanged: 1 });
  });

  it('exits 2 without --key, and names the file and column of a key missing on a side', async () => {
    const noKey = await diffCommand([path.join(fixtures, 'baseline.csv'), path.join(fixtures, 'current.csv')]).catch((e: unknown) => e);
    expect(isUserError(noKey) && noKey.message.startsWith('--key is required')).toBe(true);
    const error = await diffFiles('baseline.csv', 'current.csv', { key: ['order_id'], cwd: fixtures }).catch((e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message.split('\n')).toEqual([
      'baseline.csv: the key column "order_id" is missing on the baseline side (its columns: "id", "price", "status", "updated_at", "shipped", "note")',
      'current.csv: the key column "order_id" is missing on the current side (its columns: "id", "price", "status", "updated_at", "shipped", "extra")',
    ]);
    const neither = await diffFiles('old.csv', 'new-*.csv', { key: ['id'], cwd: fixtures }).catch((e: unknown) => e);
    expect((neither as Error).message.split('\n')).toEqual(['old.csv: no such file or folder', 'new-*.csv: no files match this pattern']);
  });
});

describe('the diff in the comment', () => {
  it('leads with one line, then changed cells before → after, the columns, added and removed rows', async () => {
    const report = await diffFiles(path.join(fixtures, 'baseline.csv'), path.join(fixtures, 'current.csv'), { key: ['id'] });
    const comment = renderSummary(report);
    expect(comment).toContain('**Rows by key** (`id`; 1 unchanged) — `current.csv`: +1 row, −1, 5 changed: `price` 2, `status` 2, `updated_at` 2');
    expect(comment).toContain('| `2` | `2` → `2.004` |  |  |');
    expect(comment).toContain('| `5` | _null_ → `5` |  |  |');
    expect(comment).toContain('| `price` | 2 | 33.3% | mean +0.004 |');
    expect(comment).toContain('| `status` | 2 | 33.3% | `closed` → `open` (1) |');
    expect(comment).toContain('Rows with a null key, not diffed: 1 in the baseline, 2 in the current snapshot.');
  });

  it('escapes names and values from the data, and fits the size cap however many columns change', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'datagate-diff-md-'));
    const columns = Array.from({ length: 300 }, (_, c) => `c${c}|@admin<script>`);
    const header = ['id', ...columns].map((name) => `"${name}"`).join(',');
    const row = (i: number, v: string) => [i, ...columns.map(() => `"${v}${'x'.repeat(200)}"`)].join(',');
    const baseline = [header, ...Array.from({ length: 50 }, (_, i) => row(i, '`a| #1 @team'))];
    const current = [header, ...Array.from({ length: 50 }, (_, i) => row(i, '<b>b</b> http://evil'))];
    writeFileSync(path.join(dir, 'a.csv'), baseline.join('\n') + '\n');
    writeFileSync(path.join(dir, 'b.csv'), current.join('\n') + '\n');
    const report = await diffFiles(path.join(dir, 'a.csv'), path.join(dir, 'b.csv'), { key: ['id'] });
    const comment = renderComment(report);
    expect(comment.length).toBeLessThanOrEqual(65_000);
    const html = renderGfm(comment);
    expect([...tagCounts(html).keys()].sort()).toEqual(['blockquote', 'code', 'details', 'em', 'h3', 'h4', 'hr', 'p', 'strong', 'sub', 'summary', 'table', 'tbody', 'td', 'th', 'thead', 'tr'].filter((tag) => tagCounts(html).has(tag)));
    expect(outsideCode(html)).not.toMatch(/@admin|@team|#1|http:/);
    // Every table row keeps its cells: a `|` in a name or value does not split one.
    for (const rows of tableRows(html)) for (const row of rows) expect(row.length).toBe(rows[0].length);
    const summary = renderSummary(report);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(summary).toContain('**Rows by key**');
  });
});
