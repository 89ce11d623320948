// JSON Lines: one JSON object per line; blank lines are skipped; anything else is an error.

import { ProblemList, UserError } from '../errors.js';
import { RowBatchBuilder } from './rows.js';
import { TOO_DEEP, nestsTooDeep } from './limits.js';
import { readText } from './text.js';
import type { Batch } from './types.js';

const BATCH_ROWS = 8192;
const MAX_LINE_CHARS = 64 << 20;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function* readJsonl(file: string, firstRow: number, batchSize = BATCH_ROWS): AsyncGenerator<Batch> {
  const builder = new RowBatchBuilder(file);
  let rest = '';
  let line = 0;
  let row = firstRow;
  // Each line stands alone, so a bad one does not stop the read: it fails at the end with all of them.
  const problems = new ProblemList(file, 'lines that are not JSON objects');
  const refuse = (message: string): void => problems.add({ file, line, message });
  const parseLine = (text: string): void => {
    line++;
    const trimmed = text.trim();
    if (trimmed === '') return;
    if (nestsTooDeep(trimmed)) return refuse(TOO_DEEP);
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      return refuse(`invalid JSON: ${(error as Error).message}`);
    }
    if (!isObject(value)) return refuse('expected a JSON object on each line');
    builder.add(value, line);
  };
  // The pieces of a line that has not ended yet: joined once it ends, not once per piece.
  let waiting: string[] = [];
  let waitingChars = 0;
  for await (const piece of readText(file)) {
    const newline = piece.indexOf('\n');
    if (newline === -1 || waiting.length > 0) {
      if (rest.length + waitingChars + piece.length > MAX_LINE_CHARS) {
        throw new UserError([{ file, line: line + 1, message: 'a line longer than 64 MB' }]);
      }
      if (newline === -1) {
        waiting.push(piece);
        waitingChars += piece.length;
        continue;
      }
    }
    const chunk = waiting.length > 0 ? waiting.join('') + piece : piece;
    waiting = [];
    waitingChars = 0;
    const text = rest + chunk;
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      parseLine(text.slice(start, end));
      start = end + 1;
      if (builder.size >= batchSize) {
        const batch = builder.take(row);
        if (batch) { row += batch.length; yield batch; }
      }
    }
    rest = text.slice(start);
  }
  if (waiting.length > 0) rest += waiting.join('');
  if (rest.length > 0) parseLine(rest);
  problems.throwIfAny();
  if (line === 0) throw new UserError([{ file, line: 1, message: 'empty file' }]);
  const batch = builder.take(row);
  if (batch) yield batch;
}
