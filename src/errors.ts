// The one error type for user mistakes: bad usage, bad config, unreadable input.
// It becomes exit code 2 and a message without a stack trace; anything else is a bug.

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
