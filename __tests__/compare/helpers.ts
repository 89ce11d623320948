// Profiles for compare tests, built with the real Profiler from in-memory columns.

import { Profiler } from '../../src/profile/index.js';
import type { Profile } from '../../src/profile/types.js';
import type { Cell } from '../../src/readers/types.js';

/** Profile of a table given column by column (all columns the same length). */
export function profileOf(columns: Record<string, Cell[]>, batchSize = 50_000): Profile {
  const names = Object.keys(columns);
  const length = names.length ? columns[names[0]].length : 0;
  const profiler = new Profiler();
  for (let start = 0; start < length || (start === 0 && length === 0); start += batchSize) {
    const end = Math.min(length, start + batchSize);
    profiler.add({ columns: names, data: names.map((name) => columns[name].slice(start, end)), length: end - start, firstRow: start + 1, file: 'test.csv' });
    if (length === 0) break;
  }
  return profiler.finish();
}

/** Seeded uniform numbers (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function normals(seed: number, n: number, mean = 0, std = 1): number[] {
  const next = random(seed);
  const out: number[] = [];
  while (out.length < n) {
    const u = next() || 1e-12;
    const v = next();
    out.push(mean + std * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
  }
  return out;
}

export function choices(seed: number, n: number, categories: string[], weights: number[]): string[] {
  const next = random(seed);
  const total = weights.reduce((a, b) => a + b, 0);
  return Array.from({ length: n }, () => {
    let r = next() * total;
    for (let i = 0; i < categories.length; i += 1) {
      r -= weights[i];
      if (r < 0) return categories[i];
    }
    return categories[categories.length - 1];
  });
}
