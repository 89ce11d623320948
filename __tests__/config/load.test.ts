import { describe, it, expect } from '@jest/globals';
import { parseConfig, loadConfig } from '../../src/config/load.js';
import { UserError } from '../../src/errors.js';

function problemsOf(text: string) {
  try {
    parseConfig(text, 'datagate.yml');
  } catch (error) {
    if (error instanceof UserError) return error.problems;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('config loading', () => {
  it('loads the example config with defaults filled in', async () => {
    const { config, dir } = await loadConfig('examples/datagate.yml');
    expect(dir.endsWith('examples')).toBe(true);
    expect(config.datasets[0].name).toBe('customers');
    expect(config.datasets[0].drift?.share).toBe(0.5);
    expect(config.datasets[0].schema?.columns.age).toEqual({ type: 'integer', min: 0, max: 120 });
    expect(config.models[0].metrics['latency.p95_ms']).toEqual({ max: 50 });
  });

  it('accepts an empty file as an empty config', () => {
    expect(parseConfig('', 'datagate.yml')).toEqual({ datasets: [], models: [] });
  });

  it('lists every problem with its config path and line, not just the first', () => {
    const problems = problemsOf([
      'datasets:',
      '  - name: train',
      '    current: data/train.csv',
      '    drift: { method: magic }',
      '  - current: data/other.csv',
      '    rows: { min: -1 }',
      'modles: []',
    ].join('\n'));
    const byPath = Object.fromEntries(problems.map((problem) => [problem.path, problem]));
    expect(byPath['datasets[0].drift.method'].message).toMatch(/expected one of .*"auto".*"jensenshannon"/);
    expect(byPath['datasets[0].drift.method'].line).toBe(4);
    expect(byPath['datasets[1].name'].line).toBe(5);
    expect(byPath['datasets[1].rows.min'].line).toBe(6);
    expect(byPath['(top level)'].message).toBe('unknown key "modles" (did you mean "models"?)');
    expect(byPath['(top level)'].line).toBe(7);
    expect(byPath['datasets[1].name'].message).toBe('required');
    expect(problems).toHaveLength(4);
    // In the order of the file's lines.
    expect(problems.map((problem) => problem.line)).toEqual([4, 5, 6, 7]);
  });

  it('says which key or value a misspelt one most likely means, from the keys allowed where it stands', () => {
    const problems = problemsOf([
      'datasets:',
      '  - name: train',
      '    curent: data/train.csv',
      '    drift: { method: kss, treshold: 0.1 }',
      '    schema:',
      '      columns:',
      '        id: { type: integr, uniqe: true, colour: red }',
      '    baseline: { git: base, pth: x.csv }',
      'models:',
      '  - { name: m, current: m.json, metrics: { accuracy: { mn: 0.5 } } }',
    ].join('\n'));
    expect(problems.map((problem) => [problem.line, problem.path, problem.message.replace(/^Invalid option: expected one of .*?(?= \(|$)/, 'Invalid option')])).toEqual([
      [2, 'datasets[0].current', 'required'],
      [3, 'datasets[0]', 'unknown key "curent" (did you mean "current"?)'],
      [4, 'datasets[0].drift.method', 'Invalid option (did you mean "ks"?)'],
      [4, 'datasets[0].drift', 'unknown key "treshold" (did you mean "threshold"?)'],
      [7, 'datasets[0].schema.columns.id.type', 'Invalid option (did you mean "integer"?)'],
      [7, 'datasets[0].schema.columns.id', 'unknown keys "uniqe" (did you mean "unique"?), "colour"'],
      [8, 'datasets[0].baseline', expect.stringMatching(/./)],
      [10, 'models[0].metrics.accuracy', 'unknown key "mn" (did you mean "min"?)'],
    ]);
  });

  it('formats problems as file:line: path: message', () => {
    expect(() => parseConfig('datasets:\n  - name: x\n    current: 3\n', 'cfg/datagate.yml'))
      .toThrow(/^cfg\/datagate\.yml:3: datasets\[0\]\.current: /);
  });

  it('reports YAML syntax errors with their line', () => {
    const problems = problemsOf('datasets:\n  - name: x\n   current: [unclosed\n');
    expect(problems[0].file).toBe('datagate.yml');
    expect(problems[0].line).toBeGreaterThanOrEqual(2);
  });

  it('rejects two datasets with the same name', () => {
    const problems = problemsOf('datasets:\n  - { name: a, current: x.csv }\n  - { name: a, current: y.csv }\n');
    expect(problems).toEqual([{ file: 'datagate.yml', line: 3, path: 'datasets[1].name', message: '"a" is already the name of datasets[0]' }]);
  });

  it('names a missing config file', async () => {
    await expect(loadConfig('nope/datagate.yml')).rejects.toThrow('nope/datagate.yml: config file not found');
  });
});
