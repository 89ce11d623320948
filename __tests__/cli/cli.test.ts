// The bundled CLI as a real process: exit codes and outputs of DESIGN.md's CLI contract.
// Runs dist/cli/index.js (CI rebuilds dist/ and checks it is fresh before the tests).
import { describe, it, expect, beforeAll } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, readFileSync, existsSync, readdirSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const cli = path.resolve('dist/cli/index.js');
// DATAGATE_CLI_NODE runs these under another Node (.ci/run: 20.0.0, the floor in engines.node).
const node = process.env.DATAGATE_CLI_NODE || process.env.DATAGATE_NODE24 || process.execPath;

function datagate(args: string[], cwd = process.cwd()) {
  const result = spawnSync(node, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let work: string;
beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run `npm run build` first');
  work = mkdtempSync(path.join(tmpdir(), 'datagate-cli-'));
});

describe('datagate CLI', () => {
  it('exits 1 on the example, whose gates fail, and writes the JSON and Markdown reports', () => {
    const json = path.join(work, 'report.json');
    const markdown = path.join(work, 'report.md');
    const { code, stdout } = datagate(['check', '--config', 'examples/datagate.yml', '--json', json, '--markdown', markdown]);
    expect(code).toBe(1);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.version).toBe(1);
    expect(report.status).toBe('fail');
    expect(report.datasets[0].name).toBe('customers');
    expect(report.datasets[0].rows).toEqual({ baseline: 2000, current: 2000 });
    expect(report.datasets[0].schema.added).toEqual([expect.objectContaining({ name: 'referral', type: 'string' })]);
    const ageMin = report.gates.find((gate: { id: string }) => gate.id === 'customers.contract.age.min');
    expect(ageMin).toMatchObject({ status: 'fail', count: 3 });
    // Paths in the report are relative to the config's folder, like the config's own paths.
    expect(ageMin.examples[0]).toEqual({ row: 631, line: 632, file: 'data/customers.csv', value: '-1' });
    expect(readFileSync(markdown, 'utf8')).toContain('customers');
    expect(stdout.split('\n').at(-2)).toBe(`Full report: ${json}, ${markdown}`);
  });

  it('prints the text report on standard output: verdict first, failed gates with file:line, counts, no colour in a pipe', () => {
    const { code, stdout, stderr } = datagate(['check', '--config', 'examples/datagate.yml', '--fail-on', 'never']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^datagate: FAIL — 4 of 45 gates failed: /);
    const age = lines.indexOf('✗ customers.contract.age.min');
    expect(lines.slice(age, age + 3)).toEqual(['✗ customers.contract.age.min', '    "age": 3 values below min 0 (lowest -1)', '    data/customers.csv:632  "-1"']);
    expect(lines).toContain('45 gates ran: 40 passed, 4 failed, 1 warning');
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(80);
    expect(stdout).not.toContain('\u001b');
    expect(stdout).not.toContain('{');
    expect(stderr).toBe('');
  });

  it('prints JSON on standard output only with --json -, the text report then on standard error', () => {
    const { code, stdout, stderr } = datagate(['check', '--config', 'examples/datagate.yml', '--json', '-']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).status).toBe('fail');
    expect(stderr).toMatch(/^datagate: FAIL — /);
  });

  it("writes the files of the config's report: section, relative to the config, unless a flag names another path", () => {
    const dir = mkdtempSync(path.join(work, 'report-'));
    writeFileSync(path.join(dir, 'data.csv'), 'id,score\n1,0.5\n2,0.7\n');
    writeFileSync(path.join(dir, 'datagate.yml'), 'datasets:\n  - name: d\n    current: data.csv\n'
      + 'report: { markdown: out/report.md, html: out/report.html }\n');
    const first = datagate(['check', '--config', path.join(dir, 'datagate.yml')], work);
    expect(first.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'datagate-report.json'), 'utf8')).status).toBe('pass');
    expect(readFileSync(path.join(dir, 'out/report.md'), 'utf8')).toContain('datagate');
    expect(readFileSync(path.join(dir, 'out/report.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    expect(first.stdout).toMatch(/^datagate: PASS/);
    const other = path.join(work, 'elsewhere.md');
    const second = datagate(['check', '--config', path.join(dir, 'datagate.yml'), '--markdown', other], work);
    expect(second.code).toBe(0);
    expect(readFileSync(other, 'utf8')).toContain('datagate');
    expect(second.stdout.split('\n').at(-2)).toMatch(/^Full report: .*datagate-report\.json, .*elsewhere\.md, .*report\.html$/);
  });

  it('writes no report file without a flag or a report: section', () => {
    const dir = mkdtempSync(path.join(work, 'plain-'));
    writeFileSync(path.join(dir, 'data.csv'), 'id\n1\n');
    writeFileSync(path.join(dir, 'datagate.yml'), 'datasets:\n  - name: d\n    current: data.csv\n');
    expect(datagate(['check', '--config', 'datagate.yml'], dir).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['data.csv', 'datagate.yml']);
  });

  it('names a bad file as the user wrote it, relative to the working folder, with every bad line', () => {
    mkdirSync(path.join(work, 'logs'), { recursive: true });
    writeFileSync(path.join(work, 'logs', 'events.jsonl'), '{"a": 1}\n{"a":\n[2]\n');
    const { code, stderr } = datagate(['profile', 'logs/events.jsonl'], work);
    expect(code).toBe(2);
    expect(stderr).toBe('datagate: logs/events.jsonl:2: invalid JSON: Unexpected end of JSON input\nlogs/events.jsonl:3: expected a JSON object on each line\n');
  });

  it('exits 2 naming the file when the config is missing', () => {
    const { code, stderr } = datagate(['check', '--config', 'examples/nope.yml']);
    expect(code).toBe(2);
    expect(stderr).toBe('datagate: examples/nope.yml: config file not found (`datagate init <data file> --out datagate.yml` writes one)\n');
  });

  it('exits 2 listing every config problem, without a stack trace', () => {
    const config = path.join(work, 'bad.yml');
    writeFileSync(config, 'datasets:\n  - name: a\n    current: a.csv\n    drift: { method: magic }\n    rows: { min: -3 }\n');
    const { code, stderr } = datagate(['check', '--config', config]);
    expect(code).toBe(2);
    expect(stderr).toContain('bad.yml:4: datasets[0].drift.method:');
    expect(stderr).toContain('bad.yml:5: datasets[0].rows.min:');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on an unknown command or flag', () => {
    expect(datagate(['frobnicate']).code).toBe(2);
    expect(datagate(['check', '--nope']).code).toBe(2);
    expect(datagate(['compare', 'only-one.csv']).code).toBe(2);
  });

  it('profiles a file to the profile JSON of DESIGN.md', () => {
    const { code, stdout } = datagate(['profile', 'examples/data/customers_baseline.csv']);
    expect(code).toBe(0);
    const profile = JSON.parse(stdout);
    expect(profile.version).toBe(1);
    expect(profile.rows).toBe(2000);
    const age = profile.columns.find((column: { name: string }) => column.name === 'age');
    expect(age).toMatchObject({ type: 'integer', count: 2000, nulls: 0 });
    expect(Object.keys(age.quantiles)).toEqual(['p01', 'p05', 'p25', 'p50', 'p75', 'p95', 'p99']);
  });

  it('writes a profile JSON of megabytes in slices that never split a character, the same as on stdout', () => {
    // Two runs of emoji (two UTF-16 units each) longer than a slice (2^20 units), one unit apart:
    // wherever the cell lands in the JSON, a slice boundary falls inside a pair in one of them.
    // A C1 control character is still escaped.
    const emoji = '😀'.repeat((1 << 19) + 1);
    const cell = `${emoji}a${emoji}é\u0085`;
    const csv = path.join(work, 'wide-cell.csv');
    writeFileSync(csv, `id,note\n1,${cell}\n2,${cell}\n3,short\n`);
    const out = path.join(work, 'wide-cell.profile.json');
    expect(datagate(['profile', csv, '--out', out]).code).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(written).toContain('\\u0085');
    expect(written.endsWith('}\n')).toBe(true);
    const note = JSON.parse(written).columns.find((column: { name: string }) => column.name === 'note');
    expect(note.top[0]).toEqual({ value: cell, count: 2 });
    const { stdout } = spawnSync(node, [cli, 'profile', csv], { encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, NODE_OPTIONS: '' } });
    expect(stdout).toBe(written);
  });

  it('compares a stored profile with a data file', () => {
    const profilePath = path.join(work, 'baseline.profile.json');
    expect(datagate(['profile', 'examples/data/customers_baseline.csv', '--out', profilePath]).code).toBe(0);
    const { code, stdout } = datagate(['compare', profilePath, 'examples/data/customers.csv', '--method', 'auto']);
    expect([0, 1]).toContain(code);
    const report = JSON.parse(stdout);
    const spend = report.datasets[0].drift.columns.find((column: { name: string }) => column.name === 'monthly_spend');
    expect(spend).toMatchObject({ method: 'wasserstein', drifted: true });
  });

  it('exits 2 naming a missing data file', () => {
    const { code, stderr } = datagate(['profile', 'examples/data/missing.csv']);
    expect(code).toBe(2);
    expect(stderr).toContain('examples/data/missing.csv');
  });

  it('prints data quoted in an error as visible text, so a file cannot send terminal escapes', () => {
    const file = path.join(work, 'escape.csv');
    writeFileSync(file, 'a,"\u001b[31mred\u001b[0m"\n1,"open\n');
    const { code, stderr } = datagate(['profile', file]);
    expect(code).toBe(2);
    expect(stderr).toContain('unclosed quote in column');
    expect(stderr).not.toContain('\u001b');
  });

  it('writes a starting contract with init that check accepts', () => {
    const out = path.join(work, 'datagate.yml');
    const { code } = datagate(['init', path.resolve('examples/data/customers_baseline.csv'), '--out', out]);
    expect(code).toBe(0);
    const check = datagate(['check', '--config', out, '--json', path.join(work, 'init-report.json')]);
    expect(check.code).toBe(0);
  });

  it('init shows the reader\'s ragged-row warnings, as profile does', () => {
    const ragged = '__tests__/fixtures/init/ragged.csv';
    const profile = datagate(['profile', ragged]);
    expect(profile.stderr).toContain('ragged.csv:3: expected 3 fields, found 2\n');
    const init = datagate(['init', ragged]);
    expect(init.code).toBe(0);
    expect(init.stderr).toBe(`warning: ${ragged}:3: expected 3 fields, found 2\nwarning: ${ragged}:4: expected 3 fields, found 4\n`);
    expect(init.stdout).toContain('amount:');
  });

  it('removes its temp copy of a git baseline when the check ends', () => {
    const repo = mkdtempSync(path.join(work, 'git-'));
    const temp = mkdtempSync(path.join(work, 'tmp-'));
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    writeFileSync(path.join(repo, 'data.csv'), 'id\n1\n2\n');
    writeFileSync(path.join(repo, 'datagate.yml'), 'datasets:\n  - name: d\n    current: data.csv\n    baseline: { git: HEAD }\n');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    writeFileSync(path.join(repo, 'data.csv'), 'id\n1\n2\n3\n');
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '', TMPDIR: temp };
    delete env.RUNNER_TEMP;
    const result = spawnSync(node, [cli, 'check', '--config', 'datagate.yml', '--json', '-'], { cwd: repo, encoding: 'utf8', env });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).datasets[0].rows).toEqual({ baseline: 2, current: 3 });
    expect(readdirSync(temp)).toEqual([]);
  });
});

