import { describe, it, expect } from '@jest/globals';
import v8 from 'node:v8';
import vm from 'node:vm';
import { ContractValidator } from '../../src/contract/validator.js';
import type { GateResult } from '../../src/report/types.js';
import type { Batch } from '../../src/readers/types.js';
import { batch, dataset, profile, NOW } from './batches.js';
import { contractGates } from '../../src/gates/contract.js';

function run(config: Record<string, unknown>, batches: Batch[], options: { nullValues?: string[] } = {}): Map<string, GateResult> {
  const validator = new ContractValidator(dataset(config), options);
  let rows = 0;
  for (const b of batches) {
    validator.add(b);
    rows += b.length;
  }
  const results = contractGates(validator, { current: profile(rows), baseline: null, now: NOW });
  return new Map(results.map((result) => [result.id, result]));
}

const columns = (rules: Record<string, unknown>) => ({ schema: { columns: rules } });

describe('column types', () => {
  it('counts values that do not parse as the declared type, with row, line, file and value', () => {
    const results = run(columns({ age: { type: 'integer' } }), [
      batch(['age'], [['1'], ['2'], ['x'], ['3.5'], [''], ['4']]),
    ]);
    const type = results.get('train.contract.age.type')!;
    expect(type).toMatchObject({
      kind: 'contract', status: 'fail', severity: 'error', column: 'age', count: 2,
      observed: 'number, string', expected: 'integer',
      examples: [
        { row: 3, line: 4, file: 'data/train.csv', value: 'x' },
        { row: 4, line: 5, file: 'data/train.csv', value: '3.5' },
      ],
    });
    expect(type.message).toBe('"age": 2 values not of type integer (found number, string)');
  });

  it('lets a boolean column be written 0/1, but no other integer', () => {
    const results = run(columns({ churned: { type: 'boolean' } }), [batch(['churned'], [['0'], ['1'], ['true'], ['2']])]);
    expect(results.get('train.contract.churned.type')).toMatchObject({ status: 'fail', count: 1, examples: [{ row: 4, value: '2' }] });
  });

  it('lets a number column hold integers and a timestamp column hold dates', () => {
    const results = run(columns({ score: { type: 'number' }, at: { type: 'timestamp' } }), [
      batch(['score', 'at'], [['1', '2024-01-01'], ['2.5', '2024-01-02T10:00:00Z'], ['-3e2', '2024-01-03 10:00']]),
    ]);
    expect(results.get('train.contract.score.type')).toMatchObject({ status: 'pass', count: 0 });
    expect(results.get('train.contract.at.type')).toMatchObject({ status: 'pass', count: 0 });
    expect(results.get('train.contract.at.type')!.examples).toBeUndefined();
  });

  it('reads typed JSON and Parquet cells by their value', () => {
    const results = run(columns({ n: { type: 'integer' }, flag: { type: 'boolean' }, day: { type: 'date' } }), [
      batch(['n', 'flag', 'day'], [
        [1, true, new Date('2024-01-01T00:00:00Z')],
        [2.5, 'yes', new Date('2024-01-01T06:00:00Z')],
        [3n, false, '2024-01-02'],
      ], { text: false, file: 'data/train.parquet' }),
    ]);
    expect(results.get('train.contract.n.type')).toMatchObject({ count: 1, examples: [{ row: 2, file: 'data/train.parquet', value: '2.5' }] });
    expect(results.get('train.contract.n.type')!.examples![0]).not.toHaveProperty('line');
    expect(results.get('train.contract.flag.type')).toMatchObject({ count: 1, examples: [{ row: 2, value: 'yes' }] });
    expect(results.get('train.contract.day.type')).toMatchObject({ count: 1, examples: [{ row: 2, value: '2024-01-01T06:00:00.000Z' }] });
  });
});

