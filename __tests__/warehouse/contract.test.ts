import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { ContractValidator } from '../../src/contract/validator.js';
import { contractGates } from '../../src/gates/contract.js';
import { datasetSchema, type DatasetConfig } from '../../src/config/schema.js';
import { Profiler } from '../../src/profile/profiler.js';
import type { Profile } from '../../src/profile/types.js';
import type { Batch } from '../../src/readers/index.js';
import type { GateResult } from '../../src/report/types.js';
import { contractGatesOfTable } from '../../src/warehouse/contract.js';
import { dialectOf } from '../../src/warehouse/dialect.js';
import type { SqlClient } from '../../src/warehouse/types.js';
import { duckdbMemory, freshPostgres, stopPostgres } from './engines.js';
import { csvBatches, FIXTURES, loadTable, rowsOf, type SqlType } from './tables.js';

const CSV = path.join(FIXTURES, 'contract.csv');
const NOW = new Date('2024-06-10T12:00:00Z');

/** How the fixture sits in a warehouse: typed where every value fits a type, text where the data is mixed. */
const COLUMN_TYPES: Record<string, SqlType> = {
  id: 'integer', age: 'text', score: 'double', country: 'text', email: 'text', signup: 'date', active: 'text', code: 'text', note: 'text',
};

/** A contract every row of the fixture breaks somewhere: each rule has 1–5 violations. */
const CONTRACT = {
  name: 'people',
  current: 'contract.csv',
  schema: {
    allow_extra_columns: false,
    required: ['ghost'],
    columns: {
      id: { type: 'integer', nullable: false, unique: true },
      age: { type: 'integer', min: 0, max: 120, max_null_fraction: 0.05 },
      score: { type: 'number', min: 0, max: 1 },
      country: { type: 'string', allowed: ['US', 'DE', 'FR'], severity: 'warn' },
      email: { type: 'string', pattern: '^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$', min_length: 5, max_length: 20 },
      signup: { type: 'date', min: '2020-01-01', max: '2025-12-31' },
      active: { type: 'boolean' },
      code: { type: 'string', unique: true, nullable: false },
      maybe: { type: 'string', required: false },
    },
  },
  unique: [['id', 'signup'], ['country', 'active']],
  rows: { min: 100, max: 1000 },
  freshness: { column: 'signup', max_age: '2d' },
};

function profileOf(batches: Batch[]): Profile {
  const profiler = new Profiler({});
  for (const batch of batches) profiler.add(batch);
  return profiler.finish();
}

function fileGates(dataset: DatasetConfig, batches: Batch[]): GateResult[] {
  const validator = new ContractValidator(dataset);
  for (const batch of batches) validator.add(batch);
  return contractGates(validator, { current: profileOf(batches), baseline: null, now: NOW });
}

/**
 * What must agree between a file and a table: everything but where an example sits (a file's line,
 * a table's rank), and the name of the source in a missing column's message.
 */
function comparable(gates: GateResult[], label: string): unknown[] {
  return gates.map((gate) => ({
    ...gate,
    message: gate.message.replace(label, 'SOURCE'),
    ...(gate.examples ? { examples: gate.id.endsWith('.required') ? undefined : gate.examples.map((example) => example.value).sort() } : {}),
  }));
}

async function tableGates(client: SqlClient, table: string, dataset: DatasetConfig, batches: Batch[]) {
  return contractGatesOfTable(client, dialectOf(client.engine), { connection: 'wh', table }, dataset, { current: profileOf(batches), baseline: null, now: NOW });
}

let batches: Batch[];
let dataset: DatasetConfig;
let expected: unknown[];
let duck: SqlClient;
let pg: { client: SqlClient } | null;

beforeAll(async () => {
  batches = await csvBatches(CSV);
  dataset = datasetSchema.parse(CONTRACT);
  expected = comparable(fileGates(dataset, batches), CSV);
  const { columns, rows } = rowsOf(batches);
  const types = columns.map((name) => ({ name, type: COLUMN_TYPES[name]! }));
  duck = await duckdbMemory();
  await loadTable(duck, 'people', types, rows);
  pg = await freshPostgres();
  if (pg) await loadTable(pg.client, 'public.people', types, rows);
});

