// Escaping for everything that comes from data, file names or config before it enters Markdown or HTML.
//
// GitHub renders comments with cmark-gfm (tables, autolinks, tag filter, raw HTML allowed) and then
// links @mentions and #references in text nodes. Untrusted text must therefore stay text in both
// passes: no tags, no links, no mentions, no table cells split by `|`, no code spans closed early.

/** Control characters become their visible Unicode pictures (␤ for a newline), so one value stays one line. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/g;
/** Bidirectional overrides can make text display differently from what it is ("Trojan Source"). */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
const LINE_SEPARATORS = /[\u2028\u2029\u0085]/g;

/** One visible line: control characters shown as symbols, bidi controls replaced. */
export function visible(value: string): string {
  return value
    .replace(CONTROL, (c) => (c === '\u007f' ? '\u2421' : String.fromCharCode(0x2400 + c.charCodeAt(0))))
    .replace(LINE_SEPARATORS, '\u2424')
    .replace(BIDI, '\ufffd');
}

/** Shortens to at most `max` characters (code points), ending in "…" when cut. */
export function clip(value: string, max: number): string {
  if (value.length <= max) return value;
  const points = Array.from(value);
  if (points.length <= max) return value;
  return points.slice(0, Math.max(0, max - 1)).join('') + '…';
}

const ZERO_WIDTH_JOINER = '\u200d';
/** ASCII punctuation: what a backslash can escape in CommonMark. */
const PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/;
/** Always markup inline: code spans, emphasis, strikethrough, links, HTML, cells, math (GitHub's `$`). */
const ALWAYS = /[`*~[\]<|$]/;
/** `_` and `-` between letters or digits are never markup (no intraword `_` emphasis), so names stay readable. */
const INTRAWORD = /^[A-Za-z0-9]$/;

/**
 * Plain text inside Markdown (a paragraph, a list item or a table cell), escaped only where GFM or
 * GitHub would read markup in that position, so `"age": 3 values below min 0 (lowest -1)` stays as
 * it is — also in GitHub's e-mail notifications, which show the raw text. Escaped: code spans,
 * emphasis, strikethrough, links and images (`[`), HTML and autolinks (`<`), `|` (a table cell
 * stays whole), `$` (GitHub math), `&` before a would-be entity, `_` not inside a word, a backslash
 * that would escape what follows, `http://`-style and `www.` autolinks, `:emoji:` codes, and
 * block markup at the start (`#`, `>`, `-`, `1.` …). GitHub's mention and issue-reference filters
 * run on the rendered text, so a zero-width joiner after `@` (also defeats e-mail autolinks) and
 * after `#` before a digit breaks them; in code spans (`markdownCode`) neither is needed.
 * `inline` says the text follows other text on its line, where block markup cannot start.
 */
export function markdownText(value: string, where: 'start' | 'inline' = 'start'): string {
  const text = visible(value);
  const blockStart = where === 'start';
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const next = text[i + 1] ?? '';
    out += escapeAt(text, i, blockStart) ? '\\' + c : c;
    if (c === '@' && /[A-Za-z0-9_-]/.test(next)) out += ZERO_WIDTH_JOINER;
    else if (c === '#' && /\d/.test(next)) out += ZERO_WIDTH_JOINER;
  }
  return out;
}

function escapeAt(text: string, i: number, blockStart: boolean): boolean {
  const c = text[i];
  if (!PUNCTUATION.test(c)) return false;
  if (ALWAYS.test(c)) return true;
  const next = text[i + 1] ?? '';
  const rest = text.slice(i + 1);
  switch (c) {
    case '\\': return next === '' || PUNCTUATION.test(next);
    case '_': return !(INTRAWORD.test(text[i - 1] ?? '') && INTRAWORD.test(next));
    case '&': return /^#?[A-Za-z0-9]+;/.test(rest);
    case ':': return rest.startsWith('//') || /^[A-Za-z+_-][A-Za-z0-9+_-]*:/.test(rest);
    case '.': return /(^|[^A-Za-z0-9])www$/i.test(text.slice(0, i)) || (blockStart && orderedListAt(text, i));
    case ')': return blockStart && orderedListAt(text, i);
    case '#': case '>': case '-': case '+': case '=': return blockStart && /^ {0,3}$/.test(text.slice(0, i));
    default: return false;
  }
}

/** `1.` or `1)` at the start of a line opens an ordered list. */
function orderedListAt(text: string, i: number): boolean {
  return /^ {0,3}\d{1,9}$/.test(text.slice(0, i));
}

/** Every ASCII punctuation character: each may be backslash-escaped in CommonMark. */
const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/**
 * An inline code span around untrusted text: the fence is one backtick longer than the longest run
 * inside, padded with spaces when the text touches a backtick or a space. Mentions, links and HTML
 * are inert inside code. In a table cell `|` must be written `\|` (GFM splits cells before inline
 * parsing, even inside code spans), while outside a table `\|` would show the backslash.
 */
export function markdownCode(value: string, where: 'table' | 'text' = 'table'): string {
  let content = visible(value);
  // A backslash right before a pipe: cmark-gfm reads `\\|` as an escaped pipe (cmark-gfm issue 277),
  // a parser that counts escapes (micromark, a fixed GitHub) splits the cell there. No code span
  // reads the same in both, so such a value is escaped text inside a raw `<code>` element.
  if (where === 'table' && /\\\|/.test(content)) return `<code>${content.replace(ASCII_PUNCTUATION, (c) => '\\' + c)}</code>`;
  if (where === 'table') content = content.replace(/\|/g, '\\|');
  if (content.length === 0) return '` `';
  let longest = 0;
  for (const run of content.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const allSpaces = /^ +$/.test(content);
  const pad = !allSpaces && (/^[` ]/.test(content) || /[` ]$/.test(content)) ? ' ' : '';
  return fence + pad + content + pad + fence;
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value in HTML (the standalone report, or SVG). */
export function htmlText(value: string): string {
  return visible(value).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

/**
 * Text inside raw HTML that GitHub shows (a `<summary>` line): Markdown is not parsed there, but
 * GitHub still links mentions and references in it.
 */
export function markdownHtmlText(value: string): string {
  return htmlText(value)
    .replace(/@/g, '@' + ZERO_WIDTH_JOINER)
    .replace(/#(?=\d)/g, '#' + ZERO_WIDTH_JOINER);
}

/**
 * A link target we generate ourselves (the run URL): only http(s), and characters that could end a
 * Markdown link destination or an HTML attribute are percent-encoded. Anything else gives null.
 */
export function safeUrl(value: string | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return url.href.replace(/[()<>"'`\s\\[\]|]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** Plain text for a terminal: visible characters only, so data cannot inject escape sequences. */
export function terminalText(value: string): string {
  return visible(value);
}
