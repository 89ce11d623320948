// Loading the SciPy fixtures of __tests__/fixtures/stats (made by scripts/scipy/gen_drift.py) and
// regenerating their large inputs bit for bit.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WeightedSample } from '../../src/profile/types.js';
import { exactSample } from '../../src/stats/index.js';

export interface GeneratorSpec { seed: number; n: number; k: number; scale: number; shift: number; round?: boolean }
export type SampleInput = number[] | GeneratorSpec;

const directory = join(process.cwd(), '__tests__', 'fixtures', 'stats');

export function loadCases<T>(name: string): T[] {
  return (JSON.parse(readFileSync(join(directory, `${name}.json`), 'utf8')) as { cases: T[] }).cases;
}

/** Irwin–Hall sums of Park–Miller uniforms: every value a dyadic rational, identical to numpy's. */
export function generate(spec: GeneratorSpec): Float64Array {
  let state = spec.seed;
  const values = new Float64Array(spec.n);
  for (let i = 0; i < spec.n; i += 1) {
    let total = 0;
    for (let j = 0; j < spec.k; j += 1) {
      state = (state * 48271) % 2147483647;
      total += state / 2147483648;
    }
    values[i] = total * spec.scale + spec.shift;
    if (spec.round) values[i] = Math.floor(values[i]);
  }
  return values;
}

export function materialise(input: SampleInput): Float64Array {
  return Array.isArray(input) ? Float64Array.from(input) : generate(input);
}

export interface SamplePair { name: string; baseline: WeightedSample; current: WeightedSample }

let pairs: Map<string, SamplePair> | undefined;

export function samplePair(name: string): SamplePair {
  if (!pairs) {
    pairs = new Map();
    for (const raw of loadCases<{ name: string; baseline: SampleInput; current: SampleInput }>('samples')) {
      pairs.set(raw.name, { name: raw.name, baseline: exactSample(materialise(raw.baseline)), current: exactSample(materialise(raw.current)) });
    }
  }
  const pair = pairs.get(name);
  if (!pair) throw new Error(`no sample pair ${name}`);
  return pair;
}

/** |actual − expected| within `relative` of |expected|, or within `absolute` near zero. */
export function close(actual: number, expected: number, relative = 1e-9, absolute = 1e-300): boolean {
  return Math.abs(actual - expected) <= Math.max(relative * Math.abs(expected), absolute);
}