describe('real files on the command line (issue 16)', () => {
  const european = path.resolve('__tests__/fixtures/realfiles/european.csv');

  it('profiles a European CSV on its detected delimiter and says what it detected', () => {
    const { code, stdout, stderr } = datagate(['profile', european]);
    expect(code).toBe(0);
    const profile = JSON.parse(stdout);
    expect(profile.delimiter).toBe(';');
    expect(profile.columns).toHaveLength(7);
    expect(stderr).toContain('fields separated by ";" (detected from the first lines; --delimiter to override)');
    expect(stderr).toContain('column "Preis" read as number written with decimal ",", thousands "."');
  });

  it('takes --delimiter and --decimal on init, and refuses bad ones with exit 2', () => {
    const given = datagate(['init', european, '--delimiter', ',']);
    expect(given.code).toBe(0);
    expect(given.stdout).toMatch(/id;Preis;Menge;Datum;Rabatt;Aktiv;Notiz:\n\s+type: string /);
    expect(given.stderr).not.toContain('detected');
    const tab = datagate(['profile', european, '--delimiter', 'tab', '--decimal', ',']);
    expect(JSON.parse(tab.stdout).delimiter).toBe('\t');
    const bad = datagate(['profile', european, '--decimal', ';']);
    expect([bad.code, bad.stderr]).toEqual([2, 'datagate: --decimal must be one of ., ,; got ";"\n']);
    const long = datagate(['init', european, '--delimiter', ';;']);
    expect(long.code).toBe(2);
    expect(long.stderr).toContain('--delimiter must be one character');
  });
});

