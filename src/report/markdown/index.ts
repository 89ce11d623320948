// The PR comment and the job summary: one Markdown rendering of the report at two sizes.

import type { Report } from '../types.js';
import type { Limits } from './blocks.js';
import { renderDocument } from './document.js';
import type { AcceptSuggestion } from './accept.js';

export type { AcceptSuggestion } from './accept.js';

export interface CommentOptions {
  /** Hidden HTML comment by which the GitHub code finds the comment again; placed verbatim first. */
  marker?: string;
  /** GitHub refuses bodies over 65,536 characters. */
  maxLength?: number;
  runUrl?: string;
  artifactName?: string;
  /** Path of the JSON report, named where the full report can be found. */
  reportPath?: string;
  /** The config change that would accept the failures (`datagate accept`), shown under them. */
  accept?: AcceptSuggestion;
}

export interface SummaryOptions {
  /** GitHub refuses a step summary over 1 MiB. */
  maxBytes?: number;
  runUrl?: string;
  artifactName?: string;
  reportPath?: string;
}

export const COMMENT_MAX_LENGTH = 65_000;
export const SUMMARY_MAX_BYTES = 1024 * 1024;

const COMMENT_LIMITS: Limits = { failing: Infinity, passing: Infinity, examples: 3, evidence: 3, name: 120, message: 300 };
const SUMMARY_LIMITS: Limits = { failing: Infinity, passing: Infinity, examples: 10, evidence: 10, name: 500, message: 2000 };

/**
 * The sticky pull-request comment: the verdict first, failures visible, passing details folded;
 * always within `maxLength` characters (UTF-16 code units, which never undercount GitHub's count).
 */
export function renderComment(report: Report, options: CommentOptions = {}): string {
  return renderDocument(report, {
    ...options,
    limit: options.maxLength ?? COMMENT_MAX_LENGTH,
    measure: (text) => text.length,
    summary: false,
    limits: COMMENT_LIMITS,
  });
}

/** The full report for the job summary and `--markdown`; within `maxBytes` of UTF-8. */
export function renderSummary(report: Report, options: SummaryOptions = {}): string {
  return renderDocument(report, {
    ...options,
    limit: options.maxBytes ?? SUMMARY_MAX_BYTES,
    measure: (text) => Buffer.byteLength(text, 'utf8'),
    summary: true,
    limits: SUMMARY_LIMITS,
  });
}
