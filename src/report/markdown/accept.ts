// The "accept these changes" section: the config change that would make the failing gates pass,
// as a ```diff block, and the command that makes it. Both quote the config and gate ids, which
// the PR author controls: they stay inside code blocks whose fence no line can close.

import { visible } from '../escape.js';
import { formatNumber } from '../format.js';
import type { Limits, Tally } from './blocks.js';

export interface AcceptSuggestion {
  /** Unified diff of the config. */
  diff: string;
  /** The config path as given to the action (the command's --config). */
  config: string;
  /** Gate ids the diff accepts. */
  gates: string[];
}

/** `npx datagate accept …`, each argument quoted for a POSIX shell where it needs to be. */
export function acceptCommandLine(suggestion: Pick<AcceptSuggestion, 'config' | 'gates'>): string {
  const args = ['npx', 'datagate', 'accept'];
  if (suggestion.config !== 'datagate.yml') args.push('--config', shellWord(suggestion.config));
  for (const gate of suggestion.gates) args.push('--gate', shellWord(gate));
  return args.join(' ');
}

export function acceptSection(suggestion: AcceptSuggestion | undefined, limits: Limits, tally: Tally): string {
  if (!suggestion || !suggestion.diff) return '';
  const lines = suggestion.diff.replace(/\n$/, '').split('\n').map(visible);
  const budget = Math.max(10, limits.failing);
  const shown = lines.slice(0, budget);
  if (lines.length > shown.length) {
    tally.omitted += lines.length - shown.length;
    shown.push(`… ${formatNumber(lines.length - budget)} more lines: run the command to see them all`);
  }
  const command = acceptCommandLine(suggestion);
  return [
    '#### ✍️ Accept these changes',
    'If the failures above are intended, this change to the config makes them pass on this snapshot '
      + '(drift and regressions against the baseline are accepted by the baseline moving when the PR merges):',
    codeBlock(shown.join('\n'), 'diff'),
    'Make it with:',
    codeBlock(visible(command), 'sh'),
  ].join('\n\n');
}

/** A fenced block one backtick longer than the longest run of backticks inside (at least three). */
function codeBlock(content: string, info: string): string {
  let longest = 2;
  for (const run of content.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${content}\n${fence}`;
}

function shellWord(word: string): string {
  return /^[\w.@%+=:,/-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
