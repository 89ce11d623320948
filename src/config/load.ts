// Reads datagate.yml: YAML syntax, then the zod schema, then semantic checks — every problem at
// once, each with its line and config path, as one UserError (exit 2) before any data is read.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import YAML, { LineCounter, isNode } from 'yaml';
import type { z } from 'zod';
import { UserError, type Problem } from '../errors.js';
import { keysAt, nearest } from './hints.js';
import { configSchema, type Config } from './schema.js';
import { semanticProblems } from './semantics.js';

export interface LoadedConfig {
  config: Config;
  /** Absolute path of the config file. */
  file: string;
  /** Folder that relative paths in the config are resolved against. */
  dir: string;
}

/** `text`, when given, is used instead of the file's content (an edit not yet written, as `accept` checks it). */
export async function loadConfig(configPath: string, cwd = process.cwd(), text?: string): Promise<LoadedConfig> {
  const file = path.resolve(cwd, configPath);
  if (text !== undefined) return { config: parseConfig(text, configPath), file, dir: path.dirname(file) };
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError([{ file: configPath, message: code === 'ENOENT' ? 'config file not found (`datagate init <data file> --out datagate.yml` writes one)' : `cannot read config file (${code})` }]);
  }
  return { config: parseConfig(text, configPath), file, dir: path.dirname(file) };
}

/** Values (scalars, lists, maps) a config may hold once its YAML aliases are expanded: real configs have thousands. */
export const MAX_CONFIG_VALUES = 1_000_000;

/** Values in `value` counting each alias at every use, as zod and JSON would walk them; stops past `limit`. */
function expandedValues(value: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && count <= limit) {
    const next = stack.pop();
    count++;
    if (Array.isArray(next)) stack.push(...next);
    else if (next !== null && typeof next === 'object') stack.push(...Object.values(next));
  }
  return count;
}

/** Parses config text; `name` is how problems refer to the file. */
export function parseConfig(text: string, name: string): Config {
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new UserError(doc.errors.map((error) => ({
      file: name,
      line: error.linePos?.[0]?.line,
      message: error.message.split('\n')[0],
    })));
  }
  // YAML aliases are not counted by the yaml library's own rule (its default refused a config
  // that reuses one anchor for 149 columns); a config is refused by its size once expanded.
  const raw: unknown = doc.toJS({ maxAliasCount: -1 }) ?? {};
  if (expandedValues(raw, MAX_CONFIG_VALUES) > MAX_CONFIG_VALUES) {
    let line: number | undefined;
    YAML.visit(doc, { Alias(_key, node) {
      if (node.range) line = lineCounter.linePos(node.range[0]).line;
      return YAML.visit.BREAK;
    } });
    throw new UserError([{ file: name, line, message: `the config expands to more than ${MAX_CONFIG_VALUES.toLocaleString('en-US')} values through YAML aliases (an alias bomb?)` }]);
  }
  const lineOf = (configPath: PropertyKey[]): number | undefined => {
    for (let length = configPath.length; length >= 0; length--) {
      const node: unknown = doc.getIn(configPath.slice(0, length) as (string | number)[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    // From the parsed value, not the document: a value reached through an alias is there too.
    const valueAt = (configPath: PropertyKey[]): unknown => configPath.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), raw);
    throw new UserError(byLine(parsed.error.issues.map((issue) => zodProblem(issue, name, lineOf, valueAt))));
  }
  const problems = semanticProblems(parsed.data).map((problem) => ({
    ...problem,
    file: name,
    line: problem.path ? lineOf(pathSegments(problem.path)) : undefined,
  }));
  if (problems.length > 0) throw new UserError(byLine(problems));
  return parsed.data;
}

/** Problems in the order of the file's lines (zod reports a union's after the rest). */
function byLine(problems: Problem[]): Problem[] {
  return problems.map((problem, index) => ({ problem, index }))
    .sort((a, b) => (a.problem.line ?? Infinity) - (b.problem.line ?? Infinity) || a.index - b.index)
    .map(({ problem }) => problem);
}

function zodProblem(issue: z.core.$ZodIssue, file: string, lineOf: (p: PropertyKey[]) => number | undefined, valueAt: (p: PropertyKey[]) => unknown): Problem {
  const issuePath = [...issue.path];
  const where = { file, path: formatPath(issuePath) || '(top level)' };
  if (issue.code === 'unrecognized_keys') {
    // Every unknown key of the object, each with the allowed key it most likely misspells.
    const allowed = keysAt(configSchema, issuePath);
    const unknown = issue.keys.map((key) => {
      const guess = nearest(key, allowed.filter((known) => !issue.keys.includes(known)));
      return `"${key}"${guess ? ` (did you mean "${guess}"?)` : ''}`;
    });
    return { ...where, line: lineOf([...issuePath, issue.keys[0]]), message: `unknown key${issue.keys.length > 1 ? 's' : ''} ${unknown.join(', ')}` };
  }
  // A missing key fails as "Invalid input: expected string, received undefined" (or, for a union, "Invalid input").
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && valueAt(issuePath) === undefined) {
    return { ...where, line: lineOf(issuePath), message: 'required' };
  }
  let message = issue.message;
  if (issue.code === 'invalid_value') {
    const value = valueAt(issuePath);
    const guess = typeof value === 'string' ? nearest(value, issue.values.filter((option): option is string => typeof option === 'string')) : undefined;
    if (guess) message += ` (did you mean "${guess}"?)`;
  }
  return { ...where, line: lineOf(issuePath), message };
}

/** ['datasets', 0, 'drift', 'method'] → `datasets[0].drift.method`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

function pathSegments(formatted: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const match of formatted.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(match[2] !== undefined ? Number(match[2]) : match[1]);
  }
  return segments;
}
