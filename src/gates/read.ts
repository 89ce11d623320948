// Ragged rows and unparseable cells in an otherwise readable file: counted and shown, not fatal.
// The tally keeps a count and the first few per kind, so a million bad rows cost no memory.

import type { ReadIssue } from '../readers/types.js';
import type { GateResult } from '../report/types.js';

const EXAMPLES = 5;

export class IssueTally {
  private readonly kinds = new Map<string, { count: number; first: ReadIssue[] }>();

  readonly add = (issue: ReadIssue): void => {
    const entry = this.kinds.get(issue.kind) ?? { count: 0, first: [] };
    entry.count++;
    if (entry.first.length < EXAMPLES) entry.first.push(issue);
    this.kinds.set(issue.kind, entry);
  };

  gates(dataset: string): GateResult[] {
    return [...this.kinds.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([kind, { count, first }]) => ({
      id: `${dataset}.read.${kind}`,
      kind: 'read',
      dataset,
      status: 'warn' as const,
      severity: 'warn' as const,
      count,
      message: `${count} ${kind.replace(/_/g, ' ')} issue${count === 1 ? '' : 's'} while reading, first: ${first[0].message}`,
      examples: first.map((issue) => ({
        row: issue.row ?? 0,
        ...(issue.line !== undefined ? { line: issue.line } : {}),
        file: issue.file,
        value: issue.message,
      })),
    }));
  }
}
