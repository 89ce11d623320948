// `datagate accept`: rewrites the config so that the failing gates named pass on the current
// snapshot, checks the edit by running the check again on it, prints the diff, writes the file.

import { access, constants, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../errors.js';
import { unifiedDiff } from './diff.js';
import { computeAccept } from './run.js';

import { ACCEPT_USAGE } from './usage.js';

export { ACCEPT_USAGE };

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
  if (now && Number.isNaN(now.getTime())) throw new UserError(`--now must be an ISO time; got "${values.now}"`);
  const original = await readConfig(file, configPath);
  if (!dryRun) await assertWritable(file, configPath);

  const outcome = await computeAccept({ configPath, cwd, original, gates: values.gate ?? [], baseRef: values.base, now });
  const text = outcome.text;
  for (const id of outcome.passing) io.err(`${id} already passes: nothing to accept\n`);
  for (const [gate, message] of outcome.baseline) io.err(`${gate}: ${message}\n`);
  for (const [gate, message] of outcome.manual) io.err(`${gate}: not accepted: ${message}\n`);
  if (text === original) {
    io.err(outcome.anyFailing ? 'no config change to make\n' : 'nothing to accept: no gate fails\n');
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

