import { describe, it, expect } from '@jest/globals';
import { contractProblems } from '../../src/contract/validateConfig.js';
import { configSchema } from '../../src/config/schema.js';

function problems(dataset: Record<string, unknown>) {
  return contractProblems(configSchema.parse({ datasets: [{ name: 'train', current: 'data/train.csv', ...dataset }] }));
}
const columns = (rules: Record<string, unknown>) => ({ schema: { columns: rules } });

describe('contract problems in the config', () => {
  it('accepts the contract of the design document', () => {
    expect(problems({
      schema: {
        allow_extra_columns: true,
        columns: {
          user_id: { type: 'integer', nullable: false, unique: true },
          age: { type: 'integer', min: 0, max: 120, max_null_fraction: 0.01 },
          country: { type: 'string', allowed: ['US', 'DE', 'FR'], severity: 'warn' },
          email: { type: 'string', pattern: '^[^@]+@[^@]+$', min_length: 3, max_length: 254 },
          signup_at: { type: 'timestamp', min: '2020-01-01' },
        },
      },
      unique: [['user_id', 'signup_at']],
      rows: { min: 1000, max: 5000000, max_change: 0.2 },
      freshness: { column: 'signup_at', max_age: '2d' },
    })).toEqual([]);
  });

  it('names an invalid regex by its path', () => {
    expect(problems(columns({ email: { pattern: '([a-z' } }))).toEqual([
      { path: 'datasets[0].schema.columns.email.pattern', message: expect.stringMatching(/^invalid regular expression: .*\/\(\[a-z\//) },
    ]);
  });

  it('rejects min > max, for numbers and dates, and min_length > max_length', () => {
    expect(problems(columns({
      age: { min: 10, max: 5 },
      at: { type: 'date', min: '2024-02-01', max: '2024-01-01' },
      code: { min_length: 4, max_length: 2 },
    }))).toEqual([
      { path: 'datasets[0].schema.columns.age.min', message: 'min (10) is greater than max (5)' },
      { path: 'datasets[0].schema.columns.at.min', message: 'min (2024-02-01) is greater than max (2024-01-01)' },
      { path: 'datasets[0].schema.columns.code.min_length', message: 'min_length (4) is greater than max_length (2)' },
    ]);
  });

  it('rejects bounds the column type cannot have', () => {
    expect(problems(columns({
      age: { type: 'integer', min: '2024-01-01' },
      at: { type: 'timestamp', max: 5 },
      name: { type: 'string', min: 1 },
      x: { min: 'soon' },
      mixed: { min: 0, max: '2024-01-01' },
    }))).toEqual([
      { path: 'datasets[0].schema.columns.age.min', message: 'min must be a number for an integer column, got "2024-01-01"' },
      { path: 'datasets[0].schema.columns.at.max', message: 'max must be an ISO date or timestamp for a timestamp column, got 5' },
      { path: 'datasets[0].schema.columns.name.min', message: 'min does not apply to a string column' },
      { path: 'datasets[0].schema.columns.x.min', message: 'min must be a number or an ISO date or timestamp, got "soon"' },
      { path: 'datasets[0].schema.columns.mixed.max', message: 'min and max must both be numbers or both be dates' },
    ]);
  });

  it('rejects allowed values of another type, and nullable: false with a null fraction', () => {
    expect(problems(columns({ n: { type: 'integer', allowed: [1, 'two', '3'] }, e: { nullable: false, max_null_fraction: 0.1 } }))).toEqual([
      { path: 'datasets[0].schema.columns.n.allowed[1]', message: '"two" is not an integer, so no integer value can equal it' },
      { path: 'datasets[0].schema.columns.e.max_null_fraction', message: 'nullable: false allows no nulls; drop one of the two' },
    ]);
  });

  it('rejects a unique key naming a column twice', () => {
    expect(problems({ unique: [['a', 'b', 'a']] })).toEqual([
      { path: 'datasets[0].unique[0][2]', message: '"a" appears twice in this unique key' },
    ]);
  });

  it('rejects keys and freshness columns outside a closed schema', () => {
    expect(problems({
      schema: { allow_extra_columns: false, columns: { id: {} } },
      unique: [['id', 'day']],
      freshness: { column: 'at', max_age: '1d' },
    })).toEqual([
      { path: 'datasets[0].unique[0][1]', message: '"day" is not in schema.columns, and allow_extra_columns is false: no data can pass' },
      { path: 'datasets[0].freshness.column', message: '"at" is not in schema.columns, and allow_extra_columns is false: no data can pass' },
    ]);
  });

  it('rejects a zero max_age, a freshness column of the wrong type, and rows.min > rows.max', () => {
    expect(problems({
      ...columns({ at: { type: 'string' } }),
      freshness: { column: 'at', max_age: '0d' },
      rows: { min: 10, max: 1 },
    })).toEqual([
      { path: 'datasets[0].rows.min', message: 'min (10) is greater than max (1)' },
      { path: 'datasets[0].freshness.max_age', message: 'max_age must be longer than 0, got "0d"' },
      { path: 'datasets[0].freshness.column', message: '"at" has type string; freshness needs a date or timestamp column' },
    ]);
  });

  it('leaves unknown durations to the schema, which names the path', () => {
    const parsed = configSchema.safeParse({ datasets: [{ name: 't', current: 'x.csv', freshness: { column: 'at', max_age: '2 days' } }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0].path).toEqual(['datasets', 0, 'freshness', 'max_age']);
  });
});
