// How gate statuses add up to a dataset's, a model's and the run's status.

import type { GateResult, Status } from '../report/types.js';

export function worstStatus(gates: readonly Pick<GateResult, 'status'>[]): Status {
  if (gates.some((gate) => gate.status === 'fail')) return 'fail';
  if (gates.some((gate) => gate.status === 'warn')) return 'warn';
  return 'pass';
}

export type FailOn = 'error' | 'warning' | 'never';

/** Whether the run should end with a failing exit status. */
export function shouldFail(status: Status, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'warning') return status !== 'pass';
  return status === 'fail';
}

/** "3 of 12 gates failed: train.drift.age, …" — the one-line reason for a failed run. */
export function failureLine(gates: readonly GateResult[], failOn: FailOn = 'error'): string {
  const ran = gates.filter((gate) => gate.status !== 'skip');
  const bad = ran.filter((gate) => gate.status === 'fail' || (failOn === 'warning' && gate.status === 'warn'));
  const word = failOn === 'warning' ? 'failed or warned' : 'failed';
  const names = bad.slice(0, 5).map((gate) => gate.id).join(', ');
  const more = bad.length > 5 ? `, and ${bad.length - 5} more` : '';
  return `${bad.length} of ${ran.length} gates ${word}: ${names}${more}`;
}
