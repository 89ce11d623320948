// Renders Markdown with GitHub's own GFM implementation (Debian's cmark-gfm), as GitHub does for comments.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CMARK_GFM = process.env.CMARK_GFM ?? '/usr/bin/cmark-gfm';

export function renderGfm(markdown: string): string {
  if (!existsSync(CMARK_GFM)) {
    throw new Error(`cmark-gfm not found at ${CMARK_GFM}: install it with \`apt-get install -y cmark-gfm\` (or set CMARK_GFM). The Markdown safety tests need GitHub's GFM renderer.`);
  }
  return execFileSync(CMARK_GFM, [
    '--unsafe', '--extension', 'table', '--extension', 'strikethrough', '--extension', 'autolink', '--extension', 'tagfilter',
  ], { input: markdown, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
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
