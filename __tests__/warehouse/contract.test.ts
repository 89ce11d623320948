import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { ContractValidator } from '../../src/contract/validator.js';
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
  return validator.finish({ current: profileOf(batches), baseline: null, now: NOW });
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
    if (!pg) return;
    const { gates } = await tableGates(pg.client, 'public.people', dataset, batches);
    expect(comparable(gates, 'wh: public.people')).toEqual(expected);
  });
});
