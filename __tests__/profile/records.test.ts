import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { CsvParser } from '../../src/readers/csv.js';
import { Profiler } from '../../src/profile/index.js';
import { profileRecords } from '../../src/profile/records.js';
import type { ReadIssue } from '../../src/readers/types.js';
import type { Profile } from '../../src/profile/types.js';

// The CSV profiler reads fields in place (records.ts); the batch path (`Profiler.add` of the
// parser's string batches) is the reference: both must give the same profile and issues.

async function* pieces(text: string, size: number): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

async function inPlace(text: string, size: number, nullValues: string[]): Promise<[Profile, ReadIssue[]]> {
  const issues: ReadIssue[] = [];
  const profiler = new Profiler({ nullValues });
  const parser = new CsvParser({ file: 'x.csv', delimiter: ',', firstRow: 1, onIssue: (issue) => issues.push(issue) });
  await profileRecords(pieces(text, size), parser, profiler);
  return [profiler.finish(), issues];
}

async function byBatches(text: string, size: number, nullValues: string[]): Promise<[Profile, ReadIssue[]]> {
  const issues: ReadIssue[] = [];
  const profiler = new Profiler({ nullValues });
  const parser = new CsvParser({ file: 'x.csv', delimiter: ',', firstRow: 1, onIssue: (issue) => issues.push(issue), batchRows: 7 });
  for await (const piece of pieces(text, size)) {
    parser.push(piece);
    for (let batch = parser.next(); batch; batch = parser.next()) profiler.add(batch);
  }
  parser.end();
  for (let batch = parser.next(); batch; batch = parser.next()) profiler.add(batch);
  return [profiler.finish(), issues];
}

const field = fc.oneof(
  fc.constantFrom('', 'NA', '0', '-0', '007', '5', '50.86', '1.50', '1e5', '0.30700151342898613', 'true', 'False', '2024-01-02', '2024-01-02T03:04:05Z', 'abc', 'é€'),
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.string({ maxLength: 6 }).map((text) => `"${text.replace(/"/g, '""')}"`),
  fc.constantFrom('"a,b"', '"line\nbreak"', '"say ""hi"""', '"x"y'),
);
const record = fc.array(field, { minLength: 1, maxLength: 5 });

describe('profiling CSV records in place', () => {
  it('gives the batch path\'s profile and issues on generated text, in any piece size', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(record, { maxLength: 60 }), fc.integer({ min: 1, max: 64 }), fc.boolean(), fc.boolean(),
      async (records, size, crlf, nullTokens) => {
        const text = ['a,b,c', ...records.map((fields) => fields.join(','))].join(crlf ? '\r\n' : '\n');
        const nulls = nullTokens ? ['NA', 'abc'] : [];
        expect(await inPlace(text, size, nulls)).toEqual(await byBatches(text, size, nulls));
      },
    ), { numRuns: 300 });
  });

  it('gives the same profile past one gathering of rows and past the exact budgets', async () => {
    const lines = ['id,value,label,ragged'];
    for (let i = 0; i < 30_000; i++) lines.push(i % 977 === 0 ? `${i},"${i % 13}"` : `${i},${(i * 7919) % 12_011 / 10},"l ""${i % 31}""",${i % 5}`);
    const text = lines.join('\n') + '\n';
    const [profile, issues] = await inPlace(text, 65_536, []);
    expect([profile, issues]).toEqual(await byBatches(text, 65_536, []));
    expect(issues).toHaveLength(31);
  });
});
