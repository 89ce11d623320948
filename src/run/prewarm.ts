// A first look at a check's config, before the check's own modules load: when a dataset reads one
// big CSV/TSV file, the part workers start now, so their start (≈ 0.1 s of CPU each, compiling
// the worker bundle) overlaps this thread's loading and config checks instead of following them.
// Only a hint: anything unusual (a config that does not parse, a glob, a table) starts nothing,
// and the real load of the config reports what is wrong.

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { partsForBytes, prewarmWorkers, workerScript } from '../profile/thread.js';
import { mayRead, type Workspace } from '../workspace/index.js';

const PLAIN = /\.(csv|tsv)$/i;

/** The files the config's datasets read as plain CSV/TSV, relative to `dir`; none for a config that does not parse. */
export function plainFiles(text: string): string[] {
  let config: unknown;
  try {
    config = parse(text);
  } catch {
    return [];
  }
  const datasets = (config as { datasets?: unknown } | null)?.datasets;
  if (!Array.isArray(datasets)) return [];
  return datasets.flatMap((dataset: { current?: unknown; format?: unknown } | null) => {
    const file = dataset?.current;
    const format = dataset?.format;
    const plain = format === 'csv' || format === 'tsv' || (format === undefined && typeof file === 'string' && PLAIN.test(file));
    // A glob reads many files, and a gzip file one pass: neither is cut into parts.
    return typeof file === 'string' && plain && !/[*?[{]/.test(file) && !/\.gz$/i.test(file) ? [file] : [];
  });
}

/**
 * Starts the part workers when a dataset of the config at `file` reads a CSV/TSV file big enough
 * for parts. Nothing outside `workspace` is read, not even for a hint.
 */
export async function prewarmForConfig(file: string, workspace?: Workspace): Promise<void> {
  const script = workerScript();
  if (!script || !mayRead(workspace, file)) return;
  const text = await readFile(file, 'utf8').catch(() => '');
  const dir = path.dirname(file);
  for (const current of plainFiles(text)) {
    const data = path.resolve(dir, current);
    const found = mayRead(workspace, data) ? await stat(data).catch(() => undefined) : undefined;
    const parts = found?.isFile() ? partsForBytes(found.size) : 1;
    if (parts > 1) {
      prewarmWorkers(script, parts);
      return;
    }
  }
}
