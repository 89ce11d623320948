// Live engines for the warehouse tests. PostgreSQL: `.ci/run` starts a throwaway cluster and sets
// DATAGATE_TEST_PG_URL; without it, a cluster is started here in a temp folder (as the `postgres`
// user when run as root, since initdb refuses root) and stopped when the file's tests end.
// Each caller gets a database of its own, so test files can run side by side.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, chmodSync, chownSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { openPostgres } from '../../src/warehouse/clients/postgres.js';
import { openDuckDb } from '../../src/warehouse/clients/duckdb.js';
import type { SqlClient } from '../../src/warehouse/types.js';

export const PG_PASSWORD = 'datagate-test';

interface Cluster { url: string; stop(): void }
let cluster: Cluster | null = null;

function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(path.join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0]!, 'bin') : null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function startCluster(bin: string, port: number): Cluster {
  const dir = mkdtempSync(path.join(tmpdir(), 'datagate-pg-'));
  const data = path.join(dir, 'data');
  const asRoot = userInfo().uid === 0;
  const run = (command: string, args: string[]) => {
    const full = path.join(bin, command);
    const result = asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', full, ...args], { encoding: 'utf8' }) : spawnSync(full, args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
  };
  writeFileSync(path.join(dir, 'pw'), PG_PASSWORD);
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
    chownSync(path.join(dir, 'pw'), uid, gid);
  }
  chmodSync(dir, 0o700);
  run('initdb', ['-D', data, '-U', 'datagate', '--auth=scram-sha-256', `--pwfile=${path.join(dir, 'pw')}`, '-E', 'UTF8', '--locale=C']);
  run('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  return {
    url: `postgres://datagate:${PG_PASSWORD}@127.0.0.1:${port}/postgres`,
    stop() {
      try { run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']); } finally { rmSync(dir, { recursive: true, force: true }); }
    },
  };
}

/** The server's URL (to the `postgres` database), or null where no PostgreSQL is installed (never under CI). */
export async function postgresUrl(): Promise<string | null> {
  if (process.env.DATAGATE_TEST_PG_URL) return process.env.DATAGATE_TEST_PG_URL;
  if (!cluster) {
    const bin = postgresBin();
    if (!bin) {
      if (process.env.CI) throw new Error('CI: PostgreSQL is required (.ci/run starts it and sets DATAGATE_TEST_PG_URL)');
      return null;
    }
    cluster = startCluster(bin, await freePort());
  }
  return cluster.url;
}

/** Stops the cluster this file started, if any (call in afterAll). */
export function stopPostgres(): void {
  cluster?.stop();
  cluster = null;
}

/** A fresh database on the test server, and its URL; null where no PostgreSQL is installed. */
export async function freshPostgres(): Promise<{ url: string; client: SqlClient } | null> {
  const server = await postgresUrl();
  if (!server) return null;
  const admin = await openPostgres(server);
  const name = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  try { await admin.query(`CREATE DATABASE ${name}`); } finally { await admin.close(); }
  const url = server.replace(/\/[^/?]*(\?|$)/, `/${name}$1`);
  return { url, client: await openPostgres(url) };
}

/** An in-memory DuckDB. */
export function duckdbMemory(): Promise<SqlClient> {
  return openDuckDb(':memory:');
}
