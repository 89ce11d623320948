// The two jobs of a parallel diff, run in worker threads (src/diff/worker.ts) or in process:
// encode one side into partition files, and match a set of partitions into a tally.

import { readBatches } from '../readers/index.js';
import type { ReadIssue, ReadOptions } from '../readers/types.js';
import { matchPartition } from './match.js';
import { PartitionSink, readRecords, partitionFile, SideEncoder, type Side, type SideLayout } from './partition.js';
import { mergeTally, newTally, type DiffLayout, type DiffTally } from './tally.js';

export interface EncodeJob { kind: 'encode'; files: string[]; options: ReadOptions; layout: SideLayout; parts: number; budget: number; dir: string; side: Side }
export interface MatchJob { kind: 'match'; dir: string; parts: number[]; layout: DiffLayout }
export type DiffJob = EncodeJob | MatchJob;
export interface EncodeResult { nullKeys: number; issues: ReadIssue[] }

/** Read issues a worker hands back; the rest of a flood is dropped (the report shows a few anyway). */
const MAX_ISSUES = 1000;

/** Reads a side and writes all of it to its partition files. */
export async function encodeSide(job: EncodeJob): Promise<EncodeResult> {
  const sink = new PartitionSink({ parts: job.parts, budget: job.budget, dir: job.dir, side: job.side, spill: true });
  const encoder = new SideEncoder(job.layout, sink);
  const issues: ReadIssue[] = [];
  for await (const batch of readBatches(job.files, job.options, (issue) => { if (issues.length < MAX_ISSUES) issues.push(issue); })) encoder.add(batch);
  sink.close();
  return { nullKeys: encoder.nullKeys, issues };
}

/** Diffs the given partitions from their files, one at a time. */
export function matchParts(job: MatchJob): DiffTally {
  const tally = newTally(job.layout);
  for (const p of job.parts) {
    const part = newTally(job.layout);
    matchPartition(readRecords(partitionFile(job.dir, 'baseline', p)), readRecords(partitionFile(job.dir, 'current', p)), part, job.layout);
    mergeTally(tally, part);
  }
  return tally;
}

export async function runDiffJob(job: DiffJob): Promise<EncodeResult | DiffTally> {
  return job.kind === 'encode' ? encodeSide(job) : matchParts(job);
}
