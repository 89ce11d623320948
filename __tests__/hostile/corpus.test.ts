// Hostile and broken inputs through the bundled CLI as a real process (dist/cli/index.js, which CI
// rebuilds before the tests). Every case ends with exit 0/1 and a report, or exit 2 and one clean
// message naming the file (and the line where there is one) — never a stack trace, an internal
// error, a raw control character on the terminal, a hang or a crash — within the bounds below.
// Small inputs are committed in __tests__/fixtures/hostile (made by make.py there); the big ones
// are made here from a seed.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
// Seeded (mulberry32), so the generated files are the same on every run.
import { random as seeded } from '../compare/helpers.js';

/** Generous on purpose: the machine is shared; what they catch is quadratic time, a hang, a blow-up. */
const MAX_SECONDS = 60;
const MAX_MEGABYTES = 800;

const cli = path.resolve('dist/cli/index.js');
const fixtures = path.resolve('__tests__/fixtures/hostile');
const rssModule = pathToFileURL(path.resolve('__tests__/hostile/rss.mjs')).href;
const node = process.env.DATAGATE_NODE24 || process.execPath;

let work: string;

interface Run { code: number | null; stdout: string; stderr: string; seconds: number; megabytes: number }

function datagate(args: string[], cwd = fixtures): Run {
  const rssFile = path.join(work, `rss-${Math.random().toString(36).slice(2)}`);
  const started = performance.now();
  const result = spawnSync(node, ['--import', rssModule, cli, ...args], {
    cwd, encoding: 'utf8', timeout: MAX_SECONDS * 1000 * 2, maxBuffer: 256 << 20,
    env: { ...process.env, NODE_OPTIONS: '', DATAGATE_RSS_FILE: rssFile },
  });
  const seconds = (performance.now() - started) / 1000;
  const megabytes = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : NaN;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, seconds, megabytes };
}

/** What every case must hold to: a bounded, clean end. */
function expectClean(run: Run): void {
  expect(run.stderr).not.toMatch(/internal error|RangeError|TypeError|\n\s+at /);
  // No control character reaches the terminal, except the newlines between lines.
  // eslint-disable-next-line no-control-regex -- looking for them is the point
  expect(run.stderr + (run.stdout.length < 1 << 20 ? run.stdout : run.stdout.slice(0, 1 << 20))).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/);
  expect(run.code === 0 || run.code === 1 || run.code === 2).toBe(true);
  expect(run.seconds).toBeLessThan(MAX_SECONDS);
  expect(run.megabytes).toBeLessThan(MAX_MEGABYTES);
}

/** Exit 2 with one message that names the file (and the line, when given). */
function expectRefused(run: Run, file: string, message: RegExp, line?: number): void {
  expectClean(run);
  expect(run.code).toBe(2);
  const where = line === undefined ? '(?::\\d+)?' : `:${line}`;
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  expect(run.stderr).toMatch(new RegExp(`^datagate: (?:.*/)?${escaped}${where}: `));
  expect(run.stderr).toMatch(message);
}

/** Exit 0 or 1 and a JSON report on standard output. */
function expectReport(run: Run): unknown {
  expectClean(run);
  expect(run.code === 0 || run.code === 1).toBe(true);
  return JSON.parse(run.stdout);
}


/** Writes `total` bytes made by `piece(i)` calls to a file, a megabyte at a time. */
function writeBig(file: string, head: string, piece: (index: number) => string, total: number, tail = ''): void {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, head);
    let written = head.length;
    for (let index = 0; written < total; index++) {
      const text = piece(index);
      writeSync(fd, text);
      written += text.length;
    }
    writeSync(fd, tail);
  } finally {
    closeSync(fd);
  }
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run `npm run build` first');
  work = mkdtempSync(path.join(tmpdir(), 'datagate-hostile-'));
  const random = seeded(15);
  const megabyte = 'x'.repeat(1 << 20);
  // One 50 MB quoted field.
  writeBig(path.join(work, 'field-50mb.csv'), 'id,note\n1,"', () => megabyte, 50 << 20, '"\n2,short\n');
  // 36 MB of ordinary rows with one stray quote on line 2.
  writeBig(path.join(work, 'stray-quote.csv'), 'id,name,score\n1,"oops,3\n',
    (index) => `${index + 2},name${Math.floor(random() * 1000)},${Math.floor(random() * 1000)}\n`, 36 << 20);
  // 70 MB without a newline.
  writeBig(path.join(work, 'no-newline-70mb.csv'), 'a,', () => megabyte, 70 << 20);
  writeBig(path.join(work, 'no-newline-70mb.jsonl'), '{"a": "', () => megabyte, 70 << 20, '"}');
  // A JSON array nested 100,000 levels deep, as a file and as a value in a row.
  const deep = '['.repeat(100_000) + ']'.repeat(100_000);
  writeFileSync(path.join(work, 'deep.json'), deep);
  writeFileSync(path.join(work, 'deep-value.json'), `[{"a": ${deep}}]`);
  writeFileSync(path.join(work, 'deep-value.jsonl'), `{"a": ${deep}}\n`);
  // A gzip bomb: 1 GB of rows from a 1 MB file (one compressed megabyte, as 1,024 gzip members).
  const rows = gzipSync(Buffer.from(Array.from({ length: 1024 }, () => `${'y'.repeat(1023)}\n`).join('')), { level: 9 });
  const bomb = Buffer.concat([gzipSync('note\n'), ...Array.from({ length: 1024 }, () => rows)]);
  writeFileSync(path.join(work, 'bomb.csv.gz'), bomb);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('configs', () => {
  it('refuses a YAML alias bomb by its expanded size, with the line of the first alias', () => {
    expectRefused(datagate(['check', '--config', 'alias-bomb.yml']), 'alias-bomb.yml', /expands to more than 1,000,000 values through YAML aliases/, 2);
  });

  it('reads a config that reuses one anchor for 160 columns', () => {
    const report = expectReport(datagate(['check', '--config', 'anchors.yml', '--json', '-'])) as { gates: { id: string; status: string }[] };
    expect(report.gates.filter((gate) => gate.id.startsWith('wide.contract.c')).length).toBeGreaterThanOrEqual(160);
  });

  it('runs a catastrophic pattern over a 30,000-character cell in linear time', () => {
    const report = expectReport(datagate(['check', '--config', 'redos.yml', '--json', '-'])) as { gates: { id: string; status: string; count?: number }[] };
    expect(report.gates.find((gate) => gate.id === 'redos.contract.word.pattern')).toMatchObject({ status: 'fail', count: 2 });
  });

  it('refuses a pattern that the linear-time engine cannot run', () => {
    expectRefused(datagate(['check', '--config', 'lookahead.yml']), 'lookahead.yml', /cannot run in linear time/, 6);
  });

  it('shows control characters and terminal escapes in names and values as visible symbols', () => {
    const text = datagate(['check', '--config', 'control.yml']);
    expectClean(text);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('␛[31mred␛[0m');
    expectReport(datagate(['check', '--config', 'control.yml', '--json', '-']));
  });

  it('refuses binary garbage and a list as a config', () => {
    expectRefused(datagate(['check', '--config', 'garbage.yml']), 'garbage.yml', /./);
    expectRefused(datagate(['check', '--config', 'not-a-map.yml']), 'not-a-map.yml', /./);
  });
});

