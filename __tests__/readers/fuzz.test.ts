import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../../src/errors.js';
import { readAll } from './helpers.js';

// Junk thrown at every reader: the only acceptable outcomes are rows or a UserError.
const junk = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.string({ unit: fc.constantFrom('a', '1', ',', '"', '\n', '\r', '\t', '{', '}', '[', ']', ':', ' ', 'é', '\\'), maxLength: 200 })
    .map((text) => new Uint8Array(Buffer.from(text))),
);

describe('every reader on junk', () => {
  it.each(['csv', 'tsv', 'jsonl', 'json', 'parquet', 'csv.gz'])('%s either reads or throws a UserError', async (extension) => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'datagate-fuzz-'));
    const file = path.join(dir, `junk.${extension}`);
    await fc.assert(
      fc.asyncProperty(junk, async (bytes) => {
        await fs.writeFile(file, bytes);
        try {
          const { rows } = await readAll([file]);
          expect(Array.isArray(rows)).toBe(true);
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
          expect(error.message.startsWith(file)).toBe(true);
        }
      }),
      { numRuns: 150, seed: 42 },
    );
  });

  it('a Parquet file with flipped bytes reads or throws a UserError', async () => {
    const original = await fs.readFile(path.resolve('__tests__/fixtures/readers/parquet/mixed-snappy.parquet'));
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'datagate-fuzz-'));
    const file = path.join(dir, 'flipped.parquet');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), async (flips) => {
        const damaged = Buffer.from(original);
        for (const [at, value] of flips) damaged[at] = value;
        await fs.writeFile(file, damaged);
        try {
          await readAll([file]);
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
