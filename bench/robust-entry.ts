// The `robust` numeric comparison alone on six synthetic columns (0.5M baseline, 1M current, the
// bench file's kinds: ids, user ids, ages, money, scores), five runs in one process; prints the ms
// per run and the first run's verdicts (to diff two builds for bit-identical results).
//   node node_modules/@vercel/ncc/dist/ncc/cli.js build bench/robust-entry.ts -o /tmp/robust --transpile-only --quiet --target es2022
//   node /tmp/robust/index.js
import { robustNumeric } from '../src/compare/robust.js';
function rng(seed: number) { let s = seed >>> 0; return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 4294967296; }; }
function sample(n: number, kind: number, seed: number) {
  const r = rng(seed); const v = new Float64Array(n);
  for (let i = 0; i < n; i++) { const u = r(); v[i] = kind === 0 ? i + 1 : kind === 1 ? Math.floor(u * 200000) : kind === 2 ? 18 + Math.floor(u * 70) : kind === 3 ? Math.round(Math.exp(u * 8) * 100) / 100 : (u - 0.5) * 20; }
  v.sort(); return { values: v, weights: new Float64Array(n).fill(1), total: n, exact: true };
}
const cols = [0, 1, 2, 3, 4, 5].map((k) => [sample(500000, k, k + 1), sample(1000000, k, k + 100)]);
const out: string[] = [];
for (let run = 0; run < 5; run++) {
  const t = performance.now();
  for (const [a, b] of cols) out.push(JSON.stringify(robustNumeric(a, b)));
  console.log('robust ms', (performance.now() - t).toFixed(1));
}
console.log(out.slice(0, 6).join('\n'));
