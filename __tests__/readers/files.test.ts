import { describe, expect, it } from '@jest/globals';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../../src/errors.js';
import { detectFormat, resolveFiles } from '../../src/readers/index.js';
import { errorOf } from './helpers.js';

async function makeTree(files: string[]): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'datagate-files-'));
  for (const file of files) {
    await fs.mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await fs.writeFile(path.join(root, file), 'a\n1\n');
  }
  return root;
}

describe('resolveFiles', () => {
  it('resolves a single file relative to cwd', async () => {
    const root = await makeTree(['data/train.csv']);
    expect(await resolveFiles('data/train.csv', root)).toEqual([path.join(root, 'data/train.csv')]);
  });

  it('resolves a folder of parts recursively, data files only, sorted, skipping hidden and _ files', async () => {
    const root = await makeTree(['parts/year=2024/b.parquet', 'parts/year=2023/a.parquet', 'parts/_SUCCESS', 'parts/.a.parquet.crc', 'parts/notes.md', 'parts/x.csv.gz']);
    expect(await resolveFiles('parts', root)).toEqual([
      path.join(root, 'parts/x.csv.gz'),
      path.join(root, 'parts/year=2023/a.parquet'),
      path.join(root, 'parts/year=2024/b.parquet'),
    ]);
  });

  it('resolves a glob', async () => {
    const root = await makeTree(['d/a.csv', 'd/b.csv', 'd/c.tsv', 'd/sub/e.csv']);
    expect(await resolveFiles('d/*.csv', root)).toEqual([path.join(root, 'd/a.csv'), path.join(root, 'd/b.csv')]);
    expect(await resolveFiles('d/**/*.csv', root)).toEqual([path.join(root, 'd/a.csv'), path.join(root, 'd/b.csv'), path.join(root, 'd/sub/e.csv')]);
  });

  it('names the pattern when nothing matches', async () => {
    const root = await makeTree(['d/a.csv']);
    const missing = await errorOf(resolveFiles('d/missing.csv', root));
    expect(missing).toBeInstanceOf(UserError);
    expect(missing?.message).toBe('d/missing.csv: no such file or folder');
    expect((await errorOf(resolveFiles('d/*.parquet', root)))?.message).toBe('d/*.parquet: no files match this pattern');
    await fs.mkdir(path.join(root, 'empty'));
    expect((await errorOf(resolveFiles('empty', root)))?.message).toMatch(/^empty: the folder holds no data files/);
  });
});

describe('detectFormat', () => {
  it.each([
    ['a.csv', 'csv'], ['a.CSV.gz', 'csv'], ['a.txt', 'csv'], ['a.tsv', 'tsv'], ['a.tsv.gz', 'tsv'],
    ['a.jsonl', 'jsonl'], ['a.ndjson', 'jsonl'], ['a.jsonl.gz', 'jsonl'], ['a.json', 'json'], ['a.parquet', 'parquet'],
  ])('reads %s as %s', (file, format) => {
    expect(detectFormat(file)).toBe(format);
  });

  it('lets the override win and rejects unknown extensions', () => {
    expect(detectFormat('data.dat', 'tsv')).toBe('tsv');
    expect(() => detectFormat('data.dat')).toThrow(UserError);
    expect(() => detectFormat('data.dat')).toThrow('data.dat: cannot tell the format from the extension');
  });
});
