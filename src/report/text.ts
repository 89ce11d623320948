// The console summary for the CLI: the verdict line, then one line per failing or warning gate.

import type { Report } from './types.js';
import { clip, terminalText } from './escape.js';
import { formatNumber } from './format.js';
import { sortGates } from './gates.js';
import { renderPhrase } from './phrase.js';
import { verdict } from './verdict.js';

const WORD = { fail: 'FAIL', warn: 'WARN', pass: 'PASS' } as const;

/** Plain text; data is passed through `terminalText`, so a value cannot inject escape sequences. */
export function renderText(report: Report, options: { maxLines?: number } = {}): string {
  const maxLines = options.maxLines ?? 50;
  const result = verdict(report);
  const headline = renderPhrase(result.headline, { plain: (s) => s, code: (s) => terminalText(clip(s, 80)), text: (s) => terminalText(s) });
  const lines = [`datagate: ${WORD[result.status]} — ${headline}`];
  const flagged = sortGates(report.gates).filter((gate) => gate.status === 'fail' || gate.status === 'warn');
  const width = Math.min(48, Math.max(0, ...flagged.slice(0, maxLines).map((gate) => terminalText(gate.id).length)));
  for (const gate of flagged.slice(0, maxLines)) {
    const id = terminalText(clip(gate.id, 48)).padEnd(width);
    lines.push(`  ${gate.status === 'fail' ? '✗' : '!'} ${id}  ${terminalText(clip(gate.message, 200))}`);
  }
  if (flagged.length > maxLines) lines.push(`  … and ${formatNumber(flagged.length - maxLines)} more; see the full report`);
  return lines.join('\n');
}
