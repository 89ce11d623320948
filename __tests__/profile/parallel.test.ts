import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { profileFiles } from '../../src/profile/index.js';
import { profileCsvInParts, readCsvInParts, withThisThread } from '../../src/profile/parallel.js';
import { lineAt, recordBoundaries } from '../../src/readers/split.js';
import { profileCsvPart } from '../../src/profile/part.js';
import type { Profile } from '../../src/profile/types.js';
import type { ReadIssue } from '../../src/readers/types.js';

function file(text: string): string {
  const target = path.join(mkdtempSync(path.join(tmpdir(), 'datagate-parts-')), 'data.csv');
  writeFileSync(target, text);
  return target;
}

/** A CSV with quoted newlines, doubled quotes, nulls, one ragged row per 997 and 30,000 ids. */
function sample(): string {
  const lines = ['id,amount,kind,note'];
  for (let i = 1; i <= 30_000; i++) {
    const note = i % 7 === 0 ? `"two\nlines, ""q"""` : `n${i % 13}`;
    const amount = i % 50 === 0 ? '' : ((i * 7919) % 10_007 / 100).toFixed(2);
    lines.push(i % 997 === 0 ? `${i},${amount}` : `${i},${amount},k${i % 5},${note}`);
  }
  return lines.join('\n') + '\n';
}

async function inParts(target: string, parts: number): Promise<{ profile: Profile | undefined; issues: ReadIssue[] }> {
  const issues: ReadIssue[] = [];
  const profile = await profileCsvInParts(target, ',', undefined, parts, (issue) => issues.push(issue), profileCsvPart);
  return { profile, issues };
}

async function onePass(target: string): Promise<{ profile: Profile; issues: ReadIssue[] }> {
  const issues: ReadIssue[] = [];
  const profile = await profileFiles([target], {}, (issue) => issues.push(issue));
  return { profile, issues };
}

