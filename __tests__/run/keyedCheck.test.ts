import { describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBaselineResolver } from '../../src/baseline/index.js';
import { datasetSchema, type FileDatasetConfig } from '../../src/config/schema.js';
import { diffSnapshots, type DiffLimits } from '../../src/diff/index.js';
import { isUserError, type UserError } from '../../src/errors.js';
import { checkDataset, readOptionsOf, type DatasetContext, type DatasetOutcome } from '../../src/run/dataset.js';
import { diffOptionsOf } from '../../src/run/diffDataset.js';
import { scanCsvPart, type ScanJob } from '../../src/scan/part.js';

const fixtures = path.resolve('__tests__/fixtures/diff');

/**
 * 30,000 rows of `id,price,status,note`: quoted newlines, a non-ASCII note early in every 5,000
 * rows (so parts and files place rows by number, not by byte), ids repeated (duplicate keys) and
 * empty (null keys). `edit` makes the current side: prices changed, rows dropped and added.
 */
function rows(current: boolean): string {
  const lines = ['id,price,status,note'];
  for (let i = 1; i <= 30_000; i++) {
    if (current && i % 1_013 === 0) continue;
    const id = i % 4_999 === 0 ? '' : i % 7_919 === 0 ? String(i - 1) : String(i);
    const price = (current && i % 97 === 0 ? i * 1.5 + 1 : i * 1.5).toFixed(2);
    const status = current && i % 3_001 === 0 ? 'closed' : ['open', 'paid'][i % 2];
    const note = i % 5_000 === 17 ? 'café crème' : i % 11 === 0 ? `"two\nlines, ""q"""` : `n${i % 13}`;
    lines.push(`${id},${price},${status},${note}`);
  }
  if (current) for (let i = 30_001; i <= 30_040; i++) lines.push(`${i},${i}.00,open,new`);
  return lines.join('\n') + '\n';
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'datagate-keyed-check-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function dataset(fields: Record<string, unknown>): FileDatasetConfig {
  return datasetSchema.parse({ name: 'orders', key: ['id'], schema: { columns: { id: { type: 'integer', unique: true }, price: { min: 0 } } }, ...fields }) as FileDatasetConfig;
}

async function check(dir: string, config: FileDatasetConfig, extra: Partial<DatasetContext> = {}): Promise<DatasetOutcome> {
  return checkDataset(config, { dir, baselineResolver: createBaselineResolver({ cwd: dir }), now: new Date('2024-06-01T00:00:00Z'), ...extra });
}

/** The diff as `check` made it before it read each file once: its own two reads, after the profiles. */
async function diffOnItsOwn(dir: string, config: FileDatasetConfig, current: string[]) {
  const options = readOptionsOf(config);
  return diffSnapshots(
    { files: [path.join(dir, config.baseline as string)], options, label: config.baseline as string },
    { files: current.map((file) => path.join(dir, file)), options, label: config.current },
    diffOptionsOf(config, ['id']),
  );
}

/** Parts of a big file read in process, as the scan tests do; `jobs` counts them. */
function inParts(parts: number, count: { jobs: number }): Partial<DatasetContext> {
  return { scan: { parts, run: (job) => { count.jobs++; return scanCsvPart(job as ScanJob); } } };
}

/** Everything `check` reports but the diff: the same with or without a key. */
function withoutDiff(outcome: DatasetOutcome) {
  const { diff: _diff, ...report } = outcome.report;
  return { report, gates: outcome.gates.filter((gate) => gate.kind !== 'diff'), profile: outcome.profile };
}

