// Annotations on the offending lines of data files, from gate examples that know file and line.
// Capped: a few per gate and a budget per step are enough to point at the problem (the runner
// itself shows only the first ten errors and ten warnings of a step).

import path from 'node:path';
import type { Report } from '../report/types.js';

export interface Annotation {
  level: 'error' | 'warning';
  title: string;
  message: string;
  /** Relative to the workspace, with forward slashes, as GitHub expects. */
  file: string;
  startLine: number;
}

export interface AnnotationOptions {
  /** Example files are relative to the config's folder. */
  configDir: string;
  workspace: string;
  perGate?: number;
  total?: number;
}

export function annotationsFor(report: Report, options: AnnotationOptions): Annotation[] {
  const perGate = options.perGate ?? 10;
  const total = options.total ?? 50;
  const annotations: Annotation[] = [];
  for (const gate of report.gates) {
    if (gate.status !== 'fail' && gate.status !== 'warn') continue;
    const located = (gate.examples ?? []).filter((example) => example.file && example.line !== undefined);
    for (const example of located.slice(0, perGate)) {
      if (annotations.length >= total) return annotations;
      const absolute = path.resolve(options.configDir, example.file ?? '');
      annotations.push({
        level: gate.status === 'fail' ? 'error' : 'warning',
        title: `datagate ${gate.id}`,
        message: `${gate.message} (row ${example.row}: ${truncate(example.value, 200)})`,
        file: path.relative(options.workspace, absolute).split(path.sep).join('/'),
        startLine: example.line ?? 1,
      });
    }
  }
  return annotations;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
