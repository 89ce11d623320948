// `datagate accept`: rewrites the config so that the failing gates named pass on the current
// snapshot, checks the edit by running the check again on it, prints the diff, writes the file.

import { access, constants, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBaselineResolver } from '../baseline/index.js';
import { parseConfig } from '../config/load.js';
import { UserError } from '../errors.js';
import { runCheck } from '../run/check.js';
import type { Report } from '../report/types.js';
import { applyChanges } from './apply.js';
import { unifiedDiff } from './diff.js';
import { planAccept } from './plan.js';

export const ACCEPT_USAGE = 'datagate accept  [--config datagate.yml] [--gate <id>…] [--dry-run] [--base <git ref>]';

/** Rounds of edit-and-check: more than one only when a list of values kept only its first ten. */
const MAX_ROUNDS = 5;

export interface AcceptIo {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd?: string;
  now?: Date;
}

export async function acceptCommand(args: string[], io: AcceptIo): Promise<number> {
  let values: { config?: string; gate?: string[]; 'dry-run'?: boolean; base?: string; now?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args, allowPositionals: false, strict: true,
      options: {
        config: { type: 'string', default: 'datagate.yml' }, gate: { type: 'string', multiple: true },
        'dry-run': { type: 'boolean', default: false }, base: { type: 'string' }, now: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UserError(`${(error as Error).message}\n\nusage: ${ACCEPT_USAGE}`);
  }
  if (values.help) {
    io.out(`usage: ${ACCEPT_USAGE}\n`);
    return 0;
  }
  const cwd = io.cwd ?? process.cwd();
  const configPath = values.config ?? 'datagate.yml';
  const file = path.resolve(cwd, configPath);
  const dryRun = values['dry-run'] === true;
  const now = values.now ? new Date(values.now) : io.now;
  const original = await readConfig(file, configPath);
  if (!dryRun) await assertWritable(file, configPath);

  const named = values.gate ?? [];
  let text = original;
  const baselineNotes = new Map<string, string>();
  const manualNotes = new Map<string, string>();
  let targets: Set<string> | undefined;
  let stuck: string[] = [];
  const tempDir = await mkdtemp(path.join(os.tmpdir(), 'datagate-accept-'));
  try {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const report = await check(configPath, cwd, text === original ? undefined : text, values.base, tempDir, now);
      const config = parseConfig(text, configPath);
      const remaining = [...(targets ?? [])].filter((id) => report.gates.some((gate) => gate.id === id));
      if (round > 0 && remaining.length === 0) break;
      const plan = planAccept(report, config, round === 0 ? named : remaining);
      if (round === 0) {
        targets = new Set([...plan.changes.map((change) => change.gate), ...plan.baseline.map((note) => note.gate), ...plan.manual.map((note) => note.gate)]);
        for (const id of plan.passing) io.err(`${id} already passes: nothing to accept\n`);
        if (named.length > 0 && plan.manual.length > 0) {
          throw new UserError(plan.manual.map((note) => ({ file: configPath, message: `cannot accept ${note.gate}: ${note.message}` })));
        }
      }
      for (const note of plan.baseline) baselineNotes.set(note.gate, note.message);
      for (const note of plan.manual) manualNotes.set(note.gate, note.message);
      if (plan.changes.length === 0) {
        stuck = [];
        break;
      }
      const edited = applyChanges(text, configPath, plan.changes);
      stuck = plan.changes.map((change) => change.gate);
      if (edited === text) break;
      text = edited;
    }
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
  if (stuck.length > 0) {
    throw new UserError([...new Set(stuck)].map((id) => ({ file: configPath, message: `cannot accept ${id}: it still fails after editing its rule; edit it by hand` })));
  }
  for (const [gate, message] of baselineNotes) io.err(`${gate}: ${message}\n`);
  for (const [gate, message] of manualNotes) io.err(`${gate}: not accepted: ${message}\n`);
  if (text === original) {
    io.err(targets && targets.size > 0 ? 'no config change to make\n' : 'nothing to accept: no gate fails\n');
    return 0;
  }
  io.out(unifiedDiff(original, text, configPath.split(path.sep).join('/')));
  if (dryRun) {
    io.err(`dry run: ${configPath} not changed\n`);
    return 0;
  }
  await writeConfig(file, configPath, text);
  io.err(`wrote ${configPath}: the gates above pass on the current snapshot; review the change and commit it\n`);
  return 0;
}

async function check(configPath: string, cwd: string, configText: string | undefined, baseRef: string | undefined, tempDir: string, now?: Date): Promise<Report> {
  const dir = path.dirname(path.resolve(cwd, configPath));
  const result = await runCheck({
    configPath, cwd, configText, now,
    baselineResolver: createBaselineResolver({ cwd: dir, baseRef, tempDir, notice: () => undefined }),
  });
  return result.report;
}

async function readConfig(file: string, name: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError([{ file: name, message: code === 'ENOENT' ? 'config file not found' : `cannot read config file (${code})` }]);
  }
}

/** Read-only means read-only: a file without write bits is refused even where root could write it. */
async function assertWritable(file: string, name: string): Promise<void> {
  try {
    if (((await stat(file)).mode & 0o222) === 0) throw Object.assign(new Error('read-only'), { code: 'read-only' });
    await access(file, constants.W_OK);
  } catch (error) {
    throw new UserError([{ file: name, message: `cannot write the config (${(error as NodeJS.ErrnoException).code}): nothing changed; run with --dry-run to see the change` }]);
  }
}

/** In place (keeps the file's mode and owner); a file this small is written in one call. */
async function writeConfig(file: string, name: string, text: string): Promise<void> {
  try {
    await writeFile(file, text);
  } catch (error) {
    throw new UserError([{ file: name, message: `cannot write the config (${(error as NodeJS.ErrnoException).code}): nothing changed` }]);
  }
}

