import { describe, expect, it } from '@jest/globals';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { UserError } from '../../src/errors.js';
import { errorOf, readAll } from './helpers.js';

async function writeTemp(name: string, content: string | Buffer): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'datagate-json-'));
  const file = path.join(dir, name);
  await fs.writeFile(file, content);
  return file;
}

describe('JSON Lines reader', () => {
  it('reads one object per line, typed values kept, new keys added as columns', async () => {
    const file = await writeTemp('a.jsonl', '{"id":1,"name":"a"}\n\n{"id":2,"score":0.5,"tags":["x"]}\r\n{"id":3,"name":null}');
    const { rows, lines, batches } = await readAll([file]);
    expect(rows).toEqual([
      { id: 1, name: 'a', score: null, tags: null },
      { id: 2, name: null, score: 0.5, tags: ['x'] },
      { id: 3, name: null, score: null, tags: null },
    ]);
    expect(lines).toEqual([1, 3, 4]);
    expect(batches[0].columns).toEqual(['id', 'name', 'score', 'tags']);
  });

  it('rejects an invalid line naming file and line', async () => {
    const file = await writeTemp('bad.jsonl', '{"a":1}\n{"a":2\n');
    const error = await errorOf(readAll([file]));
    expect(error).toBeInstanceOf(UserError);
    expect(error?.message).toMatch(new RegExp(`^${file}:2: invalid JSON`));
  });

  it('rejects a line that is not an object', async () => {
    const file = await writeTemp('arr.ndjson', '{"a":1}\n[1,2]\n');
    expect((await errorOf(readAll([file])))?.message).toBe(`${file}:2: expected a JSON object on each line`);
  });

  it('names every bad line, not the first: each line stands alone', async () => {
    const file = await writeTemp('bad3.jsonl', '{"a":1}\n{"a":\n{"a":3}\n[1]\n"text"\n{"a":6\n');
    const error = await errorOf(readAll([file]));
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).problems.map((problem) => [problem.line, problem.message.replace(/:.*/, '')])).toEqual([
      [2, 'invalid JSON'],
      [4, 'expected a JSON object on each line'],
      [5, 'expected a JSON object on each line'],
      [6, 'invalid JSON'],
    ]);
  });

  it('names the first 20 bad lines of a file that is not JSON Lines, and counts the rest', async () => {
    const file = await writeTemp('csv.jsonl', ['id,name', ...Array.from({ length: 1499 }, (_, i) => `${i},n${i}`)].join('\n'));
    const error = await errorOf(readAll([file])) as UserError;
    expect(error.problems).toHaveLength(21);
    expect(error.problems.slice(0, 20).map((problem) => problem.line)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(error.problems[20]).toEqual({ file, message: '1,480 more lines that are not JSON objects (1,500 in all)' });
  });

  it('reads gzip-compressed JSON Lines', async () => {
    const file = await writeTemp('a.jsonl.gz', gzipSync('{"a":1}\n{"a":2}\n'));
    expect((await readAll([file])).rows).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('splits batches at the batch size hint and keeps row numbers running', async () => {
    const file = await writeTemp('many.jsonl', Array.from({ length: 5 }, (_, i) => JSON.stringify({ i })).join('\n'));
    const { batches } = await readAll([file], { batchSize: 2 });
    expect(batches.map((batch) => [batch.firstRow, batch.length])).toEqual([[1, 2], [3, 2], [5, 1]]);
  });
});

describe('JSON array reader', () => {
  it('reads an array of objects with the line of each', async () => {
    const file = await writeTemp('a.json', '[\n  {"id": 1, "s": "a,]}"},\n  {"id": 2,\n   "s": "\\"q\\""}\n]\n');
    const { rows, lines } = await readAll([file]);
    expect(rows).toEqual([{ id: 1, s: 'a,]}' }, { id: 2, s: '"q"' }]);
    expect(lines).toEqual([2, 3]);
  });

  it('reads an empty array as zero rows', async () => {
    const file = await writeTemp('empty.json', ' [ ] ');
    expect((await readAll([file])).rows).toEqual([]);
  });

  it('rejects a top-level object, a truncated array and a non-object element', async () => {
    const object = await writeTemp('o.json', '{"version": 1}');
    expect((await errorOf(readAll([object])))?.message).toMatch(/^.*o\.json:1: expected a JSON array of objects/);
    const truncated = await writeTemp('t.json', '[{"a":1},\n{"a":2}');
    expect((await errorOf(readAll([truncated])))?.message).toBe(`${truncated}:2: the JSON array is not closed: truncated file?`);
    const scalar = await writeTemp('s.json', '[{"a":1},\n 5]');
    expect((await errorOf(readAll([scalar])))?.message).toBe(`${scalar}:2: expected an object as each array element`);
  });

  it('rejects an element that is not valid JSON', async () => {
    const file = await writeTemp('bad.json', '[{"a":1},\n{"a":tru}]');
    expect((await errorOf(readAll([file])))?.message).toMatch(new RegExp(`^${file}:2: invalid JSON`));
  });

  it('rejects an empty file', async () => {
    const file = await writeTemp('empty2.json', '');
    expect((await errorOf(readAll([file])))?.message).toBe(`${file}:1: empty file`);
  });
});
