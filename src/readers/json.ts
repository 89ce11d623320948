// A JSON array of objects, streamed: the top-level array is split into its elements by a small
// scanner (strings, escapes, nesting), and each element is parsed on its own.

import { UserError } from '../errors.js';
import { RowBatchBuilder } from './rows.js';
import { MAX_JSON_NESTING, TOO_DEEP, joinWhileLong } from './limits.js';
import { readText } from './text.js';
import type { Batch } from './types.js';

const BATCH_ROWS = 8192;
const MAX_ELEMENT_CHARS = 64 << 20;

const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const NEWLINE = 10;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

export async function* readJsonArray(file: string, firstRow: number, batchSize = BATCH_ROWS): AsyncGenerator<Batch> {
  const builder = new RowBatchBuilder(file);
  let state: 'start' | 'element' | 'separator' | 'done' = 'start';
  let rest = '';
  let line = 1;
  let row = firstRow;
  let sawText = false;
  let elements = 0;
  const fail = (at: number, message: string): never => {
    throw new UserError([{ file, line: at, message }]);
  };

  // An unfinished element is scanned again once the text after it has doubled, not after every
  // piece, which was quadratic in its length.
  const pieces = joinWhileLong(readText(file), () => rest.length, MAX_ELEMENT_CHARS, () => fail(line, 'an array element longer than 64 MB'));
  for await (const chunk of pieces) {
    const text = rest + chunk;
    const length = text.length;
    let pos = 0;
    rest = '';
    while (pos < length) {
      const code = text.charCodeAt(pos);
      if (isSpace(code)) {
        if (code === NEWLINE) line++;
        pos++;
        continue;
      }
      sawText = true;
      if (state === 'done') fail(line, 'unexpected text after the closing ]');
      if (state === 'start') {
        if (code !== OPEN_BRACKET) fail(line, code === OPEN_BRACE ? 'expected a JSON array of objects, found one object (a profile JSON is read as a profile, not data)' : 'expected a JSON array of objects');
        state = 'element';
        pos++;
        continue;
      }
      if (state === 'separator') {
        if (code === COMMA) { state = 'element'; pos++; continue; }
        if (code === CLOSE_BRACKET) { state = 'done'; pos++; continue; }
        fail(line, 'expected , or ] between array elements');
      }
      // state === 'element'
      if (code === CLOSE_BRACKET && elements === 0) { state = 'done'; pos++; continue; }
      if (code !== OPEN_BRACE) fail(line, 'expected an object as each array element');
      // Find the end of this object.
      let depth = 0;
      let inString = false;
      let newlines = 0;
      let end = -1;
      for (let i = pos; i < length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
          if (c === BACKSLASH) i++;
          else if (c === QUOTE) inString = false;
          else if (c === NEWLINE) newlines++;
        } else if (c === QUOTE) inString = true;
        else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
          if (++depth > MAX_JSON_NESTING) fail(line + newlines, TOO_DEEP);
        }
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
          depth--;
          if (depth === 0) { end = i + 1; break; }
        } else if (c === NEWLINE) newlines++;
      }
      if (end === -1) {
        rest = text.slice(pos);
        if (rest.length > MAX_ELEMENT_CHARS) fail(line, 'an array element longer than 64 MB');
        break;
      }
      let value: unknown;
      try {
        value = JSON.parse(text.slice(pos, end));
      } catch (error) {
        fail(line, `invalid JSON: ${(error as Error).message}`);
      }
      builder.add(value as Record<string, unknown>, line);
      elements++;
      line += newlines;
      pos = end;
      state = 'separator';
      if (builder.size >= batchSize) {
        const batch = builder.take(row);
        if (batch) { row += batch.length; yield batch; }
      }
    }
  }
  if (!sawText) fail(1, 'empty file');
  if (rest.length > 0 || state !== 'done') fail(line, 'the JSON array is not closed: truncated file?');
  const batch = builder.take(row);
  if (batch) yield batch;
}
