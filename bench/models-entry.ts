// Times checkModel on synthetic binary predictions (label, prediction, score) at several sizes:
// six classification metrics, each with a 1000-resample bootstrap interval of its delta, paired
// (same examples on both sides) and independent. Bundled and run by bench/models.mjs.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { modelSchema } from '../src/config/schema.js';
import { checkModel } from '../src/models/index.js';
import { seededRandom } from '../src/models/random.js';

/** Two models on one test set: correct 80% and 78% of the time, scores that rank accordingly. */
function writePredictions(folder: string, rows: number, seed: number, skill: number): string {
  const random = seededRandom(seed);
  const truth = seededRandom(1);
  const lines = ['label,prediction,score'];
  for (let i = 0; i < rows; i++) {
    const label = truth() < 0.4 ? 1 : 0;
    const margin = (label === 1 ? skill : -skill) + (random() - 0.5) * 2;
    const score = 1 / (1 + Math.exp(-2 * margin));
    lines.push(`${label},${score >= 0.5 ? 1 : 0},${score.toFixed(4)}`);
  }
  const file = path.join(folder, `predictions-${rows}-${seed}.csv`);
  writeFileSync(file, lines.join('\n') + '\n');
  return path.basename(file);
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return (performance.now() - start) / 1000;
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'datagate-models-bench-'));
  const metrics = Object.fromEntries(['accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'log_loss'].map((name) => [name, { max_drop: 0.01 }]));
  try {
    process.stdout.write('| rows per side | load + point metrics (s) | checkModel paired (s) | checkModel independent (s) |\n|---|---|---|---|\n');
    for (const rows of sizes.length ? sizes : [10_000, 100_000, 200_000]) {
      const current = writePredictions(folder, rows, 2, 0.42);
      const baseline = writePredictions(folder, rows, 3, 0.4);
      const other = writePredictions(folder, rows - 1, 4, 0.4);
      const ctx = { cwd: folder, resolveBaseline: async (spec: unknown) => (typeof spec === 'string' ? spec : null) };
      const config = (baselineFile: string | undefined, resamples: number) => modelSchema.parse({
        name: 'bench', metrics, predictions: { current, ...(baselineFile ? { baseline: baselineFile } : {}), score: 'score', positive: 1, bootstrap: resamples },
      });
      const load = await time(() => checkModel(config(undefined, 1000), ctx));
      const paired = await time(() => checkModel(config(baseline, 1000), ctx));
      const independent = await time(() => checkModel(config(other, 1000), ctx));
      process.stdout.write(`| ${rows.toLocaleString('en-US')} | ${load.toFixed(2)} | ${paired.toFixed(2)} | ${independent.toFixed(2)} |\n`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
});
