#!/usr/bin/env node
// False-alarm and detection rates of datagate's drift defaults (`auto`), on synthetic data.
//
//   node bench/drift-rates.mjs [--quick]
//
// Compiles bench/drift/entry.ts (and the src/ files it imports) with tsc into a temp folder, then:
// 1. no-drift pairs: two independent samples of one distribution, many times, at 1k/10k/100k rows;
// 2. two random halves of one 1M-row dataset;
// 3. detection of a mean shift of 0.1/0.25/0.5 std and of a 10-point category-mix change;
// 4. KS D from sketches vs exact at 10⁶ values.
// Prints Markdown tables. Seeded: the same numbers on every run.

import { compileEntry } from './compile.mjs';

const { module: dg } = await compileEntry('bench/drift/entry.ts', 'datagate-drift-bench-');

const quick = process.argv.includes('--quick');

// ---------------------------------------------------------------- seeded data
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
function normal(next) {
  return Math.sqrt(-2 * Math.log(next() || 1e-12)) * Math.cos(2 * Math.PI * next());
}
function sampler(weights) {
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative = [];
  let running = 0;
  for (const w of weights) cumulative.push((running += w) / total);
  return (u) => {
    let lo = 0, hi = cumulative.length - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (u < cumulative[mid]) hi = mid; else lo = mid + 1; }
    return lo;
  };
}
const CATEGORY = ['a', 'b', 'c', 'd', 'e'];
const CATEGORY_WEIGHTS = [0.4, 0.25, 0.15, 0.12, 0.08];
const CATEGORY_SHIFTED = [0.3, 0.35, 0.15, 0.12, 0.08]; // 10 points moved from a to b
const CITIES = Array.from({ length: 2000 }, (_, i) => `city${i}`);
const cityIndex = sampler(CITIES.map((_, i) => 1 / (i + 1) ** 1.1));

/** One table: normal, skewed, integer (ties), category (5), city (2,000, Zipf), flag. */
function table(seed, rows, { shift = 0, mix = CATEGORY_WEIGHTS } = {}) {
  const next = random(seed);
  const categoryIndex = sampler(mix);
  const columns = { normal: [], skewed: [], integer: [], category: [], city: [], flag: [] };
  for (let i = 0; i < rows; i += 1) {
    columns.normal.push(50 + 10 * (normal(next) + shift));
    columns.skewed.push(Math.exp(normal(next)));
    columns.integer.push(Math.round(20 + 4 * normal(next)));
    columns.category.push(CATEGORY[categoryIndex(next())]);
    columns.city.push(CITIES[cityIndex(next())]);
    columns.flag.push(next() < 0.3 ? 'true' : 'false');
  }
  return columns;
}

function profile(columns, from = 0, to = Object.values(columns)[0].length, pick) {
  const names = Object.keys(columns);
  const profiler = new dg.Profiler();
  const step = 50_000;
  for (let start = from; start < to; start += step) {
    const end = Math.min(to, start + step);
    const data = names.map((name) => (pick ? pick.slice(start, end).map((i) => columns[name][i]) : columns[name].slice(start, end)));
    profiler.add({ columns: names, data, length: end - start, firstRow: start + 1, file: 'bench' });
  }
  return profiler.finish();
}

const NAMES = ['normal', 'skewed', 'integer', 'category', 'city', 'flag'];
const pickColumn = (columns, name) => ({ [name]: columns[name] });
const percent = (x) => `${(100 * x).toFixed(1)}%`;

// ---------------------------------------------------------------- 1. no-drift pairs
// `auto` is the default (DESIGN.md); `significant` is datagate's own rule, measured side by side.
const METHODS = ['auto', 'significant'];
const sizes = quick ? [[1000, 40], [10000, 10], [100000, 3]] : [[1000, 200], [10000, 60], [100000, 12]];
const falseAlarms = [];
let seed = 1;
for (const [rows, repeats] of sizes) {
  for (const method of METHODS) falseAlarms.push({ rows, repeats, method, flagged: Object.fromEntries(NAMES.map((n) => [n, 0])), methods: {}, datasetFlagged: 0 });
  const rowsOf = falseAlarms.slice(-METHODS.length);
  for (let r = 0; r < repeats; r += 1) {
    const baseline = profile(table(seed++, rows));
    const current = profile(table(seed++, rows));
    for (const row of rowsOf) {
      const drift = dg.compareDrift(baseline, current, { method: row.method });
      for (const column of drift.columns) {
        if (column.drifted) row.flagged[column.name] += 1;
        row.methods[column.name] = column.method;
      }
      if (drift.drifted) row.datasetFlagged += 1;
    }
  }
  process.stderr.write(`no-drift ${rows} done\n`);
}

