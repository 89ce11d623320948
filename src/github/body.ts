// The hidden marker that finds a datagate comment or issue again, and the size limit every
// body must respect (GitHub refuses bodies over 65,536 characters).

import { createHash } from 'node:crypto';
import path from 'node:path';

export const GITHUB_BODY_LIMIT = 65_536;

/**
 * One marker per config file, so two datagate steps in a workflow keep two comments.
 * The path is taken relative to the workspace with forward slashes, so the marker is the same
 * on every runner and OS.
 */
export function markerFor(configPath: string, workspace: string): string {
  return `<!-- datagate:${configHash(configPath, workspace)} -->`;
}

export function configHash(configPath: string, workspace: string): string {
  const relative = path.relative(workspace, path.resolve(workspace, configPath)).split(path.sep).join('/');
  return createHash('sha256').update(relative).digest('hex').slice(0, 12);
}

export function withMarker(body: string, marker: string): string {
  return body.includes(marker) ? body : `${marker}\n${body}`;
}

export type Unit = 'utf16' | 'bytes';

/** GitHub counts a comment in characters; UTF-16 code units never undercount them. */
export function measure(text: string, unit: Unit): number {
  return unit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length;
}

/**
 * The safety net behind the renderer's own budget: cut a Markdown body to the limit at a line
 * break, close any open code fence or <details>, and say where the full report is.
 */
export function fitBody(body: string, note: string, limit = GITHUB_BODY_LIMIT, unit: Unit = 'utf16'): string {
  if (measure(body, unit) <= limit) return body;
  const noteText = `\n\n${note}\n`;
  // Room for the note and for closing tags added below.
  const budget = Math.max(limit - measure(noteText, unit) - 256, 0);
  let cut = unit === 'bytes' ? Buffer.from(body).subarray(0, budget).toString('utf8') : body.slice(0, budget);
  // A cut multi-byte character or surrogate pair goes with the partial line.
  const lastBreak = cut.lastIndexOf('\n');
  cut = lastBreak > 0 ? cut.slice(0, lastBreak) : cut.replace(/[\uFFFD\uD800-\uDBFF]+$/, '');
  const closers: string[] = [];
  if ((cut.match(/^\s*(```|~~~)/gm) ?? []).length % 2 === 1) closers.push('```');
  const openDetails = (cut.match(/<details\b/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  for (let i = 0; i < openDetails; i++) closers.push('</details>');
  const tail = closers.length > 0 ? `\n${closers.join('\n')}` : '';
  return `${cut}${tail}${noteText}`;
}
