import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { renderText, type Report } from '../../src/report/index.js';

const fixture = (name: string): Report => JSON.parse(readFileSync(new URL(`../fixtures/report/${name}`, import.meta.url), 'utf8'));

describe('renderText', () => {
  it('prints the verdict first, then each failing or warning gate with where to look, then the counts', () => {
    const lines = renderText(fixture('full.json')).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'datagate: FAIL — 7 of 21 gates failed: train.legacy removed, classifier.accuracy',
      '  −3.1 pts, train.country drifted (χ² p = 2.6e−11) and 4 more; 4 warnings (1',
      '  skipped)',
    ]);
    expect(lines.slice(4, 6)).toEqual(['✗ classifier.metric.accuracy.max_drop', '    accuracy dropped 3.1 pts (max drop 1 pt)']);
    const age = lines.indexOf('✗ train.contract.age.max');
    expect(lines.slice(age, age + 5)).toEqual([
      '✗ train.contract.age.max', '    age: 3 values above max 120',
      '    row 12 (line 13)  "212"', '    row 407 (line 408)  "150"', '    row 988 (line 989)  "131"',
    ]);
    const email = lines.indexOf('! train.contract.email.pattern');
    expect(lines.slice(email + 4, email + 6)).toEqual(['    row 90 (line 91)  (empty)', '    … 11 more']);
    expect(lines.at(-1)).toBe('21 gates ran: 10 passed, 7 failed, 4 warnings; 1 skipped');
  });

  it('names the file and line of each example, as an editor opens it', () => {
    const report: Report = { version: 1, status: 'fail', datasets: [], models: [], gates: [{
      id: 'customers.contract.age.min', kind: 'contract', status: 'fail', count: 3, message: '"age": 3 values below min 0 (lowest -1)',
      examples: [{ row: 631, line: 632, file: 'data/customers.csv', value: '-1' }] }] };
    expect(renderText(report).split('\n').slice(2)).toEqual([
      '✗ customers.contract.age.min', '    "age": 3 values below min 0 (lowest -1)', '    data/customers.csv:632  "-1"', '    … 2 more',
      '', '1 gate ran: 0 passed, 1 failed, 0 warnings',
    ]);
  });

  it('fits in 80 columns: long messages wrap under their gate, long words are cut', () => {
    const report: Report = { version: 1, status: 'fail', datasets: [], models: [], gates: [
      { id: 'd.contract.note.pattern', kind: 'contract', status: 'fail', message: `"note": ${'word '.repeat(40)}${'x'.repeat(120)}`,
        examples: [{ row: 123456, line: 123457, file: `data/${'deep/'.repeat(20)}notes.csv`, value: `${'"quoted" '.repeat(20)}` }] }] };
    const lines = renderText(report).split('\n');
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(80);
    expect(lines.at(-3)).toMatch(/^ {4}…(deep\/)+notes\.csv:123457 {2}"\\"quoted\\" /);
    expect(lines.filter((line) => line.startsWith('    ')).length).toBeGreaterThan(3);
  });

  it('is the verdict and the count when everything passed', () => {
    expect(renderText(fixture('pass.json'))).toBe('datagate: PASS — All 6 gates passed\n\n6 gates ran: 6 passed, 0 failed, 0 warnings');
  });

  it('colours only when asked, and colours nothing that came from the data', () => {
    const report = fixture('full.json');
    expect(renderText(report)).not.toContain('\u001b');
    const coloured = renderText(report, { color: true });
    expect(coloured.split('\n')[0]).toBe('datagate: \u001b[1;31mFAIL\u001b[0m — 7 of 21 gates failed: train.legacy removed, classifier.accuracy');
    expect(coloured).toContain('\u001b[31m✗\u001b[0m \u001b[1mtrain.contract.age.max\u001b[0m');
    // eslint-disable-next-line no-control-regex -- stripping our own SGR codes gives the plain text back
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(renderText(report));
  });

  it('cannot be used to send terminal escape sequences', () => {
    const report: Report = { version: 1, status: 'fail', datasets: [], models: [], gates: [
      { id: 'x.\u001b[2J', kind: 'contract', status: 'fail', message: 'value \u001b]52;c;evil\u0007 here\nnext',
        examples: [{ row: 1, file: 'a\u001b[31m.csv', value: '\u001b[0m' }] }] };
    for (const color of [false, true]) {
      // eslint-disable-next-line no-control-regex -- only our own SGR codes may carry ESC
      const text = renderText(report, { color }).replace(/\u001b\[[0-9;]*m/g, '');
      // eslint-disable-next-line no-control-regex -- no control character but the newline may reach the terminal
      expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    }
  });

  it('caps the list and says how many more there are', () => {
    const gates = Array.from({ length: 80 }, (_, i) => ({ id: `g${String(i).padStart(2, '0')}`, kind: 'contract', status: 'fail' as const, message: 'bad' }));
    const lines = renderText({ version: 1, status: 'fail', datasets: [], models: [], gates }).split('\n');
    expect(lines).toContain('… and 30 more; see the full report');
    expect(lines.filter((line) => line.startsWith('✗ '))).toHaveLength(50);
  });
});