describe('datagate check: no command or file escapes through a config', () => {
  it('refuses --base that git would read as an option: exit 2 naming it, and the command never runs', () => {
    const marker = path.join(work, 'base-marker');
    const { code, stderr } = datagate(['check', '--config', 'examples/datagate.yml', `--base=--upload-pack=touch ${marker};`]);
    expect(code).toBe(2);
    expect(stderr).toBe(`datagate: --base: "--upload-pack=touch ${marker};" is not a git ref name or commit id (it starts with "-", so git would read it as an option); refused\n`);
    expect(existsSync(marker)).toBe(false);
  });

  it('with --workspace, refuses a dataset outside the folder: exit 2 naming the path and the rule', () => {
    const ws = mkdtempSync(path.join(work, 'ws-'));
    writeFileSync(path.join(ws, 'datagate.yml'), 'datasets:\n  - name: d\n    current: /etc/passwd\n    format: csv\n');
    const { code, stderr } = datagate(['check', '--config', 'datagate.yml', '--workspace', '.'], ws);
    expect(code).toBe(2);
    expect(stderr).toBe(`datagate: /etc/passwd: is outside --workspace .: only files inside ${realpathSync(ws)} are read here\n`);
  });

  it('with --workspace, refuses a report outside before creating any folder', () => {
    const ws = mkdtempSync(path.join(work, 'ws-'));
    writeFileSync(path.join(ws, 'data.csv'), 'id\n1\n');
    writeFileSync(path.join(ws, 'datagate.yml'), 'datasets:\n  - name: d\n    current: data.csv\n');
    const { code, stderr } = datagate(['check', '--config', 'datagate.yml', '--workspace', ws, '--json', '../made-here/report.json'], ws);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^datagate: \.\.\/made-here\/report\.json: is outside --workspace /);
    expect(existsSync(path.join(work, 'made-here'))).toBe(false);
  });

  it('without --workspace keeps its freedom on a user\'s own machine', () => {
    const ws = mkdtempSync(path.join(work, 'ws-'));
    const elsewhere = mkdtempSync(path.join(work, 'elsewhere-'));
    writeFileSync(path.join(elsewhere, 'data.csv'), 'id\n1\n');
    writeFileSync(path.join(ws, 'datagate.yml'), `datasets:\n  - name: d\n    current: ${path.join(elsewhere, 'data.csv')}\n`);
    const { code, stdout } = datagate(['check', '--config', 'datagate.yml', '--json', '-'], ws);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).datasets[0].rows.current).toBe(1);
  });
});

