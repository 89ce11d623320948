// Which gates of a check to accept, and how: the pure part of `datagate accept`, also what the
// PR comment shows under the failures.

import type { Config } from '../config/schema.js';
import { UserError } from '../errors.js';
import type { GateResult, Report } from '../report/types.js';
import { applyChanges } from './apply.js';
import { decide, type Change } from './changes.js';
import { unifiedDiff } from './diff.js';

export interface Note { gate: string; message: string }

export interface AcceptPlan {
  changes: Change[];
  /** Compared with the baseline: accepted when the baseline moves. */
  baseline: Note[];
  /** Not changed automatically. */
  manual: Note[];
  /** Named with --gate but already passing (or skipped). */
  passing: string[];
}

/** Gates `accept` considers by default: every failing or warning gate. */
export function wantsAccepting(gate: GateResult): boolean {
  return gate.status === 'fail' || gate.status === 'warn';
}

/** Throws a UserError for a named gate that is not in the report. */
export function planAccept(report: Report, config: Config, gateIds?: readonly string[]): AcceptPlan {
  const plan: AcceptPlan = { changes: [], baseline: [], manual: [], passing: [] };
  let targets: GateResult[];
  if (gateIds && gateIds.length > 0) {
    const byId = new Map(report.gates.map((gate) => [gate.id, gate]));
    const missing = gateIds.filter((id) => !byId.has(id));
    if (missing.length > 0) {
      throw new UserError(missing.map((id) => ({ message: `no gate "${id}" in this check: it is not (or no longer) in the config; \`datagate check\` lists the gate ids` })));
    }
    targets = [...new Set(gateIds)].map((id) => byId.get(id)!);
  } else {
    targets = report.gates;
  }
  for (const gate of targets) {
    if (!wantsAccepting(gate)) {
      if (gateIds && gateIds.length > 0) plan.passing.push(gate.id);
      continue;
    }
    const decision = decide(gate, config);
    if (decision.kind === 'change') plan.changes.push(decision.change);
    else if (decision.kind === 'baseline') plan.baseline.push({ gate: decision.gate, message: decision.message });
    else plan.manual.push({ gate: decision.gate, message: decision.message });
  }
  return plan;
}

export interface AcceptPreview { diff: string; gates: string[] }

/**
 * The config change that would accept the report's failing gates, as a unified diff, or null
 * when there is none or it cannot be made safely (the comment then shows none).
 */
export function previewAccept(report: Report, config: Config, configText: string, configName: string): AcceptPreview | null {
  try {
    const plan = planAccept(report, config);
    if (plan.changes.length === 0) return null;
    const edited = applyChanges(configText, configName, plan.changes);
    const diff = unifiedDiff(configText, edited, configName);
    return diff ? { diff, gates: [...new Set(plan.changes.map((change) => change.gate))] } : null;
  } catch {
    return null;
  }
}
