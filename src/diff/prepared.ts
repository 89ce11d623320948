// The row diff of `check`, whose sides are scanned by the reads that profile them: prepared from
// both sides' headers (the key checked, the compared columns fixed), fed by those reads through
// each side's KeyScan (sideScan.ts), then matched and settled as `diffSnapshots` does. So a keyed
// `check` reads each file once; only the rows whose hashes differ (and a few examples) are read
// again, by place, and the fallback for sides whose every row hashes apart reads them again whole.

import { rm } from 'node:fs/promises';
import { finishDiff } from './finish.js';
import {
  KEY_PARTITION_CHARS, MAX_CANDIDATES, SURELY_BEYOND, diffRecords, partsFor, planSides, settle, sideLayout, type DiffLimits, type DiffSide, type Plan,
} from './index.js';
import { writeKeyTables } from './keyTable.js';
import { matchKeys, mergeKeyTally, newKeyTally, type KeyTally } from './keyMatch.js';
import { matchParts } from './jobs.js';
import { KeyScan, type ScannedSide } from './sideScan.js';
import type { DiffOptions, DiffReport } from './types.js';

export interface PreparedDiff {
  /** Each side's key scan, to be fed by the read that profiles the side. */
  scans: { baseline: KeyScan; current: KeyScan };
  /** Matches the scanned sides and compares the rows that hash apart. */
  finish(): Promise<DiffReport>;
  /** Ends the diff's workers and removes its temp folder; call it whatever happened. */
  close(): Promise<void>;
}

/** Both sides' headers read, the key checked on each (a UserError naming the file and column). */
export async function prepareDiff(baseline: DiffSide, current: DiffSide, options: DiffOptions, limits: DiffLimits = {}): Promise<PreparedDiff> {
  const { plan, notCompared, workers } = await planSides(baseline, current, options, limits);
  const { layout, budget, dir } = plan;
  const parts = partsFor(plan.estimate, KEY_PARTITION_CHARS);
  const spill = plan.estimate > SURELY_BEYOND * budget;
  const scan = (which: 'baseline' | 'current') => new KeyScan({ layout: sideLayout(layout, plan[which]), parts, budget, dir, side: which, spill });
  const scans = { baseline: scan('baseline'), current: scan('current') };
  return {
    scans,
    async finish() {
      const baselineScan = scans.baseline.finish();
      const currentScan = scans.current.finish();
      const keys = await matchScanned(plan, parts, baselineScan, currentScan);
      const spilled = !baselineScan.tables || !currentScan.tables;
      const nullKeys = { baseline: baselineScan.nullKeys, current: currentScan.nullKeys };
      if (keys.candidates.keys.length <= (limits.maxCandidates ?? MAX_CANDIDATES)) {
        return finishDiff(await settle(plan, keys, nullKeys, async () => workers?.close()), layout, notCompared, spilled ? parts : undefined);
      }
      const records = await diffRecords(plan);
      return finishDiff(records.tally, layout, notCompared, records.spilled ? records.parts : undefined);
    },
    async close() {
      await workers?.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Matches two scanned sides by key: here when both are in memory, else partition files by `threads` jobs. */
async function matchScanned(plan: Plan, parts: number, baseline: ScannedSide, current: ScannedSide): Promise<KeyTally> {
  const { run, layout, dir } = plan;
  const keys = newKeyTally(layout.examples);
  if (baseline.tables && current.tables) {
    for (let p = 0; p < parts; p++) {
      const part = newKeyTally(layout.examples);
      matchKeys(baseline.tables[p], current.tables[p], part);
      mergeKeyTally(keys, part);
    }
    return keys;
  }
  if (baseline.tables) writeKeyTables(dir, 'baseline', baseline.tables);
  if (current.tables) writeKeyTables(dir, 'current', current.tables);
  const all = Array.from({ length: parts }, (_, p) => p);
  if (!run) return matchParts({ kind: 'match', dir, examples: layout.examples, parts: all });
  const jobs = Array.from({ length: plan.threads }, (_, w) => ({ kind: 'match' as const, dir, examples: layout.examples, parts: all.filter((p) => p % plan.threads === w) }));
  for (const result of await Promise.all(jobs.map((job) => run(job) as Promise<KeyTally>))) mergeKeyTally(keys, result);
  return keys;
}
