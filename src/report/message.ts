// A gate's message as a phrase: the column name and the pattern it quotes become code spans, so a
// copied regex is exact and a name needs no escaping; the rest stays untrusted text.

import type { GateResult } from './types.js';
import { code, untrusted, type Phrase } from './phrase.js';

/** `message` defaults to the gate's own; pass a clipped one to render that instead. */
export function messagePhrase(gate: GateResult, message = gate.message): Phrase {
  const quoted: { text: string; value: string }[] = [];
  if (gate.column !== undefined) quoted.push({ text: JSON.stringify(gate.column), value: gate.column });
  if (gate.kind === 'contract' && gate.id.endsWith('.pattern') && typeof gate.expected === 'string') {
    quoted.push({ text: `/${gate.expected}/`, value: gate.expected }, { text: gate.expected, value: gate.expected });
  }
  const phrase: Phrase = [];
  let rest = message;
  for (;;) {
    let first: { at: number; text: string; value: string } | undefined;
    for (const candidate of quoted) {
      const at = rest.indexOf(candidate.text);
      if (at >= 0 && (!first || at < first.at)) first = { at, ...candidate };
    }
    if (!first || quoted.length === 0) break;
    if (first.at > 0) phrase.push(untrusted(rest.slice(0, first.at)));
    phrase.push(code(first.value));
    rest = rest.slice(first.at + first.text.length);
  }
  if (rest) phrase.push(untrusted(rest));
  return phrase;
}