describe('nulls', () => {
  it('fails nullable: false with every null counted and the first five shown', () => {
    const rows = [['a'], [''], ['b'], [null], [''], [''], [''], ['']];
    const nullable = run(columns({ id: { nullable: false } }), [batch(['id'], rows)]).get('train.contract.id.nullable')!;
    expect(nullable).toMatchObject({ status: 'fail', count: 6, observed: 6, expected: 0 });
    expect(nullable.examples!.map((example) => example.row)).toEqual([2, 4, 5, 6, 7]);
  });

  it('compares the null fraction with max_null_fraction over all rows', () => {
    const rows = [['1'], [''], ['2'], ['NA'], ['3'], ['4'], ['5'], ['6'], ['7'], ['8']];
    const strict = run(columns({ x: { max_null_fraction: 0.1 } }), [batch(['x'], rows)], { nullValues: ['NA'] });
    expect(strict.get('train.contract.x.max_null_fraction')).toMatchObject({
      status: 'fail', observed: 0.2, expected: 0.1, count: 2,
      message: '"x": 20% nulls (2 of 10) > 10%',
      examples: [{ row: 2, line: 3, value: '' }, { row: 4, line: 5, value: 'NA' }],
    });
    const loose = run(columns({ x: { max_null_fraction: 0.2 } }), [batch(['x'], rows)], { nullValues: ['NA'] });
    expect(loose.get('train.contract.x.max_null_fraction')).toMatchObject({ status: 'pass', observed: 0.2, count: 2 });
  });

  it('reads "NA" as a value unless null_values names it', () => {
    const results = run({ ...columns({ c: { nullable: false } }) }, [batch(['c'], [['NA'], ['DE']])]);
    expect(results.get('train.contract.c.nullable')).toMatchObject({ status: 'pass', count: 0 });
    const configured = run({ null_values: ['NA'], ...columns({ c: { nullable: false } }) }, [batch(['c'], [['NA'], ['DE']])]);
    expect(configured.get('train.contract.c.nullable')).toMatchObject({ status: 'fail', count: 1 });
  });

  it('does not type-check, bound or pattern-match null cells', () => {
    const results = run(columns({ x: { type: 'integer', min: 0, pattern: '^\\d+$' } }), [batch(['x'], [[''], ['5'], [null]])]);
    for (const rule of ['type', 'min', 'pattern']) expect(results.get(`train.contract.x.${rule}`)!.count).toBe(0);
  });
});

describe('uniqueness', () => {
  it('counts every repeat across batches and shows the repeated rows', () => {
    const results = run(columns({ id: { unique: true } }), [
      batch(['id'], [['1'], ['2'], ['3'], ['2']], { firstRow: 1 }),
      batch(['id'], [['3'], ['4'], [''], [''], ['2']], { firstRow: 5 }),
    ]);
    expect(results.get('train.contract.id.unique')).toMatchObject({
      status: 'fail', count: 3, observed: 3, expected: 0,
      message: '"id": 3 duplicate values',
      examples: [
        { row: 4, line: 5, value: '2' },
        { row: 5, line: 6, value: '3' },
        { row: 9, line: 10, value: '2' },
      ],
    });
  });

  it('compares text, so 01 and 1 are different values', () => {
    const results = run(columns({ id: { unique: true } }), [batch(['id'], [['1'], ['01'], ['1.0'], ['x'], ['-1']])]);
    expect(results.get('train.contract.id.unique')).toMatchObject({ status: 'pass', count: 0, message: '"id": all 5 values unique' });
  });

  it('finds duplicates of compound keys, ignoring keys null in every column', () => {
    const results = run({ unique: [['user', 'day']] }, [
      batch(['user', 'day'], [['1', 'mon'], ['1', 'tue'], ['2', 'mon'], ['1', 'mon'], ['', ''], ['', ''], ['3', ''], ['3', '']]),
    ]);
    expect(results.get('train.contract.user+day.unique')).toMatchObject({
      kind: 'contract', status: 'fail', count: 2, column: 'user+day',
      examples: [{ row: 4, line: 5, value: '1, mon' }, { row: 8, line: 9, value: '3, null' }],
    });
  });

  it('does not confuse key parts whose text runs together', () => {
    const results = run({ unique: [['a', 'b']] }, [batch(['a', 'b'], [['ab', 'c'], ['a', 'bc'], ['a:', 'b'], ['a', ':b']])]);
    expect(results.get('train.contract.a+b.unique')).toMatchObject({ status: 'pass', count: 0 });
  });

  it('fails a compound key naming a column the data lacks', () => {
    const results = run({ unique: [['user', 'day']] }, [batch(['user'], [['1']])]);
    expect(results.get('train.contract.user+day.unique')).toMatchObject({
      status: 'fail', message: 'unique key (user, day): column "day" missing from the data',
    });
  });
});

