// Reading small whole files (metrics, segment maps) and telling their kind from the name.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { UserError } from '../../errors.js';
import { clipQuote } from '../../parseErrors.js';
import { parseJson } from './values.js';

export type MetricsFormat = 'json' | 'yaml' | 'csv' | 'tsv';

export function metricsFormat(file: string, source: string): MetricsFormat {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.json') return 'json';
  if (extension === '.yaml' || extension === '.yml') return 'yaml';
  if (extension === '.csv' || extension === '.txt') return 'csv';
  if (extension === '.tsv' || extension === '.tab') return 'tsv';
  throw new UserError([{ file: source, message: 'cannot tell the metrics format from the extension; use .json, .yaml, .yml, .csv or .tsv' }]);
}

export async function readWholeFile(file: string, source: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError([{ file: source, message: code === 'ENOENT' ? 'no such file' : `cannot read: ${(error as Error).message}` }]);
  }
}

/** A JSON or YAML document, parsed; YAML's own errors carry the line. */
export async function readDocument(file: string, source: string, format: 'json' | 'yaml'): Promise<unknown> {
  const text = await readWholeFile(file, source);
  if (format === 'json') return parseJson(text, source);
  try {
    return parseYaml(text);
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new UserError([{ file: source, line, message: `invalid YAML: ${clipQuote((error as Error).message)}` }]);
  }
}
