// Snowflake and Databricks have no fake server here: their clients are constructed for real and
// must fail cleanly (a user error naming the engine, no credential in it) on a closed port.

import { describe, expect, it } from '@jest/globals';
import { openDatabricks } from '../../../src/warehouse/clients/databricks.js';
import { openSnowflake } from '../../../src/warehouse/clients/snowflake.js';
import { closedPort } from './fakeHttp.js';

async function failure(opening: Promise<unknown>): Promise<Error> {
  const outcome = await opening.then(() => null, (error: unknown) => error as Error);
  if (!outcome) throw new Error('expected the connection to fail');
  return outcome;
}

describe('Snowflake client', () => {
  it('fails cleanly on a closed port, without the password', async () => {
    const port = await closedPort();
    const error = await failure(openSnowflake({ account: 'acme-ci', user: 'datagate', password: 'sn0w-secret', warehouse: 'ci_wh', accessUrl: `http://127.0.0.1:${port}`, timeoutMs: 90_000 }));
    expect(error.name).toBe('UserError');
    expect(error.message).toMatch(/^Snowflake account acme-ci: can't connect/);
    expect(`${error.message}\n${error.stack}`).not.toContain('sn0w-secret');
  }, 120_000);

  it('needs a password or a private key', async () => {
    await expect(openSnowflake({ account: 'acme-ci', user: 'datagate' })).rejects.toThrow('Snowflake account acme-ci: needs a password or a private_key (from the environment)');
  });
});

describe('Databricks client', () => {
  // Its closed-port test runs from the bundle under Node 24 (bundle/bundle.test.ts): the client
  // requires an ESM-only dependency (uuid), which jest's module system can't below Node 24.9.
  it('a host given as a URL is a user error', async () => {
    await expect(openDatabricks({ host: 'https://dbc-1.cloud.databricks.com', path: '/sql/1.0/warehouses/abc', token: 't' })).rejects.toThrow('Databricks: host is a host name, without https:// or a path');
  });
});