describe('a keyed check reads each file once: the row diff is a sink of the profiling reads', () => {
  const dir = workspace({ 'base.csv': rows(false), 'now.csv': rows(true) });
  const config = dataset({ current: 'now.csv', baseline: 'base.csv' });

  it('gives the diff of the diff read on its own, and the rest of the report of a check without a key', async () => {
    const outcome = await check(dir, config);
    const expected = await diffOnItsOwn(dir, config, ['now.csv']);
    expect(outcome.report.diff).toEqual(expected);
    expect(expected).toMatchObject({ rows: { baseline: 30_000, current: 30_011 }, added: 40, removed: 29, nullKeys: { baseline: 6, current: 6 } });
    expect(expected.changed).toBeGreaterThan(300);
    expect(expected.duplicateKeys).toMatchObject({ baseline: 3, current: 3 });
    const unkeyed = await check(dir, { ...config, key: undefined });
    expect(withoutDiff(outcome)).toEqual(withoutDiff(unkeyed));
  });

  it('gives the same diff when both files are read in 2, 3 and 4 parts, and the report of a check in parts without a key', async () => {
    const whole = await check(dir, config);
    for (const parts of [2, 3, 4]) {
      const count = { jobs: 0 };
      const split = await check(dir, config, inParts(parts, count));
      // Both sides were read in parts: the current file, then the baseline.
      expect(count.jobs).toBe(2 * parts);
      expect(split.report.diff).toEqual(whole.report.diff);
      expect(split.gates.filter((gate) => gate.kind === 'diff')).toEqual(whole.gates.filter((gate) => gate.kind === 'diff'));
      // The current side's profile and contract are those of a check in parts without a key. (Its
      // baseline is read in parts only with a key: sketches merged from parts differ from one
      // pass's within their bounds, so the drift numbers may too.)
      const unkeyed = await check(dir, { ...config, key: undefined }, inParts(parts, { jobs: 0 }));
      expect(split.profile).toEqual(unkeyed.profile);
      expect(split.report.rows).toEqual(unkeyed.report.rows);
      const verdicts = (outcome: DatasetOutcome) => outcome.gates.filter((gate) => gate.kind !== 'diff').map((gate) => [gate.id, gate.status]);
      expect(verdicts(split)).toEqual(verdicts(unkeyed));
    }
  });

  it('gives the same diff when the key tables go to disk, in one pass and in parts', async () => {
    const whole = await check(dir, config);
    expect(whole.report.diff?.partitions).toBeUndefined();
    // 4 KB: written from the start (far beyond the budget); 200 KB: written once they outgrow it.
    for (const memoryBudget of [4_096, 200_000]) {
      const limits: DiffLimits = { memoryBudget };
      expect((await check(dir, config, { diff: limits })).report.diff).toEqual({ ...whole.report.diff, partitions: expect.any(Number) });
      const split = await check(dir, config, { ...inParts(3, { jobs: 0 }), diff: limits });
      expect(split.report.diff).toEqual({ ...whole.report.diff, partitions: expect.any(Number) });
    }
  });

  it('diffs a CSV baseline against a Parquet current as the diff on its own does', async () => {
    const typed = workspace({});
    for (const name of ['baseline.csv', 'baseline.parquet', 'current.csv']) copyFileSync(path.join(fixtures, name), path.join(typed, name));
    for (const [current, baseline] of [['baseline.parquet', 'current.csv'], ['current.csv', 'baseline.parquet']]) {
      const mixed = dataset({ current, baseline, schema: undefined });
      const outcome = await check(typed, mixed);
      expect(outcome.report.diff).toEqual(await diffOnItsOwn(typed, mixed, [current]));
      expect(withoutDiff(outcome)).toEqual(withoutDiff(await check(typed, { ...mixed, key: undefined })));
    }
  });

  it('diffs a current side of two files (a folder of parts) against the baseline', async () => {
    const [header, ...body] = rows(true).trimEnd().split('\n');
    // Split on a record that is not inside a quoted note.
    const cut = body.findIndex((line, i) => i > 15_000 && /^\d+,/.test(line));
    const parted = workspace({ 'base.csv': rows(false), 'now/a.csv': [header, ...body.slice(0, cut)].join('\n') + '\n', 'now/b.csv': [header, ...body.slice(cut)].join('\n') + '\n' });
    const folder = dataset({ current: 'now', baseline: 'base.csv' });
    const outcome = await check(parted, folder);
    expect(outcome.report.files).toEqual(['now/a.csv', 'now/b.csv']);
    expect(outcome.report.diff).toEqual(await diffOnItsOwn(parted, folder, ['now/a.csv', 'now/b.csv']));
    const single = await check(dir, config);
    expect({ ...outcome.report.diff, examples: undefined }).toEqual({ ...single.report.diff, examples: undefined });
    expect(withoutDiff(outcome)).toEqual(withoutDiff(await check(parted, { ...folder, key: undefined })));
  });

  it('exits with a user error naming the file and every missing key column, in one pass and in parts', async () => {
    for (const context of [{}, inParts(2, { jobs: 0 })]) {
      const error = await check(dir, dataset({ current: 'now.csv', baseline: 'base.csv', key: ['id', 'sku', 'region'] }), context).catch((e: unknown) => e);
      expect(isUserError(error)).toBe(true);
      const columns = '(its columns: "id", "price", "status", "note")';
      expect((error as UserError).problems.map((problem) => [problem.file, problem.message])).toEqual([
        ['base.csv', `the key column "sku" is missing on the baseline side ${columns}`],
        ['base.csv', `the key column "region" is missing on the baseline side ${columns}`],
        ['now.csv', `the key column "sku" is missing on the current side ${columns}`],
        ['now.csv', `the key column "region" is missing on the current side ${columns}`],
      ]);
    }
  });
});
