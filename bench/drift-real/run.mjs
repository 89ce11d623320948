#!/usr/bin/env node
// No-change and detection rates of the drift methods on real tables (issue #12).
//
//   node bench/drift-real/run.mjs [--seeds 10] [--tables weather.csv,cars.json] [--methods robust,significant,auto] [--json out.json] [--mix-from current|baseline]
//
// For each table of tables.mjs and each seed: shuffle the rows, write the two halves as CSV,
// profile both files and compare them exactly as `datagate compare` does (loadSnapshotProfile,
// compareProfiles). No change: is any column flagged? Then one column of the current half is
// changed — a 0.25-std mean shift, ×1.5 spread about the mean, 10 points of rows moved from the
// most frequent category to the second, 10% of rows set to null — and we ask whether that
// column is flagged, and whether any other column is. The changed column rotates with the seed
// over the table's eligible columns. Seeded: the same numbers on every run.
// Each change is also put to its oracle (oracle.mjs): the most powerful test that knows the
// column and the change, unadjusted: the ceiling of detection on those halves.

import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadTable, TABLES } from './tables.mjs';
import { compileEntry } from '../compile.mjs';
import { analyticShiftPower, oracle } from './oracle.mjs';

const { values: args } = parseArgs({ options: { seeds: { type: 'string', default: '10' }, tables: { type: 'string' }, methods: { type: 'string', default: 'robust,significant,auto' }, json: { type: 'string' }, 'mix-from': { type: 'string', default: 'current' } } });
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

/** A copy of `rows` with column `index` changed by `kind`, and the two categories a mix moved. */
function change(kind, rows, index, baselineColumn, next, tableTop) {
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
    let [[top], [second]] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    // By default the two categories are the current half's two most frequent. Where two are nearly
    // tied (seattle-weather: rain 641, sun 640 rows) that picks the one the split happened to favour
    // there, so part of the move only undoes the split's noise; `--mix-from baseline` picks the
    // baseline half's two (biased the other way for a near-tied second), `--mix-from table` the
    // whole table's, which do not depend on the split (POWER-NOTES.md).
    const from = args['mix-from'] === 'baseline' ? baselineColumn.top : args['mix-from'] === 'table' ? tableTop : undefined;
    if (from?.length >= 2) [top, second] = [from[0].value, from[1].value];
    const moved = Math.round(0.1 * present.length);
    const candidates = present.filter((row) => row[index] === top);
    if (candidates.length < moved) return undefined;
    for (const i of shuffled(candidates.length, next).slice(0, moved)) candidates[i][index] = second;
    return { rows: copy, moved: [top, second] };
  } else {
    const nulled = Math.round(0.1 * copy.length);
    if (present.length < nulled) return undefined;
    for (const i of shuffled(present.length, next).slice(0, nulled)) present[i][index] = '';
  }
  return { rows: copy };
}

