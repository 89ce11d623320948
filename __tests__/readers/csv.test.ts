import { describe, expect, it } from '@jest/globals';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../../src/errors.js';
import { CsvParser } from '../../src/readers/csv.js';
import type { Batch, ReadIssue } from '../../src/readers/types.js';
import { errorOf, readAll } from './helpers.js';

const fixtures = path.resolve('__tests__/fixtures/readers');
const spectrum = path.join(fixtures, 'spectrum');

async function writeTemp(name: string, content: string | Buffer): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'datagate-csv-'));
  const file = path.join(dir, name);
  await fs.writeFile(file, content);
  return file;
}

/** Parses `text` fed in the given chunks, straight through the parser. */
function parseChunks(chunks: string[]): { rows: string[][]; lines: number[]; issues: ReadIssue[] } {
  const issues: ReadIssue[] = [];
  const parser = new CsvParser({ file: 'x.csv', delimiter: ',', firstRow: 1, onIssue: (issue) => issues.push(issue) });
  const batches: Batch[] = [];
  for (const chunk of chunks) {
    parser.push(chunk);
    for (let batch = parser.next(); batch; batch = parser.next()) batches.push(batch);
  }
  parser.end();
  for (let batch = parser.next(); batch; batch = parser.next()) batches.push(batch);
  const rows: string[][] = [];
  const lines: number[] = [];
  for (const batch of batches) {
    for (let r = 0; r < batch.length; r++) {
      rows.push(batch.data.map((column) => String(column[r] ?? '∅')));
      lines.push(batch.lines![r]);
    }
  }
  return { rows, lines, issues };
}