describe('bounds', () => {
  it('checks numeric min and max and reports the extremes seen', () => {
    const results = run(columns({ age: { min: 0, max: 120 } }), [
      batch(['age'], [['5'], ['-1'], ['130'], ['x'], ['121.5'], ['-3'], ['40']]),
    ]);
    expect(results.get('train.contract.age.min')).toMatchObject({
      status: 'fail', count: 2, observed: -3, expected: 0,
      message: '"age": 2 values below min 0 (lowest -3)',
      examples: [{ row: 2, value: '-1' }, { row: 6, value: '-3' }],
    });
    expect(results.get('train.contract.age.max')).toMatchObject({
      status: 'fail', count: 2, observed: 130, expected: 120,
      examples: [{ row: 3, value: '130' }, { row: 5, value: '121.5' }],
    });
  });

  it('compares dates and timestamps when the bound is an ISO string', () => {
    const results = run(columns({ at: { min: '2024-01-01', max: '2024-06-30T23:59:59Z' } }), [
      batch(['at'], [['2023-12-31T23:59:59Z'], ['2024-01-01'], ['2024-07-01'], ['2024-03-05 10:00']]),
    ]);
    expect(results.get('train.contract.at.min')).toMatchObject({
      status: 'fail', count: 1, observed: '2023-12-31T23:59:59.000Z', examples: [{ row: 1, value: '2023-12-31T23:59:59Z' }],
    });
    expect(results.get('train.contract.at.max')).toMatchObject({
      status: 'fail', count: 1, observed: '2024-07-01T00:00:00.000Z', examples: [{ row: 3, value: '2024-07-01' }],
    });
  });
});

describe('values and text', () => {
  it('reports values outside allowed, as a warning when the rule says so', () => {
    const results = run(columns({ country: { allowed: ['US', 'DE', 'FR'], severity: 'warn' } }), [
      batch(['country'], [['US'], ['GB'], ['DE'], ['us'], ['GB'], ['']]),
    ]);
    expect(results.get('train.contract.country.allowed')).toMatchObject({
      status: 'warn', severity: 'warn', count: 3, observed: ['GB', 'us'], expected: ['US', 'DE', 'FR'],
      message: '"country": 3 values not allowed ("GB", "us")',
      examples: [{ row: 2, value: 'GB' }, { row: 4, value: 'us' }, { row: 5, value: 'GB' }],
    });
  });

  it('matches allowed numbers by value and booleans in any common spelling', () => {
    const results = run(columns({ n: { allowed: [1, 2] }, b: { allowed: [true] } }), [
      batch(['n', 'b'], [['1.0', 'True'], ['2', 'TRUE'], ['3', 'false']]),
    ]);
    expect(results.get('train.contract.n.allowed')).toMatchObject({ count: 1, examples: [{ row: 3, value: '3' }] });
    expect(results.get('train.contract.b.allowed')).toMatchObject({ count: 1, examples: [{ row: 3, value: 'false' }] });
  });

  it('matches allowed numbers as text in a declared string column', () => {
    const results = run(columns({ zip: { type: 'string', allowed: [12345] } }), [batch(['zip'], [['12345'], ['012345']])]);
    expect(results.get('train.contract.zip.allowed')).toMatchObject({ count: 1, examples: [{ row: 2, value: '012345' }] });
  });

  it('searches the text with the pattern', () => {
    const results = run(columns({ email: { pattern: '^[^@]+@[^@]+$' } }), [
      batch(['email'], [['a@b.c'], ['nope'], ['x@y@z'], ['ok@x']]),
    ]);
    expect(results.get('train.contract.email.pattern')).toMatchObject({
      status: 'fail', count: 2, expected: '^[^@]+@[^@]+$',
      message: '"email": 2 values do not match /^[^@]+@[^@]+$/',
      examples: [{ row: 2, value: 'nope' }, { row: 3, value: 'x@y@z' }],
    });
  });

  it('measures length in characters, so an emoji counts once', () => {
    const results = run(columns({ code: { min_length: 2, max_length: 3 } }), [
      batch(['code'], [['ab'], ['a'], ['abcd'], ['a😀'], ['😀😀😀']]),
    ]);
    expect(results.get('train.contract.code.min_length')).toMatchObject({ count: 1, observed: 1, examples: [{ row: 2, value: 'a' }] });
    expect(results.get('train.contract.code.max_length')).toMatchObject({ count: 1, observed: 4, examples: [{ row: 3, value: 'abcd' }] });
  });
});

