#!/usr/bin/env node
// How often `datagate init` proposes missing-value tokens (src/init/nullTokens.ts) on real tables,
// and where: `node bench/null-tokens/run.mjs <folder of CSV files> [--json out.json]`.
//
// Measured on the CSV files of Rdatasets (github.com/vincentarelbundock/Rdatasets, csv/, 3,648
// files: R's datasets and those of 100+ packages, written by R). The token list is fixed in
// advance (pandas' default na_values, and ".", "-", "?"), not tuned: the files whose name hashes
// to 0 mod 3 are still reported apart as a holdout, as every inference choice here is.

import { createHash } from 'node:crypto';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compileEntry } from '../compile.mjs';

const { values: args, positionals } = parseArgs({ options: { json: { type: 'string' }, 'max-bytes': { type: 'string', default: '5000000' } }, allowPositionals: true });
const folder = positionals[0];
if (!folder) throw new Error('usage: node bench/null-tokens/run.mjs <folder of CSV files> [--json out.json]');
const { module: dg } = await compileEntry('bench/null-tokens/entry.ts', 'datagate-null-tokens-');

const holdout = (name) => createHash('sha256').update(name).digest()[0] % 3 === 0;
const files = readdirSync(folder).filter((name) => name.endsWith('.csv') && statSync(join(folder, name)).size <= Number(args['max-bytes'])).sort();
const split = { tuning: { tables: 0, columns: 0, proposed: 0, tokens: {} }, holdout: { tables: 0, columns: 0, proposed: 0, tokens: {} } };
const proposals = [];
let unreadable = 0;
for (const name of files) {
  let profile;
  try {
    profile = await dg.loadSnapshotProfile(join(folder, name));
  } catch {
    unreadable++;
    continue;
  }
  const side = split[holdout(name) ? 'holdout' : 'tuning'];
  side.tables++;
  side.columns += profile.columns.length;
  const tokens = dg.nullTokensOf(profile);
  if (tokens.length > 0) side.proposed++;
  for (const { token, columns } of tokens) {
    side.tokens[token] = (side.tokens[token] ?? 0) + columns.length;
    proposals.push({ file: name, holdout: holdout(name), token, columns });
  }
}
console.log(JSON.stringify({ files: files.length, unreadable, ...split }, null, 1));
for (const { file, token, columns } of proposals) console.log(`${file}\t${JSON.stringify(token)}\t${columns.map((column) => `${column.name}:${column.type}:${column.count}`).join(' ')}`);
if (args.json) writeFileSync(args.json, JSON.stringify({ split, proposals }, null, 1));
