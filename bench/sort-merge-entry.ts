// The exact values' sort and merge alone (src/profile/sortFloat64.ts, src/profile/mergeSorted.ts)
// against Float64Array.prototype.sort, the former 16-bit radix sort and the former merge, on the
// bench file's kinds of numeric column (ids, user ids, ages, money, scores) at 0.5M and 1M values;
// checks every result bit for bit against the typed array sort first. Built and run by
// bench/sort-merge.mjs.
import { mergeSorted } from '../src/profile/mergeSorted.js';
import { sortFloat64 } from '../src/profile/sortFloat64.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const KINDS = ['id', 'user_id', 'age', 'amount', 'score'];

function column(n: number, kind: number, seed: number, start = 0): Float64Array {
  const r = rng(seed);
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = r();
    v[i] = kind === 0 ? start + i + 1 : kind === 1 ? Math.floor(u * 200000) : kind === 2 ? 18 + Math.floor(u * 70) : kind === 3 ? Math.round(Math.exp(u * 8) * 100) / 100 : Math.round((u - 0.5) * 2000) / 100;
  }
  return v;
}

/** The sort this file replaced: four passes of 16 bits on order-mapped words. */
function formerSort(values: Float64Array): void {
  const n = values.length;
  if (n < 2048) {
    values.sort();
    return;
  }
  const SIGN = 0x80000000;
  let source: Uint32Array = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const words = source;
  for (let i = 0; i < n; i++) {
    const high = source[2 * i + 1];
    if (high & SIGN) {
      source[2 * i + 1] = ~high >>> 0;
      source[2 * i] = ~source[2 * i] >>> 0;
    } else source[2 * i + 1] = (high | SIGN) >>> 0;
  }
  let target: Uint32Array = new Uint32Array(2 * n);
  const counts = new Uint32Array(65_536);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(source[2 * i + word] >>> shift) & 0xffff]++;
    if (counts[(source[word] >>> shift) & 0xffff] === n) continue;
    let offset = 0;
    for (let d = 0; d < 65_536; d++) {
      const count = counts[d];
      counts[d] = offset;
      offset += count;
    }
    for (let i = 0; i < n; i++) {
      const at = counts[(source[2 * i + word] >>> shift) & 0xffff]++;
      target[2 * at] = source[2 * i];
      target[2 * at + 1] = source[2 * i + 1];
    }
    [source, target] = [target, source];
  }
  if (source !== words) words.set(source);
  for (let i = 0; i < n; i++) {
    const high = words[2 * i + 1];
    if (high & SIGN) words[2 * i + 1] = (high & 0x7fffffff) >>> 0;
    else {
      words[2 * i + 1] = ~high >>> 0;
      words[2 * i] = ~words[2 * i] >>> 0;
    }
  }
}

function formerMerge(a: Float64Array, b: Float64Array): Float64Array {
  const merged = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) merged[k++] = b[j] < a[i] ? b[j++] : a[i++];
  while (i < a.length) merged[k++] = a[i++];
  while (j < b.length) merged[k++] = b[j++];
  return merged;
}

function sameBits(x: Float64Array, y: Float64Array): boolean {
  const p = new Uint32Array(x.buffer, x.byteOffset, 2 * x.length);
  const q = new Uint32Array(y.buffer, y.byteOffset, 2 * y.length);
  return p.length === q.length && p.every((w, i) => w === q[i]);
}

// Correctness first: awkward values (signed zeros, infinities, subnormals, negatives) and every kind.
const awkward = rng(7);
const special = [0, -0, Infinity, -Infinity, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, 1, -1, 0.5, -0.5];
const mixed = Float64Array.from({ length: 50_000 }, () => (awkward() < 0.3 ? special[Math.floor(awkward() * special.length)] : (awkward() - 0.5) * 10 ** Math.floor(awkward() * 20 - 10)));
const cases: Float64Array[] = [mixed, Float64Array.from(mixed, (v) => -Math.abs(v) - 1), ...KINDS.map((_, kind) => column(100_000, kind, kind + 3))];
for (const values of cases) {
  const expected = values.slice().sort();
  const sorted = values.slice();
  sortFloat64(sorted);
  if (!sameBits(sorted, expected)) throw new Error('sortFloat64 differs from Float64Array.prototype.sort');
  const half = values.length >> 1;
  const a = values.slice(0, half).sort();
  const b = values.slice(half).sort();
  if (!sameBits(mergeSorted(a, b), formerMerge(a, b)) || !sameBits(mergeSorted(b, a), formerMerge(b, a))) throw new Error('mergeSorted differs from the former merge');
}
console.log('checked: sort and merge bit-identical to the typed array sort and the former merge');

const runs = Number(process.argv[2] ?? 5);
function time(label: string, make: () => Float64Array[], work: (inputs: Float64Array[]) => void): void {
  const ms: number[] = [];
  for (let run = 0; run < runs; run++) {
    const inputs = make();
    const started = performance.now();
    work(inputs);
    ms.push(performance.now() - started);
  }
  ms.sort((x, y) => x - y);
  console.log(`${label.padEnd(44)} median ${ms[ms.length >> 1].toFixed(1).padStart(7)} ms  (min ${ms[0].toFixed(1)})`);
}
for (const n of [500_000, 1_000_000]) {
  for (let kind = 0; kind < KINDS.length; kind++) {
    const base = column(n, kind, 11 + kind);
    const make = () => [base.slice()];
    const name = `${KINDS[kind]} ${n / 1e6}M`;
    time(`sort ${name}: typed array sort`, make, ([v]) => void v.sort());
    time(`sort ${name}: former radix`, make, ([v]) => formerSort(v));
    time(`sort ${name}: sortFloat64`, make, ([v]) => sortFloat64(v));
  }
}
for (let kind = 0; kind < KINDS.length; kind++) {
  const a = column(500_000, kind, 21 + kind).sort();
  const b = column(500_000, kind, 31 + kind, 500_000).sort();
  const name = `${KINDS[kind]} 0.5M + 0.5M`;
  time(`merge ${name}: former merge`, () => [a, b], ([x, y]) => void formerMerge(x, y));
  time(`merge ${name}: mergeSorted`, () => [a, b], ([x, y]) => void mergeSorted(x, y));
}
