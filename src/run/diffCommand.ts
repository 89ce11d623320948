// `datagate diff <baseline> <current> --key id[,id2]`: the rows of two data snapshots by key,
// as a report (JSON, Markdown) and a few lines on the terminal.

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UserError, isUserError } from '../errors.js';
import { diffSnapshots } from '../diff/index.js';
import { evaluateGate } from '../gates/index.js';
import { IssueTally } from '../gates/read.js';
import { resolveFiles } from '../readers/index.js';
import type { Format } from '../readers/types.js';
import { renderSummary } from '../report/index.js';
import { renderDiffText } from '../report/diffText.js';
import type { Report } from '../report/types.js';
import { VERSION } from '../version.js';
import { worstStatus } from './status.js';

export const DIFF_USAGE = `usage: datagate diff <baseline> <current> --key col[,col2] [--ignore col[,col2]] [--examples 5]
                     [--format csv|tsv|jsonl|json|parquet] [--json report.json] [--markdown report.md]

Diffs two data snapshots (files, globs or folders of parts, any format) row by row by key.
Without --json / --markdown the summary goes to standard output; "-" as a path means standard output.`;

const FORMATS = ['csv', 'tsv', 'jsonl', 'json', 'parquet'];

function list(value: unknown): string[] {
  return typeof value === 'string' ? value.split(',').map((name) => name.trim()).filter(Boolean) : [];
}

/** The report of `datagate diff`, one dataset named after the current snapshot. */
export async function diffFiles(baselinePath: string, currentPath: string, options: { key: string[]; ignore?: string[]; examples?: number; format?: Format; cwd?: string }): Promise<Report> {
  const cwd = options.cwd ?? process.cwd();
  const readOptions = { format: options.format };
  const issues = new IssueTally();
  // Both sides looked up before either fails, so two wrong paths are named in one error.
  const [baselineFiles, currentFiles] = await bothSides(resolveFiles(baselinePath, cwd), resolveFiles(currentPath, cwd));
  const diff = await diffSnapshots(
    { files: baselineFiles, options: readOptions, label: baselinePath },
    { files: currentFiles, options: readOptions, label: currentPath },
    { key: options.key, ignore: options.ignore, examples: options.examples },
    {}, issues.add,
  );
  const name = path.basename(currentPath);
  const gates = [...issues.gates(name), ...evaluateGate('diff', undefined, { dataset: name, diff })];
  const status = worstStatus(gates);
  return {
    version: 1, status,
    datasets: [{ name, status, rows: { baseline: diff.rows.baseline, current: diff.rows.current }, files: [currentPath], baseline: { source: baselinePath }, diff }],
    models: [], gates, meta: { tool: 'datagate', version: VERSION },
  };
}

export async function diffCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args, allowPositionals: true, strict: true,
      options: {
        key: { type: 'string' }, ignore: { type: 'string' }, examples: { type: 'string' }, format: { type: 'string' },
        json: { type: 'string' }, markdown: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UserError(`${(error as Error).message}\n\n${DIFF_USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(DIFF_USAGE + '\n');
    return 0;
  }
  if (positionals.length !== 2) throw new UserError(`expected 2 file arguments, got ${positionals.length}\n\n${DIFF_USAGE}`);
  const key = list(values.key);
  if (key.length === 0) throw new UserError(`--key is required: the column (or columns, comma-separated) that identify a row\n\n${DIFF_USAGE}`);
  if (values.format !== undefined && !FORMATS.includes(values.format)) throw new UserError(`--format must be one of ${FORMATS.join(', ')}; got "${values.format}"`);
  const examples = values.examples === undefined ? undefined : Number(values.examples);
  if (examples !== undefined && !(Number.isInteger(examples) && examples >= 0 && examples <= 100)) throw new UserError(`--examples must be a whole number from 0 to 100; got "${values.examples}"`);
  const [baselinePath, currentPath] = positionals;
  const report = await diffFiles(baselinePath, currentPath, { key, ignore: list(values.ignore), examples, format: values.format as Format | undefined });
  if (values.json) await emit(values.json, JSON.stringify(report, null, 2) + '\n');
  if (values.markdown) await emit(values.markdown, renderSummary(report));
  const stdoutTaken = values.json === '-' || values.markdown === '-';
  const dataset = report.datasets[0];
  (stdoutTaken ? process.stderr : process.stdout).write(renderDiffText(dataset.name, dataset.diff!) + '\n');
  return report.status === 'fail' ? 1 : 0;
}

async function emit(target: string, text: string): Promise<void> {
  if (target === '-') {
    process.stdout.write(text);
    return;
  }
  await mkdir(path.dirname(path.resolve(target)), { recursive: true });
  await writeFile(target, text);
}

/** Both results, or one error with the problems of either side or both. */
async function bothSides<T>(baseline: Promise<T>, current: Promise<T>): Promise<[T, T]> {
  const [a, b] = await Promise.allSettled([baseline, current]);
  if (a.status === 'fulfilled' && b.status === 'fulfilled') return [a.value, b.value];
  const failures = [a, b].flatMap((side) => (side.status === 'rejected' ? [side.reason as unknown] : []));
  if (failures.every(isUserError)) throw new UserError(failures.flatMap((error) => (error as UserError).problems));
  throw failures.find((error) => !isUserError(error));
}
