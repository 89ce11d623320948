#!/usr/bin/env node
// No-change and detection rates of the drift methods on real tables (issue #12).
//
//   node bench/drift-real/run.mjs [--seeds 10] [--tables weather.csv,cars.json] [--methods robust,significant,auto] [--json out.json]
//
// For each table of tables.mjs and each seed: shuffle the rows, write the two halves as CSV,
// profile both files and compare them exactly as `datagate compare` does (loadSnapshotProfile,
// compareProfiles). No change: is any column flagged? Then one column of the current half is
// changed — a 0.25-std mean shift, ×1.5 spread about the mean, 10 points of rows moved from the
// most frequent category to the second, 10% of rows set to null — and we ask whether that
// column is flagged, and whether any other column is. The changed column rotates with the seed
// over the table's eligible columns. Seeded: the same numbers on every run.

import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadTable, TABLES } from './tables.mjs';
import { compileEntry } from '../compile.mjs';

const { values: args } = parseArgs({ options: { seeds: { type: 'string', default: '10' }, tables: { type: 'string' }, methods: { type: 'string', default: 'robust,significant,auto' }, json: { type: 'string' } } });
const SEEDS = Number(args.seeds);
const METHODS = args.methods.split(',');
const tables = args.tables ? TABLES.filter((table) => args.tables.split(',').includes(table.file)) : TABLES;

const { module: dg, out } = await compileEntry('bench/drift-real/entry.ts', 'datagate-drift-real-');
const data = join(out, 'data');
execFileSync('mkdir', ['-p', data]);