describe('data files, profiled', () => {
  const refused: [string, RegExp, number | null][] = [
    ['garbage.csv', /binary data|not UTF-8/, null],
    ['garbage.json', /binary data|not UTF-8/, null],
    ['garbage.jsonl', /binary data|not UTF-8/, null],
    ['garbage.parquet', /parquet|Parquet/, null],
    ['parquet-magic.parquet', /parquet|Parquet/, null],
    ['noise.json', /./, null],
    ['empty.csv', /empty file/, 1],
    ['empty.tsv', /empty file/, 1],
    ['empty.json', /empty file/, 1],
    ['empty.jsonl', /empty file/, 1],
    ['empty.parquet', /./, null],
    ['invalid-utf8.csv', /not UTF-8/, 3],
    ['unclosed-quote.csv', /unclosed quote in column "name"/, 3],
  ];
  it.each(refused)('refuses %s naming the file', (file, message, line) => {
    expectRefused(datagate(['profile', `data/${file}`]), file, message, line ?? undefined);
  });

  const read: [string, number][] = [
    ['header-only.csv', 0], ['header-only-no-newline.csv', 0], ['empty-array.json', 0], ['bom.csv', 2], ['bom.jsonl', 2],
    ['crlf.csv', 2], ['cr-only.csv', 0], ['ragged.csv', 3], ['control.csv', 2], ['control.jsonl', 2], ['redos.csv', 3], ['wide.csv', 1],
  ];
  it.each(read)('profiles %s into a report (%d rows)', (file, rows) => {
    const run = datagate(['profile', `data/${file}`]);
    if (file === 'cr-only.csv') {
      // Old Mac line ends: no newline at all, so one header record of 4 fields; not a crash.
      expectClean(run);
      return;
    }
    const profile = expectReport(run) as { rows: number; columns: { name: string }[] };
    expect(profile.rows).toBe(rows);
    if (file === 'bom.csv') expect(profile.columns[0].name).toBe('id');
  });

  it('profiles noise that is text into a report or refuses it cleanly', () => {
    expectClean(datagate(['profile', 'data/noise.csv']));
  });
});

describe('big inputs, made from a seed', () => {
  it('profiles a CSV with one 50 MB field in linear time', () => {
    const profile = expectReport(datagate(['profile', path.join(work, 'field-50mb.csv')])) as { rows: number };
    expect(profile.rows).toBe(2);
  });

  it('refuses a 36 MB CSV with a stray quote on line 2, naming the line', () => {
    expectRefused(datagate(['profile', path.join(work, 'stray-quote.csv')]), 'stray-quote.csv', /unclosed quote in column "name"/, 2);
  });

  it('stops a 70 MB CSV without a newline at the 64 MB record limit', () => {
    expectRefused(datagate(['profile', path.join(work, 'no-newline-70mb.csv')]), 'no-newline-70mb.csv', /a record longer than 64 MB/, 1);
  });

  it('stops a 70 MB JSON Lines line at the 64 MB limit', () => {
    expectRefused(datagate(['profile', path.join(work, 'no-newline-70mb.jsonl')]), 'no-newline-70mb.jsonl', /a line longer than 64 MB/, 1);
  });

  it.each(['deep.json', 'deep-value.json', 'deep-value.jsonl'])('refuses %s, nested 100,000 levels deep', (file) => {
    expectRefused(datagate(['profile', path.join(work, file)]), file, /nested more than 1,000 levels deep|expected an object/, 1);
  });

  it('stops a gzip bomb at the stated ratio', () => {
    expectRefused(datagate(['profile', path.join(work, 'bomb.csv.gz')]), 'bomb.csv.gz', /inflates more than 200×/);
  });
});
