import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { UserError } from '../../src/errors.js';
import { Profiler, profileFiles } from '../../src/profile/index.js';
import { MIN_WORKER_BYTES, profileParquetInWorker, profileParquetJob } from '../../src/profile/parquet.js';
import type { ParquetJob, ParquetResult } from '../../src/profile/parquet.js';
import { readBatches } from '../../src/readers/index.js';
import type { ReadIssue } from '../../src/readers/types.js';

const pages = (name: string): string => path.resolve('__tests__/fixtures/readers/parquet-pages', `${name}.parquet`);
const mixed = (name: string): string => path.resolve('__tests__/fixtures/readers/parquet', `${name}.parquet`);

/** The profile from hyparquet's row reader in whole row-group batches: the reference. */
async function profileByBatches(files: string[]): Promise<ReturnType<Profiler['finish']>> {
  const profiler = new Profiler();
  for await (const batch of readBatches(files, {}, () => undefined)) profiler.add(batch);
  return profiler.finish();
}

/** The worker's job run in this thread, recording the jobs it was given. */
function inProcess(jobs: ParquetJob[]): (job: ParquetJob) => Promise<ParquetResult> {
  return (job) => {
    jobs.push(job);
    return profileParquetJob(job);
  };
}

describe('profiling Parquet', () => {
  it.each(['edge-v1', 'edge-plain', 'edge-v2', 'written-v2'])('gives the profile of whole row-group batches for %s', async (name) => {
    const profile = await profileFiles([pages(name)], {}, () => undefined);
    expect({ ...profile, source: undefined }).toEqual({ ...(await profileByBatches([pages(name)])), source: undefined });
  });

  it('types columns by their Parquet types', async () => {
    const profile = await profileFiles([pages('edge-v1')], {}, () => undefined);
    const types = Object.fromEntries(profile.columns.map((column) => [column.name, column.type]));
    expect(types).toEqual({
      id: 'integer', big: 'integer', before_epoch: 'timestamp', at_ms: 'timestamp', at_ns: 'timestamp', at_tz: 'timestamp',
      text: 'string', wide: 'string', small: 'integer', unsigned: 'integer', amount: 'number', ratio: 'number',
      flag: 'boolean', day: 'date', constant: 'string',
    });
    const big = profile.columns.find((column) => column.name === 'big');
    expect([big?.count, big?.nulls]).toEqual([5000 - 714, 714]);
  });

  it('in a worker gives the profile and issues of this thread, across files', async () => {
    const files = [mixed('mixed-zstd'), mixed('nested'), mixed('mixed-snappy')];
    const jobs: ParquetJob[] = [];
    const issues: ReadIssue[] = [];
    const profile = await profileParquetInWorker(files, undefined, (issue) => issues.push(issue), inProcess(jobs), 0);
    const here: ReadIssue[] = [];
    const reference = await profileFiles(files, {}, (issue) => here.push(issue));
    expect(jobs).toEqual([{ parquet: files, nullValues: undefined }]);
    expect(profile).toEqual({ ...reference, source: undefined });
    expect(issues).toEqual(here);
    expect(issues).toEqual([]);
    expect(profile?.columns.filter((column) => ['list', 'struct'].includes(column.type)).map((column) => [column.name, column.type])).toEqual([['pair', 'list'], ['point', 'struct']]);
  });

  it('in a worker fails as in this thread, naming the file and the row group\'s first row', async () => {
    const file = mixed('corrupt-pages');
    const error = await profileParquetInWorker([mixed('mixed-plain'), file], undefined, () => undefined, inProcess([]), 0).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(new RegExp(`^${file} row 301: not a readable Parquet file`));
  });

  it('leaves datasets under MIN_WORKER_BYTES, and files it cannot stat, to this thread', async () => {
    const jobs: ParquetJob[] = [];
    expect(await profileParquetInWorker([mixed('mixed-zstd')], undefined, () => undefined, inProcess(jobs))).toBeUndefined();
    expect(await profileParquetInWorker([mixed('missing')], undefined, () => undefined, inProcess(jobs), 0)).toBeUndefined();
    expect(jobs).toEqual([]);
    expect(MIN_WORKER_BYTES).toBe(8 << 20);
  });
});