/** The whole table's two most frequent values of a column, as a profile's `top` lists them. */
function tableTop(rows, index) {
  const counts = new Map();
  for (const row of rows) if (row[index] !== '') counts.set(row[index], (counts.get(row[index]) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 2).map(([value, count]) => ({ value, count }));
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
    // What the report says `robust` could not have seen, per column, with no change.
    const detectable = new Map();
    let family = 0;
    for (const method of METHODS) {
      const { drift, schema } = dg.compareProfiles(table.file, baseline, current, { method });
      if (method === 'robust') for (const column of drift.columns) if (column.detectable) detectable.set(column.name, column.detectable);
      // How many tests a method that watches every column runs: one per compared column, one per null-rate check.
      if (method === METHODS[0]) family = drift.columns.filter((column) => dg.isCompared(column)).length + drift.columns.filter((column) => column.nulls).length;
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
      const index = columns.indexOf(name);
      const changedRun = change(kind, currentRows, index, baseline.columns.find((column) => column.name === name), next, kind === 'mix' ? tableTop(rows, index) : undefined);
      if (!changedRun) continue;
      const changed = changedRun.rows;
      const ceiling = oracle(dg, kind, baselineRows.map((row) => row[index]), changed.map((row) => row[index]), changedRun.moved);
      const present = (list) => list.filter((row) => row[index] !== '').length;
      const analytic = kind === 'shift' ? analyticShiftPower(dg, present(baselineRows), present(changed)) : undefined;
      const changedProfile = await profileOf('changed.csv', columns, changed);
      for (const method of METHODS) {
        const { drift } = dg.compareProfiles(table.file, baseline, changedProfile, { method });
        const target = drift.columns.find((column) => column.name === name);
        const others = drift.columns.filter((column) => column.name !== name && column.drifted).map((column) => column.name);
        if (process.env.DRIFT_REAL_DEBUG && method === METHODS[0] && (!target?.drifted || others.length)) process.stderr.write(`${kind} ${table.file} seed ${seed}: ${target?.explanation} ${JSON.stringify(target?.tests)} ${target?.note}; others: ${drift.columns.filter((column) => column.drifted && column.name !== name).map((column) => column.explanation).join(' | ')}\n`);
        results.push({
          table: table.file, holdout: !!table.holdout, seed, method, kind, column: name, detected: !!target?.drifted, others,
          oracle: ceiling.oneSided < 0.05, oracleTwoSided: ceiling.twoSided < 0.05, oracleBonferroni: ceiling.twoSided < 0.05 / Math.max(1, family), oracleF: ceiling.f === undefined ? undefined : ceiling.f < 0.05, analytic, values: present(baselineRows), currentValues: present(changed),
          detectable: detectable.get(name),
        });
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

// ---------------------------------------------------------------- the ceiling
const rate = (runs, test) => percent(share(runs, test));
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor((list.length - 1) / 2)];
const detectionRuns = (filter) => results.filter((r) => r.kind !== 'none' && filter(r));
const detectedBy = (runs, method) => {
  const mine = runs.filter((r) => r.method === method);
  return rate(mine, (r) => r.detected);
};
const firstOf = (runs) => runs.filter((r) => r.method === METHODS[0]);

console.log('\n### The ceiling: each change put to its oracle\n');
console.log('The oracle is the single most powerful test that knows which column changed and how (Student\'s t for the shift, Brown–Forsythe for the spread, the two-proportion z-test on the two categories that moved, and on nulls), at α = 0.05 unadjusted, on the same halves: no method that watches every column with false-alarm control can detect more often. One-sided is the strict ceiling (the direction known); two-sided is the best a test that does not know the direction could do; "two-sided / m" is that test at 0.05 over the m tests of the table (its compared columns and null-rate checks, Bonferroni): roughly what knowing the kind of change but not the column would allow. Last column: detection by the first method among the runs the one-sided oracle detects.\n');
console.log(`| change | tables | runs | oracle (one-sided) | oracle (two-sided) | oracle (two-sided / m) | ${METHODS.join(' | ')} | ${METHODS[0]} where the oracle detects |`);
console.log(`|---|---|---|---|---|---|${METHODS.map(() => '---|').join('')}---|`);
for (const kind of KINDS) {
  for (const [label, holdout] of groups) {
    const runs = detectionRuns((r) => r.kind === kind && r.holdout === holdout);
    const first = firstOf(runs);
    if (!first.length) continue;
    console.log(`| ${LABEL[kind]} | ${label} | ${first.length} | ${rate(first, (r) => r.oracle)} | ${rate(first, (r) => r.oracleTwoSided)} | ${rate(first, (r) => r.oracleBonferroni)} | ${METHODS.map((m) => detectedBy(runs, m)).join(' | ')} | ${rate(first.filter((r) => r.oracle), (r) => r.detected)} |`);
  }
}
const spreadRuns = firstOf(detectionRuns((r) => r.kind === 'spread'));
console.log(`\nSpread, for comparison: the one-sided F-test on variances detects ${rate(spreadRuns, (r) => r.oracleF)} of the ${spreadRuns.length} runs (Brown–Forsythe ${rate(spreadRuns, (r) => r.oracle)}); F assumes normal data and is not a valid ceiling on heavy-tailed columns.`);

console.log('\n### The ceiling per table and change\n');
console.log(`| table | change | runs | oracle (one-sided) | oracle (two-sided) | oracle (two-sided / m) | ${METHODS.join(' | ')} | ${METHODS[0]} where the oracle detects |`);
console.log(`|---|---|---|---|---|---|${METHODS.map(() => '---|').join('')}---|`);
for (const table of tables) {
  for (const kind of KINDS) {
    const runs = detectionRuns((r) => r.kind === kind && r.table === table.file);
    const first = firstOf(runs);
    if (!first.length) continue;
    const hits = first.filter((r) => r.oracle);
    console.log(`| ${table.file}${table.holdout ? ' (holdout)' : ''} | ${LABEL[kind]} | ${first.length} | ${rate(first, (r) => r.oracle)} | ${rate(first, (r) => r.oracleTwoSided)} | ${rate(first, (r) => r.oracleBonferroni)} | ${METHODS.map((m) => detectedBy(runs, m)).join(' | ')} | ${hits.length ? `${rate(hits, (r) => r.detected)} (${hits.filter((r) => r.detected).length}/${hits.length})` : '–'} |`);
  }
}

console.log('\n### The oracle against its analytic power: mean +0.25 std\n');
console.log('Normal approximation of the one-sided t-test: power = Φ(0.25 / √(1/n₁ + 1/n₂) − z₀.₉₅), n the non-null values of each half; averaged over the table\'s runs.\n');
console.log('| table | runs | values per half (median) | analytic power | oracle detected |');
console.log('|---|---|---|---|---|');
const shiftRuns = firstOf(detectionRuns((r) => r.kind === 'shift'));
for (const table of tables) {
  const runs = shiftRuns.filter((r) => r.table === table.file);
  if (!runs.length) continue;
  console.log(`| ${table.file} | ${runs.length} | ${median(runs.map((r) => r.values))} | ${percent(sum(runs, (r) => r.analytic) / runs.length)} | ${rate(runs, (r) => r.oracle)} |`);
}
console.log(`| all | ${shiftRuns.length} | | ${percent(sum(shiftRuns, (r) => r.analytic) / shiftRuns.length)} | ${rate(shiftRuns, (r) => r.oracle)} |`);

if (METHODS.includes('robust')) {
  console.log('\n### What the report said it could see, against what `robust` saw\n');
  console.log('`detectable` of the changed column in the no-change comparison of the same seed (the smallest change `robust` catches 4 times in 5 at those sizes); the injected changes are 0.25 std and 10 points.\n');
  console.log('| change | runs said detectable | robust detected | runs said possibly missed | robust detected | robust\'s predicted power at the change (mean) | robust detected (all) |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [kind, field, target] of [['shift', 'meanShift', 0.25], ['mix', 'categoryShare', 0.1]]) {
    const runs = detectionRuns((r) => r.kind === kind && r.method === 'robust' && r.detectable?.[field] !== undefined);
    const said = runs.filter((r) => r.detectable[field] <= target);
    const missed = runs.filter((r) => r.detectable[field] > target);
    // The formula behind `detectable`, run forwards: the power of a shift of 0.25 std at the column's level.
    const predicted = kind === 'shift' ? percent(sum(runs, (r) => dg.noncentralChiSquareSurvival(dg.chiSquareCritical(r.detectable.alpha, 1), 1, 0.0625 / (1 / r.values + 1 / r.currentValues))) / runs.length) : '–';
    console.log(`| ${LABEL[kind]} | ${said.length} | ${rate(said, (r) => r.detected)} | ${missed.length} | ${rate(missed, (r) => r.detected)} | ${predicted} | ${rate(runs, (r) => r.detected)} |`);
  }
}
