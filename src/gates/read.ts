// Ragged rows and unparseable cells in an otherwise readable file: counted and shown, not fatal.
// The tally keeps a count and the first few per kind, so a million bad rows cost no memory.

import { Violations } from '../contract/violations.js';
import type { ReadIssue } from '../readers/types.js';
import type { GateResult } from '../report/types.js';

export class IssueTally {
  private readonly kinds = new Map<string, { violations: Violations; first: string }>();

  readonly add = (issue: ReadIssue): void => {
    let entry = this.kinds.get(issue.kind);
    if (!entry) this.kinds.set(issue.kind, (entry = { violations: new Violations(), first: issue.message }));
    entry.violations.record(() => ({
      row: issue.row ?? 0,
      ...(issue.line !== undefined ? { line: issue.line } : {}),
      file: issue.file,
      value: issue.message,
    }));
  };

  gates(dataset: string): GateResult[] {
    return [...this.kinds.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([kind, { violations, first }]) => ({
      id: `${dataset}.read.${kind}`,
      kind: 'read',
      dataset,
      status: 'warn' as const,
      severity: 'warn' as const,
      count: violations.count,
      message: `${violations.count} ${kind.replace(/_/g, ' ')} issue${violations.count === 1 ? '' : 's'} while reading, first: ${first}`,
      examples: violations.examples,
    }));
  }
}
