// What a report means for the step: its outputs, and whether and why it fails under `fail-on`.

import type { GateResult, Report } from '../report/types.js';
import { failureLine, shouldFail, type FailOn } from '../run/status.js';

export type { FailOn };

export interface GateCounts { total: number; failed: number; warned: number; passed: number; skipped: number }

export function countGates(report: Report): GateCounts {
  const count = (status: GateResult['status']) => report.gates.filter((gate) => gate.status === status).length;
  return { total: report.gates.length, failed: count('fail'), warned: count('warn'), passed: count('pass'), skipped: count('skip') };
}

/** `train.age`, for every drifted column, in report order. */
export function driftedColumns(report: Report): string[] {
  return report.datasets.flatMap((dataset) =>
    (dataset.drift?.columns ?? []).filter((column) => column.drifted).map((column) => `${dataset.name}.${column.name}`));
}

/** The one-line reason the step fails, or null when `fail-on` lets it pass. */
export function failureReason(report: Report, failOn: FailOn): string | null {
  return shouldFail(report.status, failOn) ? failureLine(report.gates, failOn) : null;
}

export interface OutputExtras {
  reportPath: string;
  commentUrl?: string;
  issueUrl?: string;
  artifactId?: number;
}

/** Step outputs; every value a string, as the runner stores them. */
export function stepOutputs(report: Report, failOn: FailOn, extras: OutputExtras): Record<string, string> {
  const counts = countGates(report);
  const drifted = driftedColumns(report);
  return {
    status: report.status,
    report: extras.reportPath,
    'comment-url': extras.commentUrl ?? '',
    'issue-url': extras.issueUrl ?? '',
    'artifact-id': extras.artifactId === undefined ? '' : String(extras.artifactId),
    'gates-total': String(counts.total),
    'gates-failed': String(counts.failed),
    'gates-warned': String(counts.warned),
    'gates-passed': String(counts.passed),
    'gates-skipped': String(counts.skipped),
    'drifted-columns': String(drifted.length),
    'drifted-column-names': drifted.join(','),
    summary: failureReason(report, failOn) ?? summaryLine(report, counts),
  };
}

function summaryLine(report: Report, counts: GateCounts): string {
  const parts = [`${counts.passed} passed`];
  if (counts.warned > 0) parts.push(`${counts.warned} warned`);
  if (counts.failed > 0) parts.push(`${counts.failed} failed`);
  if (counts.skipped > 0) parts.push(`${counts.skipped} skipped`);
  return `${report.status}: ${counts.total} gates, ${parts.join(', ')}`;
}
