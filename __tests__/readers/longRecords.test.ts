// Records longer than a piece of text: the parsers hold pieces back while a record is unfinished
// (so it is scanned O(1) times, not once per piece); what they read must not change.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CsvParser } from '../../src/readers/csv.js';
import { errorOf, readAll } from './helpers.js';

let folder: string;
beforeAll(() => { folder = mkdtempSync(path.join(tmpdir(), 'datagate-long-')); });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A 300,000-character value with doubled quotes, delimiters and newlines in it. */
const long = Array.from({ length: 30_000 }, (_, i) => (i % 7 === 0 ? 'a""b,\n' : 'abcdefghij').slice(0, 10)).join('');
const value = long.replace(/""/g, '"');
const csv = `id,note,after\n1,"${long}",x\n2,short,y\n3,"${long}",z\n`;

function parseInPieces(text: string, size: number): { rows: string[][]; lines: number[] } {
  const parser = new CsvParser({ file: 'long.csv', delimiter: ',', firstRow: 1, onIssue: () => {} });
  const rows: string[][] = [];
  const lines: number[] = [];
  const take = (): void => {
    for (let batch = parser.next(); batch; batch = parser.next()) {
      for (let r = 0; r < batch.length; r++) rows.push(batch.data.map((column) => String(column[r])));
      lines.push(...Array.from(batch.lines ?? []));
    }
  };
  for (let at = 0; at < text.length; at += size) {
    parser.push(text.slice(at, at + size));
    take();
  }
  parser.end();
  take();
  return { rows, lines };
}

describe('long records', () => {
  it('reads a CSV field longer than many pieces as in one piece, lines included', () => {
    const whole = parseInPieces(csv, csv.length);
    expect(whole.rows).toEqual([['1', value, 'x'], ['2', 'short', 'y'], ['3', value, 'z']]);
    const newlines = value.split('\n').length - 1;
    expect(whole.lines).toEqual([2, 3 + newlines, 4 + newlines]);
    for (const size of [1000, 4096, 70_000]) expect(parseInPieces(csv, size)).toEqual(whole);
  });

  it('reads the same long field through the file reader, as CSV, JSON Lines and a JSON array', async () => {
    writeFileSync(path.join(folder, 'long.csv'), csv);
    writeFileSync(path.join(folder, 'long.jsonl'), `${JSON.stringify({ id: 1, note: value })}\n${JSON.stringify({ id: 2, note: 'short' })}\n`);
    writeFileSync(path.join(folder, 'long.json'), `[${JSON.stringify({ id: 1, note: value })},\n${JSON.stringify({ id: 2, note: 'short' })}]`);
    expect((await readAll([path.join(folder, 'long.csv')])).rows.map((row) => row.note)).toEqual([value, 'short', value]);
    expect((await readAll([path.join(folder, 'long.jsonl')])).rows.map((row) => row.note)).toEqual([value, 'short']);
    expect((await readAll([path.join(folder, 'long.json')])).rows.map((row) => row.note)).toEqual([value, 'short']);
  });

  it('refuses JSON nested more than 1,000 levels deep (the row object is the first), and reads 1,000 levels', async () => {
    const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);
    writeFileSync(path.join(folder, 'deep.jsonl'), `{"a": 1}\n{"a": ${nested(999)}}\n{"a": ${nested(1000)}}\n`);
    expect((await errorOf(readAll([path.join(folder, 'deep.jsonl')])))?.message).toMatch(/deep\.jsonl:3: arrays or objects nested more than 1,000 levels deep$/);
    writeFileSync(path.join(folder, 'deep.json'), `[{"a": ${nested(999)}},\n{"a": ${nested(1000)}}]`);
    expect((await errorOf(readAll([path.join(folder, 'deep.json')])))?.message).toMatch(/deep\.json:2: arrays or objects nested more than 1,000 levels deep$/);
  });
});