// ---------------------------------------------------------------- seeded helpers
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function shuffled(length, next) {
  const order = Array.from({ length }, (_, i) => i);
  for (let i = length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}
const quote = (cell) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
function writeCsv(file, columns, rows) {
  writeFileSync(file, [columns.map(quote).join(','), ...rows.map((row) => row.map(quote).join(','))].join('\n') + '\n');
}
async function profileOf(name, columns, rows) {
  const file = join(data, name);
  writeCsv(file, columns, rows);
  return dg.loadSnapshotProfile(file);
}

/** A table's own seed offset, so a run of some tables reproduces their rows of the full run. */
function nameHash(name) {
  let hash = 2166136261;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash % 100_003;
}

// ---------------------------------------------------------------- changes
const isNumeric = (column) => column.type === 'integer' || column.type === 'number';
const isCategory = (column) => column.type === 'string' || column.type === 'boolean';

function eligible(profile) {
  const keyless = profile.columns.filter((column) => !dg.identifierReason(column));
  return {
    shift: keyless.filter((column) => isNumeric(column) && column.std > 0).map((column) => column.name),
    spread: keyless.filter((column) => isNumeric(column) && column.std > 0).map((column) => column.name),
    mix: keyless.filter((column) => isCategory(column) && column.top?.length >= 2 && column.top[0].count >= 0.1 * column.count).map((column) => column.name),
    nulls: profile.columns.filter((column) => column.nulls <= 0.5 * (column.count + column.nulls) && column.count > 0).map((column) => column.name),
  };
}

/** A copy of `rows` with column `index` changed by `kind`. */
function change(kind, rows, index, baselineColumn, next) {
  const copy = rows.map((row) => row.slice());
  const present = copy.filter((row) => row[index] !== '');
  if (kind === 'shift') {
    for (const row of present) row[index] = String(Number(row[index]) + 0.25 * baselineColumn.std);
  } else if (kind === 'spread') {
    const mean = present.reduce((total, row) => total + Number(row[index]), 0) / present.length;
    for (const row of present) row[index] = String(mean + 1.5 * (Number(row[index]) - mean));
  } else if (kind === 'mix') {
    const counts = new Map();
    for (const row of present) counts.set(row[index], (counts.get(row[index]) ?? 0) + 1);
    const [[top], [second]] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const moved = Math.round(0.1 * present.length);
    const candidates = present.filter((row) => row[index] === top);
    if (candidates.length < moved) return undefined;
    for (const i of shuffled(candidates.length, next).slice(0, moved)) candidates[i][index] = second;
  } else {
    const nulled = Math.round(0.1 * copy.length);
    if (present.length < nulled) return undefined;
    for (const i of shuffled(present.length, next).slice(0, nulled)) present[i][index] = '';
  }
  return copy;
}

// ---------------------------------------------------------------- run
const KINDS = ['shift', 'spread', 'mix', 'nulls'];
const results = [];
const started = Date.now();
for (const table of tables) {
  const { columns, rows } = loadTable(table.file);
  for (let seed = 1; seed <= SEEDS; seed += 1) {
    const next = random(seed * 7919 + nameHash(table.file));
    const order = shuffled(rows.length, next);
    const half = Math.floor(rows.length / 2);
    const baselineRows = order.slice(0, half).map((i) => rows[i]);
    const currentRows = order.slice(half).map((i) => rows[i]);
    const baseline = await profileOf('baseline.csv', columns, baselineRows);
    const current = await profileOf('current.csv', columns, currentRows);
    for (const method of METHODS) {
      const { drift, schema } = dg.compareProfiles(table.file, baseline, current, { method });
      const judged = drift.columns.filter((column) => dg.isCompared(column) || column.nulls);
      const flagged = drift.columns.filter((column) => column.drifted);
      if (process.env.DRIFT_REAL_DEBUG && method === METHODS[0]) for (const column of flagged) process.stderr.write(`no change ${table.file} seed ${seed}: ${column.explanation} ${JSON.stringify(column.tests)}\n`);
      const breaking = [schema.changed, schema.nullability].flat().filter((entry) => entry.breaking).length;
      results.push({ table: table.file, holdout: !!table.holdout, seed, method, kind: 'none', judged: judged.length, flagged: flagged.map((column) => column.name), breaking });
    }
    const choices = eligible(baseline);
    for (const kind of KINDS) {
      const names = choices[kind];
      if (names.length === 0) continue;
      const name = names[seed % names.length];
      const changed = change(kind, currentRows, columns.indexOf(name), baseline.columns.find((column) => column.name === name), next);
      if (!changed) continue;
      const changedProfile = await profileOf('changed.csv', columns, changed);
      for (const method of METHODS) {
        const { drift } = dg.compareProfiles(table.file, baseline, changedProfile, { method });
        const target = drift.columns.find((column) => column.name === name);
        const others = drift.columns.filter((column) => column.name !== name && column.drifted).map((column) => column.name);
        if (process.env.DRIFT_REAL_DEBUG && method === METHODS[0] && (!target?.drifted || others.length)) process.stderr.write(`${kind} ${table.file} seed ${seed}: ${target?.explanation} ${JSON.stringify(target?.tests)} ${target?.note}; others: ${drift.columns.filter((column) => column.drifted && column.name !== name).map((column) => column.explanation).join(' | ')}\n`);
        results.push({ table: table.file, holdout: !!table.holdout, seed, method, kind, column: name, detected: !!target?.drifted, others });
      }
    }
  }
  process.stderr.write(`${table.file} (${rows.length} rows) done, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}
rmSync(out, { recursive: true, force: true });
if (args.json) writeFileSync(args.json, JSON.stringify(results, null, 1));

// ---------------------------------------------------------------- tables
const percent = (x) => (Number.isNaN(x) ? '–' : `${(100 * x).toFixed(1)}%`);
const share = (list, test) => (list.length ? list.filter(test).length / list.length : Number.NaN);
const sum = (list, f) => list.reduce((total, item) => total + f(item), 0);
const groups = [['tuning', false], ['holdout', true]];

console.log(`### No change: seeded random halves (${SEEDS} seeds a table)\n`);
console.log('| tables | method | runs | runs with any column flagged | columns flagged | breaking schema changes |');
console.log('|---|---|---|---|---|---|');
for (const [label, holdout] of groups) {
  for (const method of METHODS) {
    const runs = results.filter((r) => r.kind === 'none' && r.holdout === holdout && r.method === method);
    if (!runs.length) continue;
    const columnsFlagged = sum(runs, (r) => r.flagged.length) / sum(runs, (r) => r.judged);
    console.log(`| ${label} (${new Set(runs.map((r) => r.table)).size}) | ${method} | ${runs.length} | ${percent(share(runs, (r) => r.flagged.length > 0))} | ${percent(columnsFlagged)} | ${sum(runs, (r) => r.breaking)} |`);
  }
}

console.log('\n### Detection: one column changed in the current half\n');
console.log(`| change | tables | ${METHODS.map((m) => `${m}: detected | ${m}: nothing else flagged`).join(' | ')} |`);
console.log(`|---|---|${METHODS.map(() => '---|---').join('|')}|`);
const LABEL = { shift: 'mean +0.25 std', spread: 'spread ×1.5', mix: '10 points between two categories', nulls: '+10 points nulls' };
for (const kind of KINDS) {
  for (const [label, holdout] of groups) {
    const cells = METHODS.map((method) => {
      const runs = results.filter((r) => r.kind === kind && r.holdout === holdout && r.method === method);
      return `${percent(share(runs, (r) => r.detected))} | ${percent(share(runs, (r) => r.others.length === 0))}`;
    });
    const runs = results.filter((r) => r.kind === kind && r.holdout === holdout && r.method === METHODS[0]);
    console.log(`| ${LABEL[kind]} | ${label} (${runs.length} runs) | ${cells.join(' | ')} |`);
  }
}

console.log('\n### Per table (first method): no-change runs flagged; detection misses\n');
console.log('| table | rows | no change: runs flagged | flagged columns | misses (column: count) |');
console.log('|---|---|---|---|---|');
for (const table of tables) {
  const mine = results.filter((r) => r.table === table.file && r.method === METHODS[0]);
  const none = mine.filter((r) => r.kind === 'none');
  const flaggedNames = {};
  for (const r of none) for (const name of r.flagged) flaggedNames[name] = (flaggedNames[name] ?? 0) + 1;
  const misses = {};
  for (const r of mine.filter((x) => x.kind !== 'none' && !x.detected)) misses[`${r.kind} ${r.column}`] = (misses[`${r.kind} ${r.column}`] ?? 0) + 1;
  const { rows } = loadTable(table.file);
  console.log(`| ${table.file}${table.holdout ? ' (holdout)' : ''} | ${rows.length} | ${percent(share(none, (r) => r.flagged.length > 0))} | ${Object.entries(flaggedNames).map(([n, c]) => `${n}: ${c}`).join(', ')} | ${Object.entries(misses).map(([n, c]) => `${n}: ${c}`).join(', ')} |`);
}
