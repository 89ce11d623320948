export const id = 6853;
export const ids = [6853];
export const modules = {

/***/ 98041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ru: () => (/* binding */ valueText),
/* harmony export */   eT: () => (/* binding */ diffHeadline),
/* harmony export */   k8: () => (/* binding */ changedColumns),
/* harmony export */   ro: () => (/* binding */ typicalChange)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14031);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12011);
/* harmony import */ var _phrase_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55049);
// The row diff in words, shared by the comment, the summary and the terminal:
// "`orders`: +120 rows, −3, 1,204 changed: `price` 1,200, `status` 4".



const MINUS = '\u2212';
/** Changed columns, most changed first (then by name), without the unchanged ones. */
function changedColumns(diff) {
    return diff.columns.filter((c) => c.changed > 0).sort((a, b) => b.changed - a.changed || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** The line a reviewer reads first; names at most `maxColumns` changed columns. */
function diffHeadline(name, diff, maxColumns = 3) {
    const phrase = [(0,_phrase_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(name), `: +${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(diff.added)} ${diff.added === 1 ? 'row' : 'rows'}, ${MINUS}${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(diff.removed)}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(diff.changed)} changed`];
    const columns = changedColumns(diff);
    if (columns.length) {
        const shown = columns.slice(0, maxColumns).map((c) => [(0,_phrase_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(c.name), ` ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(c.changed)}`]);
        phrase.push(': ', ...(0,_phrase_js__WEBPACK_IMPORTED_MODULE_2__/* .joinPhrases */ .Zk)(shown, ', '));
        if (columns.length > maxColumns)
            phrase.push(` and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(columns.length - maxColumns)} more ${columns.length - maxColumns === 1 ? 'column' : 'columns'}`);
    }
    return phrase;
}
/** A value as shown in a cell: exact (1.504 stays 1.504), text as it is; null is undefined. */
function valueText(value) {
    if (value === null)
        return undefined;
    return String(value);
}
/** "mean +0.31" for numbers, "open → closed (3)" otherwise, as a phrase with values as code. */
function typicalChange(column, maxLength = 80) {
    if (column.meanDelta !== undefined)
        return [`mean ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSigned */ .Gp)(column.meanDelta)}`];
    if (!column.typical)
        return [];
    const side = (value) => (value === null ? ['null'] : [(0,_phrase_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(String(value), maxLength))]);
    return [...side(column.typical.before), ' → ', ...side(column.typical.after), ` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(column.typical.count)})`];
}


/***/ }),

/***/ 66853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMENT_MAX_LENGTH: () => (/* reexport */ COMMENT_MAX_LENGTH),
  SUMMARY_MAX_BYTES: () => (/* reexport */ SUMMARY_MAX_BYTES),
  renderComment: () => (/* reexport */ renderComment),
  renderHtml: () => (/* reexport */ renderHtml),
  renderSummary: () => (/* reexport */ renderSummary),
  renderText: () => (/* reexport */ renderText),
  verdict: () => (/* reexport */ verdict)
});

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
// EXTERNAL MODULE: ./src/report/phrase.ts
var report_phrase = __webpack_require__(55049);
;// CONCATENATED MODULE: ./src/report/markdown/blocks.ts
// Markdown building blocks with a row budget: tables, folded sections, and notes about what was left out.



function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}
/** A GFM table; `align` per column: l, r or c. Cells must already be escaped. */
function table(header, align, rows) {
    const rule = Array.from(align).map((a) => (a === 'r' ? '--:' : a === 'c' ? ':-:' : '---'));
    return [tableRow(header), tableRow(rule), ...rows.map(tableRow)].join('\n');
}
/** The first `limit` items, and a note for the tally when some are cut. */
function take(items, limit, tally) {
    if (items.length <= limit)
        return { shown: items, hidden: 0 };
    const shown = items.slice(0, Math.max(0, limit));
    tally.omitted += items.length - shown.length;
    return { shown, hidden: items.length - shown.length };
}
function moreNote(hidden, what) {
    return `<sub>… and ${(0,format/* formatNumber */.ZV)(hidden)} more ${what} not shown here; see the full report.</sub>`;
}
/**
 * A folded section. The summary line is raw HTML (Markdown is not parsed there), so it is built from
 * our own words and HTML-escaped names; the body is Markdown and needs blank lines around it.
 */
