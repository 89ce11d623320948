import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { UserError } from '../../src/errors.js';
import { Profiler, profileFiles } from '../../src/profile/index.js';
import { readBatches } from '../../src/readers/index.js';
import type { ReadIssue } from '../../src/readers/types.js';

const fixtures = path.resolve('__tests__/fixtures/readers/parquet');
const fixture = (name: string): string => path.join(fixtures, `${name}.parquet`);

/** The profile as `datagate check` makes it: whole row-group batches. */
async function profileByBatches(files: string[]): Promise<{ profile: ReturnType<Profiler['finish']>; issues: ReadIssue[] }> {
  const issues: ReadIssue[] = [];
  const profiler = new Profiler();
  for await (const batch of readBatches(files, {}, (issue) => issues.push(issue))) profiler.add(batch);
  return { profile: profiler.finish(), issues };
}

describe('profiling Parquet column by column', () => {
  it('gives the same profile as row-group batches, across files and with nested columns', async () => {
    const files = [fixture('mixed-zstd'), fixture('nested'), fixture('mixed-snappy')];
    const issues: ReadIssue[] = [];
    const columnwise = await profileFiles(files, {}, (issue) => issues.push(issue));
    const batched = await profileByBatches(files);
    expect({ ...columnwise, source: undefined }).toEqual({ ...batched.profile, source: undefined });
    expect(issues).toEqual(batched.issues);
  });

  it('counts the rows of a file whose columns are all nested or that has none', async () => {
    const columnwise = await profileFiles([fixture('no-rows'), fixture('mixed-gzip')], {}, () => undefined);
    expect(columnwise.rows).toBe(300);
    expect(columnwise.columns.find((column) => column.name === 'id')?.count).toBe(300);
  });

  it('names the file and the first row of the row group it cannot decode', async () => {
    const file = fixture('corrupt-pages');
    const error = await profileFiles([fixture('mixed-plain'), file], {}, () => undefined).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(new RegExp(`^${file} row 301: not a readable Parquet file`));
  });
});
