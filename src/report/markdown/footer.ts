// The footer: where the run and the full report are, which datagate, which commits were compared.

import type { Report } from '../types.js';
import { clip, markdownCode, markdownText, safeUrl } from '../escape.js';

export interface Where {
  runUrl?: string;
  artifactName?: string;
  reportPath?: string;
}

/** Resolved from options first, then the report's meta. */
export function whereOf(report: Report, options: Where): Where {
  return {
    runUrl: options.runUrl ?? report.meta?.runUrl,
    artifactName: options.artifactName ?? report.meta?.artifact,
    reportPath: options.reportPath,
  };
}

/** "the job summary of the [workflow run](…) and the `datagate-report` artifact" */
export function fullReportPlaces(where: Where, summary: boolean): string {
  const url = safeUrl(where.runUrl);
  const places: string[] = [];
  if (!summary) places.push(url ? `the job summary of the [workflow run](${url})` : 'the job summary');
  if (where.artifactName) places.push(`the ${markdownCode(clip(where.artifactName, 100), 'text')} artifact`);
  if (where.reportPath) places.push(`${markdownCode(clip(where.reportPath, 200), 'text')}`);
  if (places.length === 0) places.push('the JSON report');
  return places.length === 1 ? places[0] : `${places.slice(0, -1).join(', ')} and ${places[places.length - 1]}`;
}

function shortCommit(sha: string): string {
  return markdownCode(clip(/^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 7) : sha, 40), 'text');
}

export function footer(report: Report, where: Where): string {
  const parts: string[] = [];
  const url = safeUrl(where.runUrl);
  if (url) parts.push(`[Workflow run](${url})`);
  if (where.artifactName) parts.push(`artifact ${markdownCode(clip(where.artifactName, 100), 'text')}`);
  if (where.reportPath) parts.push(`report ${markdownCode(clip(where.reportPath, 200), 'text')}`);
  const meta = report.meta;
  if (meta) parts.push(`${markdownText(clip(meta.tool || 'datagate', 40))} ${markdownText(clip(meta.version, 40), 'inline')}`);
  if (meta?.baseCommit && meta.commit) parts.push(`compared ${shortCommit(meta.baseCommit)} → ${shortCommit(meta.commit)}`);
  else if (meta?.commit) parts.push(`commit ${shortCommit(meta.commit)}`);
  if (meta?.config) parts.push(`config ${markdownCode(clip(meta.config, 200), 'text')}`);
  if (parts.length === 0) return '';
  return `---\n<sub>${parts.join(' · ')}</sub>`;
}
