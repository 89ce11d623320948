// The one error type for user mistakes: bad usage, bad config, unreadable input.
// It becomes exit code 2 and a message without a stack trace; anything else is a bug.

import { formatCount } from './count.js';

export interface Problem {
  /** Where: a file, optionally with line (text) or row (data row, 1-based). */
  file?: string;
  line?: number;
  row?: number;
  /** A config path such as `datasets[0].drift.method`. */
  path?: string;
  message: string;
}

export class UserError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[] | string) {
    const list = typeof problems === 'string' ? [{ message: problems }] : problems;
    super(list.map(formatProblem).join('\n'));
    this.name = 'UserError';
    this.problems = list;
  }
}

/** `data/train.csv:1043: unclosed quote` / `datagate.yml: datasets[0].name: required`. */
export function formatProblem(problem: Problem): string {
  let where = problem.file ?? '';
  if (problem.file && problem.line !== undefined) where += `:${problem.line}`;
  else if (problem.file && problem.row !== undefined) where += ` row ${problem.row}`;
  if (problem.path) where += where ? `: ${problem.path}` : problem.path;
  return where ? `${where}: ${problem.message}` : problem.message;
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/**
 * Problems found one at a time (bad lines, bad rows) where the look can go on past each: every
 * one is counted, the first `listed` are kept, and `throwIfAny` reports them all in one error,
 * so a file with a hundred bad rows is fixed in one round, not a hundred.
 */
export class ProblemList {
  private readonly kept: Problem[] = [];
  private total = 0;

  /** `others`: what the ones past the listed are, in the plural (`rows with a problem`). */
  constructor(private readonly file: string, private readonly others: string, private readonly listed = 20) {}

  add(problem: Problem): void {
    if (++this.total <= this.listed) this.kept.push(problem);
  }

  throwIfAny(): void {
    if (this.total === 0) return;
    const rest = this.total - this.kept.length;
    throw new UserError(rest === 0 ? this.kept : [...this.kept, { file: this.file, message: `${formatCount(rest)} more ${this.others} (${formatCount(this.total)} in all)` }]);
  }
}
