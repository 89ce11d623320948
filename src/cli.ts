#!/usr/bin/env node
// The CLI: the same engine as the action, behind flags. Exit 0 pass, 1 a gate failed, 2 bad input.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { existsSync, statSync } from 'node:fs';
import { open, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UserError, formatProblem, isUserError } from './errors.js';
import { shownPath } from './paths.js';
import { VERSION } from './version.js';
import { terminalText } from './report/escape.js';
import { ACCEPT_USAGE } from './accept/usage.js';
import type { CompareOptions } from './run/compare.js';
import type { Workspace } from './workspace/index.js';
import type { ReportKind } from './checkOutputs.js';
import type { Format, ReadIssue } from './readers/types.js';
import type { Report } from './report/types.js';
import type { Profile } from './profile/types.js';

// Each command loads its own code when it runs (ncc makes chunks of these imports): loading
// every command's modules up front cost each run ≈ 0.1–0.15 s before any work, and `profile`
// waited that long to start its workers.

const USAGE = `datagate ${VERSION} — review data and model changes like code

usage:
  datagate check   [--config datagate.yml] [--json report.json] [--markdown report.md] [--html report.html]
                   [--base <git ref>] [--fail-on error|warning|never] [--now <ISO time>] [--workspace DIR]
                   [--junit report.xml] [--sarif report.sarif]
  datagate init    <file> [--out datagate.yml] [--name <dataset name>]
  datagate profile <file> [--format csv|tsv|jsonl|json|parquet] [--out profile.json]
  datagate compare <baseline> <current> [--method robust|auto|ks|psi|wasserstein|jensenshannon|chisquare|significant]
                   [--json report.json] [--markdown report.md] [--html report.html]
  datagate diff    <baseline> <current> --key col[,col2] [--json report.json] [--markdown report.md]
  init, profile and compare read CSV with [--delimiter ,|;|tab|"|"] [--decimal .|,]
  (detected from the first lines when not given)
  ${ACCEPT_USAGE}

<file>, <baseline> and <current> are data files (or, for compare, profile JSON files).
check prints its text report; it writes report files named by --json/--markdown/--html or by the
config's report: section. Elsewhere, without --out / --json, JSON goes to standard output.
"-" as a path means standard output.
--workspace DIR: every file the config names, and every report written, must be inside DIR
(symlinks followed, never under .git), as in the action.
Exit codes: 0 all gates pass (warnings allowed), 1 a gate failed, 2 bad usage or input.`;

type Options = ParseArgsConfig['options'];
const FORMATS = ['csv', 'tsv', 'jsonl', 'json', 'parquet'];
const METHODS = ['robust', 'auto', 'ks', 'psi', 'wasserstein', 'jensenshannon', 'chisquare', 'significant'];

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  switch (command) {
    case 'check': return check(rest);
    case 'init': return init(rest);
    case 'profile': return profile(rest);
    case 'compare': return compare(rest);
    case 'accept': {
      const { acceptCommand } = await import('./accept/command.js');
      return acceptCommand(rest, { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text.split('\n').map(terminalText).join('\n')) });
    }
    case 'diff': return (await import('./run/diffCommand.js')).diffCommand(rest);
    default: throw new UserError(`unknown command "${command}"\n\n${USAGE}`);
  }
}

interface Parsed { values: Record<string, string | boolean | undefined>; positionals: string[]; help: boolean }

function parse(args: string[], options: Options, positionals: number): Parsed {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UserError(`${(error as Error).message}\n\n${USAGE}`);
  }
  const values = parsed.values as Parsed['values'];
  if (values.help) return { values, positionals: parsed.positionals, help: true };
  if (parsed.positionals.length !== positionals) {
    throw new UserError(`expected ${positionals} file argument${positionals === 1 ? '' : 's'}, got ${parsed.positionals.length}\n\n${USAGE}`);
  }
  return { values, positionals: parsed.positionals, help: false };
}

function oneOf(value: unknown, allowed: string[], flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw new UserError(`${flag} must be one of ${allowed.join(', ')}; got "${String(value)}"`);
  }
  return value;
}

