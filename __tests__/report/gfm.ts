// Renders Markdown as GitHub does for comments, with a spec-tested pure-JS GFM parser from npm
// (micromark + its GFM extension), so the tests need nothing but `npm ci`. scripts/gfm-compare/
// renders every case these tests render with it and with GitHub's cmark-gfm, and records the result.

import { appendFileSync } from 'node:fs';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

export function renderGfm(markdown: string): string {
  // GFM_RECORD=file appends every rendered input (JSON, one a line) for scripts/gfm-compare/.
  if (process.env.GFM_RECORD) appendFileSync(process.env.GFM_RECORD, `${JSON.stringify(markdown)}\n`);
  const html = micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  // cmark-gfm ends its output with a newline, micromark does not.
  return html === '' || html.endsWith('\n') ? html : `${html}\n`;
}

/** The HTML with the contents of code spans and code blocks removed: where GitHub links mentions and references. */
export function outsideCode(html: string): string {
  return html.replace(/<code>[\s\S]*?<\/code>/g, '<code></code>').replace(/<pre>[\s\S]*?<\/pre>/g, '<pre></pre>');
}

/** Every tag name in the HTML, with how often it opens. */
export function tagCounts(html: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)) {
    const name = match[1].toLowerCase();
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

/** The rows of every table as arrays of cell HTML. */
export function tableRows(html: string): string[][][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((table) =>
    [...table[1].matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
      [...row[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => cell[1])));
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&amp;': '&', '&#39;': "'" };

export function decodeHtml(text: string): string {
  return text.replace(/&(lt|gt|quot|amp|#39);/g, (entity) => ENTITIES[entity]);
}
