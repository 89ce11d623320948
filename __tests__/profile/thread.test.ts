import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { MIN_PARALLEL_BYTES, partsForBytes, prewarmWorkers, runInWorker } from '../../src/profile/thread.js';

/** A worker script answering each job with its thread id, when it started, and when the job came and ended; `wait` ms of work. */
function script(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'datagate-thread-')), 'worker.mjs');
  writeFileSync(file, `import { parentPort, threadId } from 'node:worker_threads';
const started = Date.now();
parentPort.on('message', (job) => {
  if (job.exit) process.exit(3);
  const received = Date.now();
  setTimeout(() => parentPort.postMessage({ threadId, started, received, ended: Date.now(), job: job.n }), job.wait ?? 0);
});
`);
  return file;
}

interface Answer { threadId: number; started: number; received: number; ended: number; job: number }

/** The most jobs that were running at one time. */
function mostAtOnce(answers: Answer[]): number {
  return Math.max(...answers.map((one) => answers.filter((other) => other.received <= one.received && one.received < other.ended).length));
}

const cores = Math.min(4, availableParallelism());

describe('worker threads: started ahead of their jobs, kept for the next', () => {
  it('runs the first jobs on the prewarmed workers', async () => {
    const file = script();
    prewarmWorkers(file, 2);
    // Topping up to two starts none more.
    prewarmWorkers(file, 2);
    // Time for both to start on a loaded machine (300 ms was not always enough beside other jobs).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const posted = Date.now();
    const answers = await Promise.all([1, 2].map((n) => runInWorker<object, Answer>(file, { n, wait: 50 })));
    expect(answers.map((answer) => answer.job)).toEqual([1, 2]);
    expect(answers.every((answer) => answer.started < posted)).toBe(true);
    expect(new Set(answers.map((answer) => answer.threadId)).size).toBe(Math.min(2, cores));
  });

  it('queues jobs behind busy workers, one worker per core, and runs them on the workers that end a job', async () => {
    const file = script();
    const answers = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => runInWorker<object, Answer>(file, { n, wait: 40 })));
    expect(answers.map((answer) => answer.job)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(answers.map((answer) => answer.threadId)).size).toBe(Math.min(6, cores));
    expect(mostAtOnce(answers)).toBe(Math.min(6, cores));
    // A worker with no job waiting ends (it would hold its heap): a later job starts a fresh one.
    const later = await runInWorker<object, Answer>(file, { n: 7 });
    expect(answers.map((answer) => answer.threadId)).not.toContain(later.threadId);
  });

  it('ends the worker of a stopped job and runs the next job on a fresh one', async () => {
    const file = script();
    const first = await runInWorker<object, Answer>(file, { n: 1 });
    const controller = new AbortController();
    const stopped = runInWorker<object, Answer>(file, { n: 2, wait: 5_000 }, controller.signal);
    setTimeout(() => controller.abort(), 50);
    await expect(stopped).rejects.toThrow('profiling job aborted');
    const after = await Promise.all([3, 4].map((n) => runInWorker<object, Answer>(file, { n })));
    expect(after.map((answer) => answer.job)).toEqual([3, 4]);
    // An aborted signal before the job starts rejects at once.
    await expect(runInWorker(file, { n: 5 }, AbortSignal.abort())).rejects.toThrow('profiling job aborted');
    expect(first.job).toBe(1);
  });

  it('drops a waiting job whose signal aborts at once, and runs the rest', async () => {
    const file = script();
    const controller = new AbortController();
    // Every core's worker busy, then one job queued behind them with a signal.
    const busy = Array.from({ length: cores }, (_, k) => runInWorker<object, Answer>(file, { n: k + 1, wait: 400 }));
    const queued = runInWorker<object, Answer>(file, { n: 99 }, controller.signal);
    const after = runInWorker<object, Answer>(file, { n: 100 });
    const stopped = Date.now();
    controller.abort();
    await expect(queued).rejects.toThrow('profiling job aborted');
    // Rejected before any worker was free to take it.
    expect(Date.now() - stopped).toBeLessThan(200);
    const answers = await Promise.all(busy);
    expect(answers.map((answer) => answer.job)).toEqual(Array.from({ length: cores }, (_, k) => k + 1));
    // The job queued after it still runs.
    expect((await after).job).toBe(100);
  });

  it('rejects a job that cannot be sent, and goes on', async () => {
    const file = script();
    await expect(runInWorker(file, { n: 1, call: () => undefined })).rejects.toThrow(/could not be cloned/);
    const answers = await Promise.all([2, 3, 4].map((n) => runInWorker<object, Answer>(file, { n })));
    expect(answers.map((answer) => answer.job)).toEqual([2, 3, 4]);
  });

  it('rejects the job of a worker that exits, and goes on with fresh workers', async () => {
    const file = script();
    await expect(runInWorker(file, { exit: true })).rejects.toThrow('exit code 3');
    const answers = await Promise.all([1, 2, 3].map((n) => runInWorker<object, Answer>(file, { n })));
    expect(answers.map((answer) => answer.job)).toEqual([1, 2, 3]);
  });

  it('never keeps the process alive while no job comes: prewarmed and idle workers are unreferenced', () => {
    // thread.ts as JavaScript in a folder of its own, prewarming in a child that then has nothing to do.
    const dir = mkdtempSync(path.join(tmpdir(), 'datagate-thread-'));
    const source = readFileSync(path.resolve('src/profile/thread.ts'), 'utf8');
    writeFileSync(path.join(dir, 'thread.mjs'), ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText);
    const worker = JSON.stringify(script());
    const probe = `import { prewarmWorkers } from './thread.mjs'; prewarmWorkers(${worker}, 2); console.log('prewarmed');`;
    writeFileSync(path.join(dir, 'probe.mjs'), probe);
    const child = spawnSync(process.execPath, [path.join(dir, 'probe.mjs')], { encoding: 'utf8', timeout: 30_000 });
    expect([child.status, child.signal, child.stdout.trim()]).toEqual([0, null, 'prewarmed']);
    // Nor a worker after its job: it ends when no other job waits.
    // Nor the worker of a job that could not be sent.
    writeFileSync(path.join(dir, 'after.mjs'), `import { runInWorker } from './thread.mjs';
console.log((await runInWorker(${worker}, { n: 1 })).job);
await runInWorker(${worker}, { call: () => 1 }).catch(() => console.log('refused'));`);
    const after = spawnSync(process.execPath, [path.join(dir, 'after.mjs')], { encoding: 'utf8', timeout: 30_000 });
    expect([after.status, after.signal, after.stdout.trim()]).toEqual([0, null, '1\nrefused']);
  });

  it('cuts a file into one part per core from 32 MB on', () => {
    expect(partsForBytes(MIN_PARALLEL_BYTES - 1)).toBe(1);
    expect(partsForBytes(MIN_PARALLEL_BYTES)).toBeGreaterThanOrEqual(Math.min(2, availableParallelism()));
  });
});
