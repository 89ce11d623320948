// Applies accepted changes to the config's text, touching only the edited values: each change
// is spliced into the source at the node's range (the YAML document locates it), so comments,
// order, quoting and alignment stay as written. The result is parsed again and must equal the
// old config with exactly these changes; anything else is a refusal, never a rewritten file.

import { isDeepStrictEqual } from 'node:util';
import YAML, { LineCounter, Scalar, isAlias, isMap, isNode, isScalar, isSeq, type Node } from 'yaml';
import { UserError, type Problem } from '../errors.js';
import { formatPath, parseConfig } from '../config/load.js';
import type { ConfigPath } from '../config/locate.js';
import type { Change } from './changes.js';

interface Splice { start: number; end: number; insert: string; gate: string }

/** The config text with every change applied; throws a UserError naming each change it refuses. */
export function applyChanges(text: string, fileName: string, changes: Change[]): string {
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) throw new UserError(`${fileName}: not valid YAML; fix it before accepting`);
  const expected: unknown = doc.toJS() ?? {};
  const problems: Problem[] = [];
  const splices: Splice[] = [];
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  for (const change of changes) {
    const refuse = (message: string, node?: Node | null) => {
      const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
      problems.push({ file: fileName, line, path: formatPath(change.path), message: `cannot accept ${change.gate}: ${message}` });
    };
    const found = resolve(doc.contents, change.path);
    if ('refusal' in found) {
      refuse(found.refusal, found.node);
      continue;
    }
    const node = found.node;
    if (change.kind === 'set') {
      if (!isScalar(node) || !node.range || !(['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'] as unknown[]).includes(node.type)) {
        refuse('the value is not a plain or quoted scalar', node);
        continue;
      }
      splices.push({ start: node.range[0], end: node.range[1], insert: scalarText(change.value, node.type), gate: change.gate });
      setIn(expected, change.path, change.value);
      continue;
    }
    if (!isSeq(node) || !node.range) {
      refuse('the allowed values are not a list', node);
      continue;
    }
    const present = new Set(node.items.map((item) => (isScalar(item) ? String(item.value) : undefined)));
    const added = change.values.filter((value) => !present.has(String(value)));
    if (added.length === 0) continue;
    const splice = appendSplice(text, node, added, newline);
    if (typeof splice === 'string') {
      refuse(splice, node);
      continue;
    }
    splices.push({ ...splice, gate: change.gate });
    const list = getIn(expected, change.path);
    if (Array.isArray(list)) list.push(...added);
  }
  splices.sort((a, b) => b.start - a.start);
  for (let index = 1; index < splices.length; index++) {
    if (splices[index].end > splices[index - 1].start) problems.push({ file: fileName, message: `cannot accept ${splices[index].gate} and ${splices[index - 1].gate} together: they edit the same value` });
  }
  if (problems.length > 0) throw new UserError(problems);

  let edited = text;
  for (const splice of splices) edited = edited.slice(0, splice.start) + splice.insert + edited.slice(splice.end);
  const reparsed = YAML.parseDocument(edited, { uniqueKeys: true });
  if (reparsed.errors.length > 0 || !isDeepStrictEqual(reparsed.toJS() ?? {}, expected)) {
    throw new UserError(`${fileName}: the edit would not read back as intended; nothing was written (please report this config shape)`);
  }
  parseConfig(edited, fileName);
  return edited;
}

type Resolved = { node: Node } | { refusal: string; node?: Node | null };

/** The node at `configPath`, refusing aliases and anchors (an edit there would change other places too). */
function resolve(root: unknown, configPath: ConfigPath): Resolved {
  let node: unknown = root;
  for (const segment of [...configPath, null]) {
    if (isAlias(node)) return { refusal: `it is reached through the alias *${node.source}: edit the anchored value by hand`, node };
    if (isNode(node) && 'anchor' in node && node.anchor) return { refusal: `it is under the anchor &${node.anchor}, which other places may share: edit it by hand`, node };
    if (segment === null) break;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return { refusal: 'the rule is no longer in the config', node };
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
    } else {
      return { refusal: 'the config does not have this rule where expected', node: isNode(node) ? node : null };
    }
  }
  return isNode(node) ? { node } : { refusal: 'the rule has no value' };
}

function appendSplice(text: string, list: YAML.YAMLSeq, values: (string | number)[], newline: string): Omit<Splice, 'gate'> | string {
  const items = list.items.filter(isNode);
  if (items.length !== list.items.length || items.some((item) => !isScalar(item) || !item.range)) return 'the list holds more than plain values';
  const formatted = values.map((value) => scalarText(value, 'PLAIN'));
  if (list.flow) {
    const last = items[items.length - 1];
    if (last?.range) return { start: last.range[1], end: last.range[1], insert: formatted.map((value) => `, ${value}`).join('') };
    const open = text.indexOf('[', list.range![0]);
    if (open < 0 || open >= list.range![1]) return 'the list is not a flow sequence';
    return { start: open + 1, end: open + 1, insert: formatted.join(', ') };
  }
  const last = items[items.length - 1];
  const lineStart = text.lastIndexOf('\n', last.range![0] - 1) + 1;
  const prefix = text.slice(lineStart, last.range![0]);
  if (!/^ *- +$/.test(prefix)) return 'the list\'s items are not one per line';
  let lineEnd = text.indexOf('\n', last.range![1]);
  if (lineEnd < 0) lineEnd = text.length;
  else if (text[lineEnd - 1] === '\r') lineEnd -= 1;
  return { start: lineEnd, end: lineEnd, insert: formatted.map((value) => `${newline}${prefix}${value}`).join('') };
}

const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;
const PLAIN_SAFE = /^[A-Za-z_][\w./@+-]*(?: [\w./@+-]+)*$/;

/** A value as YAML source, in the style of the value it replaces where that is safe. */
function scalarText(value: number | string, style: Scalar.Type | undefined): string {
  if (typeof value === 'number') return String(value);
  if (style === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  if (style === 'PLAIN' && PLAIN_SAFE.test(value) && !RESERVED.test(value)) return value;
  // JSON's escapes are a subset of YAML's double-quoted ones.
  return JSON.stringify(value);
}

function getIn(value: unknown, configPath: ConfigPath): unknown {
  let current = value;
  for (const segment of configPath) current = (current as Record<string | number, unknown> | undefined)?.[segment];
  return current;
}

function setIn(value: unknown, configPath: ConfigPath, next: unknown): void {
  const parent = getIn(value, configPath.slice(0, -1)) as Record<string | number, unknown> | undefined;
  if (parent) parent[configPath[configPath.length - 1]] = next;
}
