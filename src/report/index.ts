// The report's renderings: PR comment, job summary, HTML file, console text. All pure: report in, string out.

export { renderComment, renderSummary, COMMENT_MAX_LENGTH, SUMMARY_MAX_BYTES } from './markdown/index.js';
export type { CommentOptions, SummaryOptions, AcceptSuggestion } from './markdown/index.js';
export { renderHtml } from './html/index.js';
export { renderText } from './text.js';
export { verdict, type Verdict } from './verdict.js';
export type * from './types.js';
