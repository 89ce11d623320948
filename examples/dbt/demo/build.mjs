// Builds the demo warehouse the way `dbt build` would, with DuckDB instead of PostgreSQL:
// production (schema analytics) from the models as on main (production/ overrides models/),
// the pull request (schema analytics_ci) from models/. Seeds load into both schemas.
// Usage: node examples/dbt/demo/build.mjs [folder]   (writes <folder>/warehouse.duckdb; default: this folder)

import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

const here = path.dirname(fileURLToPath(import.meta.url));
const project = path.join(here, '..');
const out = path.resolve(process.argv[2] ?? here);
const file = path.join(out, 'warehouse.duckdb');
rmSync(file, { force: true });

const targets = [
  { schema: 'analytics', models: [path.join(here, 'production'), path.join(project, 'models')] },
  { schema: 'analytics_ci', models: [path.join(project, 'models')] },
];
const seeds = { raw_orders: { order_id: 'INTEGER', customer_id: 'INTEGER', status: 'VARCHAR', amount_cents: 'INTEGER', ordered_at: 'TIMESTAMP' } };
const models = ['orders', 'customers']; // in dependency order
const quote = (name) => `"${name.replaceAll('"', '""')}"`;
const literal = (text) => `'${text.replaceAll("'", "''")}'`;

const instance = await DuckDBInstance.create(file);
const connection = await instance.connect();
for (const target of targets) {
  await connection.run(`create schema ${quote(target.schema)}`);
  for (const [seed, columns] of Object.entries(seeds)) {
    const types = `{${Object.entries(columns).map(([name, type]) => `${literal(name)}: ${literal(type)}`).join(', ')}}`;
    await connection.run(`create table ${quote(target.schema)}.${quote(seed)} as select * from read_csv(${literal(path.join(project, 'seeds', `${seed}.csv`))}, header = true, columns = ${types})`);
  }
  for (const model of models) {
    const folder = target.models.find((dir) => existsSync(path.join(dir, `${model}.sql`)));
    const sql = readFileSync(path.join(folder, `${model}.sql`), 'utf8').replace(/\{\{\s*ref\('([^']+)'\)\s*\}\}/g, (_, name) => `${quote(target.schema)}.${quote(name)}`);
    await connection.run(`create table ${quote(target.schema)}.${quote(model)} as ${sql}`);
  }
}
connection.closeSync();
instance.closeSync();
console.log(`built ${file}`);
