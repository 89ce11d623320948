import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readText } from '../../src/readers/text.js';
import { errorOf } from './helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'datagate-text-'));

async function pieces(file: string, range?: { start: number; end: number }): Promise<string[]> {
  const out: string[] = [];
  for await (const piece of readText(file, range)) out.push(piece);
  return out;
}

/** Seeded lines of varied length, with multi-byte characters and now and then a very long one. */
function sampleText(lines: number, seed: number): string {
  let state = seed;
  const next = (): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const parts: string[] = [];
  for (let i = 0; i < lines; i++) {
    const long = next() < 0.002;
    const length = long ? 70_000 + Math.floor(next() * 150_000) : Math.floor(next() * 120);
    let line = '';
    while (line.length < length) line += next() < 0.1 ? 'é€😀' : 'abcdefghij';
    parts.push(line);
  }
  return parts.join('\n') + (seed % 2 === 0 ? '\n' : '');
}

describe('readText', () => {
  it.each([1, 2, 3])('gives back the file exactly, in pieces that end on a line where they can (seed %i)', async (seed) => {
    const text = sampleText(30_000, seed);
    const file = path.join(dir, `sample-${seed}.txt`);
    writeFileSync(file, text);
    const got = await pieces(file);
    expect(got.join('')).toBe(text);
    // Pieces stay small (young-generation strings; 3 bytes more where a character was cut) and
    // end on a newline, but for the last one and pieces of a line longer than a piece.
    const bytes = got.map((piece) => Buffer.byteLength(piece));
    expect(Math.max(...bytes)).toBeLessThanOrEqual(64 * 1024 + 3);
    const offLine = got.slice(0, -1).filter((piece) => !piece.endsWith('\n') && piece.includes('\n'));
    expect(offLine).toEqual([]);
    expect(got.filter((piece) => piece.endsWith('\n')).length).toBeGreaterThan(got.length / 4);
  });

  it('reads a byte range and a gzip file the same way', async () => {
    const text = sampleText(20_000, 4);
    const file = path.join(dir, 'range.txt');
    writeFileSync(file, text);
    const buffer = Buffer.from(text);
    const cut = buffer.indexOf(10, Math.floor(buffer.length / 2)) + 1;
    expect((await pieces(file, { start: 0, end: cut })).join('') + (await pieces(file, { start: cut, end: buffer.length })).join('')).toBe(text);
    const gz = path.join(dir, 'sample.txt.gz');
    writeFileSync(gz, gzipSync(buffer));
    expect((await pieces(gz)).join('')).toBe(text);
  });

  it('names the line of bad UTF-8 past the first megabyte', async () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => `row ${i},${'x'.repeat(40)}`);
    const bytes = Buffer.concat([Buffer.from(lines.join('\n') + '\n'), Buffer.from([0x61, 0xff, 0x62, 0x0a])]);
    const file = path.join(dir, 'bad.txt');
    writeFileSync(file, bytes);
    const error = await errorOf(pieces(file));
    expect(error?.message).toContain(`${file}:40001`);
    expect(error?.message).toContain('not UTF-8');
  });
});