describe('CSV reader', () => {
  const cases = ['comma_in_quotes', 'empty', 'empty_crlf', 'escaped_quotes', 'json', 'location_coordinates', 'newlines', 'newlines_crlf', 'quotes_and_newlines', 'simple', 'simple_crlf', 'utf8'];
  it.each(cases)('reads the csv-spectrum case %s as its expected JSON', async (name) => {
    const expected = JSON.parse(await fs.readFile(path.join(spectrum, `${name}.json`), 'utf8')) as Record<string, string>[];
    const { rows, issues } = await readAll([path.join(spectrum, `${name}.csv`)]);
    expect(rows).toEqual(expected);
    expect(issues).toEqual([]);
  });

  it('gives each row the line it starts on, counting newlines inside quotes', async () => {
    const { lines } = await readAll([path.join(spectrum, 'quotes_and_newlines.csv')]);
    expect(lines).toEqual([2, 5]);
  });

  it('strips a UTF-8 byte order mark from the first header', async () => {
    const file = await writeTemp('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('id,name\n1,a\n')]));
    const { rows } = await readAll([file]);
    expect(rows).toEqual([{ id: '1', name: 'a' }]);
  });

  it('reads TSV by extension and any one-character delimiter by option', async () => {
    const tsv = await writeTemp('t.tsv', 'a\tb\n1\t"x\ty"\n');
    expect((await readAll([tsv])).rows).toEqual([{ a: '1', b: 'x\ty' }]);
    const semicolon = await writeTemp('s.csv', 'a;b\n1;2,5\n');
    expect((await readAll([semicolon], { delimiter: ';' })).rows).toEqual([{ a: '1', b: '2,5' }]);
  });

  it('counts ragged rows as issues with line and row, filling missing fields with null', async () => {
    const file = await writeTemp('ragged.csv', 'a,b,c\n1,2,3\n4,5\n6,7,8,9\n');
    const { rows, issues } = await readAll([file]);
    expect(rows).toEqual([{ a: '1', b: '2', c: '3' }, { a: '4', b: '5', c: null }, { a: '6', b: '7', c: '8' }]);
    expect(issues).toEqual([
      { kind: 'ragged_row', file, line: 3, row: 2, message: 'expected 3 fields, found 2' },
      { kind: 'ragged_row', file, line: 4, row: 3, message: 'expected 3 fields, found 4' },
    ]);
  });

  it('rejects an unclosed quote naming file, line and column', async () => {
    const file = await writeTemp('unclosed.csv', 'a,b\n1,2\n3,"open\n4,5\n');
    const error = await errorOf(readAll([file]));
    expect(error).toBeInstanceOf(UserError);
    expect(error?.message).toBe(`${file}:3: unclosed quote in column "b"`);
  });

  it('rejects an empty file and reads a header-only file as zero rows', async () => {
    const empty = await writeTemp('empty.csv', '');
    expect((await errorOf(readAll([empty])))?.message).toBe(`${empty}:1: empty file: no header row`);
    const headerOnly = await writeTemp('header.csv', 'a,b\n');
    const { rows, batches } = await readAll([headerOnly]);
    expect(rows).toEqual([]);
    expect(batches).toEqual([]);
  });

  it('names empty and repeated headers uniquely and says so', async () => {
    const file = await writeTemp('dup.csv', 'a,,a\n1,2,3\n');
    const { rows, issues } = await readAll([file]);
    expect(rows).toEqual([{ a: '1', column_2: '2', a_2: '3' }]);
    expect(issues.map((issue) => issue.kind)).toEqual(['other', 'other']);
  });

  it('skips blank lines but keeps counting them', async () => {
    const file = await writeTemp('blank.csv', 'a\n1\n\n2\r\n\r\n3');
    const { rows, lines } = await readAll([file]);
    expect(rows).toEqual([{ a: '1' }, { a: '2' }, { a: '3' }]);
    expect(lines).toEqual([2, 4, 6]);
  });

  it('reads gzip-compressed CSV', async () => {
    const { gzipSync } = await import('node:zlib');
    const file = await writeTemp('data.csv.gz', gzipSync('a,b\n1,2\n'));
    expect((await readAll([file])).rows).toEqual([{ a: '1', b: '2' }]);
  });

  it('splits batches at the batch size hint', async () => {
    const file = await writeTemp('five.csv', 'a\n1\n2\n3\n4\n5\n');
    const { batches } = await readAll([file], { batchSize: 2 });
    expect(batches.map((batch) => [batch.firstRow, batch.length, Array.from(batch.lines ?? [])])).toEqual([[1, 2, [2, 3]], [3, 2, [4, 5]], [5, 1, [6]]]);
  });

  it('continues row numbers across files', async () => {
    const first = await writeTemp('p1.csv', 'a\n1\n2\n');
    const second = await writeTemp('p2.csv', 'a\n3\n');
    const { batches } = await readAll([first, second]);
    expect(batches.map((batch) => [batch.firstRow, batch.length])).toEqual([[1, 2], [3, 1]]);
  });

  it('counts a CRLF after a closing quote as one line break, whatever the chunk boundaries', () => {
    // A quoted last field ended at the CR: its LF then read as a blank line of its own, and
    // every later line number was one too high per such record.
    const text = 'a,b\r\n1,"x\r\ny"\r\n2\r\n3,"p\r\nq ""z"" r"\r\n4,"s"\r\n5,t';
    const whole = parseChunks([text]);
    expect(whole.rows).toEqual([['1', 'x\r\ny'], ['2', '∅'], ['3', 'p\r\nq "z" r'], ['4', 's'], ['5', 't']]);
    expect(whole.lines).toEqual([2, 4, 5, 7, 8]);
    expect(whole.issues.map((issue) => [issue.kind, issue.line, issue.row])).toEqual([['ragged_row', 4, 2]]);
    for (let cut = 0; cut <= text.length; cut++) expect(parseChunks([text.slice(0, cut), text.slice(cut)])).toEqual(whole);
  });

  it('parses the same whatever the chunk boundaries', () => {
    const text = 'a,b,c\r\n1,"x,""y""\r\nz",3\r\n\r\n"",,"q"\n4,5,6';
    const whole = parseChunks([text]);
    expect(whole.rows).toEqual([['1', 'x,"y"\r\nz', '3'], ['', '', 'q'], ['4', '5', '6']]);
    expect(whole.lines).toEqual([2, 5, 6]);
    for (let cut = 0; cut <= text.length; cut++) {
      for (const cut2 of [cut, Math.min(text.length, cut + 1), Math.min(text.length, cut + 3)]) {
        expect(parseChunks([text.slice(0, cut), text.slice(cut, cut2), text.slice(cut2)])).toEqual(whole);
      }
    }
  });
});
