import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { diffSnapshots, type DiffOptions } from '../../src/diff/index.js';
import { isUserError } from '../../src/errors.js';
import type { DiffReport } from '../../src/diff/types.js';

const fixtures = path.resolve('__tests__/fixtures/diff');
const side = (name: string) => ({ files: [path.join(fixtures, name)], options: {}, label: name });

function accountedFor(diff: DiffReport): void {
  // Every row is a key's first row (on one side or both), a duplicate, or a null key.
  const baselineKeys = diff.removed + diff.changed + diff.unchanged;
  const currentKeys = diff.added + diff.changed + diff.unchanged;
  expect(baselineKeys + diff.duplicateKeys.baseline + diff.nullKeys.baseline).toBe(diff.rows.baseline);
  expect(currentKeys + diff.duplicateKeys.current + diff.nullKeys.current).toBe(diff.rows.current);
}

describe('diffSnapshots', () => {
  it('counts added, removed, changed and unchanged rows by key, with duplicates and null keys apart', async () => {
    const diff = await diffSnapshots(side('baseline.csv'), side('current.csv'), { key: ['id'] });
    expect(diff).toMatchObject({
      key: ['id'], rows: { baseline: 9, current: 10 },
      added: 1, removed: 1, changed: 5, unchanged: 1,
      duplicateKeys: { baseline: 1, current: 1, examples: [{ id: 7 }, { id: 10 }] },
      nullKeys: { baseline: 1, current: 2 },
      notCompared: { baseline: ['note'], current: ['extra'], ignored: [] },
    });
    accountedFor(diff);
    expect(diff.columns.map((c) => [c.name, c.changed])).toEqual([['price', 2], ['status', 2], ['updated_at', 2], ['shipped', 0]]);
    expect(diff.columns[0].meanDelta).toBeCloseTo(0.004, 12);
    expect(diff.columns[0].share).toBeCloseTo(2 / 6, 12);
    expect(diff.columns[1].typical).toEqual({ before: 'closed', after: 'open', count: 1 });
    expect(diff.examples.added).toEqual([{ key: { id: 6 }, row: { price: 6, status: 'open', updated_at: '2024-01-01T10:00:00.000Z', shipped: '2024-01-02' } }]);
    expect(diff.examples.removed).toEqual([{ key: { id: 4 }, row: { price: 4, status: 'open', updated_at: '2024-01-01T10:00:00.000Z', shipped: '2024-01-02' } }]);
    expect(diff.examples.changed.map((row) => row.key.id)).toEqual([1, 2, 3, 5, 10]);
    expect(diff.examples.changed[3]).toEqual({ key: { id: 5 }, changes: [{ column: 'price', before: null, after: 5 }] });
    expect(diff.examples.changed[4].changes).toEqual([
      { column: 'status', before: 'open', after: 'closed' },
      { column: 'updated_at', before: '2024-01-01T10:00:00.000Z', after: '2024-01-03T10:00:00.000Z' },
    ]);
    expect(diff.partitions).toBeUndefined();
  });

  it('compares numbers by value: 1.50 equals 1.5 and 3.00 equals 3', async () => {
    const diff = await diffSnapshots(side('baseline.csv'), side('current.csv'), { key: ['id'] });
    const changedKeys = diff.columns[0].examples.map((example) => example.key.id);
    expect(changedKeys).toEqual([2, 5]);
  });

  it('applies an absolute tolerance to numbers and a unit to timestamps', async () => {
    const options: DiffOptions = { key: ['id'], columns: { price: { absolute: 0.005 }, updated_at: { unitMs: 1000 } } };
    const diff = await diffSnapshots(side('baseline.csv'), side('current.csv'), options);
    expect([diff.changed, diff.unchanged]).toEqual([3, 3]);
    expect(diff.examples.changed.map((row) => row.key.id)).toEqual([3, 5, 10]);
    accountedFor(diff);
  });

  it('applies a relative tolerance to numbers', async () => {
    const loose = await diffSnapshots(side('baseline.csv'), side('current.csv'), { key: ['id'], columns: { price: { relative: 0.002 } } });
    expect(loose.columns[0].changed).toBe(1);
    const tight = await diffSnapshots(side('baseline.csv'), side('current.csv'), { key: ['id'], columns: { price: { relative: 0.001 } } });
    expect(tight.columns[0].changed).toBe(2);
  });

  it('leaves ignored columns out and lists them', async () => {
    const diff = await diffSnapshots(side('baseline.csv'), side('current.csv'), { key: ['id'], ignore: ['updated_at'] });
    expect(diff.columns.map((c) => c.name)).toEqual(['price', 'status', 'shipped']);
    expect(diff.notCompared.ignored).toEqual(['updated_at']);
    expect(diff.changed).toBe(4);
  });

  it('finds a typed Parquet copy of a CSV equal to it: bigint keys, doubles, timestamps and dates by value', async () => {
    const diff = await diffSnapshots(side('baseline.csv'), side('baseline.parquet'), { key: ['id'] });
    expect(diff).toMatchObject({ added: 0, removed: 0, changed: 0, unchanged: 7, nullKeys: { baseline: 1, current: 1 }, duplicateKeys: { baseline: 1, current: 1 } });
    expect(diff.columns.map((c) => c.name)).toEqual(['price', 'status', 'updated_at', 'shipped', 'note']);
  });

  it('diffs on a compound key', async () => {
    const diff = await diffSnapshots(side('baseline.csv'), side('current.csv'), { key: ['id', 'status'] });
    // 3 and 10 changed status: under (id, status) each is a removal and an addition; the two
    // rows of 7 are two keys now, one of them removed.
    expect(diff).toMatchObject({ added: 3, removed: 4, changed: 3, unchanged: 1, duplicateKeys: { baseline: 0, current: 1 } });
    expect(diff.examples.removed.map((row) => row.key)).toEqual([{ id: 3, status: 'closed' }, { id: 4, status: 'open' }, { id: 7, status: 'closed' }, { id: 10, status: 'open' }]);
    expect(diff.examples.added.map((row) => row.key)).toEqual([{ id: 3, status: 'open' }, { id: 6, status: 'open' }, { id: 10, status: 'closed' }]);
    accountedFor(diff);
  });

  it('refuses a key column missing on a side, naming the file and the column', async () => {
    const error = await diffSnapshots(side('baseline.csv'), side('current.csv'), { key: ['id', 'note'] }).catch((e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toBe('current.csv: the key column "note" is missing on the current side (its columns: "id", "price", "status", "updated_at", "shipped", "extra")');
  });
});
