import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { renderText, type Report } from '../../src/report/index.js';

const fixture = (name: string): Report => JSON.parse(readFileSync(new URL(`../fixtures/report/${name}`, import.meta.url), 'utf8'));

describe('renderText', () => {
  it('prints the verdict and one line per failing or warning gate, failures first', () => {
    const lines = renderText(fixture('full.json')).split('\n');
    expect(lines[0]).toBe('datagate: FAIL — 7 of 21 gates failed: train.legacy removed, classifier.accuracy −3.1 pts, '
      + 'train.country drifted (χ² p = 2.6e−11) and 4 more; 4 warnings (1 skipped)');
    expect(lines).toHaveLength(12);
    expect(lines[1]).toBe('  ✗ classifier.metric.accuracy.max_drop           accuracy dropped 3.1 pts (max drop 1 pt)');
    expect(lines[11]).toBe('  ! train.schema.email                            email became nullable');
  });

  it('is one line when everything passed', () => {
    expect(renderText(fixture('pass.json'))).toBe('datagate: PASS — All 6 gates passed');
  });

  it('cannot be used to send terminal escape sequences', () => {
    const report: Report = { version: 1, status: 'fail', datasets: [], models: [], gates: [
      { id: 'x.\u001b[2J', kind: 'contract', status: 'fail', message: 'value \u001b]52;c;evil\u0007 here\nnext' }] };
    const text = renderText(report);
    // eslint-disable-next-line no-control-regex -- no control character but the newline may reach the terminal
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(text.split('\n')).toHaveLength(2);
  });

  it('caps the list and says how many more there are', () => {
    const gates = Array.from({ length: 80 }, (_, i) => ({ id: `g${String(i).padStart(2, '0')}`, kind: 'contract', status: 'fail' as const, message: 'bad' }));
    const lines = renderText({ version: 1, status: 'fail', datasets: [], models: [], gates }).split('\n');
    expect(lines).toHaveLength(52);
    expect(lines[51]).toBe('  … and 30 more; see the full report');
  });
});