console.log('### False alarms: share of no-drift pairs flagged\n');
console.log(`| rows per side | pairs | method | ${NAMES.join(' | ')} | dataset drifted |`);
console.log(`|---|---|---|${NAMES.map(() => '---').join('|')}|---|`);
for (const row of falseAlarms) {
  const cell = (n) => (row.method === 'auto' ? `${percent(row.flagged[n] / row.repeats)} (${row.methods[n]})` : percent(row.flagged[n] / row.repeats));
  console.log(`| ${row.rows.toLocaleString('en')} | ${row.repeats} | ${row.method} | ${NAMES.map(cell).join(' | ')} | ${percent(row.datasetFlagged / row.repeats)} |`);
}

// ---------------------------------------------------------------- 2. halves of 1M rows
const million = quick ? 200_000 : 1_000_000;
const big = table(424242, million);
const order = Array.from({ length: million }, (_, i) => i);
const shuffle = random(99);
for (let i = million - 1; i > 0; i -= 1) { const j = Math.floor(shuffle() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
const halfA = profile(big, 0, million / 2, order);
const halfB = profile(big, million / 2, million, order);
console.log(`\n### Two random halves of one ${million.toLocaleString('en')}-row dataset\n`);
console.log('| column | method | score | p-value | threshold | drifted |');
console.log('|---|---|---|---|---|---|');
for (const method of METHODS) {
  const halves = dg.compareDrift(halfA, halfB, { method });
  for (const column of halves.columns) {
    const p = column.pValue === null ? '–' : column.pValue.toPrecision(2);
    console.log(`| ${column.name} | ${column.method} | ${column.score.toPrecision(3)} | ${p} | ${column.threshold} | ${column.drifted ? '**yes**' : 'no'} |`);
  }
  console.log(`| **dataset** (${method}) | | share ${halves.share} | | 0.5 | ${halves.drifted ? '**yes**' : 'no'} |`);
}
process.stderr.write('halves done\n');

// ---------------------------------------------------------------- 3. detection
const detectionSizes = quick ? [[1000, 20], [10000, 6], [100000, 2]] : [[1000, 100], [10000, 30], [100000, 6]];
const scenarios = [
  { label: 'mean shift 0.1 std', column: 'normal', options: { shift: 0.1 } },
  { label: 'mean shift 0.25 std', column: 'normal', options: { shift: 0.25 } },
  { label: 'mean shift 0.5 std', column: 'normal', options: { shift: 0.5 } },
  { label: 'category mix, 10 points', column: 'category', options: { mix: CATEGORY_SHIFTED } },
];
console.log('\n### Detection rate: share of shifted pairs flagged\n');
console.log(`| change | method | ${detectionSizes.map(([rows, repeats]) => `${rows.toLocaleString('en')} rows (${repeats} pairs)`).join(' | ')} |`);
console.log(`|---|---|${detectionSizes.map(() => '---').join('|')}|`);
for (const scenario of scenarios) {
  const detected = Object.fromEntries(METHODS.map((m) => [m, detectionSizes.map(() => 0)]));
  const used = Object.fromEntries(METHODS.map((m) => [m, detectionSizes.map(() => '')]));
  detectionSizes.forEach(([rows, repeats], s) => {
    for (let r = 0; r < repeats; r += 1) {
      const baseline = profile(pickColumn(table(seed++, rows), scenario.column));
      const current = profile(pickColumn(table(seed++, rows, scenario.options), scenario.column));
      for (const method of METHODS) {
        const column = dg.compareDrift(baseline, current, { method }).columns[0];
        used[method][s] = column.method;
        if (column.drifted) detected[method][s] += 1;
      }
    }
  });
  for (const method of METHODS) {
    const cells = detectionSizes.map(([, repeats], s) => (method === 'auto' ? `${percent(detected[method][s] / repeats)} (${used[method][s]})` : percent(detected[method][s] / repeats)));
    console.log(`| ${scenario.label} | ${method} | ${cells.join(' | ')} |`);
  }
  process.stderr.write(`${scenario.label} done\n`);
}

// ---------------------------------------------------------------- 4. sketch bound
console.log('\n### KS D from sketches vs exact, 10⁶ values a side\n');
console.log('| shift | exact D | sketch D | error |');
console.log('|---|---|---|---|');
for (const shift of [0, 0.02, 0.1]) {
  const next = random(7 + shift * 1000);
  const a = Float64Array.from({ length: 1_000_000 }, () => normal(next));
  const b = Float64Array.from({ length: 1_000_000 }, () => normal(next) + shift);
  const pa = profile({ v: Array.from(a) });
  const pb = profile({ v: Array.from(b) });
  const sketch = dg.ksTwoSample(dg.numericSample(pa.columns[0]), dg.numericSample(pb.columns[0])).statistic;
  const exact = dg.ksStatistic(dg.exactSample(a), dg.exactSample(b));
  console.log(`| ${shift} | ${exact.toFixed(5)} | ${sketch.toFixed(5)} | ${Math.abs(sketch - exact).toFixed(5)} |`);
}
