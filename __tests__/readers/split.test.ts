import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lineAt, lineBoundaries, recordBoundaries } from '../../src/readers/split.js';

function file(text: string): string {
  const target = path.join(mkdtempSync(path.join(tmpdir(), 'datagate-split-')), 'data.csv');
  writeFileSync(target, text);
  return target;
}

describe('cutting a CSV file at record boundaries', () => {
  it('starts each part just after a newline at the first boundary past the ideal cut', async () => {
    const text = 'a,b\n1,x\n2,y\n3,z\n4,w\n';
    expect(await recordBoundaries(file(text), 2)).toEqual([0, text.indexOf('3,z')]);
    expect(await recordBoundaries(file(text), 4)).toEqual([0, text.indexOf('2,y'), text.indexOf('3,z'), text.indexOf('4,w')]);
  });

  it('never cuts inside quotes, however many newlines they hold', async () => {
    const quoted = '"' + 'line\n'.repeat(20) + 'end"';
    const text = `a,b\n1,${quoted}\n2,"say ""hi""\nthere"\n3,x\n`;
    const starts = await recordBoundaries(file(text), 2);
    expect(starts).toEqual([0, text.indexOf('2,"say')]);
    expect(await recordBoundaries(file(text), 3)).toEqual([0, text.indexOf('2,"say'), text.indexOf('3,x')]);
  });

  it('gives one part when no boundary follows the cut', async () => {
    expect(await recordBoundaries(file('a,b\n1,"no\nend'), 2)).toEqual([0]);
    expect(await recordBoundaries(file('a,b\n1,2\n'), 2)).toEqual([0]);
  });

  it('cuts across read chunks of a file larger than one', async () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => (i % 3 === 0 ? `${i},"q,\n${i}"` : `${i},plain`));
    const text = 'n,s\n' + rows.join('\n') + '\n';
    const target = file(text);
    const starts = await recordBoundaries(target, 3);
    expect(starts).toHaveLength(3);
    starts.slice(1).forEach((start, k) => {
      expect(text[start - 1]).toBe('\n');
      // Even quotes before a boundary: it is outside any quoted field.
      expect((text.slice(0, start).match(/"/g) ?? []).length % 2).toBe(0);
      // Within one record of the ideal cut.
      expect(start - Math.floor((text.length * (k + 1)) / 3)).toBeGreaterThan(0);
      expect(start - Math.floor((text.length * (k + 1)) / 3)).toBeLessThan(30);
    });
    expect(await lineAt(target, starts[1])).toBe(text.slice(0, starts[1]).split('\n').length);
  });
});

describe('lineBoundaries', () => {
  it('cuts just after the first newline past each ideal cut, quoted or not', async () => {
    const text = 'a,b\n1,x\n2,"y\nz"\n3,w\n';
    const starts = await lineBoundaries(file(text), 2);
    expect(starts).toEqual([0, text.indexOf('z"')]);
    expect(await lineBoundaries(file('a,b\n1,2'), 2)).toEqual([0, 4]);
    expect(await lineBoundaries(file('abcdef\n'), 2)).toEqual([0]);
  });
});
