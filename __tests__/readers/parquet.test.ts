import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { UserError } from '../../src/errors.js';
import { NestedValue } from '../../src/profile/nested.js';
import { errorOf, readAll } from './helpers.js';

// Written by scripts/make-reader-fixtures.mjs with DuckDB.
const fixtures = path.resolve('__tests__/fixtures/readers/parquet');
const fixture = (name: string): string => path.join(fixtures, `${name}.parquet`);

describe('Parquet reader', () => {
  it.each(['snappy', 'zstd', 'gzip', 'uncompressed', 'plain'])('reads the %s file with typed values and nulls', async (name) => {
    const { rows, issues } = await readAll([fixture(`mixed-${name}`)]);
    expect(rows).toHaveLength(300);
    expect(issues).toEqual([]);
    expect(rows[1]).toEqual({ id: 2, qty: 14n, price: 0.667, color: 'blue', flag: true, day: '2024-01-03', at: new Date('2024-01-01T02:00:00Z') });
    expect(rows[9]).toEqual({ id: 10, qty: null, price: 3.333, color: 'green', flag: true, day: '2024-01-11', at: new Date('2024-01-01T10:00:00Z') });
    expect(rows.filter((row) => row.color === null)).toHaveLength(23);
  });

  it('reads nested columns as lists and structs beside the flat ones, in file order', async () => {
    const file = fixture('nested');
    const { rows, issues, batches } = await readAll([file]);
    expect(Object.keys(rows[0])).toEqual(['id', 'pair', 'point', 'label']);
    expect(rows[0]).toMatchObject({ id: 1, label: 'v1' });
    expect(rows[0].pair).toEqual(new NestedValue('list', [1n, 2n], 2));
    expect(rows[0].point).toEqual(new NestedValue('struct', { a: 1n, b: 'x' }, undefined));
    expect(batches[0].nested).toEqual({ pair: 'list', point: 'struct' });
    expect(issues).toEqual([]);
  });

  it('reads a file without rows as zero rows', async () => {
    expect((await readAll([fixture('no-rows')])).rows).toEqual([]);
  });

  it('rejects a truncated file naming it', async () => {
    const file = fixture('truncated');
    const error = await errorOf(readAll([file]));
    expect(error).toBeInstanceOf(UserError);
    expect(error?.message).toBe(`${file}: not a readable Parquet file (corrupt or truncated?): parquet file invalid (footer != PAR1)`);
  });

  it('rejects corrupt data pages naming the file and the row group\'s first row', async () => {
    const file = fixture('corrupt-pages');
    const error = await errorOf(readAll([file]));
    expect(error).toBeInstanceOf(UserError);
    expect(error?.message).toMatch(new RegExp(`^${file} row 1: not a readable Parquet file`));
  });
});