async function check(args: string[]): Promise<number> {
  const { values, help } = parse(args, {
    config: { type: 'string', default: 'datagate.yml' }, json: { type: 'string' }, markdown: { type: 'string' },
    html: { type: 'string' }, base: { type: 'string' }, 'fail-on': { type: 'string', default: 'error' }, now: { type: 'string' },
    workspace: { type: 'string' },
    junit: { type: 'string' }, sarif: { type: 'string' },
  }, 0);
  if (help) return usage();
  await prewarmForCheck(String(values.config), values.workspace as string | undefined);
  const [{ runCheck }, { createBaselineResolver }, { checkedRef }, { confinedWrites, workspaceAt }] = await Promise.all([
    import('./run/check.js'), import('./baseline/index.js'), import('./baseline/ref.js'), import('./workspace/index.js'),
  ]);
  // What writes the report loads while the data is read: this thread only waits for its workers then.
  let outputs: ReturnType<typeof loadOutputs> | undefined;
  const loadOutputs = () => Promise.all([import('./run/machineReports.js'), import('./checkOutputs.js'), import('./report/index.js'), import('./run/status.js')]);
  const failOn = oneOf(values['fail-on'], ['error', 'warning', 'never'], '--fail-on') as 'error' | 'warning' | 'never';
  const now = values.now === undefined ? undefined : new Date(String(values.now));
  if (now && Number.isNaN(now.getTime())) throw new UserError(`--now must be an ISO time; got "${String(values.now)}"`);
  const configPath = String(values.config);
  const cwd = process.cwd();
  const base = values.base === undefined ? undefined : checkedRef(String(values.base), '--base');
  const workspace = values.workspace === undefined ? undefined : workspaceFolder(String(values.workspace), workspaceAt);
  // Git baselines are copied to a temp folder of this run, removed when the check ends (the
  // action instead leaves them in RUNNER_TEMP, which the runner empties after the job).
  const tempDir = await mkdtemp(path.join(os.tmpdir(), 'datagate-cli-'));
  let result;
  try {
    result = await runCheck({
      configPath,
      now,
      workspace,
      begun: () => {
        outputs ??= loadOutputs();
        // Awaited after the check, which reports its own errors first.
        outputs.catch(() => undefined);
      },
      baselineResolver: createBaselineResolver({ cwd: path.dirname(path.resolve(cwd, configPath)), baseRef: base, tempDir, workspace, notice: (message) => say(`notice: ${message}`) }),
    });
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
  const [{ writeMachineReports }, { reportTargets, useColor }, { renderText }, { shouldFail }] = await (outputs ??= loadOutputs());
  const targets = reportTargets({ json: values.json as string | undefined, markdown: values.markdown as string | undefined, html: values.html as string | undefined }, result, cwd);
  // Every target is checked before anything is written.
  confinedWrites(workspace, targets.filter(({ target }) => target !== '-').map(({ target, shown }) => ({ file: target, shown })));
  await writeMachineReports(result, result.report, { junit: values.junit as string | undefined, sarif: values.sarif as string | undefined, workspace: process.env.GITHUB_WORKSPACE || cwd, confine: workspace });
  const render = await renderers();
  for (const { kind, target } of targets) await emit(target, render[kind](result.report));
  // The text report goes to standard output unless a report file does; then it goes to standard error.
  const toStdout = !targets.some(({ target }) => target === '-');
  const stream = toStdout ? process.stdout : process.stderr;
  const written = targets.filter(({ target }) => target !== '-').map(({ shown }) => terminalText(shown));
  const text = renderText(result.report, { color: useColor(stream, process.env) })
    + (written.length ? `\n\nFull report: ${written.join(', ')}` : '');
  stream.write(text + '\n');
  return shouldFail(result.report.status, failOn) ? 1 : 0;
}

/**
 * A big CSV/TSV file of the config's datasets is read by part workers: they start now, before
 * the check's modules load. A mistake in the options is left for the check to report.
 */
async function prewarmForCheck(configPath: string, folder: string | undefined): Promise<void> {
  const [{ prewarmForConfig }, { workspaceAt }] = await Promise.all([import('./run/prewarm.js'), import('./workspace/index.js')]);
  let workspace: Workspace | undefined;
  try {
    workspace = folder === undefined ? undefined : workspaceFolder(folder, workspaceAt);
  } catch {
    return;
  }
  await prewarmForConfig(path.resolve(configPath), workspace);
}

async function compare(args: string[]): Promise<number> {
  const { values, positionals, help } = parse(args, {
    method: { type: 'string', default: 'robust' }, json: { type: 'string' }, markdown: { type: 'string' }, html: { type: 'string' },
    format: { type: 'string' }, ...CSV_FLAGS,
  }, 2);
  if (help) return usage();
  const method = oneOf(values.method, METHODS, '--method') as NonNullable<CompareOptions['method']>;
  const format = oneOf(values.format, FORMATS, '--format') as Format | undefined;
  const [baselinePath, currentPath] = positionals;
  const [{ compareSnapshots }, { renderText }] = await Promise.all([import('./run/compare.js'), import('./report/index.js')]);
  const report = await compareSnapshots(baselinePath, currentPath, { method, format, ...csvOptions(values) });
  await writeOutputs(report, values, !values.markdown && !values.html);
  process.stderr.write(renderText(report) + '\n');
  return report.status === 'fail' ? 1 : 0;
}

async function profile(args: string[]): Promise<number> {
  const { values, positionals, help } = parse(args, { format: { type: 'string' }, out: { type: 'string' }, ...CSV_FLAGS }, 1);
  if (help) return usage();
  const format = oneOf(values.format, FORMATS, '--format') as Format | undefined;
  await prewarmFor(positionals[0], format);
  const [{ resolveFiles }, { profileFiles }] = await Promise.all([import('./readers/index.js'), import('./profile/index.js')]);
  const files = await resolveFiles(positionals[0], process.cwd());
  const options = { format, ...csvOptions(values) };
  // Nothing else runs meanwhile: this thread profiles a part too, beside one worker fewer.
  const result = await profileFiles(files, options, warnRead, { thisThread: true });
  await noteReading(positionals[0], result, options.delimiter);
  await emit(values.out as string | undefined, ...jsonPieces(result));
  return 0;
}

/**
 * A big CSV/TSV file is profiled in parts, one on this thread and the others by worker threads:
 * they start now, so their own start overlaps this thread's loading of the profiler and its
 * reading of the file's first lines.
 */
async function prewarmFor(file: string, format: Format | undefined): Promise<void> {
  const plain = format === 'csv' || format === 'tsv' || (format === undefined && /\.(csv|tsv)$/i.test(file));
  if (!plain) return;
  let bytes: number;
  try {
    const found = statSync(file);
    bytes = found.isFile() ? found.size : 0;
  } catch {
    return;
  }
  const { partsForBytes, prewarmWorkers, workerScript } = await import('./profile/thread.js');
  const script = workerScript();
  const parts = partsForBytes(bytes);
  if (script && parts > 1) prewarmWorkers(script, parts - 1);
}

async function init(args: string[]): Promise<number> {
  const { values, positionals, help } = parse(args, { out: { type: 'string' }, name: { type: 'string' }, format: { type: 'string' }, ...CSV_FLAGS }, 1);
  if (help) return usage();
  const format = oneOf(values.format, FORMATS, '--format') as Format | undefined;
  const file = positionals[0];
  const options = { format, ...csvOptions(values) };
  // The reader's warnings (ragged rows, …), as profile prints them: the contract is only as good as the read.
  const resolved = path.resolve(file);
  const [{ loadSnapshotProfile }, { inferContract, nullTokensOf }] = await Promise.all([import('./run/snapshot.js'), import('./init/index.js')]);
  const onIssue = (issue: ReadIssue) => warnRead(issue.file === resolved ? { ...issue, file } : issue);
  let snapshot = await loadSnapshotProfile(resolved, options, onIssue);
  // Text that stands for a missing value (`NA` among numbers) becomes a null value: read again so.
  const nullTokens = nullTokensOf(snapshot);
  if (nullTokens.length > 0) snapshot = await loadSnapshotProfile(resolved, { ...options, nullValues: nullTokens.map(({ token }) => token) }, () => undefined);
  await noteReading(file, snapshot, options.delimiter);
  const name = (values.name as string | undefined) ?? path.basename(file).replace(/\..*$/, '');
  const out = values.out as string | undefined;
  // Paths in a config are relative to the config's folder.
  const current = out && out !== '-' ? path.relative(path.dirname(path.resolve(out)), path.resolve(file)).split(path.sep).join('/') : file;
  await emit(out, inferContract(snapshot, { name, current, nullTokens }));
  if (out && out !== '-') process.stderr.write(`wrote ${out}: review it, then run \`datagate check --config ${out}\`\n`);
  return 0;
}

const CSV_FLAGS: Options = { delimiter: { type: 'string' }, decimal: { type: 'string' } };
const DELIMITER_NAMES: Record<string, string> = { tab: '\t', '\\t': '\t' };

/** `--delimiter` (one character, or `tab`) and `--decimal` (`.` or `,`) as read options. */
function csvOptions(values: Record<string, unknown>): { delimiter?: string; decimal?: '.' | ',' } {
  const options: { delimiter?: string; decimal?: '.' | ',' } = {};
  if (values.delimiter !== undefined) {
    const given = String(values.delimiter);
    const delimiter = DELIMITER_NAMES[given] ?? given;
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
      throw new UserError(`--delimiter must be one character other than a quote or a newline (or "tab"); got ${JSON.stringify(given)}`);
    }
    options.delimiter = delimiter;
  }
  if (values.decimal !== undefined) options.decimal = oneOf(values.decimal, ['.', ','], '--decimal') as '.' | ',';
  return options;
}