describe('profiling a CSV file in parts (worker threads)', () => {
  it('merges to the one-pass profile: exact counts, moments, categories; issues with whole-file rows and lines', async () => {
    const target = file(sample());
    const whole = await onePass(target);
    for (const parts of [2, 3]) {
      const split = await inParts(target, parts);
      const profile = split.profile as Profile;
      expect(profile.rows).toBe(30_000);
      expect(split.issues).toEqual(whole.issues);
      for (const [i, column] of profile.columns.entries()) {
        const reference = whole.profile.columns[i];
        expect([column.name, column.type, column.count, column.nulls, column.min, column.max, column.minLength, column.maxLength])
          .toEqual([reference.name, reference.type, reference.count, reference.nulls, reference.min, reference.max, reference.minLength, reference.maxLength]);
        if (reference.mean !== undefined) {
          expect(column.mean).toBeCloseTo(reference.mean, 9);
          expect(column.std).toBeCloseTo(reference.std as number, 9);
        }
      }
      // Under the exact budgets (13 notes, 5 kinds) top values match exactly.
      expect(profile.columns.slice(2).map((column) => column.top)).toEqual(whole.profile.columns.slice(2).map((column) => column.top));
    }
  });

  it('sends each part\'s column states, not their summaries: the merged profile is summarised once', async () => {
    const target = file(sample());
    const part = await profileCsvPart({ file: target, delimiter: ',', start: 0, end: statSync(target).size });
    if (!('profile' in part)) throw new Error('the part failed');
    const amount = part.profile.columns.find((column) => column.name === 'amount');
    expect(amount).toEqual({ name: 'amount', type: 'number', count: 29_400, nulls: 600, state: expect.anything() });
    const merged = (await inParts(target, 2)).profile as Profile;
    expect(merged.columns.find((column) => column.name === 'amount')?.quantiles?.p50).toBeDefined();
  });

  it('places issues on the same lines as one pass in a CRLF file with quoted line breaks', async () => {
    const lines = ['id,amount,kind,note'];
    for (let i = 1; i <= 30_000; i++) lines.push(i % 997 === 0 ? `${i},1` : `${i},2,k${i % 5},${i % 7 === 0 ? '"two\r\nlines, ""q"""' : `n${i % 13}`}`);
    const target = file(lines.join('\r\n') + '\r\n');
    const whole = await onePass(target);
    // Row 997: the header, 996 rows before it, and one more line for each of their 142 quoted notes.
    expect(whole.issues[0]).toMatchObject({ kind: 'ragged_row', row: 997, line: 1 + 997 + 142 });
    // (Rows that are multiples of both 7 and 997 are ragged, without a note.)
    expect(whole.issues.at(-1)).toMatchObject({ row: 29_910, line: 1 + 29_910 + Math.floor(29_909 / 7) - Math.floor(29_909 / 6979) });
    for (const parts of [2, 3]) expect((await inParts(target, parts)).issues).toEqual(whole.issues);
  });

  it('places each part on the line the file gives it, from the lines the parts counted (quoted, blank and CRLF lines)', async () => {
    const lines = ['id,note'];
    for (let i = 1; i <= 20_000; i++) lines.push(i % 11 === 0 ? '' : `${i},${i % 7 === 0 ? '"a\r\nb\nc"' : 'x'}`);
    const target = file(lines.join('\r\n') + '\r\n');
    for (const parts of [2, 3, 4]) {
      const read = await readCsvInParts(target, ',', undefined, parts, () => undefined, profileCsvPart);
      const shifts = read?.parts.map((part) => part.shift.lines);
      expect(shifts).toHaveLength(parts);
      // As many lines as the file's newlines before each part's first byte.
      const starts = await recordBoundaries(target, parts);
      expect(shifts).toEqual(await Promise.all(starts.map(async (start, k) => (k === 0 ? 0 : (await lineAt(target, start)) - 1))));
      expect(shifts?.[1]).toBeGreaterThan(0);
    }
  });

  it('falls back to one pass (undefined) when a part has an error, so it reads as without workers', async () => {
    const text = sample() + '30001,1,"unclosed\n';
    expect((await inParts(file(text), 2)).profile).toBeUndefined();
  });

  it('falls back when stray quotes make a cut land inside a record', async () => {
    // `x"y` is not a quoted field, but its quote flips the count: the cut then lands in the
    // quoted note below, which the first part's parser reports as an unfinished record.
    const rows = ['a,b', '1,x"y', ...Array.from({ length: 50 }, (_, i) => `${i},"p\nq"`), ...Array.from({ length: 50 }, (_, i) => `${i},z`)];
    const target = file(rows.join('\n') + '\n');
    expect((await inParts(target, 2)).profile).toBeUndefined();
    // The one pass reads it: the stray quote is text.
    expect((await onePass(target)).profile.rows).toBe(101);
  });

  it('starts on quick cuts, and runs the parts again on the record boundaries when a quoted newline fooled them', async () => {
    // A quoted field of many lines spans the middle of the file: the first newline past the
    // ideal cut is inside it.
    const long = `"${Array.from({ length: 400 }, (_, i) => `line ${i}`).join('\n')}"`;
    const rows = ['id,note', ...Array.from({ length: 300 }, (_, i) => `${i},a${i % 7}`), `300,${long}`, ...Array.from({ length: 300 }, (_, i) => `${301 + i},b${i % 5}`)];
    const target = file(rows.join('\n') + '\n');
    const jobs: number[] = [];
    const issues: ReadIssue[] = [];
    const profile = await profileCsvInParts(target, ',', undefined, 2, (issue) => issues.push(issue), (job) => {
      jobs.push(job.start);
      return profileCsvPart(job);
    });
    // Two parts on the quick cut, two on the true boundary.
    expect(jobs).toHaveLength(4);
    expect(jobs[1]).not.toBe(jobs[3]);
    // The delimiter is profileFiles' word on the file, not the parts'.
    const { source: _source, delimiter: _delimiter, ...whole } = (await onePass(target)).profile;
    expect(profile).toEqual(whole);
  });

  it('profiles the first part on this thread and hands the others out, to the same profile', async () => {
    const target = file(sample());
    const handed: number[] = [];
    const issues: ReadIssue[] = [];
    const here = await profileCsvInParts(target, ',', undefined, 3, (issue) => issues.push(issue), withThisThread((job) => {
      handed.push(job.start);
      return profileCsvPart(job);
    }));
    expect(handed).toHaveLength(2);
    expect(handed.every((start) => start > 0)).toBe(true);
    // The same parts, all handed out: the same profile and issues (the sketches see the same cuts).
    const elsewhere = await inParts(target, 3);
    expect(here).toEqual(elsewhere.profile);
    expect(issues).toEqual(elsewhere.issues);
  });

  it('stops the part on this thread when a quoted newline fooled the quick cut, and reads again', async () => {
    const long = `"${Array.from({ length: 400 }, (_, i) => `line ${i}`).join('\n')}"`;
    const rows = ['id,note', ...Array.from({ length: 300 }, (_, i) => `${i},a${i % 7}`), `300,${long}`, ...Array.from({ length: 300 }, (_, i) => `${301 + i},b${i % 5}`)];
    const target = file(rows.join('\n') + '\n');
    const handed: number[] = [];
    const profile = await profileCsvInParts(target, ',', undefined, 2, () => undefined, withThisThread((job) => {
      handed.push(job.start);
      return profileCsvPart(job);
    }));
    // The second part twice (quick cut, true boundary), the first on this thread.
    expect(handed).toHaveLength(2);
    const { source: _source, delimiter: _delimiter, ...whole } = (await onePass(target)).profile;
    expect(profile).toEqual(whole);
  });

  it('runs the parts once when the quick cuts are record boundaries', async () => {
    const jobs: number[] = [];
    const target = file(sample());
    await profileCsvInParts(target, ',', undefined, 3, () => undefined, (job) => {
      jobs.push(job.start);
      return profileCsvPart(job);
    });
    expect(jobs).toHaveLength(3);
  });

  it('reads the columns the file\'s first lines gave a format in every part, as the one-pass read does', async () => {
    const lines = ['id;amount;flag'];
    for (let i = 1; i <= 20_000; i++) lines.push(`${i};${Math.floor(i * 37 / 10).toLocaleString('de-DE')},${i % 10}0;${i % 3 === 0 ? 'N' : 'Y'}`);
    const target = file(lines.join('\n') + '\n');
    const whole = await onePass(target);
    const formats = { amount: { decimal: ',' as const, thousands: '.' as const }, flag: { true: ['Y'], false: ['N'] } };
    const profile = await profileCsvInParts(target, ';', undefined, 3, () => undefined, profileCsvPart, false, formats) as Profile;
    expect(whole.profile.columns.map((column) => [column.name, column.type, column.format])).toEqual([
      ['id', 'integer', undefined], ['amount', 'number', formats.amount], ['flag', 'boolean', formats.flag],
    ]);
    for (const [c, column] of profile.columns.entries()) {
      const reference = whole.profile.columns[c];
      expect([column.type, column.count, column.min, column.max, column.format]).toEqual([reference.type, reference.count, reference.min, reference.max, reference.format]);
      // Means merge by Chan's formula: equal to 1e-9 relative.
      if (reference.mean !== undefined) expect((column.mean as number) / reference.mean).toBeCloseTo(1, 9);
    }
  });
});