function details(summaryHtml, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summaryHtml}</summary>\n\n${body}\n\n</details>`;
}
function markdownPhrase(phrase) {
    return (0,report_phrase/* renderPhrase */.gF)(phrase, { plain: (s) => s, code: (s) => (0,report_escape/* markdownCode */.D9)(s, 'text'), text: report_escape/* markdownText */.p7 });
}
function tablePhrase(phrase) {
    return (0,report_phrase/* renderPhrase */.gF)(phrase, { plain: (s) => s.replace(/\|/g, '\\|'), code: (s) => (0,report_escape/* markdownCode */.D9)(s, 'table'), text: report_escape/* markdownText */.p7 });
}
/** A phrase inside a `<summary>` (raw HTML). */
function summaryPhrase(phrase) {
    return renderPhrase(phrase, { plain: (s) => s, code: (s) => `<code>${markdownHtmlText(s)}</code>`, text: markdownHtmlText });
}

;// CONCATENATED MODULE: ./src/report/message.ts
// A gate's message as a phrase: the column name and the pattern it quotes become code spans, so a
// copied regex is exact and a name needs no escaping; the rest stays untrusted text.

/** `message` defaults to the gate's own; pass a clipped one to render that instead. */
function messagePhrase(gate, message = gate.message) {
    const quoted = [];
    if (gate.column !== undefined)
        quoted.push({ text: JSON.stringify(gate.column), value: gate.column });
    if (gate.kind === 'contract' && gate.id.endsWith('.pattern') && typeof gate.expected === 'string') {
        quoted.push({ text: `/${gate.expected}/`, value: gate.expected }, { text: gate.expected, value: gate.expected });
    }
    const phrase = [];
    let rest = message;
    for (;;) {
        let first;
        for (const candidate of quoted) {
            const at = rest.indexOf(candidate.text);
            if (at >= 0 && (!first || at < first.at))
                first = { at, ...candidate };
        }
        if (!first || quoted.length === 0)
            break;
        if (first.at > 0)
            phrase.push((0,report_phrase/* untrusted */.bp)(rest.slice(0, first.at)));
        phrase.push((0,report_phrase/* code */.aY)(first.value));
        rest = rest.slice(first.at + first.text.length);
    }
    if (rest)
        phrase.push((0,report_phrase/* untrusted */.bp)(rest));
    return phrase;
}

;// CONCATENATED MODULE: ./src/report/markdown/checks.ts
// Contract violations and other checks: observed vs expected with a few example rows; passing ones folded.




/** The id without its owner's prefix (`train.contract.age.max` → `contract.age.max`), as code. */
function checkName(gate, owner, limits) {
    const id = owner !== null && gate.id.startsWith(owner + '.') ? gate.id.slice(owner.length + 1) : gate.id;
    return (0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)(id, limits.name));
}
/** The message in a table cell, names and patterns as code. */
function messageCell(gate, limits) {
    return tablePhrase(messagePhrase(gate, (0,report_escape/* clip */.$Q)(gate.message, limits.message)));
}
function valueCell(value, limits) {
    if (value === undefined)
        return '';
    return (0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)((0,format/* formatValue */.Fl)(value), limits.name));
}
function exampleText(example, limits) {
    const where = example.file !== undefined
        ? `${(0,report_escape/* markdownText */.p7)((0,report_escape/* clip */.$Q)(example.file, limits.name))}${example.line !== undefined ? `:${example.line}` : ` row ${example.row}`}`
        : example.line !== undefined ? `row ${(0,format/* formatNumber */.ZV)(example.row)} (line ${(0,format/* formatNumber */.ZV)(example.line)})` : `row ${(0,format/* formatNumber */.ZV)(example.row)}`;
    return `${where}: ${example.value === '' ? '(empty)' : (0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)(example.value, limits.name))}`;
}
function examplesCell(gate, limits) {
    const examples = gate.examples ?? [];
    const shown = examples.slice(0, limits.examples).map((example) => exampleText(example, limits));
    const total = Math.max(gate.count ?? 0, examples.length);
    if (shown.length && total > shown.length)
        shown.push(`… ${(0,format/* formatNumber */.ZV)(total - shown.length)} more`);
    return shown.join('<br>');
}
function failingChecksTable(gates, owner, limits, tally) {
    const { shown, hidden } = take(gates, limits.failing, tally);
    if (shown.length === 0 && hidden === 0)
        return '';
    const withExamples = limits.examples > 0 && gates.some((gate) => gate.examples?.length);
    const rows = shown.map((gate) => {
        const row = [
            format/* STATUS_ICON */.tW[gate.status],
            `${checkName(gate, owner, limits)}<br>${messageCell(gate, limits)}`,
            valueCell(gate.observed, limits),
            valueCell(gate.expected, limits),
            gate.count === undefined ? '' : (0,format/* formatNumber */.ZV)(gate.count),
        ];
        if (withExamples)
            row.push(examplesCell(gate, limits));
        return row;
    });
    const header = ['', 'Check', 'Observed', 'Expected', 'Rows'];
    if (withExamples)
        header.push('Examples');
    const body = shown.length ? table(header, withExamples ? 'cllrrl' : 'cllrr', rows) : '';
    return [body, hidden ? moreNote(hidden, 'failed checks') : ''].filter(Boolean).join('\n\n');
}
/** Passing and skipped checks, folded; a count only when the budget allows no rows. */
function foldedChecks(gates, owner, limits, tally) {
    const parts = [];
    for (const status of ['pass', 'skip']) {
        const chosen = gates.filter((gate) => gate.status === status);
        if (chosen.length === 0)
            continue;
        const label = `${format/* STATUS_ICON */.tW[status]} ${(0,format/* formatNumber */.ZV)(chosen.length)} ${status === 'pass' ? 'passing' : 'skipped'} ${chosen.length === 1 ? 'check' : 'checks'}`;
        const { shown, hidden } = take(chosen, limits.passing, tally);
        if (shown.length === 0) {
            parts.push(`${label} (not listed here; see the full report)`);
            continue;
        }
        const rows = shown.map((gate) => [checkName(gate, owner, limits), messageCell(gate, limits)]);
        const body = [table(['Check', status === 'pass' ? 'Result' : 'Why skipped'], 'll', rows), hidden ? moreNote(hidden, 'checks') : '']
            .filter(Boolean).join('\n\n');
        parts.push(details(label, body));
    }
    return parts.join('\n\n');
}
function checksSection(title, gates, owner, limits, tally) {
    if (gates.length === 0)
        return '';
    const failing = gates.filter((gate) => gate.status === 'fail' || gate.status === 'warn');
    const parts = [`**${title}**`];
    const failingTable = failingChecksTable(failing, owner, limits, tally);
    if (failingTable)
        parts.push(failingTable);
    const folded = foldedChecks(gates, owner, limits, tally);
    if (folded)
        parts.push(folded);
    return parts.join('\n\n');
}

;// CONCATENATED MODULE: ./src/report/sparkline.ts
// Before/after histograms as Unicode block sparklines (▁▂▃▄▅▆▇█), which render in any comment.
const BLOCKS = '▂▃▄▅▆▇█';
const EMPTY = '▁';
/** At most `width` bins: adjacent bins are summed so the shape survives. */
function mergeBins(counts, width) {
    if (counts.length <= width)
        return counts.slice();
    const size = Math.ceil(counts.length / width);
    const merged = [];
    for (let start = 0; start < counts.length; start += size) {
        merged.push(counts.slice(start, start + size).reduce((sum, count) => sum + count, 0));
    }
    return merged;
}
function shares(counts) {
    const total = counts.reduce((sum, count) => sum + Math.max(0, count), 0);
    return counts.map((count) => (total > 0 ? Math.max(0, count) / total : 0));
}
/** One line of blocks; heights are relative to `max` so two lines drawn with the same max compare. */
function sparkline(values, max) {
    return values
        .map((value) => {
        if (!(value > 0) || !(max > 0))
            return EMPTY;
        const level = Math.min(BLOCKS.length - 1, Math.floor((value / max) * BLOCKS.length - 1e-9));
        return BLOCKS[Math.max(0, level)];
    })
        .join('');
}
/**
 * The two sides of a drift column as shares on a common scale: the histogram when there is one,
 * else the category shares with the biggest changes. Null when there is nothing to draw.
 */
function beforeAfter(column, width = 16) {
    if (column.histogram && column.histogram.baseline.length > 0) {
        return {
            baseline: shares(mergeBins(column.histogram.baseline, width)),
            current: shares(mergeBins(column.histogram.current, width)),
        };
    }
    const changes = column.categories?.changes ?? [];
    if (changes.length > 0) {
        const shown = changes.slice(0, width);
        return { baseline: shown.map((c) => c.baseline), current: shown.map((c) => c.current) };
    }
    return null;
}
/** `▁▂▅█▃` → `▁▁▃▅█`, null when the column has no histogram or categories. */
function sparklinePair(column, width = 16) {
    const sides = beforeAfter(column, width);
    if (!sides)
        return null;
    const max = Math.max(...sides.baseline, ...sides.current);
    return { baseline: sparkline(sides.baseline, max), current: sparkline(sides.current, max) };
}

;// CONCATENATED MODULE: ./src/report/gates.ts
// Grouping and counting gate results: which dataset or model a gate belongs to, and how many did what.

function countGates(gates) {
    const counts = { pass: 0, warn: 0, fail: 0, skip: 0, total: gates.length, ran: 0 };
    for (const gate of gates)
        counts[gate.status] += 1;
    counts.ran = counts.total - counts.skip;
    return counts;
}
/** Fails first, then warnings, passes, skips; by id within a status, so order never depends on input order. */
function sortGates(gates) {
    return gates.slice().sort((a, b) => format/* STATUS_RANK */.Mo[a.status] - format/* STATUS_RANK */.Mo[b.status] || compareText(a.id, b.id));
}
/** Code-unit order: deterministic and locale-free. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** The dataset or model a gate belongs to: its `dataset`/`model` field, else the longest name its id starts with. */
function ownerOf(gate, report) {
    if (gate.dataset !== undefined) {
        const dataset = report.datasets.find((d) => d.name === gate.dataset);
        if (dataset)
            return { kind: 'dataset', dataset };
    }
    if (gate.model !== undefined) {
        const model = report.models.find((m) => m.name === gate.model);
        if (model)
            return { kind: 'model', model };
    }
    let best = null;
    let bestLength = -1;
    for (const dataset of report.datasets) {
        if (gate.id.startsWith(dataset.name + '.') && dataset.name.length > bestLength) {
            best = { kind: 'dataset', dataset };
            bestLength = dataset.name.length;
        }
    }
    for (const model of report.models) {
        if (gate.id.startsWith(model.name + '.') && model.name.length > bestLength) {
            best = { kind: 'model', model };
            bestLength = model.name.length;
        }
    }
    return best;
}

// EXTERNAL MODULE: ./src/report/driftColumn.ts
var driftColumn = __webpack_require__(15615);
;// CONCATENATED MODULE: ./src/report/summaries.ts
// Short plain-words summaries of a dataset or model (counts, schema, drift), shared by every rendering.



function gateCounts(gates) {
    const counts = countGates(gates);
    const parts = [];
    if (counts.fail)
        parts.push(`${(0,format/* formatNumber */.ZV)(counts.fail)} failed`);
    if (counts.warn)
        parts.push(`${(0,format/* formatNumber */.ZV)(counts.warn)} ${counts.warn === 1 ? 'warning' : 'warnings'}`);
    if (counts.pass)
        parts.push(`${(0,format/* formatNumber */.ZV)(counts.pass)} passed`);
    if (counts.skip)
        parts.push(`${(0,format/* formatNumber */.ZV)(counts.skip)} skipped`);
    return parts.length ? parts.join(' · ') : '—';
}
function schemaSummary(dataset) {
    const schema = dataset.schema;
    if (!schema)
        return 'no baseline';
    const all = [...schema.added, ...schema.removed, ...schema.changed, ...schema.renamed, ...schema.nullability];
    const breaking = all.filter((change) => change.breaking).length;
    if (all.length === 0)
        return schema.reordered ? 'columns reordered' : 'unchanged';
    const changes = `${(0,format/* formatNumber */.ZV)(all.length)} ${all.length === 1 ? 'change' : 'changes'}`;
    return breaking ? `${(0,format/* formatNumber */.ZV)(breaking)} breaking of ${changes}` : changes;
}
function driftSummary(dataset) {
    const drift = dataset.drift;
    if (!drift)
        return '';
    const drifted = drift.columns.filter((column) => column.drifted).length;
    // Columns that could not be compared (ids, dates, retyped) do not count, as in the share.
    const compared = drift.columns.filter(driftColumn/* isCompared */.u).length;
    const of = `${(0,format/* formatNumber */.ZV)(drifted)} of ${(0,format/* formatNumber */.ZV)(compared)} columns drifted (${(0,format/* formatPercent */.l9)(drift.share)})`;
    return drift.drifted ? `${of}, at least ${(0,format/* formatPercent */.l9)(drift.threshold)}: dataset drifted` : of;
}
function modelSummary(model) {
    const worse = model.metrics.filter(format/* regressed */.p9).length;
    const metrics = `${(0,format/* formatNumber */.ZV)(model.metrics.length)} ${model.metrics.length === 1 ? 'metric' : 'metrics'}`;
    return worse ? `${metrics}, ${(0,format/* formatNumber */.ZV)(worse)} worse than baseline` : metrics;
}

// EXTERNAL MODULE: ./src/report/dateRange.ts
var dateRange = __webpack_require__(72367);
// EXTERNAL MODULE: ./src/report/detectable.ts
var detectable = __webpack_require__(47311);
;// CONCATENATED MODULE: ./src/report/markdown/drift.ts
// Drift per column, most severe first: method, score, threshold, a before/after sparkline and the evidence.








function scoreCell(column) {
    const score = (0,format/* formatNumber */.ZV)(column.score);
    if (column.pValue === null)
        return score;
    const adjusted = column.adjustedPValue != null ? `, adj. ${(0,format/* formatPValue */.td)(column.adjustedPValue)}` : '';
    return `${score} (${(0,format/* formatPValue */.td)(column.pValue)}${adjusted})`;
}
function thresholdCell(column) {
    return (0,format/* usesPValue */.CG)(column) ? `p < ${(0,format/* formatNumber */.ZV)(column.threshold)}` : `> ${(0,format/* formatNumber */.ZV)(column.threshold)}`;
}
function sparklineCell(column) {
    const pair = sparklinePair(column);
    // No-break spaces keep before → after on one line in narrow table columns.
    return pair ? `\`${pair.baseline}\`\u00a0→\u00a0\`${pair.current}\`` : '';
}
const QUANTILES = [['p50', 'median'], ['p95', 'p95'], ['mean', 'mean'], ['p05', 'p5']];
/** Shares may arrive as proportions (≤ 1) or as counts; counts are shown as they are. */
function share(value, asCounts) {
    return asCounts ? (0,format/* formatNumber */.ZV)(value) : (0,format/* formatPercent */.l9)(value);
}
/** Quantile shift, null rate change, categories gained and lost: why the score is what it is. */
function evidence(column, limits) {
    const parts = column.range ? (0,dateRange/* dateRangePhrases */.I)(column.range) : [];
    const before = column.baseline;
    const after = column.current;
    if (before && after) {
        for (const [key, label] of QUANTILES) {
            const b = before[key];
            const a = after[key];
            if (b === undefined || a === undefined)
                continue;
            parts.push(`${label} ${(0,format/* formatNumber */.ZV)(b)} → ${(0,format/* formatNumber */.ZV)(a)}`);
            if (parts.length >= 2)
                break;
        }
        if (before.nullRate !== after.nullRate)
            parts.push(`nulls ${(0,format/* formatPercent */.l9)(before.nullRate)} → ${(0,format/* formatPercent */.l9)(after.nullRate)}`);
    }
    const categories = column.categories;
    if (categories) {
        const names = (values) => {
            const shown = values.slice(0, limits.evidence).map((value) => (0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)(value, limits.name)));
            if (values.length > shown.length)
                shown.push(`+${(0,format/* formatNumber */.ZV)(values.length - shown.length)} more`);
            return shown.join(', ');
        };
        if (categories.added.length)
            parts.push(`new: ${names(categories.added)}`);
        if (categories.removed.length)
            parts.push(`gone: ${names(categories.removed)}`);
        const asCounts = categories.changes.some((change) => change.baseline > 1 || change.current > 1);
        for (const change of categories.changes.slice(0, Math.min(limits.evidence, 2))) {
            parts.push(`${(0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)(change.value, limits.name))} ${share(change.baseline, asCounts)} → ${share(change.current, asCounts)}`);
        }
    }
    if (column.approximate)
        parts.push('approximate (from sketches)');
    const unseen = column.drifted ? undefined : (0,detectable/* lowPowerClause */.TW)(column.detectable);
    if (unseen)
        parts.push(`too few values to rule out drift: ${unseen}`);
    return parts;
}
function driftRow(column, limits) {
    return [
        format/* STATUS_ICON */.tW[column.status],
        (0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)(column.name, limits.name)),
        // A date column is compared by its range, not by the method it would otherwise get.
        column.range ? 'date range' : format/* METHOD_NAME */.yB[column.method],
        column.range ? '—' : scoreCell(column),
        column.range ? '' : thresholdCell(column),
        sparklineCell(column),
        evidence(column, limits).join(' · '),
    ];
}
const HEADER = ['', 'Column', 'Method', 'Score', 'Threshold', 'Before → after', 'Evidence'];
const ALIGN = 'cllrrll';
function driftSection(dataset, sorted, limits, tally) {
    if (!dataset.drift || sorted.length === 0)
        return '';
    const flagged = sorted.filter((column) => column.status !== 'pass');
    // A column that was not compared has no score: it is listed with its reason, never as "no drift".
    const quiet = sorted.filter((column) => column.status === 'pass' && (0,driftColumn/* isCompared */.u)(column));
    const skipped = sorted.filter((column) => column.status === 'pass' && !(0,driftColumn/* isCompared */.u)(column));
    const parts = [`**Drift** — ${driftSummary(dataset)}`];
    const shownFlagged = take(flagged, limits.failing, tally);
    if (shownFlagged.shown.length)
        parts.push(table(HEADER, ALIGN, shownFlagged.shown.map((c) => driftRow(c, limits))));
    if (shownFlagged.hidden)
        parts.push(moreNote(shownFlagged.hidden, 'drifted columns'));
    if (quiet.length) {
        const lowPower = quiet.filter((column) => (0,detectable/* isLowPower */.kQ)(column.detectable)).length;
        // Said on the folded line, since the table is folded: a "no drift" on few rows is weak evidence.
        const caveat = lowPower ? ` (${(0,format/* formatNumber */.ZV)(lowPower)} of them too small to rule out a ${(0,format/* formatNumber */.ZV)(detectable/* LOW_POWER */.f6.meanShift)}-std shift or a ${(0,format/* formatNumber */.ZV)(100 * detectable/* LOW_POWER */.f6.categoryShare)}-point category move)` : '';
        const label = `${format/* STATUS_ICON */.tW.pass} ${(0,format/* formatNumber */.ZV)(quiet.length)} ${quiet.length === 1 ? 'column' : 'columns'} without drift${caveat}`;
        const shownQuiet = take(quiet, limits.passing, tally);
        if (shownQuiet.shown.length === 0) {
            parts.push(`${label} (not listed here; see the full report)`);
        }
        else {
            const body = [table(HEADER, ALIGN, shownQuiet.shown.map((c) => driftRow(c, limits))), shownQuiet.hidden ? moreNote(shownQuiet.hidden, 'columns') : '']
                .filter(Boolean).join('\n\n');
            parts.push(details(label, body));
        }
    }
    if (skipped.length) {
        const shownSkipped = take(skipped, limits.passing, tally);
        const lines = shownSkipped.shown.map((column) => `- ${(0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)(column.name, limits.name), 'text')}: ${(0,report_escape/* markdownText */.p7)((0,report_escape/* clip */.$Q)(column.notCompared ?? column.note?.replace(driftColumn/* NOT_COMPARED */.S, '') ?? '', limits.message))}`);
        if (shownSkipped.hidden)
            lines.push(`- ${moreNote(shownSkipped.hidden, 'columns')}`);
        parts.push(details(`${format/* STATUS_ICON */.tW.skip} ${(0,format/* formatNumber */.ZV)(skipped.length)} ${skipped.length === 1 ? 'column' : 'columns'} not compared`, lines.join('\n')));
    }
    return parts.join('\n\n');
}

