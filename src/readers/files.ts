// Which files a dataset is: a file, a glob, or a folder of parts (a partitioned dataset).

import { promises as fs } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { UserError } from '../errors.js';
import { isDataFile } from './format.js';

/** Files and folders that tools write beside the parts and that are never data. */
function isHidden(name: string): boolean {
  return name.startsWith('.') || name.startsWith('_');
}

async function walk(folder: string, keep: (file: string) => boolean, found: string[]): Promise<void> {
  const entries = await fs.readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    if (isHidden(entry.name)) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) await walk(full, keep, found);
    else if (entry.isFile() && keep(full)) found.push(full);
  }
}

async function statOrUndefined(file: string): Promise<import('node:fs').Stats | undefined> {
  try {
    return await fs.stat(file);
  } catch {
    return undefined;
  }
}

/** Sorted absolute paths of the data files `pattern` names, relative to `cwd`. */
export async function resolveFiles(pattern: string, cwd: string): Promise<string[]> {
  const absolute = path.resolve(cwd, pattern);
  const stat = await statOrUndefined(absolute);
  if (stat?.isFile()) return [absolute];
  if (stat?.isDirectory()) {
    const found: string[] = [];
    await walk(absolute, isDataFile, found);
    if (found.length === 0) throw new UserError([{ file: pattern, message: 'the folder holds no data files (.csv, .tsv, .jsonl, .json, .parquet)' }]);
    return found.sort();
  }
  const scan = picomatch.scan(pattern.replace(/\\/g, '/'));
  if (!scan.isGlob) throw new UserError([{ file: pattern, message: 'no such file or folder' }]);
  const base = path.resolve(cwd, scan.base || '.');
  const isMatch = picomatch(scan.glob, { dot: false });
  const found: string[] = [];
  if ((await statOrUndefined(base))?.isDirectory()) {
    await walk(base, (file) => isMatch(path.relative(base, file).split(path.sep).join('/')), found);
  }
  if (found.length === 0) throw new UserError([{ file: pattern, message: 'no files match this pattern' }]);
  return found.sort();
}
