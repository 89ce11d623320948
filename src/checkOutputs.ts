// Where `datagate check` writes its reports: the text report on standard output, report files from
// the config's `report:` section (as the action writes them) unless a flag names another path.

import path from 'node:path';
import type { CheckResult } from './run/check.js';

export type ReportKind = 'json' | 'markdown' | 'html';

export interface ReportTarget {
  kind: ReportKind;
  /** An absolute path, or "-" for standard output. */
  target: string;
  /** As the user wrote it, for messages. */
  shown: string;
}

/**
 * A flag (`--json x`, paths relative to the working directory) replaces the config's path of its
 * kind (relative to the config's folder); the config's `report.json` has a default, so a `report:`
 * section alone gives a JSON file. Without flags or a `report:` section, no file is written.
 */
export function reportTargets(flags: Partial<Record<ReportKind, string>>, result: CheckResult, cwd: string): ReportTarget[] {
  const targets: ReportTarget[] = [];
  for (const kind of ['json', 'markdown', 'html'] as const) {
    const flag = flags[kind];
    const configured = result.reportConfigured ? result.outputs[kind] : undefined;
    if (flag !== undefined) {
      targets.push({ kind, target: flag === '-' ? '-' : path.resolve(cwd, flag), shown: flag });
    } else if (configured) {
      const target = path.resolve(result.dir, configured);
      targets.push({ kind, target, shown: path.relative(cwd, target) || target });
    }
  }
  return targets;
}

/** Colour in the terminal report: only on a TTY, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return Boolean(stream.isTTY) && !env.NO_COLOR;
}