;// CONCATENATED MODULE: ./src/report/markdown/footer.ts
// The footer: where the run and the full report are, which datagate, which commits were compared.

/** Resolved from options first, then the report's meta. */
function whereOf(report, options) {
    return {
        runUrl: options.runUrl ?? report.meta?.runUrl,
        artifactName: options.artifactName ?? report.meta?.artifact,
        reportPath: options.reportPath,
    };
}
/** "the job summary of the [workflow run](…) and the `datagate-report` artifact" */
function fullReportPlaces(where, summary) {
    const url = (0,report_escape/* safeUrl */.Pl)(where.runUrl);
    const places = [];
    if (!summary)
        places.push(url ? `the job summary of the [workflow run](${url})` : 'the job summary');
    if (where.artifactName)
        places.push(`the ${(0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)(where.artifactName, 100), 'text')} artifact`);
    if (where.reportPath)
        places.push(`${(0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)(where.reportPath, 200), 'text')}`);
    if (places.length === 0)
        places.push('the JSON report');
    return places.length === 1 ? places[0] : `${places.slice(0, -1).join(', ')} and ${places[places.length - 1]}`;
}
function shortCommit(sha) {
    return (0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)(/^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 7) : sha, 40), 'text');
}
function footer(report, where) {
    const parts = [];
    const url = (0,report_escape/* safeUrl */.Pl)(where.runUrl);
    if (url)
        parts.push(`[Workflow run](${url})`);
    if (where.artifactName)
        parts.push(`artifact ${(0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)(where.artifactName, 100), 'text')}`);
    if (where.reportPath)
        parts.push(`report ${(0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)(where.reportPath, 200), 'text')}`);
    const meta = report.meta;
    if (meta)
        parts.push(`${(0,report_escape/* markdownText */.p7)((0,report_escape/* clip */.$Q)(meta.tool || 'datagate', 40))} ${(0,report_escape/* markdownText */.p7)((0,report_escape/* clip */.$Q)(meta.version, 40), 'inline')}`);
    if (meta?.baseCommit && meta.commit)
        parts.push(`compared ${shortCommit(meta.baseCommit)} → ${shortCommit(meta.commit)}`);
    else if (meta?.commit)
        parts.push(`commit ${shortCommit(meta.commit)}`);
    if (meta?.config)
        parts.push(`config ${(0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)(meta.config, 200), 'text')}`);
    if (parts.length === 0)
        return '';
    return `---\n<sub>${parts.join(' · ')}</sub>`;
}

;// CONCATENATED MODULE: ./src/report/markdown/models.ts
// Model metrics (baseline, current, delta with arrow, CI) and segments with the worst one named.




function value(x) {
    return x === null ? '—' : (0,format/* formatNumber */.ZV)(x);
}
function metricRow(metric, withInterval, limits) {
    const arrow = (0,format/* deltaArrow */.uh)(metric);
    const row = [format/* STATUS_ICON */.tW[metric.status], (0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)(metric.name, limits.name)), value(metric.baseline), value(metric.current),
        `${arrow ? arrow + ' ' : ''}${(0,format/* formatDelta */.CW)(metric)}`];
    if (withInterval)
        row.push((0,format/* formatInterval */.vy)(metric));
    return row;
}
function sortMetrics(metrics) {
    return metrics.slice().sort((a, b) => format/* STATUS_RANK */.Mo[a.status] - format/* STATUS_RANK */.Mo[b.status] || compareText(a.name, b.name));
}
function segmentsPart(model, limits, tally) {
    const segments = model.segments;
    if (!segments || segments.segments.length === 0)
        return '';
    const name = (s) => (0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)(s, limits.name), 'text');
    const byValue = new Map(segments.segments.map((segment) => [segment.name, segment.value]));
    const words = [`**Segments** by ${name(segments.metric)}`];
    if (segments.worst !== null)
        words.push(`worst ${name(segments.worst)} ${value(byValue.get(segments.worst) ?? null)}`);
    if (segments.best !== null)
        words.push(`best ${name(segments.best)} ${value(byValue.get(segments.best) ?? null)}`);
    if (segments.gap !== null)
        words.push(`gap ${(0,format/* formatNumber */.ZV)(segments.gap)}`);
    const sorted = segments.segments.slice().sort((a, b) => a.value - b.value || compareText(a.name, b.name));
    const { shown, hidden } = take(sorted, limits.passing, tally);
    const line = words.join(' · ');
    if (shown.length === 0)
        return line;
    const body = [table(['Segment', segments.metric === '' ? 'Value' : (0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)(segments.metric, limits.name))], 'lr', shown.map((segment) => [(0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)(segment.name, limits.name)), (0,format/* formatNumber */.ZV)(segment.value)])),
        hidden ? moreNote(hidden, 'segments') : ''].filter(Boolean).join('\n\n');
    return `${line}\n\n${details(`${(0,format/* formatNumber */.ZV)(segments.segments.length)} segments, worst first`, body)}`;
}
function modelSection(model, gates, limits, tally) {
    const parts = [];
    const sorted = sortMetrics(model.metrics);
    const withInterval = sorted.some((metric) => metric.ci !== undefined);
    const header = ['', 'Metric', 'Baseline', 'Current', 'Δ'];
    if (withInterval)
        header.push('Δ 95% CI');
    const align = withInterval ? 'clrrrr' : 'clrrr';
    const flagged = sorted.filter((metric) => metric.status === 'fail' || metric.status === 'warn');
    const quiet = sorted.filter((metric) => !(metric.status === 'fail' || metric.status === 'warn'));
    // Metrics are few and a reviewer wants all of them side by side, so passing ones share the table
    // until the budget says otherwise.
    const shownFlagged = take(flagged, limits.failing, tally);
    const shownQuiet = take(quiet, limits.passing, tally);
    const rows = [...shownFlagged.shown, ...shownQuiet.shown].map((metric) => metricRow(metric, withInterval, limits));
    if (rows.length)
        parts.push(table(header, align, rows));
    const hidden = shownFlagged.hidden + shownQuiet.hidden;
    if (hidden)
        parts.push(moreNote(hidden, 'metrics'));
    const problems = gates.filter((gate) => gate.status === 'fail' || gate.status === 'warn');
    const shownProblems = take(problems, limits.failing, tally);
    if (shownProblems.shown.length) {
        parts.push(shownProblems.shown.map((gate) => `- ${format/* STATUS_ICON */.tW[gate.status]} ${(0,report_escape/* markdownText */.p7)((0,report_escape/* clip */.$Q)(gate.message, limits.message))}`).join('\n'));
    }
    if (shownProblems.hidden)
        parts.push(moreNote(shownProblems.hidden, 'failed checks'));
    const skipped = gates.filter((gate) => gate.status === 'skip');
    if (skipped.length) {
        const shownSkipped = take(skipped, limits.evidence, tally);
        parts.push(shownSkipped.shown.map((gate) => `- ${format/* STATUS_ICON */.tW.skip} ${(0,report_escape/* markdownText */.p7)((0,report_escape/* clip */.$Q)(gate.message, limits.message))}`).join('\n'));
        if (shownSkipped.hidden)
            parts.push(moreNote(shownSkipped.hidden, 'skipped checks'));
    }
    const segments = segmentsPart(model, limits, tally);
    if (segments)
        parts.push(segments);
    return parts.join('\n\n');
}

;// CONCATENATED MODULE: ./src/report/markdown/overview.ts
// The verdict line and the one-row-per-dataset-or-model table under it.




