// Markdown building blocks with a row budget: tables, folded sections, and notes about what was left out.

import { markdownCode, markdownHtmlText, markdownText } from '../escape.js';
import { formatNumber } from '../format.js';
import { renderPhrase, type Phrase } from '../phrase.js';

/** How much of each kind of content one rendering may show; tightened until the document fits. */
export interface Limits {
  /** Rows per table (or lines per diff) of failures and warnings. */
  failing: number;
  /** Rows per folded table of passing items; 0 leaves the fold out and says so. */
  passing: number;
  /** Example rows per violated check. */
  examples: number;
  /** Categories named per drift column, gate bullets per model. */
  evidence: number;
  /** Characters of a name or a value. */
  name: number;
  /** Characters of a gate message. */
  message: number;
}

/** What one rendering left out, for the note at the top. */
export interface Tally { omitted: number }

export function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** A GFM table; `align` per column: l, r or c. Cells must already be escaped. */
export function table(header: string[], align: string, rows: string[][]): string {
  const rule = Array.from(align).map((a) => (a === 'r' ? '--:' : a === 'c' ? ':-:' : '---'));
  return [tableRow(header), tableRow(rule), ...rows.map(tableRow)].join('\n');
}

/** The first `limit` items, and a note for the tally when some are cut. */
export function take<T>(items: T[], limit: number, tally: Tally): { shown: T[]; hidden: number } {
  if (items.length <= limit) return { shown: items, hidden: 0 };
  const shown = items.slice(0, Math.max(0, limit));
  tally.omitted += items.length - shown.length;
  return { shown, hidden: items.length - shown.length };
}

export function moreNote(hidden: number, what: string): string {
  return `<sub>… and ${formatNumber(hidden)} more ${what} not shown here; see the full report.</sub>`;
}

/**
 * A folded section. The summary line is raw HTML (Markdown is not parsed there), so it is built from
 * our own words and HTML-escaped names; the body is Markdown and needs blank lines around it.
 */
export function details(summaryHtml: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summaryHtml}</summary>\n\n${body}\n\n</details>`;
}

export function markdownPhrase(phrase: Phrase): string {
  return renderPhrase(phrase, { plain: (s) => s, code: (s) => markdownCode(s, 'text'), text: markdownText });
}

export function tablePhrase(phrase: Phrase): string {
  return renderPhrase(phrase, { plain: (s) => s.replace(/\|/g, '\\|'), code: (s) => markdownCode(s, 'table'), text: markdownText });
}

/** A phrase inside a `<summary>` (raw HTML). */
export function summaryPhrase(phrase: Phrase): string {
  return renderPhrase(phrase, { plain: (s) => s, code: (s) => `<code>${markdownHtmlText(s)}</code>`, text: markdownHtmlText });
}