/** Says how a CSV was read where it was not plain: the detected delimiter, columns in a format of their own. */
async function noteReading(file: string, profile: Profile, given: string | undefined): Promise<void> {
  if (profile.delimiter !== undefined && given === undefined && profile.delimiter !== ',' && !/\.(tsv|tab)(\.gz)?$/i.test(file)) {
    say(`note: ${file}: fields separated by ${JSON.stringify(profile.delimiter)} (detected from the first lines; --delimiter to override)`);
  }
  const formatted = profile.columns.flatMap((column) => (column.format && typeof column.format !== 'string' ? [{ column, format: column.format }] : []));
  if (formatted.length === 0) return;
  const { describeFormat } = await import('./profile/formats.js');
  for (const { column, format } of formatted) say(`note: ${file}: column ${JSON.stringify(column.name)} read as ${column.type} written ${describeFormat(format)}`);
}

async function renderers(): Promise<Record<ReportKind, (report: Report) => string>> {
  const { renderSummary, renderHtml } = await import('./report/index.js');
  return { json: (report) => jsonText(report), markdown: renderSummary, html: renderHtml };
}

async function writeOutputs(report: Report, values: Record<string, unknown>, jsonByDefault: boolean, workspace?: Workspace): Promise<void> {
  const json = values.json as string | undefined;
  // Every target is checked before anything is written.
  const targets = [json, values.markdown, values.html, values.junit, values.sarif].filter((target): target is string => typeof target === 'string' && target !== '-');
  const [{ confinedWrites }, { renderSummary, renderHtml }] = await Promise.all([import('./workspace/index.js'), import('./report/index.js')]);
  confinedWrites(workspace, targets.map((target) => ({ file: path.resolve(target), shown: target })));
  if (json || jsonByDefault) await emit(json, jsonText(report));
  if (values.markdown) await emit(values.markdown as string, renderSummary(report));
  if (values.html) await emit(values.html as string, renderHtml(report));
}

