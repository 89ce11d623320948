// Assembles the Markdown report and tightens its limits until it fits the size GitHub accepts.

import type { Report } from '../types.js';
import { clip, markdownCode } from '../escape.js';
import { formatNumber, STATUS_ICON } from '../format.js';
import type { Limits, Tally } from './blocks.js';
import { checksSection } from './checks.js';
import { driftSection } from './drift.js';
import { footer, fullReportPlaces, whereOf, type Where } from './footer.js';
import { modelSection } from './models.js';
import { overviewTable, verdictLine } from './overview.js';
import { prepare, type Prepared } from '../prepare.js';
import { schemaSection } from './schema.js';
import { acceptSection, type AcceptSuggestion } from './accept.js';
import { diffSection } from './diff.js';
import { costText } from '../cost.js';

export interface DocumentOptions extends Where {
  marker?: string;
  /** Largest size, measured by `measure`. */
  limit: number;
  measure: (text: string) => number;
  /** The job summary is itself the full report: it points at the artifact, not at itself. */
  summary: boolean;
  /** The first, most generous limits; later levels only ever tighten them. */
  limits: Limits;
  /** The config change that would accept the failures, shown under them. */
  accept?: AcceptSuggestion;
}

const LADDER: Partial<Limits>[] = [
  {},
  { failing: 2000, passing: 1000 },
  { failing: 500, passing: 200 },
  { failing: 200, passing: 50 },
  { failing: 100, passing: 20, examples: 2 },
  { failing: 50, passing: 0, examples: 2 },
  { failing: 20, passing: 0, examples: 1, evidence: 2, message: 160 },
  { failing: 10, passing: 0, examples: 1, evidence: 1, name: 60, message: 100 },
  { failing: 3, passing: 0, examples: 0, evidence: 1, name: 40, message: 80 },
];

function tighten(base: Limits, step: Partial<Limits>): Limits {
  const limits = { ...base };
  for (const key of Object.keys(step) as (keyof Limits)[]) limits[key] = Math.min(base[key], step[key] ?? Infinity);
  return limits;
}

function heading(kind: 'dataset' | 'model', name: string, status: keyof typeof STATUS_ICON): string {
  return `#### ${STATUS_ICON[status]} ${kind === 'dataset' ? 'Dataset' : 'Model'} ${markdownCode(clip(name, 120), 'text')}`;
}

function sections(prepared: Prepared, limits: Limits, tally: Tally): string[] {
  const out: string[] = [];
  for (const { dataset, checks, drift } of prepared.datasets) {
    const parts = [heading('dataset', dataset.name, dataset.status)];
    if (dataset.source !== undefined) parts.push(`Source: ${markdownCode(clip(dataset.source, limits.name), 'text')}${dataset.cost ? ` · ${costText(dataset.cost)}` : ''}`);
    const baseline = dataset.baseline;
    if (baseline) {
      const ref = baseline.ref ? ` at ${markdownCode(clip(baseline.ref, 60), 'text')}` : '';
      parts.push(`Baseline: ${markdownCode(clip(baseline.source, limits.name), 'text')}${ref}`);
    } else if (dataset.rows.baseline === null) {
      parts.push('No baseline yet: schema diff and drift start with the next run.');
    }
    parts.push(schemaSection(dataset.schema, limits, tally));
    parts.push(checksSection('Checks', checks, dataset.name, limits, tally));
    parts.push(driftSection(dataset, drift, limits, tally));
    parts.push(diffSection(dataset, limits, tally));
    out.push(parts.filter(Boolean).join('\n\n'));
  }
  for (const { model, gates } of prepared.models) {
    out.push([heading('model', model.name, model.status), modelSection(model, gates, limits, tally)].filter(Boolean).join('\n\n'));
  }
  if (prepared.other.length) out.push(checksSection('Other checks', prepared.other, null, limits, tally));
  return out;
}

function shortenedNote(omitted: number, options: DocumentOptions): string {
  const where = fullReportPlaces(options, options.summary);
  const what = options.summary ? 'the job summary' : 'a comment';
  return `> ✂️ Shortened to fit ${what}: ${formatNumber(omitted)} rows are not shown. The full report is in ${where}.`;
}

function compose(head: string[], body: string[], tail: string[]): string {
  return [...head, ...body, ...tail].filter(Boolean).join('\n\n') + '\n';
}

export function renderDocument(report: Report, options: DocumentOptions): string {
  const prepared = prepare(report);
  const where = whereOf(report, options);
  const resolved: DocumentOptions = { ...options, ...where };
  const marker = options.marker ? options.marker : '';
  const end = footer(report, where);
  const fits = (text: string) => options.measure(text) <= options.limit;

  for (const step of LADDER) {
    const limits = tighten(options.limits, step);
    const tally: Tally = { omitted: 0 };
    const overview = overviewTable(prepared, limits, tally);
    const body = [...sections(prepared, limits, tally), acceptSection(options.accept, limits, tally)];
    const note = tally.omitted ? shortenedNote(tally.omitted, resolved) : '';
    const text = compose([marker, verdictLine(prepared), note, overview], body, [end]);
    if (fits(text)) return text;
  }

  // Last resorts: the verdict and the overview; then the verdict without names; then a cut of text we wrote ourselves.
  const minimal = tighten(options.limits, LADDER[LADDER.length - 1]);
  for (const rows of [20, 5, 0]) {
    const tally: Tally = { omitted: 0 };
    const overview = rows ? overviewTable(prepared, { ...minimal, failing: rows }, tally) : '';
    const note = `> ✂️ Too large to show here. The full report is in ${fullReportPlaces(resolved, options.summary)}.`;
    for (const withReasons of [true, false]) {
      const text = compose([marker, verdictLine(prepared, withReasons), note, overview], [], [end]);
      if (fits(text)) return text;
    }
  }
  const bare = compose([marker, verdictLine(prepared, false)], [], []);
  return cut(bare, options);
}

/** Cuts trusted text (our own words, no names) by code points until it measures within the limit. */
function cut(text: string, options: DocumentOptions): string {
  const points = Array.from(text);
  let low = 0;
  let high = points.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (options.measure(points.slice(0, mid).join('')) <= options.limit) low = mid;
    else high = mid - 1;
  }
  return points.slice(0, low).join('');
}
