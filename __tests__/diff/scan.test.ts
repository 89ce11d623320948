import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KeySink, type KeyTable } from '../../src/diff/keyTable.js';
import { fetchRows, scanSide } from '../../src/diff/scan.js';
import { diffSnapshots } from '../../src/diff/index.js';
import { encodeValue, FIELD } from '../../src/diff/cells.js';

const layout = { key: ['id'], columns: ['v', 'w'] };

async function scan(files: string[], nullValues?: string[]): Promise<KeyTable> {
  const sink = new KeySink({ parts: 1, budget: 1 << 30, side: 'baseline' });
  await scanSide(files, {}, { ...layout, nullValues }, sink, () => undefined);
  sink.close();
  return sink.table(0);
}

function temp(): string {
  return mkdtempSync(path.join(tmpdir(), 'datagate-diff-scan-'));
}

describe('the key scan', () => {
  it('hashes a CSV row and a JSON row of the same cells alike (read in place and from batches)', async () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'a.csv'), 'id,v,w\n1,5,x\n2,"a ""q""",\n3,,true\n007,1.5,y\n');
    writeFileSync(path.join(dir, 'b.jsonl'), ['{"id":1,"v":5,"w":"x"}', '{"id":2,"v":"a \\"q\\"","w":null}', '{"id":3,"v":null,"w":true}', '{"id":7,"v":1.5,"w":"y"}'].join('\n') + '\n');
    const csv = await scan([path.join(dir, 'a.csv')]);
    const json = await scan([path.join(dir, 'b.jsonl')]);
    // Integer keys are held as numbers, `007` as 7 like the JSON's 7.
    expect(Array.from(csv.nums)).toEqual([1, 2, 3, 7]);
    expect(Array.from(json.nums)).toEqual([1, 2, 3, 7]);
    expect(Array.from(csv.numHash)).toEqual(Array.from(json.numHash));
    // Cells are separated: `ab` + `` is not `a` + `b`.
    writeFileSync(path.join(dir, 'c.csv'), 'id,v,w\n1,ab,\n2,a,b\n');
    const split = await scan([path.join(dir, 'c.csv')]);
    expect([split.numHash[0], split.numHash[1]]).not.toEqual([split.numHash[2], split.numHash[3]]);
  });

  it('keeps keys that are not integers as text, and counts null keys (null tokens too)', async () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'a.csv'), 'id,v,w\na,1,2\n1.50,1,2\n,1,2\nNA,1,2\n12345678901234567890,1,2\n-0,1,2\n');
    const table = await scan([path.join(dir, 'a.csv')], ['NA']);
    expect(table.keys).toEqual(['sa', 'n1.5', 'n12345678901234567890']);
    expect(Array.from(table.nums)).toEqual([0]);
  });

  it('reads rows back by byte offset and by row number alike: quoted newlines, CRLF, a BOM, text past ASCII, several files', async () => {
    const dir = temp();
    const a = path.join(dir, 'a.csv');
    const b = path.join(dir, 'b.csv');
    const c = path.join(dir, 'c.jsonl');
    writeFileSync(a, '\uFEFFid,v,w\r\n1,"two\r\nlines",x\r\n2,plain,y\r\n\r\n3,"q""uote",z\r\n');
    // Past ASCII midway: rows after it are found again by number.
    const rows = ['id,v,w', ...Array.from({ length: 20000 }, (_, i) => `${i + 10},${i === 15000 ? 'é' : 'v' + i},w`)];
    writeFileSync(b, rows.join('\n') + '\n');
    writeFileSync(c, '{"id":1,"v":"j","w":2}\n{"id":2,"v":null,"w":3}\n');
    const files = [a, b, c];
    const sink = new KeySink({ parts: 1, budget: 1 << 30, side: 'baseline' });
    const counts = await scanSide(files, {}, layout, sink, () => undefined);
    sink.close();
    expect(counts).toEqual({ rows: 3 + 20000 + 2, nullKeys: 0 });
    const table = sink.table(0);
    const order = Array.from(table.numAt.keys()).sort((x, y) => table.numAt[x] - table.numAt[y]);
    const values = await fetchRows(files, {}, layout, order.map((i) => table.numAt[i]));
    const byKey = new Map(order.map((i, n) => [`${table.numAt[i] >= 2 ** 42 ? 'c' : table.numAt[i] >= 2 ** 41 ? 'b' : 'a'}${table.nums[i]}`, values[n]]));
    expect(byKey.get('a1')).toBe([encodeValue('two\r\nlines'), 'x'].join(FIELD));
    expect(byKey.get('a3')).toBe(['q"uote', 'z'].join(FIELD));
    expect(byKey.get('b10')).toBe(['v0', 'w'].join(FIELD));
    expect(byKey.get('b15010')).toBe(['é', 'w'].join(FIELD));
    expect(byKey.get('b20009')).toBe(['v19999', 'w'].join(FIELD));
    expect(byKey.get('c2')).toBe(['', '3'].join(FIELD));
    expect(byKey.size).toBe(20005);
    // The first rows of b.csv are found by offset, those after the first piece past ASCII by number.
    const places = order.map((i) => table.numAt[i] - 2 ** 41).filter((at) => at >= 0 && at < 2 ** 41);
    expect(places.filter((at) => at >= 2 ** 40).length).toBeGreaterThan(1000);
    expect(places.filter((at) => at < 2 ** 40).length).toBeGreaterThan(1000);
    for (let i = 0; i < 20000; i++) expect(byKey.get(`b${i + 10}`)).toBe([i === 15000 ? 'é' : `v${i}`, 'w'].join(FIELD));
  });

  it('reads rows back by offset across its reads: rows cut by a block\'s end, fields longer than a block, the last row without a newline', async () => {
    const dir = temp();
    const file = path.join(dir, 'long.csv');
    // Rows of every length up to past two blocks (64 KB), so some are cut by a read's end.
    const text = (i: number): string => (i % 97 === 0 ? 'x'.repeat(70_000 + i) : i % 13 === 0 ? `"q,${'y'.repeat(i * 37)}\n"` : `v${i}`);
    const rows = Array.from({ length: 3000 }, (_, i) => `${i},${text(i)},w${i}`);
    writeFileSync(file, `id,v,w\n${rows.join('\n')}`);
    const table = await scan([file]);
    const order = Array.from(table.numAt.keys()).sort((x, y) => table.numAt[x] - table.numAt[y]);
    // Every third row, as a diff fetches a few rows in many.
    const wanted = order.filter((_, n) => n % 3 !== 1);
    const values = await fetchRows([file], {}, layout, wanted.map((i) => table.numAt[i]));
    expect(values).toHaveLength(wanted.length);
    for (const [n, i] of wanted.entries()) {
      const id = table.nums[i];
      const cell = text(id);
      expect(values[n]).toBe([encodeValue(cell.startsWith('"') ? cell.slice(1, -1) : cell), `w${id}`].join(FIELD));
    }
    expect(wanted.map((i) => table.nums[i])).toContain(2999);
  });

  it('falls back to comparing every row cell by cell when too many rows hash apart, with the same result', async () => {
    const dir = temp();
    const baseline = ['id,v'];
    const current = ['id,v'];
    for (let i = 1; i <= 500; i++) {
      baseline.push(`${i},${i}.50`);
      // Written otherwise (1.5 for 1.50) in every row, changed in every tenth.
      current.push(`${i},${i % 10 === 0 ? i + 1 : i}.5`);
    }
    writeFileSync(path.join(dir, 'a.csv'), baseline.join('\n') + '\n');
    writeFileSync(path.join(dir, 'b.csv'), current.join('\n') + '\n');
    const sides = [{ files: [path.join(dir, 'a.csv')], options: {} }, { files: [path.join(dir, 'b.csv')], options: {} }];
    const fetched = await diffSnapshots(sides[0], sides[1], { key: ['id'] });
    const fallback = await diffSnapshots(sides[0], sides[1], { key: ['id'] }, { maxCandidates: 100 });
    expect(fetched).toMatchObject({ changed: 50, unchanged: 450 });
    expect(fallback).toEqual(fetched);
  });

  it('reports each read issue once, although the first rows are read twice (columns, then the scan)', async () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'a.csv'), 'id,v\n1,2\n2,3,4\n3\n');
    writeFileSync(path.join(dir, 'b.csv'), 'id,v\n1,2\n');
    const issues: string[] = [];
    const diff = await diffSnapshots({ files: [path.join(dir, 'a.csv')], options: {} }, { files: [path.join(dir, 'b.csv')], options: {} }, { key: ['id'] }, {}, (issue) => issues.push(`${issue.kind} ${issue.line}`));
    expect(issues).toEqual(['ragged_row 3', 'ragged_row 4']);
    expect(diff).toMatchObject({ removed: 2, unchanged: 1 });
  });
});
