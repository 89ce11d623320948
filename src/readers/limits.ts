// Bounds on untrusted input that V8 does not set: JSON nesting (a value nested 100,000 levels deep
// parses, but every recursive walk of it overflows the stack), and linear time on long records.

import { formatCount } from '../count.js';

/** Arrays and objects nested deeper than this in one JSON value are refused. */
export const MAX_JSON_NESTING = 1000;

/**
 * Whether `text` (one JSON value) nests arrays and objects deeper than MAX_JSON_NESTING. Brackets
 * inside strings are skipped. Short texts cannot nest that deep and are not scanned.
 */
export function nestsTooDeep(text: string): boolean {
  if (text.length <= 2 * MAX_JSON_NESTING) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > MAX_JSON_NESTING) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

export const TOO_DEEP = `arrays or objects nested more than ${formatCount(MAX_JSON_NESTING)} levels deep`;

/** Above this many characters an unfinished record or element waits for more text: see `joinWhileLong`. */
export const LONG_PENDING_CHARS = 1 << 16;

/**
 * Pieces of text for a parser that keeps an unfinished value (`pendingChars()` long) and scans it
 * again with each new piece. While that value is long, pieces are held back until they add up to
 * its length, so each character is scanned O(1) times instead of once per piece; `tooLong` is
 * called as soon as the value would pass `max` characters.
 */
export async function* joinWhileLong(pieces: AsyncIterable<string>, pendingChars: () => number, max: number, tooLong: () => never): AsyncGenerator<string> {
  let waiting: string[] = [];
  let waitingChars = 0;
  for await (const piece of pieces) {
    const pending = pendingChars();
    if (pending <= LONG_PENDING_CHARS && waiting.length === 0) {
      yield piece;
      continue;
    }
    waiting.push(piece);
    waitingChars += piece.length;
    if (pending + waitingChars > max) tooLong();
    if (waitingChars < pending) continue;
    const joined = waiting.join('');
    waiting = [];
    waitingChars = 0;
    yield joined;
  }
  if (waiting.length > 0) yield waiting.join('');
}
