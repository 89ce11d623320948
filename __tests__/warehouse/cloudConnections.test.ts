// The engines CI can't run live are reachable from a config: each opens its own client (lazily)
// and an unreachable server is exit 2 naming the connection, the credential never echoed.

import { describe, expect, it } from '@jest/globals';
import { createBaselineResolver } from '../../src/baseline/index.js';
import { UserError } from '../../src/errors.js';
import { runCheck } from '../../src/run/check.js';
import { customersWorkspace, writeConfig } from './customers.js';
import { closedPort } from './clients/fakeHttp.js';

describe('cloud engines from a config', () => {
  it('trino: a closed port is exit 2 naming the connection and table, without the password', async () => {
    const dir = customersWorkspace();
    const port = await closedPort();
    const config = writeConfig(dir, 'trino.yml', {
      connections: [`tr: { engine: trino, server: "http://127.0.0.1:${port}", user: ci, password: env:TRINO_PASSWORD, timeout: 10s }`],
      current: '{ connection: tr, table: hive.analytics.customers }',
    });
    let caught: unknown;
    try {
      await runCheck({ configPath: config, env: { TRINO_PASSWORD: 'trino-secret-never-shown' }, baselineResolver: createBaselineResolver({ cwd: dir }) });
    } catch (error) { caught = error; }
    expect(caught).toBeInstanceOf(UserError);
    const message = (caught as UserError).message;
    expect(message).toContain('tr');
    expect(message).toContain('hive.analytics.customers');
    expect(message).not.toContain('trino-secret-never-shown');
  });
});
