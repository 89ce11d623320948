// An entry bundled by ncc the way the action is (bundle.test.ts and bench/warehouse-bundle.mjs):
// it opens one engine, named on the command line, and prints what came back as JSON.

import { openBigQuery } from '../../../src/warehouse/clients/bigquery.js';
import { openDatabricks } from '../../../src/warehouse/clients/databricks.js';
import { openDuckDb } from '../../../src/warehouse/clients/duckdb.js';
import { openPostgres } from '../../../src/warehouse/clients/postgres.js';
import { openSnowflake } from '../../../src/warehouse/clients/snowflake.js';
import { openTrino } from '../../../src/warehouse/clients/trino.js';
import type { SqlClient } from '../../../src/warehouse/types.js';

const [engine, address] = process.argv.slice(2);

async function open(): Promise<SqlClient | null> {
  switch (engine) {
    case 'none': return null;
    case 'duckdb': return openDuckDb(':memory:');
    case 'postgres': return openPostgres(address!);
    case 'trino': return openTrino({ server: address!, timeoutMs: 90_000 });
    case 'bigquery': return openBigQuery({ project: 'p', apiEndpoint: address!, timeoutMs: 90_000 });
    case 'snowflake': return openSnowflake({ account: 'acme-ci', user: 'u', password: 'entry-secret', accessUrl: address!, timeoutMs: 90_000 });
    case 'databricks': return openDatabricks({ host: '127.0.0.1', port: Number(address), path: '/sql/1.0/warehouses/x', token: 'entry-secret', timeoutMs: 90_000 });
    default: throw new Error(`unknown engine ${engine}`);
  }
}

try {
  const client = await open();
  const rows = client ? await client.query('select 42 as answer') : [];
  await client?.close();
  console.log(JSON.stringify({ rows }, (_key, value: unknown) => (typeof value === 'bigint' ? Number(value) : value)));
} catch (error) {
  console.log(JSON.stringify({ error: { name: (error as Error).name, message: (error as Error).message } }));
}