describe('columns', () => {
  it('fails a listed column the data lacks, naming the file and its columns', () => {
    const results = run(columns({ email: { pattern: '@' }, id: {} }), [batch(['id', 'name'], [['1', 'a']])]);
    expect(results.get('train.contract.email.required')).toMatchObject({
      status: 'fail', column: 'email', observed: 'missing', expected: 'present',
      message: 'column "email" is missing from data/train.csv (columns: id, name)',
      examples: [{ row: 0, line: 1, file: 'data/train.csv', value: 'id,name' }],
    });
    expect(results.has('train.contract.email.pattern')).toBe(false);
    expect(results.get('train.contract.id.required')).toMatchObject({ status: 'pass' });
  });

  it('says which of the data\'s columns a missing one most likely misspells', () => {
    const results = run(columns({ Country: {}, agee: {}, revenue: {} }), [batch(['id', 'age', 'country'], [['1', '30', 'US']])]);
    expect(results.get('train.contract.Country.required')?.message).toBe('column "Country" is missing from data/train.csv (columns: id, age, country): did you mean "country"?');
    expect(results.get('train.contract.agee.required')?.message).toBe('column "agee" is missing from data/train.csv (columns: id, age, country): did you mean "age"?');
    expect(results.get('train.contract.revenue.required')?.message).toBe('column "revenue" is missing from data/train.csv (columns: id, age, country)');
  });

  it('skips an optional column that is absent, and checks it when present', () => {
    const absent = run(columns({ note: { required: false, max_length: 2 } }), [batch(['id'], [['1']])]);
    expect(absent.get('train.contract.note.required')).toMatchObject({ status: 'skip' });
    expect(absent.has('train.contract.note.max_length')).toBe(false);
    const present = run(columns({ note: { required: false, max_length: 2 } }), [batch(['note'], [['abc']])]);
    expect(present.has('train.contract.note.required')).toBe(false);
    expect(present.get('train.contract.note.max_length')).toMatchObject({ status: 'fail', count: 1 });
  });

  it('checks schema.required and rejects extra columns when allow_extra_columns is false', () => {
    const results = run({ schema: { allow_extra_columns: false, required: ['id', 'ts'], columns: { id: {} } } }, [
      batch(['id', 'extra', 'more'], [['1', 'x', 'y']]),
    ]);
    expect(results.get('train.contract.ts.required')).toMatchObject({ status: 'fail' });
    expect(results.get('train.contract.extra_columns')).toMatchObject({
      status: 'fail', count: 2, observed: ['extra', 'more'], message: '2 columns not in the contract: "extra", "more"',
    });
  });

  it('counts rows of a batch without the column as nulls (JSON objects missing the key)', () => {
    const results = run(columns({ x: { nullable: false } }), [
      batch(['x'], [['1']], { firstRow: 1 }),
      batch(['y'], [['a'], ['b']], { firstRow: 2, file: 'data/part2.jsonl', text: false }),
    ]);
    expect(results.get('train.contract.x.nullable')).toMatchObject({
      count: 2, examples: [{ row: 2, file: 'data/part2.jsonl', value: '' }, { row: 3, file: 'data/part2.jsonl', value: '' }],
    });
  });

  it('applies the schema severity to rules without their own', () => {
    const results = run({ schema: { severity: 'warn', columns: { x: { type: 'integer' }, y: { type: 'integer', severity: 'error' } } } }, [
      batch(['x', 'y'], [['a', 'b']]),
    ]);
    expect(results.get('train.contract.x.type')).toMatchObject({ status: 'warn', severity: 'warn' });
    expect(results.get('train.contract.y.type')).toMatchObject({ status: 'fail', severity: 'error' });
  });
});