afterAll(async () => {
  await duck?.close();
  await pg?.client.close();
  stopPostgres();
});

describe('contract rules pushed down as SQL', () => {
  it('the file path fails every rule of the fixture (the spec the tables must meet)', () => {
    const failing = (expected as GateResult[]).filter((gate) => gate.status !== 'pass').map((gate) => gate.id);
    expect(failing).toEqual([
      'people.contract.id.nullable', 'people.contract.id.unique',
      'people.contract.age.type', 'people.contract.age.max_null_fraction', 'people.contract.age.min', 'people.contract.age.max',
      'people.contract.score.min', 'people.contract.score.max',
      'people.contract.country.allowed',
      'people.contract.email.pattern', 'people.contract.email.min_length', 'people.contract.email.max_length',
      'people.contract.signup.min', 'people.contract.signup.max',
      'people.contract.active.type',
      'people.contract.code.nullable', 'people.contract.code.unique',
      'people.contract.maybe.required',
      'people.contract.ghost.required',
      'people.contract.extra_columns',
      'people.contract.id+signup.unique', 'people.contract.country+active.unique',
      'people.rows.min',
    ]);
  });

  it('DuckDB gives the file path\'s gates: ids, statuses, counts, messages, observed values and examples', async () => {
    const { gates, cost } = await tableGates(duck, 'people', dataset, batches);
    expect(comparable(gates, 'wh: people')).toEqual(expected);
    // The catalog, one aggregate, and one query per failing rule with examples (+1 for the allowed values).
    expect(cost.queries).toBe(1 + 1 + 19 + 1);
  });

  it('PostgreSQL gives the file path\'s gates', async () => {
    if (!pg) return; // no PostgreSQL on this machine and not CI (engines.ts throws under CI)
    const { gates } = await tableGates(pg.client, 'public.people', dataset, batches);
    expect(comparable(gates, 'wh: public.people')).toEqual(expected);
  });
});

/** Column names and values a pull request controls, each trying to end its quoting. */
const HOSTILE_COLUMNS = ['we"ird', 'select', 'a; DROP TABLE people; --', 'back`tick', "it's", 'back\\slash'];
const HOSTILE_ROWS: string[][] = [
  ["O'Brien", 'x', 'a', '1', 'p', 'z\\'],
  ["'); DROP TABLE people; --", 'x', 'a\nb', '2', 'p', "\\'"],
  ['plain', 'y', 'a', '1', '"', ''],
  ["O'Brien", '', 'ab', '3', "'", '\\\\'],
];
const HOSTILE_CONTRACT = {
  name: 'hostile',
  current: 'hostile.csv',
  schema: {
    required: ['"; DROP TABLE people; --'],
    columns: {
      'we"ird': { unique: true, allowed: ["O'Brien", "'); DROP TABLE people; --"], max_length: 10 },
      select: { nullable: false, pattern: "^[x']$" },
      'a; DROP TABLE people; --': { pattern: '^a\\w?$', min_length: 2 },
      'back`tick': { type: 'integer', max: 2, allowed: [1, 2] },
      "it's": { allowed: ['"', "'"] },
      'back\\slash': { pattern: '^[^\\\\]*$' },
    },
  },
  unique: [["it's", 'select']],
};

