// The action's inputs, validated: a typo in `fail-on` is a user error, not a silent default.

import { UserError } from '../errors.js';
import type { FailOn } from '../run/status.js';

export type CommentMode = 'auto' | 'always' | 'never';
export type IssueMode = 'auto' | 'always' | 'never';

export interface ActionInputs {
  config: string;
  /** Empty when none: then only the summary and outputs are written. */
  githubToken: string;
  comment: CommentMode;
  issue: IssueMode;
  failOn: FailOn;
  /** Empty disables the upload. */
  artifactName: string;
  issueLabel: string;
}

/** `getInput` as @actions/core has it: the trimmed value, '' when unset. */
export function readInputs(getInput: (name: string) => string): ActionInputs {
  return {
    config: getInput('config') || 'datagate.yml',
    githubToken: getInput('github-token'),
    comment: oneOf(getInput, 'comment', ['auto', 'always', 'never'], 'auto'),
    issue: oneOf(getInput, 'issue', ['auto', 'always', 'never'], 'auto'),
    failOn: oneOf(getInput, 'fail-on', ['error', 'warning', 'never'], 'error'),
    artifactName: getInput('artifact-name'),
    issueLabel: getInput('issue-label') || 'datagate',
  };
}

function oneOf<T extends string>(getInput: (name: string) => string, name: string, allowed: readonly T[], fallback: T): T {
  const value = getInput(name) || fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UserError(`input ${name} must be one of ${allowed.join(', ')}; got "${value}"`);
  }
  return value as T;
}
