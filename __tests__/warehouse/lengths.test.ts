// Text lengths are counted in characters (code points) by the file profile, the file contract,
// and every engine: an emoji is one character, so `max_length: 10` means the same on a file and
// on its table, and the profile's minLength/maxLength agree.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { datasetSchema } from '../../src/config/schema.js';
import { ContractValidator } from '../../src/contract/validator.js';
import { contractGates } from '../../src/gates/contract.js';
import { profileFiles } from '../../src/profile/index.js';
import { surrogatePairs } from '../../src/profile/column.js';
import { readBatches } from '../../src/readers/index.js';
import { contractGatesOfTable } from '../../src/warehouse/contract.js';
import { dialectOf } from '../../src/warehouse/dialect.js';
import { profileTable } from '../../src/warehouse/profile.js';
import type { EngineName, SqlClient } from '../../src/warehouse/types.js';
import { duckdbMemory, freshPostgres, stopPostgres } from './engines.js';

// Code points: 10, 11, 3, 1, 12 (UTF-16 units: 11, 13, 3, 2, 12); "é" composed is one of each.
const TEXTS = ['emoji tex🙂', 'two 🙂🎉 here', 'été', '𝄞', 'plain ascii!'];
const CONTRACT = { name: 't', current: 'lengths.csv', schema: { columns: { s: { type: 'string', min_length: 2, max_length: 10 } } } };

const clients = new Map<EngineName, SqlClient>();
const dir = mkdtempSync(path.join(tmpdir(), 'datagate-lengths-'));
const csv = path.join(dir, 'lengths.csv');

beforeAll(async () => {
  writeFileSync(csv, `s\n${TEXTS.join('\n')}\n`);
  const duck = await duckdbMemory();
  clients.set('duckdb', duck);
  const pg = await freshPostgres();
  if (pg) clients.set('postgres', pg.client);
  for (const client of clients.values()) {
    await client.query('CREATE TABLE lengths (s text)');
    await client.query(`INSERT INTO lengths VALUES ${TEXTS.map((text) => `('${text}')`).join(', ')}`);
  }
}, 120_000);

afterAll(async () => {
  for (const client of clients.values()) await client.close();
  stopPostgres();
  rmSync(dir, { recursive: true, force: true });
});

async function fileGates() {
  const dataset = datasetSchema.parse(CONTRACT);
  const validator = new ContractValidator(dataset);
  for await (const batch of readBatches([csv], {}, () => undefined)) validator.add(batch);
  const profile = await profileFiles([csv], {}, () => undefined);
  return { profile, gates: contractGates(validator, { current: profile, baseline: null, now: new Date(0) }) };
}

const verdicts = (gates: { id: string; status: string; count?: number; observed?: unknown }[]) =>
  gates.map((gate) => ({ id: gate.id, status: gate.status, count: gate.count, observed: gate.observed }));

describe('lengths in characters', () => {
  it('the file profile counts an emoji once, and a lone surrogate once', async () => {
    const { profile, gates } = await fileGates();
    expect({ min: profile.columns[0]!.minLength, max: profile.columns[0]!.maxLength }).toEqual({ min: 1, max: 12 });
    // 'two 🙂🎉 here' (11) and 'plain ascii!' (12) are longer than 10; '𝄞' (1) is shorter than 2.
    expect(verdicts(gates).filter((gate) => gate.id.includes('length'))).toEqual([
      { id: 't.contract.s.min_length', status: 'fail', count: 1, observed: 1 },
      { id: 't.contract.s.max_length', status: 'fail', count: 2, observed: 12 },
    ]);
    expect(surrogatePairs('a🙂b\uD800c\uDC00🎉', 0, 9)).toBe(2);
    expect([surrogatePairs('🙂🙂', 1, 3), surrogatePairs('🙂🙂', 1, 4)]).toEqual([0, 1]);
  });

  it.each(['duckdb', 'postgres'] as EngineName[])('%s: a table gives the file\'s lengths and length verdicts', async (engine) => {
    const client = clients.get(engine);
    if (!client) return;
    const d = dialectOf(engine);
    const file = await fileGates();
    const { profile } = await profileTable(client, d, { connection: engine, table: 'lengths' });
    expect({ min: profile.columns[0]!.minLength, max: profile.columns[0]!.maxLength }).toEqual({ min: file.profile.columns[0]!.minLength, max: file.profile.columns[0]!.maxLength });
    const { gates } = await contractGatesOfTable(client, d, { connection: engine, table: 'lengths' }, datasetSchema.parse(CONTRACT), { current: profile, baseline: null, now: new Date(0) });
    expect(verdicts(gates).filter((gate) => gate.id.includes('length'))).toEqual(verdicts(file.gates).filter((gate) => gate.id.includes('length')));
  });
});