/**
 * JSON as the CLI writes it. JSON.stringify leaves DEL and the C1 controls (U+009B is a terminal's
 * CSI) raw; values from data must not reach a terminal so, and as \u escapes they read back the same.
 */
function jsonText(value: unknown): string {
  return jsonPieces(value).join('');
}

const C1_CONTROL = /[\u007f-\u009f]/;
const C1_CONTROLS = /[\u007f-\u009f]/g;

/**
 * jsonText as pieces written one after the other (the text, then its newline), escaped only where
 * a control is: a profile of a file with a 50 MB cell is 100 MB of JSON, and each whole-text copy
 * was another 100 MB at the peak (docs/limits.md).
 */
function jsonPieces(value: unknown): string[] {
  const json = JSON.stringify(value, null, 2);
  const escaped = C1_CONTROL.test(json) ? json.replace(C1_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
  return [escaped, '\n'];
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Characters written to a file at a time: each write encodes only its slice. */
const WRITE_CHARS = 1 << 20;

async function emit(target: string | undefined, ...pieces: string[]): Promise<void> {
  if (!target || target === '-') {
    for (const piece of pieces) process.stdout.write(piece);
    return;
  }
  await mkdir(path.dirname(path.resolve(target)), { recursive: true });
  const file = await open(target, 'w');
  try {
    for (const piece of pieces) {
      for (let at = 0; at < piece.length;) {
        let end = Math.min(piece.length, at + WRITE_CHARS);
        // Never between the two halves of a surrogate pair: each slice is encoded on its own.
        if (end < piece.length && isHighSurrogate(piece.charCodeAt(end - 1))) end--;
        await file.write(piece.slice(at, end));
        at = end;
      }
    }
  } finally {
    await file.close();
  }
}

function workspaceFolder(folder: string, workspaceAt: typeof import('./workspace/index.js').workspaceAt): Workspace {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UserError(`--workspace ${folder}: no such folder`);
  return workspaceAt(folder, { rule: `--workspace ${folder}` });
}

function warnRead(issue: ReadIssue): void {
  say(`warning: ${shownPath(process.cwd(), issue.file)}${issue.line ? `:${issue.line}` : ''}: ${issue.message}`);
}


function usage(): number {
  process.stdout.write(USAGE + '\n');
  return 0;
}

/** Messages quote file names, column names and cell values: print them as visible text only. */
function say(message: string): void {
  process.stderr.write(message.split('\n').map(terminalText).join('\n') + '\n');
}

function fail(error: unknown): number {
  if (isUserError(error)) {
    say(`datagate: ${error.problems.map((problem) => formatProblem(problem.file ? { ...problem, file: shownPath(process.cwd(), problem.file) } : problem)).join('\n')}`);
  } else {
    say(`datagate: internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  return 2;
}

process.on('unhandledRejection', (error) => {
  process.exitCode = fail(error);
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => { process.exitCode = fail(error); },
);