function verdictLine(prepared, withReasons = true) {
    const { icon, headline, short } = prepared.verdict;
    return `### ${icon} ${withReasons ? markdownPhrase(headline) : short}`;
}
function overviewTable(prepared, limits, tally) {
    const rows = [];
    for (const { dataset, gates } of prepared.datasets) {
        const changes = [`schema: ${schemaSummary(dataset)}`];
        const drift = driftSummary(dataset);
        if (drift)
            changes.push(`drift: ${drift}`);
        rows.push([format/* STATUS_ICON */.tW[dataset.status], `${(0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)(dataset.name, limits.name))}`, (0,format/* formatRows */.dZ)(dataset.rows), changes.join(' · '), gateCounts(gates)]);
    }
    for (const { model, gates } of prepared.models) {
        rows.push([format/* STATUS_ICON */.tW[model.status], `${(0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)(model.name, limits.name))} (model)`, '—', modelSummary(model), gateCounts(gates)]);
    }
    if (prepared.other.length) {
        rows.push([format/* STATUS_ICON */.tW[worst(prepared.other)], 'other checks', '—', '—', gateCounts(prepared.other)]);
    }
    const { shown, hidden } = take(rows, Math.max(limits.failing, 10), tally);
    const body = table(['', 'Dataset / model', 'Rows', 'Changes', 'Gates'], 'clrll', shown);
    return hidden ? `${body}\n\n${moreNote(hidden, 'datasets and models')}` : body;
}
function worst(gates) {
    if (gates.some((g) => g.status === 'fail'))
        return 'fail';
    if (gates.some((g) => g.status === 'warn'))
        return 'warn';
    return 'pass';
}

;// CONCATENATED MODULE: ./src/report/verdict.ts
// The verdict line: what happened and why, in words ("2 of 31 gates failed: `age` drifted (Wasserstein 0.31), …").




const plural = (n, one, many = one + 's') => `${(0,format/* formatNumber */.ZV)(n)} ${n === 1 ? one : many}`;
/** The headline names at most `maxReasons` failing (or, when none fail, warning) gates. */
function verdict(report, maxReasons = 3) {
    const counts = countGates(report.gates);
    const reasons = (status) => {
        const chosen = report.gates.filter((gate) => gate.status === status);
        const shown = pickReasons(chosen, report, maxReasons).map((gate) => gateReason(gate, report));
        const rest = chosen.length - shown.length;
        return [...(0,report_phrase/* joinPhrases */.Zk)(shown, ', '), ...(rest > 0 ? [` and ${(0,format/* formatNumber */.ZV)(rest)} more`] : [])];
    };
    let lead;
    let why = [];
    let tail = '';
    if (counts.fail > 0) {
        lead = `${(0,format/* formatNumber */.ZV)(counts.fail)} of ${plural(counts.ran, 'gate')} failed`;
        why = reasons('fail');
        if (counts.warn > 0)
            tail = `; ${plural(counts.warn, 'warning')}`;
    }
    else if (counts.warn > 0) {
        lead = `${(0,format/* formatNumber */.ZV)(counts.ran - counts.warn)} of ${plural(counts.ran, 'gate')} passed, ${plural(counts.warn, 'warning')}`;
        why = reasons('warn');
    }
    else if (counts.ran > 0) {
        lead = counts.ran === 1 ? 'The only gate passed' : `All ${(0,format/* formatNumber */.ZV)(counts.ran)} gates passed`;
    }
    else {
        lead = 'No gates ran';
    }
    if (counts.skip > 0)
        tail += ` (${(0,format/* formatNumber */.ZV)(counts.skip)} skipped)`;
    if (report.status === 'fail' && counts.fail === 0)
        tail += ' — the run failed';
    const headline = why.length ? [lead, ': ', ...why, tail] : [lead + tail];
    return { status: report.status, icon: format/* STATUS_ICON */.tW[report.status], counts, headline, short: lead + tail, reasons: why };
}
const KIND_ORDER = ['schema', 'metric', 'drift', 'contract', 'rows', 'freshness', 'segment'];
function kindRank(kind) {
    const index = KIND_ORDER.indexOf(kind);
    return index === -1 ? KIND_ORDER.length : index;
}
/**
 * The gates the headline names: one of each kind in turn (schema, metric, drift, contract, …), so a
 * wall of contract failures does not hide a metric regression; within a kind the report's order,
 * the most drifted column first.
 */
function pickReasons(gates, report, max) {
    const ownerRank = (gate) => {
        const owner = ownerOf(gate, report);
        if (owner?.kind === 'dataset')
            return report.datasets.indexOf(owner.dataset);
        if (owner?.kind === 'model')
            return report.datasets.length + report.models.indexOf(owner.model);
        return report.datasets.length + report.models.length;
    };
    const severity = (gate) => {
        const owner = ownerOf(gate, report);
        const column = owner?.kind === 'dataset' ? driftColumnOf(gate, owner.dataset) : undefined;
        return column ? (0,format/* driftSeverity */.N3)(column) : 0;
    };
    const groups = new Map();
    for (const gate of sortGates(gates))
        groups.set(gate.kind, [...(groups.get(gate.kind) ?? []), gate]);
    const ordered = [...groups.entries()]
        .sort(([a], [b]) => kindRank(a) - kindRank(b) || compareText(a, b))
        .map(([, group]) => group.sort((a, b) => ownerRank(a) - ownerRank(b) || severity(b) - severity(a) || compareText(a.id, b.id)));
    const picked = [];
    for (let round = 0; picked.length < max; round++) {
        const before = picked.length;
        for (const group of ordered)
            if (round < group.length && picked.length < max)
                picked.push(group[round]);
        if (picked.length === before)
            break;
    }
    return picked;
}
function multipleOwners(report) {
    return report.datasets.length + report.models.length > 1;
}
/** One gate in a few words, the names marked as code. */
function gateReason(gate, report) {
    const owner = ownerOf(gate, report);
    const prefix = multipleOwners(report) && owner ? (owner.kind === 'dataset' ? owner.dataset.name : owner.model.name) + '.' : '';
    if (owner?.kind === 'dataset') {
        const specific = datasetReason(gate, owner.dataset, prefix);
        if (specific)
            return specific;
    }
    if (owner?.kind === 'model') {
        const specific = modelReason(gate, owner.model, prefix);
        if (specific)
            return specific;
    }
    const scope = prefix ? [(0,report_phrase/* code */.aY)(prefix.slice(0, -1)), ': '] : [];
    return [...scope, (0,report_phrase/* untrusted */.bp)((0,report_escape/* clip */.$Q)(gate.message, 120))];
}
function driftColumnOf(gate, dataset) {
    if (gate.kind !== 'drift' || gate.column === undefined)
        return undefined;
    return dataset.drift?.columns.find((column) => column.name === gate.column);
}
function datasetReason(gate, dataset, prefix) {
    const drift = driftColumnOf(gate, dataset);
    if (drift)
        return [(0,report_phrase/* code */.aY)(prefix + drift.name), ` drifted (${(0,format/* driftScore */.c0)(drift)})`];
    const schema = dataset.schema;
    const column = gate.column;
    if (gate.kind === 'schema' && schema && column !== undefined) {
        if (schema.removed.some((c) => c.name === column))
            return [(0,report_phrase/* code */.aY)(prefix + column), ' removed'];
        const changed = schema.changed.find((c) => c.name === column);
        if (changed)
            return [(0,report_phrase/* code */.aY)(prefix + column), ` ${changed.from} → ${changed.to}`];
        const renamed = schema.renamed.find((c) => c.from === column || c.to === column);
        if (renamed)
            return [(0,report_phrase/* code */.aY)(prefix + renamed.from), ' renamed to ', (0,report_phrase/* code */.aY)(renamed.to)];
        if (schema.nullability.some((c) => c.name === column && c.to))
            return [(0,report_phrase/* code */.aY)(prefix + column), ' became nullable'];
        if (schema.added.some((c) => c.name === column))
            return [(0,report_phrase/* code */.aY)(prefix + column), ' added'];
    }
    return null;
}
/** The metric a gate is about: its `column`, else the longest metric name its id ends with or continues with. */
function metricOf(gate, model) {
    if (gate.kind !== 'metric')
        return undefined;
    const byColumn = model.metrics.find((metric) => metric.name === gate.column);
    if (byColumn)
        return byColumn;
    let best;
    for (const metric of model.metrics) {
        const matches = gate.id.endsWith('.' + metric.name) || gate.id.includes('.' + metric.name + '.');
        if (matches && (!best || metric.name.length > best.name.length))
            best = metric;
    }
    return best;
}
function modelReason(gate, model, prefix) {
    const metric = metricOf(gate, model);
    if (metric) {
        if (metric.delta !== null)
            return [(0,report_phrase/* code */.aY)(prefix + metric.name), ' ' + (0,format/* formatDelta */.CW)(metric)];
        if (metric.current !== null)
            return [(0,report_phrase/* code */.aY)(prefix + metric.name), ` ${(0,format/* formatNumber */.ZV)(metric.current)}`];
        return [(0,report_phrase/* code */.aY)(prefix + metric.name), ' missing'];
    }
    const segments = model.segments;
    if (gate.kind === 'segment' && segments && segments.worst !== null) {
        const worst = segments.segments.find((segment) => segment.name === segments.worst);
        const value = worst ? ` ${(0,format/* formatNumber */.ZV)(worst.value)}` : '';
        const gap = segments.gap !== null ? ` (gap ${(0,format/* formatNumber */.ZV)(segments.gap)})` : '';
        return [(0,report_phrase/* code */.aY)(prefix + segments.metric), ' in segment ', (0,report_phrase/* code */.aY)(segments.worst), value + gap];
    }
    return null;
}

;// CONCATENATED MODULE: ./src/report/prepare.ts
// Sorting and grouping done once per report, before the (possibly repeated) rendering under a budget.



function sortDrift(columns) {
    return columns.slice().sort((a, b) => format/* STATUS_RANK */.Mo[a.status] - format/* STATUS_RANK */.Mo[b.status]
        || (0,format/* driftSeverity */.N3)(b) - (0,format/* driftSeverity */.N3)(a)
        || compareText(a.name, b.name));
}
function schemaNames(dataset) {
    const schema = dataset.schema;
    if (!schema)
        return new Set();
    return new Set([
        ...schema.added.map((c) => c.name), ...schema.removed.map((c) => c.name), ...schema.changed.map((c) => c.name),
        ...schema.nullability.map((c) => c.name), ...schema.renamed.flatMap((c) => [c.from, c.to]),
    ]);
}
function prepare(report) {
    const byDataset = new Map(report.datasets.map((d) => [d, []]));
    const byModel = new Map(report.models.map((m) => [m, []]));
    const other = [];
    for (const gate of sortGates(report.gates)) {
        const owner = ownerOf(gate, report);
        if (owner?.kind === 'dataset')
            byDataset.get(owner.dataset)?.push(gate);
        else if (owner?.kind === 'model')
            byModel.get(owner.model)?.push(gate);
        else
            other.push(gate);
    }
    const datasets = report.datasets.map((dataset) => {
        const gates = byDataset.get(dataset) ?? [];
        const driftNames = new Set((dataset.drift?.columns ?? []).map((c) => c.name));
        const diffNames = schemaNames(dataset);
        const checks = gates.filter((gate) => !((gate.kind === 'drift' && gate.column !== undefined && driftNames.has(gate.column))
            || (gate.kind === 'schema' && gate.column !== undefined && diffNames.has(gate.column))));
        return { dataset, gates, checks, drift: sortDrift(dataset.drift?.columns ?? []) };
    });
    const models = report.models.map((model) => ({ model, gates: byModel.get(model) ?? [] }));
    return { report, verdict: verdict(report), datasets, models, other, multi: report.datasets.length + report.models.length > 1 };
}