describe('results', () => {
  it('gives one result per rule that ran, in a stable order', () => {
    const validator = new ContractValidator(dataset({
      schema: { columns: { id: { type: 'integer', nullable: false, unique: true, min: 1 }, name: { max_length: 5 } } },
      unique: [['id', 'name']],
      rows: { min: 1 },
    }));
    validator.add(batch(['id', 'name'], [['1', 'a'], ['2', 'b']]));
    const results = contractGates(validator, { current: profile(2), baseline: null, now: NOW });
    expect(results.map((result) => `${result.id}:${result.status}`)).toEqual([
      'train.contract.id.required:pass',
      'train.contract.id.type:pass',
      'train.contract.id.nullable:pass',
      'train.contract.id.unique:pass',
      'train.contract.id.min:pass',
      'train.contract.name.required:pass',
      'train.contract.name.max_length:pass',
      'train.contract.id+name.unique:pass',
      'train.rows.min:pass',
    ]);
    expect(results.every((result) => result.dataset === 'train')).toBe(true);
  });

  it('adds row count and freshness gates', () => {
    const validator = new ContractValidator(dataset({
      rows: { min: 3, max_change: 0.1 },
      freshness: { column: 'at', max_age: '2d' },
    }));
    validator.add(batch(['at'], [['2024-06-01T00:00:00Z'], ['2024-06-09T00:00:00Z'], ['']]));
    const results = contractGates(validator, { current: profile(3), baseline: profile(2), now: NOW });
    expect(results.map((result) => [result.id, result.status])).toEqual([
      ['train.rows.min', 'pass'],
      ['train.rows.max_change', 'fail'],
      ['train.freshness', 'pass'],
    ]);
    expect(results[2]).toMatchObject({ kind: 'freshness', observed: '2024-06-09T00:00:00.000Z', message: '"at": newest value 2024-06-09T00:00:00.000Z is 1d 12h old ≤ 2d' });
  });
});

describe('a million bad rows', () => {
  it('counts them all, keeps five examples, and stays fast', () => {
    const size = 100_000;
    const bad = Array.from({ length: size }, (_, r) => [`x${r}`, '-5']);
    const validator = new ContractValidator(dataset(columns({ id: { type: 'integer', pattern: '^\\d+$' }, n: { min: 0 } })));
    const started = performance.now();
    for (let part = 0; part < 10; part++) validator.add(batch(['id', 'n'], bad, { firstRow: 1 + part * size }));
    const results = new Map(contractGates(validator, { current: profile(1e6), baseline: null, now: NOW }).map((result) => [result.id, result]));
    const elapsed = performance.now() - started;
    for (const id of ['train.contract.id.type', 'train.contract.id.pattern', 'train.contract.n.min']) {
      expect(results.get(id)).toMatchObject({ status: 'fail', count: 1_000_000 });
      expect(results.get(id)!.examples!.map((example) => example.row)).toEqual([1, 2, 3, 4, 5]);
    }
    expect(elapsed).toBeLessThan(5000);
  });
});

describe('uniqueness memory', () => {
  it('does not keep the file chunks its keys were cut from alive', () => {
    // A collector on demand, without a node flag, so the heap can be measured.
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    const validator = new ContractValidator(dataset({ ...columns({ id: { unique: true } }), unique: [['id', 'id2']] }));
    for (let part = 0; part < 100; part++) {
      // A ~1 MB chunk per batch, with cells sliced out of it as a CSV parser does.
      const chunk = `${part}`.padEnd(1_000_000, 'x');
      validator.add(batch(['id', 'id2'], [[chunk.slice(0, 20), chunk.slice(0, 30)]], { firstRow: part + 1 }));
    }
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(contractGates(validator, { current: profile(100), baseline: null, now: NOW })[1]).toMatchObject({ id: 'train.contract.id.unique', count: 0 });
    expect(grown).toBeLessThan(20_000_000);
  });
});
