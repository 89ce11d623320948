import { afterAll, describe, expect, it } from '@jest/globals';
import { duckdbMemory, freshPostgres, stopPostgres } from './engines.js';
import { dialectOf, relationSql } from '../../src/warehouse/dialect.js';

afterAll(stopPostgres);

describe('live engines for the warehouse tests', () => {
  it('DuckDB answers in memory', async () => {
    const db = await duckdbMemory();
    try {
      expect(await db.query('select 1 + 1 as two, count(*) as n from range(10)')).toEqual([{ two: 2, n: 10n }]);
    } finally { await db.close(); }
  });

  it('PostgreSQL answers in a database of its own, bigint counts as numbers', async () => {
    const pg = await freshPostgres();
    if (!pg) return; // no PostgreSQL on this machine and not CI (engines.ts throws under CI)
    try {
      await pg.client.query('create table "odd ""name"" t" (id int)');
      await pg.client.query('insert into "odd ""name"" t" values (1), (2), (null)');
      const from = relationSql(dialectOf('postgres'), { connection: 'pg', table: 'public."odd ""name"" t"' });
      expect(await pg.client.query(`select count(*) as n, count(id) as c, sum(id) as s from ${from}`)).toEqual([{ n: 3, c: 2, s: 3 }]);
    } finally { await pg.client.close(); }
  });
});
