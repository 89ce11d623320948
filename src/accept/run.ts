// The accept loop shared by the CLI and the `/datagate accept` comment: check, edit the failing
// rules, check again on the edit (without writing it) until the gates pass or nothing changes.

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createBaselineResolver } from '../baseline/index.js';
import { parseConfig } from '../config/load.js';
import { UserError } from '../errors.js';
import { runCheck } from '../run/check.js';
import type { Report } from '../report/types.js';
import { applyChanges } from './apply.js';
import { planAccept } from './plan.js';

/** Rounds of edit-and-check: more than two only when a list of values kept only its first ten. */
const MAX_ROUNDS = 5;

export interface AcceptOptions {
  /** As the user wrote it: how messages name the file. */
  configPath: string;
  cwd: string;
  /** The config's text as read. */
  original: string;
  gates: readonly string[];
  baseRef?: string;
  now?: Date;
}

export interface AcceptOutcome {
  text: string;
  /** Gate id → why it is left to the baseline. */
  baseline: Map<string, string>;
  /** Gate id → why it is not changed automatically. */
  manual: Map<string, string>;
  /** Named gates that already pass. */
  passing: string[];
  /** Gates edited. */
  accepted: string[];
  /** Some gate failed or warned. */
  anyFailing: boolean;
}

/** Throws a UserError (exit 2) for a named gate it cannot accept, or an edit that does not make its gate pass. */
export async function computeAccept(options: AcceptOptions): Promise<AcceptOutcome> {
  const { configPath, original } = options;
  const outcome: AcceptOutcome = { text: original, baseline: new Map(), manual: new Map(), passing: [], accepted: [], anyFailing: false };
  let targets: string[] = [];
  let stuck: string[] = [];
  const tempDir = await mkdtemp(path.join(os.tmpdir(), 'datagate-accept-'));
  try {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      stuck = [];
      const report = await check(options, outcome.text === original ? undefined : outcome.text, tempDir);
      const plan = planAccept(report, parseConfig(outcome.text, configPath), round === 0 ? options.gates : targets);
      if (round === 0) {
        targets = [...plan.changes.map((change) => change.gate), ...plan.baseline.map((note) => note.gate), ...plan.manual.map((note) => note.gate)];
        outcome.passing = plan.passing;
        outcome.anyFailing = targets.length > 0;
        if (options.gates.length > 0 && plan.manual.length > 0) {
          throw new UserError(plan.manual.map((note) => ({ file: configPath, message: `cannot accept ${note.gate}: ${note.message}` })));
        }
        if (targets.length === 0) break;
      }
      for (const note of plan.baseline) outcome.baseline.set(note.gate, note.message);
      for (const note of plan.manual) outcome.manual.set(note.gate, note.message);
      if (plan.changes.length === 0) break;
      const edited = applyChanges(outcome.text, configPath, plan.changes);
      stuck = plan.changes.map((change) => change.gate);
      if (edited === outcome.text) break;
      outcome.text = edited;
      for (const change of plan.changes) if (!outcome.accepted.includes(change.gate)) outcome.accepted.push(change.gate);
    }
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
  if (stuck.length > 0) {
    throw new UserError([...new Set(stuck)].map((id) => ({ file: configPath, message: `cannot accept ${id}: it still fails after editing its rule; edit it by hand` })));
  }
  return outcome;
}

async function check(options: AcceptOptions, configText: string | undefined, tempDir: string): Promise<Report> {
  const dir = path.dirname(path.resolve(options.cwd, options.configPath));
  const result = await runCheck({
    configPath: options.configPath, cwd: options.cwd, configText, now: options.now,
    baselineResolver: createBaselineResolver({ cwd: dir, baseRef: options.baseRef, tempDir, notice: () => undefined }),
  });
  return result.report;
}
