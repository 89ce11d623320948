// The jobs of a parallel diff, run in worker threads (src/diff/worker.ts) or in process: scan one
// side into partitioned key tables, match a set of partitions by key, fetch the cells of the rows
// whose hashes differed. And the record jobs of the fallback (every row's cells partitioned, for
// when too many rows hash apart to fetch): encode a side, match a set of partitions' records.

import { readBatches } from '../readers/index.js';
import type { ReadIssue, ReadOptions } from '../readers/types.js';
import { KeySink, readKeyTable, keyFile, type KeyTable } from './keyTable.js';
import { matchKeys, mergeKeyTally, newKeyTally, type KeyTally } from './keyMatch.js';
import { matchPartition } from './match.js';
import { PartitionSink, readRecords, partitionFile, SideEncoder, type Side, type SideLayout } from './partition.js';
import { fetchRows, scanSide } from './scan.js';
import { mergeTally, newTally, type DiffLayout, type DiffTally } from './tally.js';

export interface EncodeJob {
  kind: 'encode'; files: string[]; options: ReadOptions; layout: SideLayout; parts: number; budget: number; dir: string; side: Side;
  /** Write to the partition files from the start: the side is known to be far beyond the budget. */
  spill?: boolean;
}
export interface MatchJob { kind: 'match'; dir: string; parts: number[]; examples: number }
export interface FetchJob { kind: 'fetch'; files: string[]; options: ReadOptions; layout: SideLayout; rows: number[]; side: Side }
export interface EncodeRecordsJob { kind: 'encode-records'; files: string[]; options: ReadOptions; layout: SideLayout; parts: number; budget: number; dir: string; side: Side }
export interface MatchRecordsJob { kind: 'match-records'; dir: string; parts: number[]; layout: DiffLayout }
export type DiffJob = EncodeJob | MatchJob | FetchJob | EncodeRecordsJob | MatchRecordsJob;
export interface EncodeResult {
  nullKeys: number;
  issues: ReadIssue[];
  /** A side within the budget: its partitions, handed back (transferred) rather than written. */
  tables?: KeyTable[];
}
export type DiffJobResult = EncodeResult | KeyTally | string[] | DiffTally;

/** Read issues a worker hands back; the rest of a flood is dropped (the report shows a few anyway). */
const MAX_ISSUES = 1000;

function issueList(): { issues: ReadIssue[]; add: (issue: ReadIssue) => void } {
  const issues: ReadIssue[] = [];
  return { issues, add: (issue) => { if (issues.length < MAX_ISSUES) issues.push(issue); } };
}

/** Reads a side into key tables: handed back within the budget, else in its partition files. */
export async function encodeSide(job: EncodeJob): Promise<EncodeResult> {
  const sink = new KeySink({ parts: job.parts, budget: job.budget, dir: job.dir, side: job.side, spill: job.spill });
  const { issues, add } = issueList();
  const scanned = await scanSide(job.files, job.options, job.layout, sink, add);
  sink.close();
  const tables = sink.tables();
  return tables ? { nullKeys: scanned.nullKeys, issues, tables } : { nullKeys: scanned.nullKeys, issues };
}

/** Matches the given partitions from their files, one at a time. */
export function matchParts(job: MatchJob): KeyTally {
  const tally = newKeyTally(job.examples);
  for (const p of job.parts) {
    const part = newKeyTally(job.examples);
    matchKeys(readKeyTable(keyFile(job.dir, 'baseline', p)), readKeyTable(keyFile(job.dir, 'current', p)), part);
    mergeKeyTally(tally, part);
  }
  return tally;
}

/** Reads a side and writes all of its records to its partition files. */
export async function encodeRecords(job: EncodeRecordsJob): Promise<EncodeResult> {
  const sink = new PartitionSink({ parts: job.parts, budget: job.budget, dir: job.dir, side: job.side, spill: true });
  const encoder = new SideEncoder(job.layout, sink);
  const { issues, add } = issueList();
  for await (const batch of readBatches(job.files, job.options, add)) encoder.add(batch);
  sink.close();
  return { nullKeys: encoder.nullKeys, issues };
}

/** Diffs the given partitions' records from their files, one at a time. */
export function matchRecordParts(job: MatchRecordsJob): DiffTally {
  const tally = newTally(job.layout);
  for (const p of job.parts) {
    const part = newTally(job.layout);
    matchPartition(readRecords(partitionFile(job.dir, 'baseline', p)), readRecords(partitionFile(job.dir, 'current', p)), part, job.layout);
    mergeTally(tally, part);
  }
  return tally;
}

export async function runDiffJob(job: DiffJob): Promise<DiffJobResult> {
  switch (job.kind) {
    case 'encode': return encodeSide(job);
    case 'match': return matchParts(job);
    case 'fetch': return fetchRows(job.files, job.options, job.layout, job.rows);
    case 'encode-records': return encodeRecords(job);
    case 'match-records': return matchRecordParts(job);
  }
}