;// CONCATENATED MODULE: ./src/report/markdown/schema.ts
// The schema diff as a `diff` code block: − removed, + added, ~ changed; breaking changes first.




/**
 * Lines in a fenced block are shown literally, so untrusted names need only stay on one line; every
 * line starts with a mark, so none can close the fence.
 */
function schemaLines(schema, nameLength) {
    const name = (value) => (0,report_escape/* visible */.RK)((0,report_escape/* clip */.$Q)(value, nameLength));
    const lines = [
        ...schema.removed.map((c) => ({ mark: '-', text: `${name(c.name)}: ${c.type}  (removed)`, breaking: c.breaking, order: 0, key: c.name })),
        ...schema.changed.map((c) => ({ mark: '~', text: `${name(c.name)}: ${c.from} → ${c.to}  (type changed)`, breaking: c.breaking, order: 1, key: c.name })),
        ...schema.renamed.map((c) => ({ mark: '~', text: `${name(c.from)} → ${name(c.to)}: ${c.type}  (renamed)`, breaking: c.breaking, order: 2, key: c.from })),
        ...schema.nullability.map((c) => ({
            mark: '~',
            text: c.declared
                ? `${name(c.name)}: ${c.to ? 'NOT NULL dropped' : 'NOT NULL added'}  (declared)`
                : `${name(c.name)}: ${c.to ? 'nullable' : 'not nullable'}  (was ${c.from ? 'nullable' : 'not nullable'})`,
            breaking: c.breaking, order: 3, key: c.name,
        })),
        ...schema.added.map((c) => ({ mark: '+', text: `${name(c.name)}: ${c.type}  (added)`, breaking: c.breaking, order: 4, key: c.name })),
    ];
    return lines.sort((a, b) => Number(b.breaking) - Number(a.breaking) || a.order - b.order || compareText(a.key, b.key));
}
function schemaSection(schema, limits, tally) {
    if (!schema)
        return '';
    const lines = schemaLines(schema, limits.name);
    if (lines.length === 0 && !schema.reordered)
        return '';
    const breaking = lines.filter((line) => line.breaking);
    const other = lines.filter((line) => !line.breaking);
    const shownBreaking = take(breaking, limits.failing, tally);
    const shownOther = take(other, limits.passing, tally);
    const text = [...shownBreaking.shown, ...shownOther.shown]
        .map((line) => `${line.mark} ${line.text}${line.breaking ? '  BREAKING' : ''}`);
    if (schema.reordered)
        text.push('~ column order changed');
    const count = breaking.length
        ? `${(0,format/* formatNumber */.ZV)(breaking.length)} breaking, ${(0,format/* formatNumber */.ZV)(other.length)} other`
        : `${(0,format/* formatNumber */.ZV)(lines.length)} ${lines.length === 1 ? 'change' : 'changes'}`;
    const hidden = shownBreaking.hidden + shownOther.hidden;
    const parts = [`**Schema** — ${count}`];
    if (text.length)
        parts.push('```diff\n' + text.join('\n') + '\n```');
    if (hidden)
        parts.push(moreNote(hidden, 'schema changes'));
    return parts.join('\n\n');
}

;// CONCATENATED MODULE: ./src/report/markdown/accept.ts
// The "accept these changes" section: the config change that would make the failing gates pass,
// as a ```diff block, and the command that makes it. Both quote the config and gate ids, which
// the PR author controls: they stay inside code blocks whose fence no line can close.


/** `npx datagate accept …`, each argument quoted for a POSIX shell where it needs to be. */
function acceptCommandLine(suggestion) {
    const args = ['npx', 'datagate', 'accept'];
    if (suggestion.config !== 'datagate.yml')
        args.push('--config', shellWord(suggestion.config));
    for (const gate of suggestion.gates)
        args.push('--gate', shellWord(gate));
    return args.join(' ');
}
function acceptSection(suggestion, limits, tally) {
    if (!suggestion || !suggestion.diff)
        return '';
    const lines = suggestion.diff.replace(/\n$/, '').split('\n').map(report_escape/* visible */.RK);
    const budget = Math.max(10, limits.failing);
    const shown = lines.slice(0, budget);
    if (lines.length > shown.length) {
        tally.omitted += lines.length - shown.length;
        shown.push(`… ${(0,format/* formatNumber */.ZV)(lines.length - budget)} more lines: run the command to see them all`);
    }
    const command = acceptCommandLine(suggestion);
    return [
        '#### ✍️ Accept these changes',
        'If the failures above are intended, this change to the config makes them pass on this snapshot '
            + '(drift and regressions against the baseline are accepted by the baseline moving when the PR merges):',
        codeBlock(shown.join('\n'), 'diff'),
        'Make it with:',
        codeBlock((0,report_escape/* visible */.RK)(command), 'sh'),
    ].join('\n\n');
}
/** A fenced block one backtick longer than the longest run of backticks inside (at least three). */
function codeBlock(content, info) {
    let longest = 2;
    for (const run of content.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    const fence = '`'.repeat(longest + 1);
    return `${fence}${info}\n${content}\n${fence}`;
}
function shellWord(word) {
    return /^[\w.@%+=:,/-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

// EXTERNAL MODULE: ./src/report/diffLine.ts
var diffLine = __webpack_require__(98041);
;// CONCATENATED MODULE: ./src/report/markdown/diff.ts
// The row diff by key in Markdown: the headline, changed rows side by side (only the differing
// cells, before → after), a per-column table, a few added and removed rows.




/** Columns of a changed-rows or added-rows table besides the key. */
const MAX_TABLE_COLUMNS = 6;
function cell(value, limits) {
    const text = (0,diffLine/* valueText */.Ru)(value);
    return text === undefined ? '_null_' : (0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)(text, limits.name));
}
function keyCells(key, names, limits) {
    return names.map((name) => cell(key[name] ?? null, limits));
}
function header(names, limits) {
    return names.map((name) => (0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)(name, limits.name)));
}
function changedRowsTable(diff, limits) {
    // Example rows are a sample of the counts anyway: fewer of them is not a cut worth a note.
    const shown = diff.examples.changed.slice(0, limits.examples);
    if (shown.length === 0)
        return '';
    // Only the columns that differ in the rows shown, in the diff's column order.
    const differing = new Set(shown.flatMap((row) => row.changes.map((change) => change.column)));
    const columns = diff.columns.map((c) => c.name).filter((name) => differing.has(name)).slice(0, MAX_TABLE_COLUMNS);
    const rows = shown.map((row) => {
        const byColumn = new Map(row.changes.map((change) => [change.column, change]));
        return [...keyCells(row.key, diff.key, limits), ...columns.map((name) => {
                const change = byColumn.get(name);
                return change ? `${cell(change.before, limits)} → ${cell(change.after, limits)}` : '';
            })];
    });
    const more = diff.changed - shown.length;
    return [table(header([...diff.key, ...columns], limits), 'l'.repeat(diff.key.length + columns.length), rows), more > 0 ? moreNote(more, 'changed rows') : '']
        .filter(Boolean).join('\n\n');
}
function columnsTable(diff, limits, tally) {
    const { shown, hidden } = take((0,diffLine/* changedColumns */.k8)(diff), limits.failing, tally);
    if (shown.length === 0)
        return '';
    const rows = shown.map((column) => [
        (0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)(column.name, limits.name)), (0,format/* formatNumber */.ZV)(column.changed), (0,format/* formatPercent */.l9)(column.share), tablePhrase((0,diffLine/* typicalChange */.ro)(column, limits.name)),
    ]);
    return [table(['Column', 'Changed', 'Share', 'Typical change'], 'lrrl', rows), hidden ? moreNote(hidden, 'changed columns') : ''].filter(Boolean).join('\n\n');
}
function sideRowsTable(what, diff, limits) {
    const shown = diff.examples[what].slice(0, limits.examples);
    if (shown.length === 0)
        return '';
    const columns = diff.columns.map((c) => c.name).slice(0, MAX_TABLE_COLUMNS);
    const rows = shown.map((row) => [...keyCells(row.key, diff.key, limits), ...columns.map((name) => cell(row.row[name] ?? null, limits))]);
    const more = diff[what] - shown.length;
    const title = `${what === 'added' ? 'Added' : 'Removed'} rows (${(0,format/* formatNumber */.ZV)(diff[what])})`;
    return [`${title}:`, table(header([...diff.key, ...columns], limits), 'l'.repeat(diff.key.length + columns.length), rows), more > 0 ? moreNote(more, `${what} rows`) : '']
        .filter(Boolean).join('\n\n');
}
function notes(diff, limits) {
    const names = (list) => list.slice(0, 10).map((name) => (0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)(name, limits.name), 'text')).join(', ') + (list.length > 10 ? ` and ${(0,format/* formatNumber */.ZV)(list.length - 10)} more` : '');
    const lines = [];
    if (diff.notCompared.baseline.length)
        lines.push(`Only in the baseline, not compared: ${names(diff.notCompared.baseline)}.`);
    if (diff.notCompared.current.length)
        lines.push(`Only in the current snapshot, not compared: ${names(diff.notCompared.current)}.`);
    if (diff.notCompared.ignored.length)
        lines.push(`Ignored by the config: ${names(diff.notCompared.ignored)}.`);
    const { duplicateKeys: duplicates, nullKeys } = diff;
    if (duplicates.baseline + duplicates.current > 0) {
        const examples = duplicates.examples.slice(0, limits.examples)
            .map((key) => diff.key.map((name) => { const text = (0,diffLine/* valueText */.Ru)(key[name] ?? null); return text === undefined ? 'null' : (0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)(text, limits.name), 'text'); }).join(' · '));
        lines.push(`Rows repeating an earlier row's key, not diffed: ${(0,format/* formatNumber */.ZV)(duplicates.baseline)} in the baseline, ${(0,format/* formatNumber */.ZV)(duplicates.current)} in the current snapshot${examples.length ? ` (keys ${examples.join(', ')})` : ''}.`);
    }
    if (nullKeys.baseline + nullKeys.current > 0) {
        lines.push(`Rows with a null key, not diffed: ${(0,format/* formatNumber */.ZV)(nullKeys.baseline)} in the baseline, ${(0,format/* formatNumber */.ZV)(nullKeys.current)} in the current snapshot.`);
    }
    return lines.join('<br>\n');
}
function diffSection(dataset, limits, tally) {
    const diff = dataset.diff;
    if (!diff)
        return '';
    const keyNames = diff.key.map((name) => (0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)(name, limits.name), 'text')).join(', ');
    const parts = [`**Rows by key** (${keyNames}; ${(0,format/* formatNumber */.ZV)(diff.unchanged)} unchanged) — ${markdownPhrase((0,diffLine/* diffHeadline */.eT)((0,report_escape/* clip */.$Q)(dataset.name, limits.name), diff))}`];
    parts.push(changedRowsTable(diff, limits));
    parts.push(columnsTable(diff, limits, tally));
    const sides = [sideRowsTable('added', diff, limits), sideRowsTable('removed', diff, limits)].filter(Boolean);
    if (sides.length)
        parts.push(details(`${(0,format/* formatNumber */.ZV)(diff.added)} added and ${(0,format/* formatNumber */.ZV)(diff.removed)} removed rows`, sides.join('\n\n')));
    parts.push(notes(diff, limits));
    return parts.filter(Boolean).join('\n\n');
}

