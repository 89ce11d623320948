import { describe, expect, it } from '@jest/globals';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isUserError } from '../../src/errors.js';
import { Profiler } from '../../src/profile/index.js';
import { addParquet } from '../../src/profile/parquet.js';
import { readParquetColumns } from '../../src/readers/parquet.js';
import { checkPageSize } from '../../src/readers/parquetChunk.js';
import type { Cell } from '../../src/readers/types.js';
import { readAll } from './helpers.js';

// edge-*: scripts/make-parquet-page-fixtures.mjs; mixed-*: scripts/make-reader-fixtures.mjs (DuckDB);
// written-v2 (version 2 pages, REQUIRED columns): scripts/make-parquet-v2-fixture.mjs (hyparquet-writer).
const pages = (name: string): string => path.resolve('__tests__/fixtures/readers/parquet-pages', `${name}.parquet`);
const mixed = (name: string): string => path.resolve('__tests__/fixtures/readers/parquet', `${name}.parquet`);

/** A BigInt the profiler counts as a number (within ±2⁵³) compared as one. */
function comparable(cell: Cell): Cell {
  return typeof cell === 'bigint' && cell <= BigInt(Number.MAX_SAFE_INTEGER) && cell >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(cell) : cell;
}

/** Non-null values per column, in file order, and the row count, as read column by column. */
async function columnwise(file: string): Promise<{ values: Map<string, Cell[]>; rows: number }> {
  const values = new Map<string, Cell[]>();
  let rows = 0;
  for await (const part of readParquetColumns(file, 1, () => undefined)) {
    if (part.kind === 'rows') rows += part.length;
    else {
      const list = values.get(part.name) ?? [];
      for (let i = 0; i < part.values.length; i++) list.push(part.values[i]);
      values.set(part.name, list);
    }
  }
  return { values, rows };
}

/** The same from hyparquet's row reader (the batch reader), nulls left out. */
async function rowwise(file: string): Promise<{ values: Map<string, Cell[]>; rows: number }> {
  const { rows } = await readAll([file]);
  const values = new Map<string, Cell[]>();
  for (const row of rows) {
    for (const [name, cell] of Object.entries(row)) {
      if (!values.has(name)) values.set(name, []);
      if (cell !== null && cell !== undefined) values.get(name)?.push(cell);
    }
  }
  return { values, rows: rows.length };
}

describe('Parquet pages read column by column', () => {
  it.each([
    pages('edge-v1'), pages('edge-plain'), pages('edge-v2'), pages('written-v2'),
    mixed('mixed-snappy'), mixed('mixed-zstd'), mixed('mixed-gzip'), mixed('mixed-uncompressed'), mixed('mixed-plain'),
  ])('give the non-null values the row reader gives, in order: %s', async (file) => {
    const ours = await columnwise(file);
    const theirs = await rowwise(file);
    expect(ours.rows).toBe(theirs.rows);
    expect([...ours.values.keys()].sort()).toEqual([...theirs.values.keys()].filter((name) => (theirs.values.get(name) ?? []).length > 0).sort());
    for (const [name, cells] of theirs.values) {
      expect({ name, cells: (ours.values.get(name) ?? []).map(comparable) }).toEqual({ name, cells: cells.map(comparable) });
    }
  });

  it('gives INT64 as numbers, and as BigInt where a value is beyond 2^53', async () => {
    const { values } = await columnwise(pages('edge-v1'));
    expect(values.get('id')?.slice(0, 3)).toEqual([1, 2, 3]);
    expect(values.get('big')).toContain(9007199254740998n);
    expect(values.get('big')).toContain(-1000003n);
  });

  it('reads REQUIRED columns and version 2 pages, with and without a dictionary', async () => {
    const { values, rows } = await columnwise(pages('written-v2'));
    expect(rows).toBe(3000);
    expect(values.get('id')).toEqual(Array.from({ length: 3000 }, (_, i) => i + 1));
    expect(values.get('label')?.slice(0, 2)).toEqual(['label 1', 'label 2']);
    expect(values.get('note')?.slice(0, 3)).toEqual(['n1', 'n2', 'naïve 3']);
    expect(values.get('count')).toHaveLength(2500);
  });

  it('truncates timestamps before 1970 to milliseconds toward zero, as hyparquet does', async () => {
    const { values } = await columnwise(pages('edge-v1'));
    // 1969-12-31 23:59:59 plus 333 µs is -999.667 ms.
    expect(values.get('before_epoch')?.[0]).toEqual(new Date(-999));
    expect(values.get('at_ms')?.[0]).toEqual(new Date('2024-03-01T12:00:01Z'));
  });

  it('decodes non-ASCII and long strings, and dates as ISO dates', async () => {
    for (const file of [pages('edge-v1'), pages('edge-plain')]) {
      const { values } = await columnwise(file);
      const text = values.get('text') ?? [];
      expect(text.slice(0, 3)).toEqual(['café 1', `${'long'.repeat(40)}2`, 'k4']);
      expect(values.get('day')?.[0]).toBe('1969-12-26');
    }
  });

  it('gives a page with flipped bytes as values or a UserError, never another error', async () => {
    const original = await fs.readFile(pages('edge-v1'));
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parquet-pages-'));
    const file = path.join(dir, 'flipped.parquet');
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let trial = 0; trial < 40; trial++) {
      const damaged = Buffer.from(original);
      // Within the data pages, before the footer, so that the file still opens.
      for (let flip = 0; flip < 4; flip++) damaged[4 + Math.floor(random() * (original.length * 0.8))] ^= 1 << Math.floor(random() * 8);
      await fs.writeFile(file, damaged);
      const error = await addParquet(new Profiler(), file, 1, () => undefined).then(() => undefined, (caught: unknown) => caught);
      if (error !== undefined && !isUserError(error)) throw error;
    }
    await fs.rm(dir, { recursive: true });
  });
});

describe('page sizes a header declares', () => {
  it('refuses a page that would inflate past 256 MB, or past 32 MB at more than 1,000 times its bytes', () => {
    expect(() => checkPageSize({ uncompressed_page_size: 1 << 20 }, 100_000)).not.toThrow();
    expect(() => checkPageSize({ uncompressed_page_size: 40 << 20 }, 1 << 20)).not.toThrow();
    expect(() => checkPageSize({ uncompressed_page_size: 2 ** 31 - 1 }, 64)).toThrow('parquet page declares 2147483647 bytes from 64 compressed');
    expect(() => checkPageSize({ uncompressed_page_size: 40 << 20 }, 1_000)).toThrow(/at most 256 MB, and 1,000× past 32 MB/);
    expect(() => checkPageSize({ uncompressed_page_size: -1 }, 10)).toThrow();
  });
});
