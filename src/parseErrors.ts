// What a parse error may say about a file: where and what went wrong, never the file's content.
// A config or metrics path can name any file the process can read (a docker config.json, a
// credentials file), and the message lands in a public log, summary or PR comment.

/** Quoted text from a file in a message: at most this many characters, as a data example is cut. */
export const MAX_QUOTE = 200;

/** JSON.parse's message without V8's quoted snippet of the text, and the line it points at. */
export function jsonParseProblem(error: unknown, text: string): { line?: number; message: string } {
  const raw = error instanceof Error ? error.message : String(error);
  // V8: `Unexpected token 's', "{"a": secretvalu"... is not valid JSON` (the snippet is the file's).
  let message = raw.replace(/,\s*(?:\.\.\.)?".*"(?:\.\.\.)?\s+is not valid JSON$/s, '');
  const position = /at position (\d+)/.exec(message);
  message = message.replace(/ in JSON at position \d+.*$/s, '').replace(/ at position \d+.*$/s, '');
  const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
  return { line, message: clipQuote(message) };
}

/** The first line of a parser's message, cut to MAX_QUOTE characters. */
export function clipQuote(message: string): string {
  const first = message.split('\n')[0];
  return first.length > MAX_QUOTE ? `${first.slice(0, MAX_QUOTE)}…` : first;
}

/** A value from a file in a message: as JSON (escaped, one line), cut to MAX_QUOTE characters. */
export function quoted(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE)}…` : text;
}

/** A file's column names in a message: each cut to 40 characters, MAX_QUOTE characters in all. */
export function columnList(columns: readonly string[]): string {
  const shown: string[] = [];
  let length = 0;
  for (const column of columns) {
    const name = column.length > 40 ? `${column.slice(0, 40)}…` : column;
    if (shown.length > 0 && length + name.length + 2 > MAX_QUOTE) break;
    shown.push(name);
    length += name.length + 2;
  }
  return `${shown.join(', ')}${shown.length < columns.length ? `, … (${columns.length} in all)` : ''}`;
}