;// CONCATENATED MODULE: ./src/report/cost.ts
// What the engines did for a table dataset, in one short line: queries, rows scanned, time.

/** `3 queries, 6,000 rows scanned, 0.26 s`; with a row diff, `…, 608 rows pulled, …`. */
function costText(cost) {
    const seconds = cost.ms < 10_000 ? (cost.ms / 1000).toFixed(2) : (cost.ms / 1000).toFixed(0);
    const pulled = cost.rowsPulled === undefined ? '' : `, ${(0,format/* formatNumber */.ZV)(cost.rowsPulled)} rows pulled`;
    return `${(0,format/* formatNumber */.ZV)(cost.queries)} ${cost.queries === 1 ? 'query' : 'queries'}, ${(0,format/* formatNumber */.ZV)(cost.rowsScanned)} rows scanned${pulled}, ${seconds} s`;
}

;// CONCATENATED MODULE: ./src/report/markdown/document.ts
// Assembles the Markdown report and tightens its limits until it fits the size GitHub accepts.












const LADDER = [
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
function tighten(base, step) {
    const limits = { ...base };
    for (const key of Object.keys(step))
        limits[key] = Math.min(base[key], step[key] ?? Infinity);
    return limits;
}
function heading(kind, name, status) {
    return `#### ${format/* STATUS_ICON */.tW[status]} ${kind === 'dataset' ? 'Dataset' : 'Model'} ${(0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)(name, 120), 'text')}`;
}
function sections(prepared, limits, tally) {
    const out = [];
    for (const { dataset, checks, drift } of prepared.datasets) {
        const parts = [heading('dataset', dataset.name, dataset.status)];
        if (dataset.source !== undefined)
            parts.push(`Source: ${(0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)(dataset.source, limits.name), 'text')}${dataset.cost ? ` · ${costText(dataset.cost)}` : ''}`);
        const baseline = dataset.baseline;
        if (baseline) {
            const ref = baseline.ref ? ` at ${(0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)(baseline.ref, 60), 'text')}` : '';
            parts.push(`Baseline: ${(0,report_escape/* markdownCode */.D9)((0,report_escape/* clip */.$Q)(baseline.source, limits.name), 'text')}${ref}`);
        }
        else if (dataset.rows.baseline === null) {
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
    if (prepared.other.length)
        out.push(checksSection('Other checks', prepared.other, null, limits, tally));
    return out;
}
function shortenedNote(omitted, options) {
    const where = fullReportPlaces(options, options.summary);
    const what = options.summary ? 'the job summary' : 'a comment';
    return `> ✂️ Shortened to fit ${what}: ${(0,format/* formatNumber */.ZV)(omitted)} rows are not shown. The full report is in ${where}.`;
}
function compose(head, body, tail) {
    return [...head, ...body, ...tail].filter(Boolean).join('\n\n') + '\n';
}
function renderDocument(report, options) {
    const prepared = prepare(report);
    const where = whereOf(report, options);
    const resolved = { ...options, ...where };
    const marker = options.marker ? options.marker : '';
    const end = footer(report, where);
    const fits = (text) => options.measure(text) <= options.limit;
    for (const step of LADDER) {
        const limits = tighten(options.limits, step);
        const tally = { omitted: 0 };
        const overview = overviewTable(prepared, limits, tally);
        const body = [...sections(prepared, limits, tally), acceptSection(options.accept, limits, tally)];
        const note = tally.omitted ? shortenedNote(tally.omitted, resolved) : '';
        const text = compose([marker, verdictLine(prepared), note, overview], body, [end]);
        if (fits(text))
            return text;
    }
    // Last resorts: the verdict and the overview; then the verdict without names; then a cut of text we wrote ourselves.
    const minimal = tighten(options.limits, LADDER[LADDER.length - 1]);
    for (const rows of [20, 5, 0]) {
        const tally = { omitted: 0 };
        const overview = rows ? overviewTable(prepared, { ...minimal, failing: rows }, tally) : '';
        const note = `> ✂️ Too large to show here. The full report is in ${fullReportPlaces(resolved, options.summary)}.`;
        for (const withReasons of [true, false]) {
            const text = compose([marker, verdictLine(prepared, withReasons), note, overview], [], [end]);
            if (fits(text))
                return text;
        }
    }
    const bare = compose([marker, verdictLine(prepared, false)], [], []);
    return cut(bare, options);
}
/** Cuts trusted text (our own words, no names) by code points until it measures within the limit. */
function cut(text, options) {
    const points = Array.from(text);
    let low = 0;
    let high = points.length;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (options.measure(points.slice(0, mid).join('')) <= options.limit)
            low = mid;
        else
            high = mid - 1;
    }
    return points.slice(0, low).join('');
}

;// CONCATENATED MODULE: ./src/report/markdown/index.ts
// The PR comment and the job summary: one Markdown rendering of the report at two sizes.

const COMMENT_MAX_LENGTH = 65_000;
const SUMMARY_MAX_BYTES = 1024 * 1024;
const COMMENT_LIMITS = { failing: Infinity, passing: Infinity, examples: 3, evidence: 3, name: 120, message: 300 };
const SUMMARY_LIMITS = { failing: Infinity, passing: Infinity, examples: 10, evidence: 10, name: 500, message: 2000 };
/**
 * The sticky pull-request comment: the verdict first, failures visible, passing details folded;
 * always within `maxLength` characters (UTF-16 code units, which never undercount GitHub's count).
 */
function renderComment(report, options = {}) {
    return renderDocument(report, {
        ...options,
        limit: options.maxLength ?? COMMENT_MAX_LENGTH,
        measure: (text) => text.length,
        summary: false,
        limits: COMMENT_LIMITS,
    });
}
/** The full report for the job summary and `--markdown`; within `maxBytes` of UTF-8. */
function renderSummary(report, options = {}) {
    return renderDocument(report, {
        ...options,
        limit: options.maxBytes ?? SUMMARY_MAX_BYTES,
        measure: (text) => Buffer.byteLength(text, 'utf8'),
        summary: true,
        limits: SUMMARY_LIMITS,
    });
}

;// CONCATENATED MODULE: ./src/report/html/svg.ts
// Inline SVG charts for the HTML report: before/after histograms and metric deltas. No scripts, no external resources.



const BEFORE = '#8c959f';
const AFTER = '#0969da';
/** Rounded to 0.1 px: enough for the eye, and stable text for byte-identical output. */
const px = (value) => String(Math.round(value * 10) / 10);
/** Grouped bars, baseline grey and current blue, on a shared scale; labels under the first and last bin. */
function histogramSvg(column) {
    const sides = beforeAfter(column, 24);
    if (!sides)
        return '';
    const width = 360;
    const height = 140;
    const top = 18;
    const bottom = 22;
    const plot = height - top - bottom;
    const bins = sides.baseline.length;
    const slot = width / bins;
    const bar = Math.max(1, (slot - 2) / 2);
    const max = Math.max(...sides.baseline, ...sides.current) || 1;
    const bars = [];
    for (let i = 0; i < bins; i++) {
        for (const [side, color, offset] of [[sides.baseline[i], BEFORE, 1], [sides.current[i], AFTER, 1 + bar]]) {
            const h = (side / max) * plot;
            bars.push(`<rect x="${px(i * slot + offset)}" y="${px(top + plot - h)}" width="${px(bar)}" height="${px(h)}" fill="${color}"/>`);
        }
    }
    const labels = [];
    const edges = column.histogram?.edges;
    if (column.histogram && edges && edges.length >= 2) {
        labels.push(`<text x="0" y="${height - 6}" font-size="11">${(0,report_escape/* htmlText */.js)((0,format/* formatNumber */.ZV)(edges[0]))}</text>`);
        labels.push(`<text x="${width}" y="${height - 6}" font-size="11" text-anchor="end">${(0,report_escape/* htmlText */.js)((0,format/* formatNumber */.ZV)(edges[edges.length - 1]))}</text>`);
    }
    else if (column.categories) {
        const shown = column.categories.changes.slice(0, bins);
        shown.forEach((change, i) => labels.push(`<text x="${px(i * slot + slot / 2)}" y="${height - 6}" font-size="10" text-anchor="middle">${(0,report_escape/* htmlText */.js)((0,report_escape/* clip */.$Q)(change.value, Math.max(2, Math.floor(slot / 7))))}</text>`));
    }
    const legend = `<rect x="0" y="2" width="10" height="10" fill="${BEFORE}"/><text x="14" y="11" font-size="11">before</text>`
        + `<rect x="64" y="2" width="10" height="10" fill="${AFTER}"/><text x="78" y="11" font-size="11">after</text>`;
    const title = `<title>${(0,report_escape/* htmlText */.js)(column.name)}: before and after</title>`;
    return `<svg class="histogram" xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${title}${legend}`
        + `<line x1="0" y1="${top + plot + 0.5}" x2="${width}" y2="${top + plot + 0.5}" stroke="#d0d7de"/>${bars.join('')}${labels.join('')}</svg>`;
}
/**
 * Change of each metric relative to its baseline, as bars around zero: red when it went the wrong
 * way, green when it improved. Relative change puts accuracy and latency on one axis.
 */
function metricDeltaSvg(metrics) {
    const rows = metrics.filter((metric) => metric.delta !== null && metric.baseline !== null && metric.baseline !== 0);
    if (rows.length === 0)
        return '';
    const relative = rows.map((metric) => ((metric.delta ?? 0) / Math.abs(metric.baseline ?? 1)) * 100);
    const extent = Math.max(...relative.map(Math.abs)) || 1;
    const label = 150;
    const chart = 300;
    const value = 110;
    const rowHeight = 22;
    const width = label + chart + value;
    const height = rows.length * rowHeight + 20;
    const zero = label + chart / 2;
    const parts = [];
    rows.forEach((metric, i) => {
        const y = i * rowHeight + 4;
        const length = (Math.abs(relative[i]) / extent) * (chart / 2 - 4);
        const x = relative[i] < 0 ? zero - length : zero;
        const color = (0,format/* regressed */.p9)(metric) ? '#cf222e' : '#1a7f37';
        parts.push(`<text x="${label - 8}" y="${y + 14}" font-size="12" text-anchor="end">${(0,report_escape/* htmlText */.js)((0,report_escape/* clip */.$Q)(metric.name, 22))}</text>`);
        parts.push(`<rect x="${px(x)}" y="${y + 3}" width="${px(Math.max(length, 1))}" height="14" fill="${color}"/>`);
        parts.push(`<text x="${label + chart + 8}" y="${y + 14}" font-size="12">${(0,report_escape/* htmlText */.js)((0,format/* formatDelta */.CW)(metric))}</text>`);
    });
    const axis = `<line x1="${zero}" y1="0" x2="${zero}" y2="${height - 16}" stroke="#57606a"/>`
        + `<text x="${label}" y="${height - 3}" font-size="10">${(0,report_escape/* htmlText */.js)((0,format/* formatNumber */.ZV)(-extent))}%</text>`
        + `<text x="${label + chart}" y="${height - 3}" font-size="10" text-anchor="end">+${(0,report_escape/* htmlText */.js)((0,format/* formatNumber */.ZV)(extent))}%</text>`;
    return `<svg class="deltas" xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`
        + `<title>Metric change relative to baseline</title>${axis}${parts.join('')}</svg>`;
}

;// CONCATENATED MODULE: ./src/report/html/style.ts
// The report page's only stylesheet, inline: GitHub-like colours, readable tables, print-friendly.
const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; background: #fff; }
main { max-width: 1100px; margin: 0 auto; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 15px; margin: 20px 0 8px; }
.reasons { color: #57606a; margin: 0 0 16px; }
table { border-collapse: collapse; margin: 8px 0 16px; }
th, td { border: 1px solid #d0d7de; padding: 4px 10px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f6f8fa; padding: 1px 4px; border-radius: 4px; word-break: break-all; }
.status-fail { color: #cf222e; } .status-warn { color: #9a6700; } .status-pass { color: #1a7f37; } .status-skip { color: #57606a; }
ul.schema { list-style: none; padding: 0; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
ul.schema li { padding: 1px 6px; }
li.removed { background: #ffebe9; } li.added { background: #dafbe1; } li.changed { background: #fff8c5; }
.breaking { font-weight: 600; color: #cf222e; }
.cards { display: flex; flex-wrap: wrap; gap: 16px; }
.card { border: 1px solid #d0d7de; border-radius: 6px; padding: 10px 12px; width: 390px; }
.card h4 { margin: 0 0 6px; font-size: 14px; }
.card p { margin: 6px 0 0; color: #57606a; font-size: 12px; }
svg text { fill: #57606a; font-family: inherit; }
details { margin: 8px 0; } summary { cursor: pointer; color: #57606a; }
footer { margin-top: 32px; color: #57606a; font-size: 12px; border-top: 1px solid #d0d7de; padding-top: 8px; }
`;

;// CONCATENATED MODULE: ./src/report/html/index.ts
// The HTML report: one self-contained file (inline CSS and SVG, no scripts, nothing fetched), all text escaped.











const code = (value) => `<code>${(0,report_escape/* htmlText */.js)(value)}</code>`;
const phrase = (words) => (0,report_phrase/* renderPhrase */.gF)(words, { plain: report_escape/* htmlText */.js, code, text: report_escape/* htmlText */.js });
const html_status = (value) => `<span class="status-${value}" title="${value}">${format/* STATUS_ICON */.tW[value]}</span>`;
function html_table(header, rows, numeric = []) {
    const head = `<tr>${header.map((cell) => `<th>${cell}</th>`).join('')}</tr>`;
    const body = rows.map((row) => `<tr>${row.map((cell, i) => `<td${numeric.includes(i) ? ' class="num"' : ''}>${cell}</td>`).join('')}</tr>`).join('\n');
    return `<table>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}
function fold(summary, body) {
    return `<details><summary>${summary}</summary>\n${body}\n</details>`;
}
function overview(prepared) {
    const rows = [];
    for (const { dataset, gates } of prepared.datasets) {
        const drift = driftSummary(dataset);
        rows.push([html_status(dataset.status), code(dataset.name), (0,report_escape/* htmlText */.js)((0,format/* formatRows */.dZ)(dataset.rows)),
            (0,report_escape/* htmlText */.js)(`schema: ${schemaSummary(dataset)}${drift ? ` · drift: ${drift}` : ''}`), (0,report_escape/* htmlText */.js)(gateCounts(gates))]);
    }
    for (const { model, gates } of prepared.models) {
        rows.push([html_status(model.status), `${code(model.name)} (model)`, '—', (0,report_escape/* htmlText */.js)(modelSummary(model)), (0,report_escape/* htmlText */.js)(gateCounts(gates))]);
    }
    return html_table(['', 'Dataset / model', 'Rows', 'Changes', 'Gates'], rows, [2]);
}
function html_schemaSection(dataset) {
    if (!dataset.schema)
        return '';
    const lines = schemaLines(dataset.schema, 500);
    if (lines.length === 0 && !dataset.schema.reordered)
        return '';
    const kind = { '-': 'removed', '+': 'added', '~': 'changed' };
    const items = lines.map((line) => `<li class="${kind[line.mark]}">${line.mark} ${(0,report_escape/* htmlText */.js)(line.text)}${line.breaking ? ' <span class="breaking">BREAKING</span>' : ''}</li>`);
    if (dataset.schema.reordered)
        items.push('<li class="changed">~ column order changed</li>');
    return `<h3>Schema</h3>\n<ul class="schema">\n${items.join('\n')}\n</ul>`;
}
function examples(gate) {
    const shown = (gate.examples ?? []).slice(0, 10).map((example) => {
        const where = `${example.file !== undefined ? (0,report_escape/* htmlText */.js)(example.file) + ' ' : ''}row ${(0,format/* formatNumber */.ZV)(example.row)}${example.line !== undefined ? ` (line ${(0,format/* formatNumber */.ZV)(example.line)})` : ''}`;
        return `${where}: ${example.value === '' ? '(empty)' : code(example.value)}`;
    });
    return shown.join('<br>');
}
function html_checksSection(title, gates) {
    if (gates.length === 0)
        return '';
    const flagged = gates.filter((gate) => gate.status === 'fail' || gate.status === 'warn');
    const rest = gates.filter((gate) => !(gate.status === 'fail' || gate.status === 'warn'));
    const parts = [`<h3>${(0,report_escape/* htmlText */.js)(title)}</h3>`];
    if (flagged.length) {
        parts.push(html_table(['', 'Check', 'Message', 'Observed', 'Expected', 'Rows', 'Examples'], flagged.map((gate) => [
            html_status(gate.status), code(gate.id), (0,report_escape/* htmlText */.js)(gate.message),
            gate.observed === undefined ? '' : code((0,format/* formatValue */.Fl)(gate.observed)), gate.expected === undefined ? '' : code((0,format/* formatValue */.Fl)(gate.expected)),
            gate.count === undefined ? '' : (0,format/* formatNumber */.ZV)(gate.count), examples(gate),
        ]), [5]));
    }
    if (rest.length) {
        parts.push(fold(`${(0,format/* formatNumber */.ZV)(rest.length)} passing or skipped ${rest.length === 1 ? 'check' : 'checks'}`, html_table(['', 'Check', 'Message'], rest.map((gate) => [html_status(gate.status), code(gate.id), (0,report_escape/* htmlText */.js)(gate.message)]))));
    }
    return parts.join('\n');
}
function evidenceText(column) {
    const parts = [];
    const { baseline, current } = column;
    if (baseline?.p50 !== undefined && current?.p50 !== undefined)
        parts.push(`median ${(0,format/* formatNumber */.ZV)(baseline.p50)} → ${(0,format/* formatNumber */.ZV)(current.p50)}`);
    if (baseline?.p95 !== undefined && current?.p95 !== undefined)
        parts.push(`p95 ${(0,format/* formatNumber */.ZV)(baseline.p95)} → ${(0,format/* formatNumber */.ZV)(current.p95)}`);
    if (baseline && current && baseline.nullRate !== current.nullRate)
        parts.push(`nulls ${(0,format/* formatNumber */.ZV)(baseline.nullRate * 100)}% → ${(0,format/* formatNumber */.ZV)(current.nullRate * 100)}%`);
    const text = parts.map(report_escape/* htmlText */.js);
    if (column.categories?.added.length)
        text.push(`new: ${column.categories.added.slice(0, 10).map(code).join(', ')}`);
    if (column.categories?.removed.length)
        text.push(`gone: ${column.categories.removed.slice(0, 10).map(code).join(', ')}`);
    if (column.note)
        text.push((0,report_escape/* htmlText */.js)(column.note));
    const unseen = column.drifted ? undefined : (0,detectable/* lowPowerClause */.TW)(column.detectable);
    if (unseen)
        text.push((0,report_escape/* htmlText */.js)(`too few values to rule out drift: ${unseen}`));
    return text.join(' · ');
}
function scoreText(column) {
    const p = column.pValue === null ? '' : ` (${(0,format/* formatPValue */.td)(column.pValue)})`;
    const threshold = (0,format/* usesPValue */.CG)(column) ? `p < ${(0,format/* formatNumber */.ZV)(column.threshold)}` : `> ${(0,format/* formatNumber */.ZV)(column.threshold)}`;
    return `${format/* METHOD_NAME */.yB[column.method]} ${(0,format/* formatNumber */.ZV)(column.score)}${p}, threshold ${threshold}`;
}
function html_driftSection(dataset, sorted) {
    if (!dataset.drift || sorted.length === 0)
        return '';
    const flagged = sorted.filter((column) => column.status !== 'pass');
    const quiet = sorted.filter((column) => column.status === 'pass' && (0,driftColumn/* isCompared */.u)(column));
    const skipped = sorted.filter((column) => column.status === 'pass' && !(0,driftColumn/* isCompared */.u)(column));
    const parts = [`<h3>Drift</h3>\n<p>${(0,report_escape/* htmlText */.js)(driftSummary(dataset))}</p>`];
    if (flagged.length) {
        const cards = flagged.map((column) => `<div class="card"><h4>${html_status(column.status)} ${code(column.name)}</h4>`
            + `${histogramSvg(column)}<p>${(0,report_escape/* htmlText */.js)(scoreText(column))}</p><p>${evidenceText(column)}</p></div>`);
        parts.push(`<div class="cards">\n${cards.join('\n')}\n</div>`);
    }
    if (quiet.length) {
        parts.push(fold(`${(0,format/* formatNumber */.ZV)(quiet.length)} ${quiet.length === 1 ? 'column' : 'columns'} without drift`, html_table(['', 'Column', 'Score', 'Evidence'], quiet.map((column) => [html_status(column.status), code(column.name), (0,report_escape/* htmlText */.js)(scoreText(column)), evidenceText(column)]))));
    }
    if (skipped.length) {
        parts.push(fold(`${(0,format/* formatNumber */.ZV)(skipped.length)} ${skipped.length === 1 ? 'column' : 'columns'} not compared`, html_table(['', 'Column', 'Why'], skipped.map((column) => [html_status('skip'), code(column.name), (0,report_escape/* htmlText */.js)(column.notCompared ?? column.note ?? '')]))));
    }
    return parts.join('\n');
}
function html_metricRow(metric) {
    const value = (x) => (x === null ? '—' : (0,format/* formatNumber */.ZV)(x));
    const arrow = (0,format/* deltaArrow */.uh)(metric);
    return [html_status(metric.status), code(metric.name), value(metric.baseline), value(metric.current),
        (0,report_escape/* htmlText */.js)(`${arrow ? arrow + ' ' : ''}${(0,format/* formatDelta */.CW)(metric)}`), (0,report_escape/* htmlText */.js)((0,format/* formatInterval */.vy)(metric))];
}
function html_modelSection(model, gates) {
    const parts = [`<h2>${html_status(model.status)} Model ${code(model.name)}</h2>`];
    parts.push(html_table(['', 'Metric', 'Baseline', 'Current', 'Δ', 'Δ 95% CI'], sortMetrics(model.metrics).map(html_metricRow), [2, 3, 4, 5]));
    parts.push(metricDeltaSvg(sortMetrics(model.metrics)));
    const problems = gates.filter((gate) => gate.status !== 'pass');
    if (problems.length)
        parts.push(`<ul>\n${problems.map((gate) => `<li>${html_status(gate.status)} ${(0,report_escape/* htmlText */.js)(gate.message)}</li>`).join('\n')}\n</ul>`);
    const segments = model.segments;
    if (segments && segments.segments.length) {
        const sorted = segments.segments.slice().sort((a, b) => a.value - b.value || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const worst = segments.worst === null ? '' : ` · worst ${code(segments.worst)}`;
        const gap = segments.gap === null ? '' : ` · gap ${(0,report_escape/* htmlText */.js)((0,format/* formatNumber */.ZV)(segments.gap))}`;
        parts.push(`<h3>Segments by ${code(segments.metric)}${worst}${gap}</h3>`);
        parts.push(html_table(['Segment', (0,report_escape/* htmlText */.js)(segments.metric)], sorted.map((segment) => [code(segment.name), (0,format/* formatNumber */.ZV)(segment.value)]), [1]));
    }
    return parts.join('\n');
}
function html_footer(report) {
    const meta = report.meta;
    const parts = [];
    const url = (0,report_escape/* safeUrl */.Pl)(meta?.runUrl);
    if (url)
        parts.push(`<a href="${(0,report_escape/* htmlText */.js)(url)}">Workflow run</a>`);
    if (meta)
        parts.push((0,report_escape/* htmlText */.js)(`${meta.tool} ${meta.version}`));
    if (meta?.baseCommit && meta.commit)
        parts.push(`compared ${code(meta.baseCommit.slice(0, 12))} → ${code(meta.commit.slice(0, 12))}`);
    if (meta?.config)
        parts.push(`config ${code(meta.config)}`);
    if (meta?.artifact)
        parts.push(`artifact ${code(meta.artifact)}`);
    return parts.length ? `<footer>${parts.join(' · ')}</footer>` : '';
}
/** The whole report as one HTML page; the Content-Security-Policy forbids scripts and any fetch. */
function renderHtml(report) {
    const prepared = prepare(report);
    const { icon, reasons, short } = prepared.verdict;
    const body = [`<h1>${icon} ${(0,report_escape/* htmlText */.js)(short)}</h1>`, reasons.length ? `<p class="reasons">${phrase(reasons)}</p>` : '', overview(prepared)];
    for (const { dataset, checks, drift } of prepared.datasets) {
        body.push(`<h2>${html_status(dataset.status)} Dataset ${code(dataset.name)}</h2>`);
        body.push(`<p>Rows: ${(0,report_escape/* htmlText */.js)((0,format/* formatRows */.dZ)(dataset.rows))}${dataset.baseline ? ` · baseline ${code(dataset.baseline.source)}${dataset.baseline.ref ? ` at ${code(dataset.baseline.ref)}` : ''}` : ''}</p>`);
        body.push(html_schemaSection(dataset), html_checksSection('Checks', checks), html_driftSection(dataset, drift));
    }
    for (const { model, gates } of prepared.models)
        body.push(html_modelSection(model, gates));
    if (prepared.other.length)
        body.push(html_checksSection('Other checks', prepared.other));
    body.push(html_footer(report));
    return [
        '<!doctype html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>datagate: ${(0,report_escape/* htmlText */.js)(short)}</title>`,
        `<style>${STYLE}</style>`,
        '</head>',
        '<body>',
        '<main>',
        ...body.filter(Boolean),
        '</main>',
        '</body>',
        '</html>',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/text.ts
// The terminal report of the CLI: the verdict first, then each failing or warning gate with its
// message and where to look (file:line of a few offending rows), then the counts; 80 columns wide.






const WORD = { fail: 'FAIL', warn: 'WARN', pass: 'PASS' };
const SGR = { red: '31', yellow: '33', green: '32', bold: '1', dim: '2' };
/** Plain text; data is passed through `terminalText` before any colour, so a value cannot inject escape sequences. */
function renderText(report, options = {}) {
    const { maxLines = 50, maxExamples = 3, width = 80, color = false } = options;
    const paint = (text, ...styles) => color && text ? `\u001b[${styles.map((style) => SGR[style]).join(';')}m${text}\u001b[0m` : text;
    const result = verdict(report);
    const headline = (0,report_phrase/* renderPhrase */.gF)(result.headline, { plain: (s) => s, code: (s) => (0,report_escape/* terminalText */.eR)((0,report_escape/* clip */.$Q)(s, 80)), text: (s) => (0,report_escape/* terminalText */.eR)(s) });
    const statusColor = result.status === 'fail' ? 'red' : result.status === 'warn' ? 'yellow' : 'green';
    const lead = 'datagate: ';
    const verdictLines = wrap(`${lead}${WORD[result.status]} — ${headline}`, width, '  ');
    verdictLines[0] = lead + paint(WORD[result.status], 'bold', statusColor) + verdictLines[0].slice(lead.length + WORD[result.status].length);
    const lines = [...verdictLines];
    const flagged = sortGates(report.gates).filter((gate) => gate.status === 'fail' || gate.status === 'warn');
    if (flagged.length > 0)
        lines.push('');
    for (const gate of flagged.slice(0, maxLines)) {
        const mark = gate.status === 'fail' ? paint('✗', 'red') : paint('!', 'yellow');
        lines.push(`${mark} ${paint((0,report_escape/* terminalText */.eR)((0,report_escape/* clip */.$Q)(gate.id, width - 2)), 'bold')}`);
        lines.push(...wrap((0,report_escape/* terminalText */.eR)((0,report_escape/* clip */.$Q)(gate.message, 400)), width, '    ', '    '));
        const examples = (gate.examples ?? []).slice(0, maxExamples);
        for (const example of examples) {
            const place = where(example);
            lines.push(`    ${paint(place, 'dim')}  ${shown(example.value, width - 6 - Array.from(place).length)}`);
        }
        const more = Math.max(gate.count ?? 0, gate.examples?.length ?? 0) - examples.length;
        if (examples.length > 0 && more > 0)
            lines.push(paint(`    … ${(0,format/* formatNumber */.ZV)(more)} more`, 'dim'));
    }
    if (flagged.length > maxLines)
        lines.push(`… and ${(0,format/* formatNumber */.ZV)(flagged.length - maxLines)} more; see the full report`);
    if (report.gates.length > 1 || flagged.length > 0) {
        const { counts } = result;
        const parts = [`${(0,format/* formatNumber */.ZV)(counts.pass)} passed`, paint(`${(0,format/* formatNumber */.ZV)(counts.fail)} failed`, counts.fail ? 'red' : 'dim'),
            paint(`${(0,format/* formatNumber */.ZV)(counts.warn)} ${counts.warn === 1 ? 'warning' : 'warnings'}`, counts.warn ? 'yellow' : 'dim')];
        const skipped = counts.skip ? `; ${(0,format/* formatNumber */.ZV)(counts.skip)} skipped` : '';
        lines.push('', `${(0,format/* formatNumber */.ZV)(counts.ran)} ${counts.ran === 1 ? 'gate' : 'gates'} ran: ${parts.join(', ')}${skipped}`);
    }
    for (const dataset of report.datasets) {
        if (dataset.cost)
            lines.push(...wrap((0,report_escape/* terminalText */.eR)(`${(0,report_escape/* clip */.$Q)(dataset.name, 40)} (${(0,report_escape/* clip */.$Q)(dataset.source ?? 'table', 60)}): ${costText(dataset.cost)}`), width, '  '));
    }
    return lines.join('\n');
}
/** `data/train.csv:13`, or `row 12 (line 13)` without a file name. */
function where(example) {
    // A long path keeps its end: the file name is what one looks for.
    const points = example.file === undefined ? [] : Array.from(example.file);
    const file = example.file === undefined ? undefined : (0,report_escape/* terminalText */.eR)(points.length > 40 ? '…' + points.slice(-39).join('') : example.file);
    if (file !== undefined)
        return example.line !== undefined ? `${file}:${example.line}` : `${file} row ${example.row}`;
    return example.line !== undefined ? `row ${(0,format/* formatNumber */.ZV)(example.row)} (line ${(0,format/* formatNumber */.ZV)(example.line)})` : `row ${(0,format/* formatNumber */.ZV)(example.row)}`;
}
/** A value as JSON-quoted visible text, so blanks and spaces show; at most `room` characters. */
function shown(value, room) {
    if (value === '')
        return '(empty)';
    return (0,report_escape/* terminalText */.eR)((0,report_escape/* clip */.$Q)(JSON.stringify(value), Math.max(12, room)));
}
/** Word-wraps one line; `first` indents the first line (after any text already in it), `rest` the others. */
function wrap(text, width, rest, first = '') {
    const lines = [];
    let line = first;
    let empty = true;
    for (const word of text.split(' ')) {
        if (!empty && Array.from(line).length + 1 + Array.from(word).length > width) {
            lines.push(line);
            line = rest;
            empty = true;
        }
        let piece = word;
        // A word longer than a line (a path, a regex) is cut, so no line runs past the width.
        while (Array.from((empty ? line : line + ' ') + piece).length > width && Array.from(piece).length > width - rest.length) {
            const room = width - Array.from(empty ? line : line + ' ').length;
            const points = Array.from(piece);
            line += (empty ? '' : ' ') + points.slice(0, room).join('');
            lines.push(line);
            line = rest;
            empty = true;
            piece = points.slice(room).join('');
        }
        line += (empty ? '' : ' ') + piece;
        empty = false;
    }
    lines.push(line);
    return lines;
}

;// CONCATENATED MODULE: ./src/report/index.ts
// The report's renderings: PR comment, job summary, HTML file, console text. All pure: report in, string out.






/***/ }),

/***/ 55049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zk: () => (/* binding */ joinPhrases),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   bp: () => (/* binding */ untrusted),
/* harmony export */   gF: () => (/* binding */ renderPhrase)
/* harmony export */ });
// A phrase is a sentence with its untrusted parts marked, so each output escapes them its own way.
function code(value) {
    return { code: value };
}
function untrusted(value) {
    return { text: value };
}
/** Joins phrases with a separator of our own wording. */
function joinPhrases(phrases, separator, last = separator) {
    const joined = [];
    phrases.forEach((phrase, index) => {
        if (index > 0)
            joined.push(index === phrases.length - 1 ? last : separator);
        joined.push(...phrase);
    });
    return joined;
}
function renderPhrase(phrase, render) {
    return phrase
        .map((part) => (typeof part === 'string' ? render.plain(part) : 'code' in part ? render.code(part.code) : render.text(part.text)))
        .join('');
}


/***/ })

};
