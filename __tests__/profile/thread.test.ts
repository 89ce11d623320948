import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { MIN_PARALLEL_BYTES, partsForBytes, prewarmWorkers, runInWorker } from '../../src/profile/thread.js';

/** A worker script answering one job with its thread id, when it started and when the job came. */
function script(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'datagate-thread-')), 'worker.mjs');
  writeFileSync(file, `import { parentPort, threadId } from 'node:worker_threads';
const started = Date.now();
parentPort.once('message', (job) => parentPort.postMessage({ threadId, started, received: Date.now(), job }));
`);
  return file;
}

interface Answer { threadId: number; started: number; received: number; job: number }

describe('worker threads started ahead of their jobs', () => {
  it('runs jobs on the prewarmed workers first, then on fresh ones', async () => {
    const file = script();
    prewarmWorkers(file, 2);
    // Topping up to two starts none more.
    prewarmWorkers(file, 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const posted = Date.now();
    const answers = await Promise.all([1, 2, 3].map((job) => runInWorker<number, Answer>(file, job)));
    expect(answers.map((answer) => answer.job)).toEqual([1, 2, 3]);
    expect(new Set(answers.map((answer) => answer.threadId)).size).toBe(3);
    // The first two had started before their jobs were posted; the third started for its job.
    expect(answers.slice(0, 2).every((answer) => answer.started < posted)).toBe(true);
    expect(answers[2].started).toBeGreaterThanOrEqual(posted);
  });

  it('never keeps the process alive while no job comes: the prewarmed workers are unreferenced', () => {
    // thread.ts as JavaScript in a folder of its own, prewarming in a child that then has nothing to do.
    const dir = mkdtempSync(path.join(tmpdir(), 'datagate-thread-'));
    const source = readFileSync(path.resolve('src/profile/thread.ts'), 'utf8');
    writeFileSync(path.join(dir, 'thread.mjs'), ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText);
    const probe = `import { prewarmWorkers } from './thread.mjs'; prewarmWorkers(${JSON.stringify(script())}, 2); console.log('prewarmed');`;
    writeFileSync(path.join(dir, 'probe.mjs'), probe);
    const child = spawnSync(process.execPath, [path.join(dir, 'probe.mjs')], { encoding: 'utf8', timeout: 30_000 });
    expect([child.status, child.signal, child.stdout.trim()]).toEqual([0, null, 'prewarmed']);
  });

  it('cuts a file into one part per core from 32 MB on', () => {
    expect(partsForBytes(MIN_PARALLEL_BYTES - 1)).toBe(1);
    expect(partsForBytes(MIN_PARALLEL_BYTES)).toBeGreaterThanOrEqual(Math.min(2, availableParallelism()));
  });
});