describe('hostile column names and values', () => {
  const hostileBatch: Batch = {
    columns: HOSTILE_COLUMNS, length: HOSTILE_ROWS.length, firstRow: 1, file: 'hostile.csv',
    data: HOSTILE_COLUMNS.map((_, c) => HOSTILE_ROWS.map((row) => row[c]!)),
  };
  const hostile = datasetSchema.parse(HOSTILE_CONTRACT);
  const hostileExpected = comparable(fileGates(hostile, [hostileBatch]), 'hostile.csv');
  const types = HOSTILE_COLUMNS.map((name) => ({ name, type: 'text' as const }));

  it('the file path finds violations under every hostile name', () => {
    expect((hostileExpected as GateResult[]).filter((gate) => gate.status === 'fail').map((gate) => gate.id)).toEqual([
      'hostile.contract.we"ird.unique', 'hostile.contract.we"ird.allowed', 'hostile.contract.we"ird.max_length',
      'hostile.contract.select.nullable', 'hostile.contract.select.pattern',
      'hostile.contract.a; DROP TABLE people; --.pattern', 'hostile.contract.a; DROP TABLE people; --.min_length',
      'hostile.contract.back`tick.max', 'hostile.contract.back`tick.allowed',
      "hostile.contract.it's.allowed",
      'hostile.contract.back\\slash.pattern',
      'hostile.contract."; DROP TABLE people; --.required',
      "hostile.contract.it's+select.unique",
    ]);
  });

  it.each(['duckdb', 'postgres'] as const)('%s gives the same gates, and every table is still there', async (engine) => {
    const client = engine === 'duckdb' ? duck : pg?.client;
    if (!client) return;
    await loadTable(client, 'hostile', types, HOSTILE_ROWS);
    const { gates } = await contractGatesOfTable(client, dialectOf(engine), { connection: 'wh', table: 'hostile' }, hostile, {
      current: profileOf([hostileBatch]), baseline: null, now: NOW,
    });
    expect(comparable(gates, 'wh: hostile')).toEqual(hostileExpected);
    expect(await client.query('SELECT COUNT(*) AS n FROM people')).toEqual([{ n: engine === 'duckdb' ? 10n : 10 }]);
  });
});

describe('examples from a table', () => {
  it('carry the table as `file`, their rank as `row`, and the row\'s key before the value', async () => {
    const keyed = datasetSchema.parse({ ...CONTRACT, key: 'id' });
    const { gates } = await tableGates(duck, 'people', keyed, batches);
    const examples = (id: string) => gates.find((gate) => gate.id === id)?.examples;
    expect(examples('people.contract.email.pattern')).toEqual([
      { row: 1, file: 'wh: people', value: 'id=4: not-an-email' },
      { row: 2, file: 'wh: people', value: 'id=6: ab' },
      { row: 3, file: 'wh: people', value: 'id=6: e@f' },
    ]);
    // The later row of a duplicated key is the duplicate.
    expect(examples('people.contract.id+signup.unique')).toEqual([{ row: 1, file: 'wh: people', value: 'id=6: 6, 2021-07-04' }]);
  });

  it('without a key, are ordered by the offending value', async () => {
    const { gates } = await tableGates(duck, 'people', dataset, batches);
    expect(gates.find((gate) => gate.id === 'people.contract.age.type')?.examples).toEqual([
      { row: 1, file: 'wh: people', value: '1.5' },
      { row: 2, file: 'wh: people', value: 'abc' },
    ]);
  });

  it('a pattern an engine cannot read the same way is a user error naming the table and column', async () => {
    const bounded = datasetSchema.parse({ ...CONTRACT, schema: { columns: { email: { pattern: '\\bann\\b' } } } });
    await expect(tableGates(duck, 'people', bounded, batches)).rejects.toThrow(
      'wh: people: column "email": pattern /\\bann\\b/ cannot run in duckdb with the meaning it has for files: word boundaries (\\b, \\B) differ between engines; use (^|[^A-Za-z0-9_]) and ([^A-Za-z0-9_]|$) instead',
    );
  });

  it('a table the catalog does not know is a user error naming the connection and table', async () => {
    await expect(tableGates(duck, 'main.nowhere', dataset, batches)).rejects.toThrow('wh: main.nowhere: no such table (or no permission to see its columns)');
  });
});

describe('times kept as text', () => {
  const AT = ['2024-02-29', '2023-02-31', '2019-05-01T10:00:00', 'soon', '2031-01-01 00:00', '', '2024-06-01T00:00:00.5'];
  const textBatch: Batch = { columns: ['at'], length: AT.length, firstRow: 1, file: 'events.csv', data: [AT] };
  const events = datasetSchema.parse({
    name: 'events', current: 'events.csv',
    schema: { columns: { at: { type: 'timestamp', min: '2020-01-01', max: '2030-12-31' } } },
    freshness: { column: 'at', max_age: '7d' },
  });
  const expectedEvents = comparable(fileGates(events, [textBatch]), 'events.csv');

  it.each(['duckdb', 'postgres'] as const)('%s reads ISO dates and timestamps in a text column as the file path does, and a day past the month\'s end does not fail the query', async (engine) => {
    const client = engine === 'duckdb' ? duck : pg?.client;
    if (!client) return;
    await loadTable(client, 'events', [{ name: 'at', type: 'text' }], AT.map((value) => [value]));
    const { gates } = await contractGatesOfTable(client, dialectOf(engine), { connection: 'wh', table: 'events' }, events, {
      current: profileOf([textBatch]), baseline: null, now: NOW,
    });
    expect(comparable(gates, 'wh: events')).toEqual(expectedEvents);
    expect(gates.map((gate) => [gate.id, gate.status, gate.count])).toEqual([
      ['events.contract.at.required', 'pass', undefined], ['events.contract.at.type', 'fail', 1], ['events.contract.at.min', 'fail', 1], ['events.contract.at.max', 'fail', 1], ['events.freshness', 'pass', undefined],
    ]);
  });
});

