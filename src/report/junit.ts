// The report as JUnit XML, so test-report actions and CI dashboards show the gates beside the
// unit tests: one <testsuite> per dataset or model, one <testcase> per gate.
//
// Status mapping: fail → <failure> (message, then the first examples in the body); skip →
// <skipped> with the reason; warn → a passing test case whose <system-out> says "warning: …"
// (JUnit has no warning state, and a warning must not turn a dashboard red); pass → empty case.

import type { Example, GateResult, Report } from './types.js';

/** Examples listed in a failure's body; the JSON report has them all. */
const EXAMPLES_SHOWN = 5;
/** Longest value shown for an example, in characters. */
const VALUE_MAX = 200;

interface Suite { name: string; classPrefix: string; gates: GateResult[] }

export function renderJunit(report: Report): string {
  const suites = groupIntoSuites(report.gates);
  const totals = countAll(report.gates);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="datagate" tests="${totals.tests}" failures="${totals.failures}" errors="0" skipped="${totals.skipped}" time="0">`,
  ];
  for (const suite of suites) {
    const counts = countAll(suite.gates);
    lines.push(`  <testsuite name="${attribute(suite.name)}" tests="${counts.tests}" failures="${counts.failures}" errors="0" skipped="${counts.skipped}" time="0">`);
    for (const gate of suite.gates) lines.push(...testCase(gate, suite.classPrefix));
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
}

/** Datasets first, then models, then gates of neither (config, baseline), each in report order. */
function groupIntoSuites(gates: GateResult[]): Suite[] {
  const byKey = new Map<string, Suite>();
  for (const gate of gates) {
    const [key, suite] = gate.dataset !== undefined
      ? [`0 ${gate.dataset}`, { name: `dataset ${gate.dataset}`, classPrefix: `datagate.${gate.dataset}` }]
      : gate.model !== undefined
        ? [`1 ${gate.model}`, { name: `model ${gate.model}`, classPrefix: `datagate.${gate.model}` }]
        : ['2', { name: 'datagate', classPrefix: 'datagate' }];
    let entry = byKey.get(key);
    if (!entry) byKey.set(key, entry = { ...suite, gates: [] });
    entry.gates.push(gate);
  }
  return [...byKey.entries()].sort(([a], [b]) => (a[0] === b[0] ? 0 : a[0] < b[0] ? -1 : 1)).map(([, suite]) => suite);
}

function countAll(gates: GateResult[]): { tests: number; failures: number; skipped: number } {
  return {
    tests: gates.length,
    failures: gates.filter((gate) => gate.status === 'fail').length,
    skipped: gates.filter((gate) => gate.status === 'skip').length,
  };
}

function testCase(gate: GateResult, classPrefix: string): string[] {
  const open = `    <testcase name="${attribute(gate.id)}" classname="${attribute(`${classPrefix}.${gate.kind}`)}" time="0"`;
  switch (gate.status) {
    case 'pass':
      return [`${open}/>`];
    case 'skip':
      return [`${open}>`, `      <skipped message="${attribute(gate.message)}"/>`, '    </testcase>'];
    case 'warn':
      return [`${open}>`, `      <system-out>${text(`warning: ${failureBody(gate)}`)}</system-out>`, '    </testcase>'];
    case 'fail':
      return [`${open}>`, `      <failure message="${attribute(gate.message)}" type="${attribute(gate.kind)}">${text(failureBody(gate))}</failure>`, '    </testcase>'];
  }
}

function failureBody(gate: GateResult): string {
  const lines = [gate.message];
  if (gate.expected !== undefined) lines.push(`expected: ${JSON.stringify(gate.expected)}`);
  if (gate.observed !== undefined) lines.push(`observed: ${JSON.stringify(gate.observed)}`);
  if (gate.count !== undefined) lines.push(`count: ${gate.count}`);
  const examples = gate.examples ?? [];
  if (examples.length > 0) {
    lines.push('examples:');
    for (const example of examples.slice(0, EXAMPLES_SHOWN)) lines.push(`  ${describeExample(example)}`);
    if (examples.length > EXAMPLES_SHOWN) lines.push(`  … ${examples.length - EXAMPLES_SHOWN} more in the JSON report`);
  }
  return lines.join('\n');
}

function describeExample(example: Example): string {
  const where = example.file ? `${example.file}${example.line !== undefined ? `:${example.line}` : ''}` : example.line !== undefined ? `line ${example.line}` : '';
  const value = example.value.length > VALUE_MAX ? `${example.value.slice(0, VALUE_MAX - 1)}…` : example.value;
  return `row ${example.row}${where ? ` (${where})` : ''}: ${JSON.stringify(value)}`;
}

/**
 * Characters XML 1.0 cannot carry at all (controls other than tab/newline/return, lone
 * surrogates, U+FFFE/U+FFFF) become a visible `\uXXXX`; a document with them is not well-formed.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function xmlSafe(value: string): string {
  return value.replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function text(value: string): string {
  return xmlSafe(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values also escape quotes and keep newlines and tabs (which parsers would normalise to spaces). */
function attribute(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