describe('profiling a big CSV on the bundled workers', () => {
  it('profiles a 34 MB file (over the 32 MB threshold) on worker threads to the one-pass profile: rows, nulls, min, max, mean, categories', async () => {
    const { profileFiles } = await import('../../src/profile/index.js');
    const file = path.join(work, 'big.csv');
    const lines = ['id,amount,kind,note'];
    for (let i = 1; i <= 420_000; i++) {
      lines.push(`${i},${i % 97 === 0 ? '' : ((i * 7919) % 100_003) / 100},k${i % 7},"note, ${i % 11} with a comma and some padding text"`);
    }
    writeFileSync(file, lines.join('\n') + '\n');
    const { code, stdout } = datagate(['profile', file]);
    expect(code).toBe(0);
    const workers = JSON.parse(stdout) as { rows: number; columns: Record<string, unknown>[] };
    // From sources there is no bundled worker: this is the one-pass profile.
    const onePass = await profileFiles([file], {}, () => undefined);
    expect(workers.rows).toBe(420_000);
    workers.columns.forEach((column, c) => {
      const other = onePass.columns[c] as unknown as Record<string, unknown>;
      for (const key of ['name', 'type', 'count', 'nulls', 'min', 'max', 'minLength', 'maxLength']) expect(column[key]).toEqual(other[key]);
      if (typeof other.mean === 'number') expect(column.mean as number).toBeCloseTo(other.mean, 6);
    });
    expect(workers.columns[2].top).toEqual(onePass.columns[2].top);
  });

  it('finds the worker from the action bundle too, and it profiles a part', async () => {
    const { inWorkers } = await import('../../src/profile/parallel.js');
    const { workerScript } = await import('../../src/profile/thread.js');
    // dist/index.js (the action) uses the CLI's worker, dist/cli/worker/index.js.
    const script = workerScript(path.resolve('dist'));
    expect(script).toBe(path.resolve('dist/cli/worker/index.js'));
    const file = path.join(work, 'part.csv');
    writeFileSync(file, 'a,b\n1,x\n2,y\n3,\n');
    const result = await inWorkers(script as string)({ file, delimiter: ',', start: 0, end: 16 });
    expect(result).toMatchObject({ profile: { rows: 3 }, issues: [], pending: false });
  });
});
