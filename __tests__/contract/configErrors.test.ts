import { describe, it, expect } from '@jest/globals';
import { parseConfig } from '../../src/config/load.js';
import { UserError } from '../../src/errors.js';

const text = `datasets:
  - name: train
    current: data/train.csv
    schema:
      columns:
        email: { pattern: '([a-z' }
        age: { type: integer, min: 10, max: 5 }
    unique: [[id, id]]
`;

describe('contract mistakes in datagate.yml', () => {
  it('are all reported at once, with file, line and path, before any data is read', () => {
    let error: unknown;
    try {
      parseConfig(text, 'datagate.yml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    const problems = (error as UserError).problems.map(({ file, line, path }) => ({ file, line, path }));
    expect(problems).toEqual([
      { file: 'datagate.yml', line: 6, path: 'datasets[0].schema.columns.email.pattern' },
      { file: 'datagate.yml', line: 7, path: 'datasets[0].schema.columns.age.min' },
      { file: 'datagate.yml', line: 8, path: 'datasets[0].unique[0][1]' },
    ]);
  });
});