describe('a declared type against the catalog\'s type', () => {
  // As a Parquet file's decoded cells: numbers and instants, not text.
  const day = (iso: string) => new Date(iso);
  const typedBatch: Batch = {
    columns: ['ratio', 'flag', 'day', 'count'], length: 4, firstRow: 1, file: 'typed.parquet',
    data: [[1, 2.5, 3, null], [0, 1, 2, 1], [day('2024-01-01T00:00:00Z'), day('2024-01-02T10:00:00Z'), day('2024-01-03T00:00:00Z'), null], [1, 2, 3, 4]],
  };
  const typed = datasetSchema.parse({
    name: 'typed', current: 'typed.parquet',
    schema: { columns: { ratio: { type: 'integer' }, flag: { type: 'boolean' }, day: { type: 'date' }, count: { type: 'number' } } },
  });
  /** Examples differ in spelling only (a Date's ISO text against the engine's timestamp text). */
  const withoutExamples = (gates: GateResult[]) => gates.map(({ examples: _examples, ...gate }) => gate);

  it('integer refuses fractions of a DOUBLE, boolean an INTEGER beyond 0/1, date a TIMESTAMP off midnight; number takes an INTEGER', async () => {
    const expectedTyped = withoutExamples(fileGates(typed, [typedBatch]));
    expect(expectedTyped.map((gate) => [gate.id, gate.status, gate.observed, gate.count])).toEqual([
      ['typed.contract.ratio.required', 'pass', 'present', undefined],
      ['typed.contract.ratio.type', 'fail', 'number', 1],
      ['typed.contract.flag.required', 'pass', 'present', undefined],
      ['typed.contract.flag.type', 'fail', 'integer', 1],
      ['typed.contract.day.required', 'pass', 'present', undefined],
      ['typed.contract.day.type', 'fail', 'timestamp', 1],
      ['typed.contract.count.required', 'pass', 'present', undefined],
      ['typed.contract.count.type', 'pass', 'number', 0],
    ]);
    await loadTable(duck, 'typed', [{ name: 'ratio', type: 'double' }, { name: 'flag', type: 'integer' }, { name: 'day', type: 'timestamp' }, { name: 'count', type: 'integer' }], [
      ['1', '0', '2024-01-01 00:00:00', '1'], ['2.5', '1', '2024-01-02 10:00:00', '2'], ['3', '2', '2024-01-03 00:00:00', '3'], ['', '1', '', '4'],
    ]);
    const { gates } = await contractGatesOfTable(duck, dialectOf('duckdb'), { connection: 'wh', table: 'typed' }, typed, {
      current: profileOf([typedBatch]), baseline: null, now: NOW,
    });
    expect(withoutExamples(gates)).toEqual(expectedTyped);
    expect(gates.find((gate) => gate.id === 'typed.contract.day.type')?.examples).toEqual([{ row: 1, file: 'wh: typed', value: '2024-01-02 10:00:00' }]);
  });
});

describe('a query as the source', () => {
  it.each(['duckdb', 'postgres'] as const)('%s gives the table\'s gates (DuckDB describes the query; elsewhere its columns are read as text)', async (engine) => {
    const client = engine === 'duckdb' ? duck : pg?.client;
    if (!client) return;
    const { gates } = await contractGatesOfTable(client, dialectOf(engine), { connection: 'wh', query: 'select * from people;' }, dataset, {
      current: profileOf(batches), baseline: null, now: NOW,
    });
    expect(comparable(gates, 'wh: query')).toEqual(expected);
  });
});
