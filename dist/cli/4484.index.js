export const id = 4484;
export const ids = [4484,4291];
export const modules = {

/***/ 6447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pT: () => (/* binding */ compareDrift),
  uQ: () => (/* reexport */ driftColumn/* isCompared */.u)
});

// UNUSED EXPORTS: DEFAULT_SHARE, NOT_COMPARED, kindOf, looksLikeIdentifier

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/profile/index.ts
var profile = __webpack_require__(40733);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
// EXTERNAL MODULE: ./src/report/detectable.ts
var detectable = __webpack_require__(47311);
;// CONCATENATED MODULE: ./src/compare/explain.ts
// One line per drift verdict, for a reviewer: what moved and by how much, on how many values,
// how sure — "price: mean 12.1 → 14.9 (+0.6 std), 3,200 vs 3,150 values, p < 0.001".


/** p shown the way a reviewer reads it: p < 0.001 below that, else two significant digits. */
function formatP(p) {
    if (p < 0.001)
        return 'p < 0.001';
    return `p = ${Number(p.toPrecision(2))}`;
}
function explainColumn(column, before, after) {
    const parts = [];
    if (column.notCompared)
        parts.push(`not compared: ${column.notCompared}`);
    else {
        const change = describeChange(column, before);
        if (change)
            parts.push(change);
        parts.push(`${(0,format/* formatNumber */.ZV)(before.count)} vs ${(0,format/* formatNumber */.ZV)(after.count)} values`);
        const p = column.adjustedPValue ?? column.pValue;
        if (p !== null)
            parts.push(column.adjustedPValue !== undefined && column.adjustedPValue !== null ? `${formatP(p)} adjusted` : formatP(p));
    }
    if (column.nulls) {
        const { baseline, current } = column.nulls;
        if (column.nulls.drifted || Math.abs(current - baseline) >= 0.01) {
            const p = column.nulls.adjustedPValue ?? column.nulls.pValue;
            parts.push(`nulls ${(0,format/* formatPercent */.l9)(baseline)} → ${(0,format/* formatPercent */.l9)(current)} (${formatP(p)})`);
        }
    }
    const verdict = column.drifted ? (column.nulls?.drifted && !distributionDrifted(column) ? 'null rate rose' : 'drifted') : 'stable';
    // Only where the column is too small to catch the changes the default is meant to catch.
    const unseen = column.drifted ? undefined : (0,detectable/* lowPowerClause */.TW)(column.detectable);
    return `${column.name}: ${column.notCompared ? '' : `${verdict} — `}${parts.join(', ')}${unseen ? `; at these sizes ${unseen}` : ''}`;
}
function distributionDrifted(column) {
    return column.drifted && !(column.nulls?.drifted && column.score <= column.threshold);
}
function describeChange(column, before) {
    if (column.baseline?.mean !== undefined && column.current?.mean !== undefined) {
        const std = before.std !== undefined && before.std > 0 ? before.std : undefined;
        const shift = std ? ` (${(0,format/* formatSigned */.Gp)((column.current.mean - column.baseline.mean) / std, 2)} std)` : '';
        const ks = column.tests?.find((test) => test.name === 'ks');
        const massMoved = column.method === 'robust' && ks && column.score === ks.statistic ? `, KS D ${(0,format/* formatNumber */.ZV)(ks.statistic)}` : '';
        const distance = massMoved || (column.method === 'robust' || column.method === 'significant' || column.method === 'wasserstein' ? `, distance ${(0,format/* formatNumber */.ZV)(column.score)} std` : '');
        return `mean ${(0,format/* formatNumber */.ZV)(column.baseline.mean)} → ${(0,format/* formatNumber */.ZV)(column.current.mean)}${shift}${distance}`;
    }
    const changes = column.categories?.changes.filter((change) => change.baseline !== change.current).slice(0, 2) ?? [];
    if (changes.length === 0)
        return undefined;
    const moved = changes.map((change) => `${change.value} ${(0,format/* formatPercent */.l9)(change.baseline)} → ${(0,format/* formatPercent */.l9)(change.current)}`).join(', ');
    const share = column.method === 'robust' || column.method === 'significant' ? ` (${(0,format/* formatPercent */.l9)(column.score)} of values moved)` : '';
    return moved + share;
}

// EXTERNAL MODULE: ./src/compare/identifiers.ts
var identifiers = __webpack_require__(2319);
// EXTERNAL MODULE: ./src/compare/nulls.ts
var compare_nulls = __webpack_require__(46417);
// EXTERNAL MODULE: ./src/stats/index.ts + 17 modules
var stats = __webpack_require__(24445);
// EXTERNAL MODULE: ./src/compare/evidence.ts
var evidence = __webpack_require__(54922);
// EXTERNAL MODULE: ./src/report/dateRange.ts
var dateRange = __webpack_require__(72367);
;// CONCATENATED MODULE: ./src/compare/dates.ts
// Date and timestamp columns are compared by their range and recency, not by a drift method:
// new rows bring new dates, so a distribution test on them fires without anything being wrong.

function isTemporal(column) {
    return column.type === 'date' || column.type === 'timestamp';
}
/** The range of both sides, when both have one; never a drift alarm. */
function dateRangeColumn(before, after, base) {
    if (typeof before.min !== 'string' || typeof before.max !== 'string' || typeof after.min !== 'string' || typeof after.max !== 'string')
        return undefined;
    const range = {
        baseline: { min: before.min, max: before.max },
        current: { min: after.min, max: after.max },
    };
    const format = after.format ?? before.format;
    const column = {
        name: before.name, ...base, score: 0, pValue: null, drifted: false, status: 'pass', range,
        note: `compared by range: ${(0,dateRange/* dateRangePhrases */.I)(range).join(', ')}${format ? ` (${format})` : ''}`,
    };
    return column;
}

// EXTERNAL MODULE: ./src/compare/robust.ts
var robust = __webpack_require__(83206);
// EXTERNAL MODULE: ./src/compare/methods.ts
var methods = __webpack_require__(38053);
;// CONCATENATED MODULE: ./src/compare/detectable.ts
// What a `robust` "no drift" could not have seen: the smallest mean shift (in baseline standard
// deviations) and the smallest move of rows between the two most common categories that the
// column's test catches 4 times in 5 at its sample sizes. The test is taken at the level `robust`
// holds it to when the column is the dataset's only change — 0.05 over the column's tests
// (Bonferroni) and over the dataset's Benjamini–Hochberg family — and the answer is never below
// the materiality floor, which no smaller change clears. Normal approximation: a shift of d
// stds between n₁ and n₂ values is a 1-dof χ² with noncentrality d² / (1/n₁ + 1/n₂); a move of
// δ of the rows from a category of share p₁ to one of p₂ gives the χ² of the k coarsened
// categories (k − 1 dof) the noncentrality δ² (1/m₁ + 1/m₂) / (1/n₁ + 1/n₂), m the two pooled
// shares after the move (Cohen's w² N). Simulated χ² tests reach 0.80 ± 0.01 at these changes.




/** The probability of detection the smallest detectable change is defined by. */
const DETECTABLE_POWER = 0.8;
/** Smallest mean shift, in standard deviations, a two-sided test at `alpha` sees with `power`. */
function detectableMeanShift(baselineCount, currentCount, alpha, power = DETECTABLE_POWER) {
    return Math.sqrt((0,stats/* requiredNoncentrality */.s7)(1, alpha, power) * (1 / baselineCount + 1 / currentCount));
}
/**
 * Smallest share of rows moved from a category of baseline share `from` to one of share `to`
 * that a χ² test over `categories` cells at `alpha` sees with `power` (at most `from`: a column
 * too small to show even the whole category moving gets that).
 */
function detectableCategoryMove(baselineCount, currentCount, from, to, categories, alpha, power = DETECTABLE_POWER) {
    const lambda = (0,stats/* requiredNoncentrality */.s7)(categories - 1, alpha, power);
    const currentShare = currentCount / (baselineCount + currentCount);
    const noncentrality = (move) => (move * move * (1 / (from - currentShare * move) + 1 / (to + currentShare * move))) / (1 / baselineCount + 1 / currentCount);
    // Increasing in the move; moving the whole category is the most there is to see.
    let low = 0;
    let high = from;
    if (noncentrality(high * (1 - 1e-12)) < lambda)
        return from;
    for (let i = 0; i < 100 && high - low > 1e-13; i += 1) {
        const middle = (low + high) / 2;
        if (noncentrality(middle) < lambda)
            low = middle;
        else
            high = middle;
    }
    return (low + high) / 2;
}
/**
 * The smallest changes `robust` would see in a numeric column (`tests` p-values, a Benjamini–
 * Hochberg family of `family`), or undefined when there is nothing to say.
 */
function detectableNumeric(baselineCount, currentCount, tests, family) {
    if (!(baselineCount >= 2 && currentCount >= 2))
        return undefined;
    const alpha = levelOf(tests, family);
    return { meanShift: (0,evidence/* round */.LI)(Math.max(robust/* ROBUST_NUMERIC_FLOOR */.lC, detectableMeanShift(baselineCount, currentCount, alpha))), power: DETECTABLE_POWER, alpha: (0,evidence/* round */.LI)(alpha) };
}
/** The same for a categorical column, between its two most common (coarsened) baseline categories. */
function detectableCategorical(baseline, current, tests, family) {
    const aligned = (0,stats/* alignCategories */.qh)(baseline, current);
    const coarsened = (0,stats/* coarsenCategories */.Mg)(aligned.categories, aligned.baseline, aligned.current);
    const baselineTotal = coarsened.baseline.reduce((a, b) => a + b, 0);
    const currentTotal = coarsened.current.reduce((a, b) => a + b, 0);
    const [from, to] = [...coarsened.baseline].sort((a, b) => b - a).map((count) => count / baselineTotal);
    if (coarsened.categories.length < 2 || !(to > 0) || !(currentTotal > 0))
        return undefined;
    const alpha = levelOf(tests, family);
    const move = detectableCategoryMove(baselineTotal, currentTotal, from, to, coarsened.categories.length, alpha);
    return { categoryShare: (0,evidence/* round */.LI)(Math.max(robust/* ROBUST_CATEGORICAL_FLOOR */.E2, move)), power: DETECTABLE_POWER, alpha: (0,evidence/* round */.LI)(alpha) };
}
function levelOf(tests, family) {
    return methods/* SIGNIFICANCE */.cT / (Math.max(1, tests) * Math.max(1, family));
}

// EXTERNAL MODULE: ./src/report/driftColumn.ts
var driftColumn = __webpack_require__(15615);
// EXTERNAL MODULE: ./src/report/percent.ts
var percent = __webpack_require__(23747);
;// CONCATENATED MODULE: ./src/compare/drift.ts
// Drift of every column both profiles share: the configured (or `robust`) method per column,
// thresholds and overrides from the config, Benjamini–Hochberg across p-value tests, the null-rate check,
// evidence for the reviewer, and the dataset verdict by share of drifted columns.










const DEFAULT_SHARE = 0.5;



/** A null-rate move this large (absolute) is called out in the column's note. */
const NULL_RATE_NOTE = 0.05;
function kindOf(column) {
    if (column.type === 'integer' || column.type === 'number')
        return 'numeric';
    if (column.type === 'string' || column.type === 'boolean')
        return 'categorical';
    return undefined;
}
function selector(config) {
    const include = config.include?.length ? picomatch_default()(config.include) : () => true;
    const exclude = config.exclude?.length ? picomatch_default()(config.exclude) : () => false;
    return (name) => include(name) && !exclude(name) && config.columns?.[name]?.enabled !== false;
}
function compareDrift(baseline, current, drift = {}) {
    const selected = selector(drift);
    const currentByName = new Map(current.columns.map((column) => [column.name, column]));
    const columns = [];
    const pairs = new Map();
    const compared = new Set();
    for (const before of baseline.columns) {
        const after = currentByName.get(before.name);
        if (!after || !selected(before.name))
            continue;
        const result = compareColumn(before, after, drift);
        columns.push(result.column);
        pairs.set(result.column, [before, after]);
        if (result.compared)
            compared.add(result.column);
    }
    const family = applyFalseDiscoveryControl(columns, compared, drift.fdr === true);
    for (const column of columns) {
        const [before, after] = pairs.get(column);
        if (column.nulls?.drifted) {
            column.drifted = true;
            column.status = 'fail';
        }
        if (compared.has(column) && column.method === 'robust' && !column.drifted) {
            const detectable = detectableOf(column, before, after, family);
            if (detectable)
                column.detectable = detectable;
        }
        column.explanation = explainColumn(column, before, after);
    }
    const drifted = columns.filter((column) => compared.has(column) && column.drifted).length;
    const share = compared.size > 0 ? drifted / compared.size : 0;
    const threshold = drift.share ?? DEFAULT_SHARE;
    return { share: (0,evidence/* round */.LI)(share), drifted: compared.size > 0 && share >= threshold && drifted > 0, threshold, columns };
}
function thresholdFor(name, method, kind, config) {
    return config.columns?.[name]?.threshold ?? config.threshold ?? (0,methods/* defaultThreshold */.Ri)(method, kind);
}
function compareColumn(before, after, config) {
    const configured = config.columns?.[before.name]?.method ?? config.method ?? methods/* DEFAULT_METHOD */.AA;
    // A side with no values has no meaningful type (an all-null column reads as string): use the other's.
    const kind = before.count > 0 ? kindOf(before) : kindOf(after);
    const afterKind = after.count > 0 ? kindOf(after) : kind;
    const notes = [];
    const { method, note: methodNote } = (0,methods/* chooseMethod */.jN)(configured, kind ?? 'categorical', before.count);
    if (methodNote)
        notes.push(methodNote);
    const threshold = thresholdFor(before.name, method, kind ?? 'categorical', config);
    const nulls = (0,compare_nulls/* nullRateCheck */._9)(before, after);
    const skipped = (reason, status = 'pass') => {
        const column = {
            name: before.name, method, score: 0, pValue: null, threshold, drifted: false, status, note: [`${driftColumn/* NOT_COMPARED */.S}${reason}`, ...notes].join('; '), notCompared: reason,
        };
        if (nulls)
            column.nulls = nulls;
        return { column, compared: false };
    };
    const nullMove = (0,evidence/* nullRate */.wk)(after) - (0,evidence/* nullRate */.wk)(before);
    if (Math.abs(nullMove) >= NULL_RATE_NOTE)
        notes.push(`null rate ${(0,percent/* percentOf */.p)((0,evidence/* nullRate */.wk)(before))} → ${(0,percent/* percentOf */.p)((0,evidence/* nullRate */.wk)(after))}`);
    if (before.count === 0 || after.count === 0) {
        const side = before.count === 0 && after.count === 0 ? 'baseline or the current' : before.count === 0 ? 'baseline' : 'current';
        const result = skipped(`no non-null values in the ${side}`, after.count === 0 && before.count > 0 ? 'warn' : 'pass');
        result.column.baseline = { nullRate: (0,evidence/* round */.LI)((0,evidence/* nullRate */.wk)(before)) };
        result.column.current = { nullRate: (0,evidence/* round */.LI)((0,evidence/* nullRate */.wk)(after)) };
        return result;
    }
    if (isTemporal(before) && isTemporal(after)) {
        const range = dateRangeColumn(before, after, { method, threshold });
        if (range) {
            if (nulls)
                range.nulls = nulls;
            return { column: range, compared: false };
        }
    }
    if (!kind || !afterKind) {
        const type = !kind ? before.type : after.type;
        // Dates and times are compared by range and recency (the freshness gate), never as categories.
        return skipped(type === 'date' || type === 'timestamp' ? `${type} column: compared by range and recency, not by distribution` : `${type} columns have no drift method`);
    }
    if (kind !== afterKind)
        return skipped(`${before.type} in the baseline, ${after.type} now (see the schema diff)`);
    const identifier = config.columns?.[before.name] ? undefined : (0,identifiers/* identifierReason */.W)(before) ?? (0,identifiers/* identifierReason */.W)(after);
    if (identifier)
        return skipped(`${identifier}; list it under drift.columns to compare it`);
    const data = columnData(kind, before, after);
    const column = { name: before.name, method, score: 0, pValue: null, threshold, drifted: false, status: 'pass' };
    if (data?.kind === 'numeric') {
        column.baseline = (0,evidence/* numericEvidence */.xO)(before, data.baseline);
        column.current = (0,evidence/* numericEvidence */.xO)(after, data.current);
    }
    else {
        column.baseline = { nullRate: (0,evidence/* round */.LI)((0,evidence/* nullRate */.wk)(before)) };
        column.current = { nullRate: (0,evidence/* round */.LI)((0,evidence/* nullRate */.wk)(after)) };
    }
    if (nulls)
        column.nulls = nulls;
    if (!data || sideTotal(data, 'baseline') <= 0 || sideTotal(data, 'current') <= 0) {
        // Profiles without sketch state (written by another tool) cannot be tested.
        const result = skipped('the profile has no sample of this column');
        result.column.baseline = column.baseline;
        result.column.current = column.current;
        return result;
    }
    const verdict = (0,methods/* runMethod */.H2)(method, data);
    if (verdict.note)
        notes.push(verdict.note);
    column.score = finite(verdict.score);
    column.pValue = verdict.pValue === null ? null : finite(verdict.pValue);
    if (verdict.tests)
        column.tests = verdict.tests.map((test) => ({ ...test, statistic: finite(test.statistic), pValue: finite(test.pValue), ...(test.effect === undefined ? {} : { effect: finite(test.effect) }) }));
    Object.assign(column, (0,methods/* judge */.S4)(method, column.score, column.pValue, threshold));
    if (!(data.baseline.exact && data.current.exact)) {
        column.approximate = true;
        // Sketch error in D (≤ 0.01) exceeds KS sampling noise beyond ~10⁵ values: p is then indicative only.
        if (method === 'ks' || method === 'robust')
            notes.push('from sketches: D within ±0.01 of the exact value, p-value indicative only');
    }
    if (data.kind === 'numeric')
        column.histogram = (0,evidence/* sharedHistogram */._z)(data.baseline, data.current);
    else
        column.categories = (0,evidence/* categoryEvidence */._c)(data.baseline, data.current);
    if (notes.length)
        column.note = notes.join('; ');
    return { column, compared: true };
}
/**
 * Kept for callers of the old rule's name: whether a column is taken for a key. Evidence only
 * (src/compare/identifiers.ts): being mostly distinct is not enough.
 */
function looksLikeIdentifier(column) {
    return identifierReason(column) !== undefined;
}
function columnData(kind, before, after) {
    if (kind === 'numeric') {
        const baseline = (0,profile.numericSample)(before);
        const current = (0,profile.numericSample)(after);
        if (!baseline || !current)
            return undefined;
        return { kind, baseline, current, baselineStd: before.std };
    }
    const baseline = (0,profile.categoryCounts)(before);
    const current = (0,profile.categoryCounts)(after);
    if (!baseline || !current)
        return undefined;
    return { kind, baseline, current };
}
/** What the column's `robust` test could not have seen (src/compare/detectable.ts). */
function detectableOf(column, before, after, family) {
    const tests = column.tests?.length ?? 1;
    // A shift in standard deviations means nothing for a constant baseline.
    if (kindOf(before) === 'numeric')
        return before.std !== undefined && before.std > 0 ? detectableNumeric(before.count, after.count, tests, family) : undefined;
    const baseline = (0,profile.categoryCounts)(before);
    const current = (0,profile.categoryCounts)(after);
    return baseline && current ? detectableCategorical(baseline, current, tests, family) : undefined;
}
function sideTotal(data, side) {
    if (data.kind === 'numeric')
        return data[side].total;
    const counts = data[side];
    let total = counts.other;
    for (const count of counts.counts.values())
        total += count;
    return total;
}
/**
 * Benjamini–Hochberg over one family: the p-values of `robust` columns (always) and of every other
 * p-value method when `fdr` is on, plus the null-rate checks when either applies. A column then
 * drifts when its adjusted p is below its threshold (for `robust`: below 0.05, with the effect material).
 */
function applyFalseDiscoveryControl(columns, compared, fdr) {
    const adjusts = (column) => column.method === 'robust' || (fdr && (0,methods/* isPValueMethod */.Dx)(column.method));
    const tested = columns.filter((column) => compared.has(column) && adjusts(column) && column.pValue !== null);
    const nullChecks = columns.filter((column) => column.nulls && adjusts(column));
    const adjusted = (0,stats/* benjaminiHochberg */.Uh)([...tested.map((column) => column.pValue), ...nullChecks.map((column) => column.nulls.pValue)]);
    tested.forEach((column, i) => {
        column.adjustedPValue = finite(adjusted[i]);
        Object.assign(column, (0,methods/* judge */.S4)(column.method, column.score, column.adjustedPValue, column.threshold));
    });
    nullChecks.forEach((column, i) => {
        const check = column.nulls;
        check.adjustedPValue = finite(adjusted[tested.length + i]);
        check.drifted = (0,compare_nulls/* isNullRise */.H3)(check, check.adjustedPValue);
    });
    // The family's size: how many p-values a column's own competes with.
    return tested.length + nullChecks.length;
}
/** Never NaN or ±Infinity in a report. */
function finite(value) {
    if (Number.isNaN(value))
        return 0;
    if (value === Number.POSITIVE_INFINITY)
        return Number.MAX_VALUE;
    if (value === Number.NEGATIVE_INFINITY)
        return -Number.MAX_VALUE;
    return value;
}


/***/ }),

/***/ 54922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ round),
/* harmony export */   _c: () => (/* binding */ categoryEvidence),
/* harmony export */   _z: () => (/* binding */ sharedHistogram),
/* harmony export */   wk: () => (/* binding */ nullRate),
/* harmony export */   xO: () => (/* binding */ numericEvidence)
/* harmony export */ });
/* unused harmony export EVIDENCE_BINS */
/* harmony import */ var _stats_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24445);
/* harmony import */ var _stats_runs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68297);
// What a reviewer needs to see for one column: before/after summary numbers, a shared-edge
// histogram for a small before/after chart, and for categories what appeared, vanished and moved.


const EVIDENCE_BINS = 16;
const LISTED_CATEGORIES = 10;
const LISTED_CHANGES = 5;
function nullRate(column) {
    const rows = column.count + column.nulls;
    return rows > 0 ? column.nulls / rows : 0;
}
function numericEvidence(column, sample) {
    const evidence = { nullRate: nullRate(column) };
    if (!sample || sample.total <= 0)
        return evidence;
    evidence.p05 = column.quantiles?.p05 ?? (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .linearQuantile */ .r3)(sample, 0.05);
    evidence.p50 = column.quantiles?.p50 ?? (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .linearQuantile */ .r3)(sample, 0.5);
    evidence.p95 = column.quantiles?.p95 ?? (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .linearQuantile */ .r3)(sample, 0.95);
    evidence.mean = typeof column.mean === 'number' ? column.mean : (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .sampleMoments */ .cJ)(sample).mean;
    return evidence;
}
/**
 * Shares of each side in EVIDENCE_BINS equal bins over the pooled 1st–99th percentile range
 * (the outer bins also hold the tails, so one outlier does not flatten the chart).
 */
function sharedHistogram(baseline, current) {
    let low = Math.min((0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .linearQuantile */ .r3)(baseline, 0.01), (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .linearQuantile */ .r3)(current, 0.01));
    let high = Math.max((0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .linearQuantile */ .r3)(baseline, 0.99), (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .linearQuantile */ .r3)(current, 0.99));
    if (!(high > low)) {
        low = Math.min((0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .linearQuantile */ .r3)(baseline, 0), (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .linearQuantile */ .r3)(current, 0));
        high = Math.max((0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .linearQuantile */ .r3)(baseline, 1), (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .linearQuantile */ .r3)(current, 1));
    }
    if (!(high > low))
        return { edges: [low, high], baseline: [1], current: [1] };
    const width = (high - low) / EVIDENCE_BINS;
    const edges = Array.from({ length: EVIDENCE_BINS + 1 }, (_, i) => (i === EVIDENCE_BINS ? high : low + i * width));
    const shares = (sample) => {
        const counts = new Array(EVIDENCE_BINS).fill(0);
        let total = 0;
        const binOf = (value) => Math.min(EVIDENCE_BINS - 1, Math.max(0, Math.floor((value - low) / width)));
        if (sample.unitWeights) {
            // Weights of 1 on sorted values (each of a file's parts' runs): a bin's count is where its
            // run ends (binOf never decreases along sorted values), found by bisection; counts of 1s are
            // the sums the loop below makes.
            for (const values of (0,_stats_runs_js__WEBPACK_IMPORTED_MODULE_1__/* .runsOf */ .ky)(sample)) {
                let start = 0;
                for (let bin = 0; bin < EVIDENCE_BINS - 1; bin += 1) {
                    let lowIndex = start;
                    let highIndex = values.length;
                    while (lowIndex < highIndex) {
                        const middle = (lowIndex + highIndex) >>> 1;
                        if (binOf(values[middle]) > bin)
                            highIndex = middle;
                        else
                            lowIndex = middle + 1;
                    }
                    counts[bin] += lowIndex - start;
                    start = lowIndex;
                }
                counts[EVIDENCE_BINS - 1] += values.length - start;
                total += values.length;
            }
            return counts.map((count) => round(count / total));
        }
        for (let i = 0; i < sample.values.length; i += 1) {
            const bin = binOf(sample.values[i]);
            counts[bin] += sample.weights[i];
            total += sample.weights[i];
        }
        return counts.map((count) => round(count / total));
    };
    return { edges: edges.map(round), baseline: shares(baseline), current: shares(current) };
}
/** Appeared, disappeared, and the biggest share changes (shares of non-null values). */
function categoryEvidence(baseline, current) {
    const aligned = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .alignCategories */ .qh)(baseline, current);
    const baselineTotal = aligned.baseline.reduce((a, b) => a + b, 0);
    const currentTotal = aligned.current.reduce((a, b) => a + b, 0);
    const rows = aligned.categories.map((value, i) => ({
        value,
        baseline: baselineTotal > 0 ? aligned.baseline[i] / baselineTotal : 0,
        current: currentTotal > 0 ? aligned.current[i] / currentTotal : 0,
    }));
    const listed = rows.filter((row) => row.value !== _stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .OTHER_CATEGORY */ .IO);
    // With a sketch, a category missing from one side's heavy hitters may still be in its remainder.
    const added = listed.filter((row) => row.baseline === 0 && baseline.exact).map((row) => row.value);
    const removed = listed.filter((row) => row.current === 0 && current.exact).map((row) => row.value);
    const changes = rows
        .map((row) => ({ value: row.value === _stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .OTHER_CATEGORY */ .IO ? '(other)' : row.value, baseline: round(row.baseline), current: round(row.current), gap: Math.abs(row.current - row.baseline) }))
        .sort((a, b) => b.gap - a.gap || a.value.localeCompare(b.value))
        .slice(0, LISTED_CHANGES)
        .map(({ value, baseline: before, current: after }) => ({ value, baseline: before, current: after }));
    return { added: added.sort().slice(0, LISTED_CATEGORIES), removed: removed.sort().slice(0, LISTED_CATEGORIES), changes };
}
/** Six significant digits: enough to read and to chart, stable in snapshots. */
function round(value) {
    return Number.isFinite(value) ? Number(value.toPrecision(6)) : 0;
}


/***/ }),

/***/ 2319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ identifierReason)
/* harmony export */ });
/* harmony import */ var _profile_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40733);
/* harmony import */ var _count_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89984);
// Which columns are keys, from evidence only: the name (`id`, `*_id`, `uuid`, `key`, …) with
// mostly distinct values, integers that are all distinct and fill a dense range (a sequence, or a
// random share of one), text shaped like UUIDs or hashes. Money and counts are mostly distinct
// too, and are compared.


const KEY_NAME = /^(id|uuid|guid|key|pk|row_?id|row_?number|index)$|[_\-\s.](id|uuid|guid|key)$|[a-z0-9](Id|ID|Uuid|UUID|Key)$/;
const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const HASH = /^(?:[0-9a-f]{16,}|[A-Za-z0-9_-]{20,}={0,2})$/;
const MIN_VALUES = 20;
/** A named key still counts only when at least half its values are distinct (a foreign key with few values is a category). */
const NAMED_DISTINCT_SHARE = 0.5;
/** All distinct integers within a range at most this many times their count: a sequence or a sample of one. */
const SEQUENCE_SPREAD = 4;
/** Why `column` is taken for an identifier, or undefined when it is compared. */
function identifierReason(column) {
    if (column.count < MIN_VALUES || column.distinct === undefined)
        return undefined;
    const distinctShare = column.distinct / column.count;
    if (KEY_NAME.test(column.name) && distinctShare >= NAMED_DISTINCT_SHARE && column.type !== 'number') {
        return `identifier by name (${(0,_count_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B)(column.distinct)} distinct of ${(0,_count_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B)(column.count)} values)`;
    }
    if (column.type === 'integer' && column.distinct >= column.count * 0.99 && typeof column.min === 'number' && typeof column.max === 'number') {
        const span = column.max - column.min + 1;
        if (span <= SEQUENCE_SPREAD * column.count)
            return `identifier: distinct integers filling ${column.min}–${column.max}, a sequence`;
    }
    if (column.type === 'string' && distinctShare >= 0.95) {
        const counts = (0,_profile_index_js__WEBPACK_IMPORTED_MODULE_0__.categoryCounts)(column);
        const values = counts ? [...counts.counts.keys()] : (column.top ?? []).map((entry) => entry.value);
        if (values.length >= MIN_VALUES && values.every((value) => UUID.test(value)))
            return 'identifier: UUID-shaped values';
        if (values.length >= MIN_VALUES && column.minLength === column.maxLength && values.every((value) => HASH.test(value) && /\d/.test(value))) {
            return 'identifier: hash-shaped values of one length';
        }
    }
    return undefined;
}


/***/ }),

/***/ 38053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AA: () => (/* binding */ DEFAULT_METHOD),
/* harmony export */   Dx: () => (/* binding */ isPValueMethod),
/* harmony export */   H2: () => (/* binding */ runMethod),
/* harmony export */   Ri: () => (/* binding */ defaultThreshold),
/* harmony export */   S4: () => (/* binding */ judge),
/* harmony export */   cT: () => (/* binding */ SIGNIFICANCE),
/* harmony export */   jN: () => (/* binding */ chooseMethod)
/* harmony export */ });
/* unused harmony exports AUTO_SMALL_SAMPLE, PSI_FAIL, DEFAULT_THRESHOLDS, SIGNIFICANT_CATEGORICAL_THRESHOLD, autoMethod */
/* harmony import */ var _robust_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83206);
/* harmony import */ var _stats_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24445);
// One drift method on one column: pick it (the `auto` rule), run it, and say whether it drifted.
// Thresholds and directions follow DESIGN.md's statistics table, plus one method of our own:
// `significant` — drifted only when the change is both statistically significant (KS, or χ² for
// categories, p < 0.05) and material (Wasserstein / baseline std > 0.1; for categories total
// variation distance > 0.05). It keeps `auto`'s behaviour on large numeric columns but does not
// fire on sampling noise in high-cardinality columns (bench/drift-rates.mjs measures both).
// `robust` (src/compare/robust.ts) is the default: `significant`'s idea with more tests, valid χ²
// on high-cardinality text, and Benjamini–Hochberg across the dataset's columns.


/** Columns with at most this many non-null baseline values get the p-value tests under `auto`. */
const AUTO_SMALL_SAMPLE = 1000;
const PSI_FAIL = 0.25;
const DEFAULT_THRESHOLDS = {
    ks: 0.05, chisquare: 0.05, wasserstein: 0.1, psi: 0.1, jensenshannon: 0.1, significant: 0.1, robust: _robust_js__WEBPACK_IMPORTED_MODULE_0__/* .ROBUST_NUMERIC_FLOOR */ .lC,
};
/** The method a dataset gets when the config names none (DESIGN.md: measured on real tables). */
const DEFAULT_METHOD = 'robust';
/** `significant` on categories measures total variation distance: 0.05 = 5% of rows changed category. */
const SIGNIFICANT_CATEGORICAL_THRESHOLD = 0.05;
/** The significance level of the test inside `significant`. */
const SIGNIFICANCE = 0.05;
function defaultThreshold(method, kind) {
    if (method === 'robust' && kind === 'categorical')
        return _robust_js__WEBPACK_IMPORTED_MODULE_0__/* .ROBUST_CATEGORICAL_FLOOR */ .E2;
    return method === 'significant' && kind === 'categorical' ? SIGNIFICANT_CATEGORICAL_THRESHOLD : DEFAULT_THRESHOLDS[method];
}
const APPLIES = {
    ks: ['numeric'], wasserstein: ['numeric'], chisquare: ['categorical'], psi: ['numeric', 'categorical'], jensenshannon: ['numeric', 'categorical'],
    significant: ['numeric', 'categorical'], robust: ['numeric', 'categorical'],
};
/** Methods whose verdict rests on a p-value (so Benjamini–Hochberg applies). */
const isPValueMethod = (method) => method === 'ks' || method === 'chisquare' || method === 'significant' || method === 'robust';
/** The `auto` rule (Evidently's): small baselines get the tests, large ones the distances. */
function autoMethod(kind, baselineCount) {
    if (kind === 'numeric')
        return baselineCount <= AUTO_SMALL_SAMPLE ? 'ks' : 'wasserstein';
    return baselineCount <= AUTO_SMALL_SAMPLE ? 'chisquare' : 'jensenshannon';
}
/** The method to run; a configured method that does not apply to the kind falls back to `auto`. */
function chooseMethod(configured, kind, baselineCount) {
    if (configured === 'auto')
        return { method: autoMethod(kind, baselineCount) };
    if (APPLIES[configured].includes(kind))
        return { method: configured };
    const method = autoMethod(kind, baselineCount);
    return { method, note: `${configured} does not apply to ${kind} columns; used ${method}` };
}
/** Runs `method` on two non-empty sides. */
function runMethod(method, data) {
    if (data.kind === 'numeric') {
        const { baseline, current } = data;
        switch (method) {
            case 'ks': {
                const result = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ksTwoSample */ .X3)(baseline, current);
                return { score: result.statistic, pValue: result.pValue };
            }
            case 'wasserstein': return wassersteinScore(baseline, current, data.baselineStd);
            case 'psi': return { score: (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .psi */ .js)(baseline, current), pValue: null };
            case 'jensenshannon': return { score: (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .numericJensenShannon */ .KS)(baseline, current), pValue: null };
            case 'significant': {
                const effect = wassersteinScore(baseline, current, data.baselineStd);
                return { ...effect, pValue: (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ksTwoSample */ .X3)(baseline, current).pValue };
            }
            case 'robust': return (0,_robust_js__WEBPACK_IMPORTED_MODULE_0__/* .robustNumeric */ .th)(baseline, current, data.baselineStd);
            default: throw new Error(`${method} is not a numeric method`);
        }
    }
    const { baseline, current } = data;
    switch (method) {
        case 'chisquare': {
            const result = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .chiSquareHomogeneity */ .at)(baseline, current);
            return { score: result.statistic, pValue: result.pValue };
        }
        case 'psi': return { score: (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .categoricalPsi */ .HP)(baseline, current), pValue: null };
        case 'jensenshannon': return { score: (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .categoricalJensenShannon */ .TF)(baseline, current), pValue: null };
        case 'significant': {
            const aligned = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .alignCategories */ .qh)(baseline, current);
            return { score: totalVariationDistance(aligned.baseline, aligned.current), pValue: (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .chiSquareFromCounts */ .MU)(aligned.baseline, aligned.current).pValue };
        }
        case 'robust': return (0,_robust_js__WEBPACK_IMPORTED_MODULE_0__/* .robustCategorical */ .KA)(baseline, current);
        default: throw new Error(`${method} is not a categorical method`);
    }
}
/** Half the L1 distance between the two share vectors: the share of rows that changed category. */
function totalVariationDistance(baseline, current) {
    const baselineTotal = baseline.reduce((a, b) => a + b, 0);
    const currentTotal = current.reduce((a, b) => a + b, 0);
    let distance = 0;
    for (let i = 0; i < baseline.length; i += 1)
        distance += Math.abs(baseline[i] / baselineTotal - current[i] / currentTotal);
    return distance / 2;
}
/**
 * Wasserstein distance in units of the baseline's sample std. A constant baseline (std 0) is
 * measured in units of the pooled std instead, and two identical constants score 0.
 */
function wassersteinScore(baseline, current, baselineStd) {
    const distance = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .wassersteinDistance */ .wA)(baseline, current);
    const std = baselineStd !== undefined && Number.isFinite(baselineStd) ? baselineStd : (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .sampleMoments */ .cJ)(baseline).std;
    if (std > 0)
        return { score: distance / std, pValue: null };
    if (distance === 0)
        return { score: 0, pValue: null, note: 'baseline is constant' };
    const pooled = (0,_robust_js__WEBPACK_IMPORTED_MODULE_0__/* .pooledStd */ .lD)(baseline, current);
    return { score: distance / pooled, pValue: null, note: 'baseline is constant; distance in units of the pooled std' };
}
/** Drifted, and the column status: PSI warns between its threshold and 0.25, fails above. */
function judge(method, score, pValue, threshold) {
    if (method === 'significant' || method === 'robust') {
        // Drift must be both real (the test rejects) and material (the effect exceeds the threshold).
        const drifted = pValue !== null && pValue < SIGNIFICANCE && score > threshold;
        return { drifted, status: drifted ? 'fail' : 'pass' };
    }
    if (isPValueMethod(method)) {
        const drifted = pValue !== null && pValue < threshold;
        return { drifted, status: drifted ? 'fail' : 'pass' };
    }
    const drifted = score > threshold;
    if (!drifted)
        return { drifted, status: 'pass' };
    if (method === 'psi' && score <= Math.max(PSI_FAIL, threshold))
        return { drifted, status: 'warn' };
    return { drifted, status: 'fail' };
}


/***/ }),

/***/ 46417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H3: () => (/* binding */ isNullRise),
/* harmony export */   _9: () => (/* binding */ nullRateCheck)
/* harmony export */ });
/* unused harmony exports NULL_RATE_FLOOR, NULL_RATE_SIGNIFICANCE */
/* harmony import */ var _stats_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24445);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54922);
// Null rate as its own check: a rise is drift when it is real (the two-proportion test, i.e. χ²
// on the 2 × 2 table of nulls and values, rejects) and material (at least NULL_RATE_FLOOR more
// of the rows are null). A broken join shows up here first.


/** 5 points of rows: below it a null-rate change is noted, never failed. */
const NULL_RATE_FLOOR = 0.05;
const NULL_RATE_SIGNIFICANCE = 0.05;
/** The check, or undefined when neither side has a null (nothing to test). */
function nullRateCheck(before, after) {
    if (before.nulls === 0 && after.nulls === 0)
        return undefined;
    const rowsBefore = before.count + before.nulls;
    const rowsAfter = after.count + after.nulls;
    if (rowsBefore === 0 || rowsAfter === 0)
        return undefined;
    const baseline = (0,_evidence_js__WEBPACK_IMPORTED_MODULE_1__/* .nullRate */ .wk)(before);
    const current = (0,_evidence_js__WEBPACK_IMPORTED_MODULE_1__/* .nullRate */ .wk)(after);
    // Both sides all null, or one column of the table only nulls: the χ² table has one column.
    const pValue = before.count + after.count === 0 ? 1 : (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .chiSquareFromCounts */ .MU)([before.nulls, before.count], [after.nulls, after.count]).pValue;
    const check = { baseline: (0,_evidence_js__WEBPACK_IMPORTED_MODULE_1__/* .round */ .LI)(baseline), current: (0,_evidence_js__WEBPACK_IMPORTED_MODULE_1__/* .round */ .LI)(current), pValue: Number.isFinite(pValue) ? pValue : 1, drifted: false };
    check.drifted = isNullRise(check, check.pValue);
    return check;
}
function isNullRise(check, pValue) {
    return check.current - check.baseline >= NULL_RATE_FLOOR && pValue < NULL_RATE_SIGNIFICANCE;
}


/***/ }),

/***/ 83206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E2: () => (/* binding */ ROBUST_CATEGORICAL_FLOOR),
/* harmony export */   KA: () => (/* binding */ robustCategorical),
/* harmony export */   lC: () => (/* binding */ ROBUST_NUMERIC_FLOOR),
/* harmony export */   lD: () => (/* binding */ pooledStd),
/* harmony export */   th: () => (/* binding */ robustNumeric)
/* harmony export */ });
/* harmony import */ var _stats_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24445);
// `robust`, the default drift method: a change must be both real and material, on one test.
// Real: the test rejects after Bonferroni within the column and Benjamini–Hochberg across the
// dataset (numeric: KS, and Welch's t and Brown–Forsythe on pooled ranks, so one huge value in
// money or counts is not a shift; categorical: χ² on categories coarsened to expected counts ≥ 5,
// and — with exact counts, where rare categories were lumped — the share of values never seen in
// the baseline against its Good–Turing expectation). Material: that test's effect clears a floor
// (Wasserstein / std or KS D > 0.1; for categories 5 points of rows moved, or 5 points more unseen values
// than expected).
// Measured on real tables by bench/drift-real (README "Drift on real tables").

const ROBUST_NUMERIC_FLOOR = 0.1;
const ROBUST_CATEGORICAL_FLOOR = 0.05;
/**
 * The column's score and p-value from its tests: among the tests whose effect is material, the
 * most significant one (Bonferroni over all the column's tests); with none material, the
 * largest effect and the smallest p, which cannot drift.
 */
function decide(tests, effects, floor) {
    const bonferroni = (p) => Math.min(1, tests.length * p);
    const material = tests.map((_, i) => i).filter((i) => effects[i] > floor);
    if (material.length === 0)
        return { score: Math.max(0, ...effects), pValue: bonferroni(Math.min(...tests.map((test) => test.pValue))) };
    const best = material.reduce((i, j) => (tests[j].pValue < tests[i].pValue ? j : i));
    return { score: effects[best], pValue: bonferroni(tests[best].pValue) };
}
function robustNumeric(baseline, current, baselineStd) {
    if (!(baseline.total > 0 && current.total > 0))
        throw new RangeError('robustNumeric needs two non-empty samples');
    // One merge walk gives KS D, the Wasserstein distance and the ranks' moments and deviations.
    const scan = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .pooledScan */ .xn)(baseline, current);
    const ks = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ksFromStatistic */ .D4)(baseline, current, scan.ks);
    const welch = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .welchFromMoments */ .tO)(scan.rankMoments.a, scan.rankMoments.b, baseline.total, current.total);
    const spread = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .brownForsytheFrom */ .Lt)(scan.rankDeviations.a, scan.rankDeviations.b, baseline.total, current.total);
    const std = baselineStd !== undefined && Number.isFinite(baselineStd) && baselineStd > 0 ? baselineStd : pooledStd(baseline, current);
    const distance = scan.wasserstein;
    // Material when the values moved (Wasserstein in baseline stds) or the mass did (KS D, the
    // largest gap between the two CDFs): on money and counts with a heavy tail the std is so
    // large that a change to the bulk of the rows barely registers in std units.
    const score = Math.max(std > 0 ? distance / std : 0, ks.statistic);
    const tests = [
        { name: 'ks', statistic: ks.statistic, pValue: ks.pValue },
        { name: 'rank-welch', statistic: welch.statistic, pValue: welch.pValue },
        { name: 'rank-brown-forsythe', statistic: spread.statistic, pValue: spread.pValue },
    ];
    // One effect for all three: how far the distribution moved.
    return { score, pValue: decide(tests, tests.map(() => score), ROBUST_NUMERIC_FLOOR).pValue, tests, note: std > 0 ? undefined : 'both sides constant' };
}
function robustCategorical(baseline, current) {
    const aligned = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .alignCategories */ .qh)(baseline, current);
    const chi = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .coarsenedChiSquare */ .U7)(aligned.categories, aligned.baseline, aligned.current);
    const moved = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .totalVariation */ .IG)(chi.coarsened.baseline, chi.coarsened.current);
    const tests = [{ name: 'chisquare', statistic: chi.statistic, pValue: chi.pValue, effect: moved }];
    const notes = [];
    if (chi.coarsened.lumped > 0)
        notes.push(`${chi.coarsened.lumped} rare categories lumped`);
    // Novelty needs exact counts (a sketch's remainder may hold the "new" values), and matters only
    // where rare categories were lumped: with every category kept, χ² already sees a new one.
    if (baseline.exact && current.exact && !aligned.categories.includes(_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .OTHER_CATEGORY */ .IO) && chi.coarsened.lumped > 0) {
        const unseen = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .unseenShare */ .Yd)(aligned.baseline, aligned.current);
        const excess = unseen.share - unseen.expected;
        tests.push({ name: 'unseen', statistic: unseen.statistic, pValue: unseen.pValue, effect: excess });
        if (unseen.share > 0)
            notes.push(`${Math.round(100 * unseen.share)}% of values unseen in the baseline (${Math.round(100 * unseen.expected)}% expected)`);
    }
    const { score, pValue } = decide(tests, tests.map((test) => test.effect ?? 0), ROBUST_CATEGORICAL_FLOOR);
    return { score, pValue, tests, note: notes.join(', ') || undefined };
}
/** The standard deviation of both samples together (moments do not depend on order). */
function pooledStd(a, b) {
    const values = new Float64Array(a.values.length + b.values.length);
    values.set(a.values);
    values.set(b.values, a.values.length);
    const weights = new Float64Array(values.length);
    weights.set(a.weights);
    weights.set(b.weights, a.weights.length);
    return (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .sampleMoments */ .cJ)({ values, weights, total: a.total + b.total, exact: false }).std;
}


/***/ }),

/***/ 6647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ freshnessGates),
/* harmony export */   I9: () => (/* binding */ freshness)
/* harmony export */ });
/* harmony import */ var _config_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97840);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59179);
// Freshness: the newest value of a date/timestamp column must be younger than `max_age` at run time.



const freshness = {
    kind: 'freshness',
    evaluate(rule, { dataset, newest, present, now }) {
        const severity = rule.severity ?? 'error';
        const column = JSON.stringify(rule.column);
        const base = { id: `${dataset}.freshness`, kind: 'freshness', dataset, column: rule.column, severity, expected: rule.max_age };
        if (!present) {
            return [{ ...base, status: (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .violated */ .b)(severity), message: `freshness column ${column} is missing from the data` }];
        }
        if (newest === undefined) {
            return [{ ...base, status: (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .violated */ .b)(severity), message: `freshness column ${column} has no date or timestamp values` }];
        }
        const maxAge = (0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(rule.max_age);
        const age = now.getTime() - newest;
        const newestText = new Date(newest).toISOString();
        if (maxAge === undefined) {
            // The config validation rejects such durations; reached only when it was bypassed.
            return [{ ...base, status: (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .violated */ .b)(severity), message: `unknown duration "${rule.max_age}"`, observed: newestText }];
        }
        const bad = age > maxAge;
        return [{
                ...base,
                status: bad ? (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .violated */ .b)(severity) : 'pass',
                message: `${column}: newest value ${newestText} is ${(0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(age)} old ${bad ? '>' : '≤'} ${rule.max_age}`,
                observed: newestText,
            }];
    },
};
function freshnessGates(dataset, input) {
    return dataset.freshness ? freshness.evaluate(dataset.freshness, { ...input, dataset: dataset.name }) : [];
}


/***/ }),

/***/ 4484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DR: () => (/* binding */ evaluateGate)
});

// UNUSED EXPORTS: ROW_GATE_KINDS, gates

;// CONCATENATED MODULE: ./src/gates/schema.ts
// Schema change gates: each breaking change fails (by default), non-breaking ones are ignored
// unless the config's `schema_changes` asks for them; with nothing to report, one passing gate.
function changes(diff) {
    return [
        ...diff.removed.map((c) => ({ id: `removed.${c.name}`, column: c.name, breaking: c.breaking, message: `column ${c.name} (${c.type}) was removed`, observed: c })),
        ...diff.renamed.map((c) => ({ id: `renamed.${c.from}`, column: c.from, breaking: c.breaking, message: `column ${c.from} was probably renamed to ${c.to}`, observed: c })),
        ...diff.changed.map((c) => ({
            id: `changed.${c.name}`, column: c.name, breaking: c.breaking,
            message: `column ${c.name} changed type ${c.from} → ${c.to}${c.breaking ? '' : ' (widened)'}`, observed: c,
        })),
        ...diff.nullability.map((c) => ({
            id: `nullability.${c.name}`, column: c.name, breaking: c.breaking,
            message: c.declared
                ? (c.to ? `column ${c.name} is no longer declared NOT NULL` : `column ${c.name} is now declared NOT NULL`)
                : (c.to ? `column ${c.name} now has nulls` : `column ${c.name} no longer has nulls`),
            observed: c,
        })),
        ...diff.added.map((c) => ({ id: `added.${c.name}`, column: c.name, breaking: c.breaking, message: `column ${c.name} (${c.type}) was added`, observed: c })),
        ...(diff.reordered ? [{ id: 'reordered', breaking: false, message: 'column order changed' }] : []),
    ];
}
const statusOf = (action) => (action === 'error' ? 'fail' : 'warn');
function schemaGates(dataset, diff, rules) {
    const breaking = rules?.breaking ?? 'error';
    const nonBreaking = rules?.non_breaking ?? 'ignore';
    const all = changes(diff);
    const results = [];
    for (const change of all) {
        const action = change.breaking ? breaking : nonBreaking;
        if (action === 'ignore')
            continue;
        results.push({
            id: `${dataset}.schema.${change.id}`, kind: 'schema', dataset, column: change.column,
            status: statusOf(action), severity: action === 'error' ? 'error' : 'warn',
            message: `${change.breaking ? 'breaking' : 'non-breaking'}: ${change.message}`, observed: change.observed,
        });
    }
    if (results.length === 0) {
        const breakingCount = all.filter((change) => change.breaking).length;
        const message = all.length === 0
            ? 'schema unchanged'
            : `${all.length} schema change${all.length === 1 ? '' : 's'}, ${breakingCount ? `${breakingCount} breaking (ignored by config)` : 'none breaking'}`;
        results.push({ id: `${dataset}.schema`, kind: 'schema', dataset, status: 'pass', message });
    }
    return results;
}
const schemaChanges = {
    kind: 'schema',
    evaluate: (rules, { dataset, diff }) => schemaGates(dataset, diff, rules),
};

// EXTERNAL MODULE: ./src/compare/drift.ts + 3 modules
var compare_drift = __webpack_require__(6447);
// EXTERNAL MODULE: ./src/compare/methods.ts
var methods = __webpack_require__(38053);
// EXTERNAL MODULE: ./src/report/percent.ts
var percent = __webpack_require__(23747);
;// CONCATENATED MODULE: ./src/gates/drift.ts
// Drift gates: one per compared column (`<dataset>.drift.<column>`) and one for the dataset
// (`<dataset>.drift`, by share of drifted columns). `severity: warn` turns failures into warnings.



/** Two significant digits, exponent form for tiny p-values: 0.31, 0.0042, 3.1e-7. */
function formatStatistic(value) {
    if (value === 0)
        return '0';
    const magnitude = Math.abs(value);
    if (magnitude < 1e-4 || magnitude >= 1e6)
        return value.toExponential(1).replace('e+', 'e');
    return String(Number(value.toPrecision(2)));
}
function columnMessage(column) {
    // `robust` verdicts and null-rate rises explain themselves in one line (src/compare/explain.ts).
    if (column.explanation && (column.method === 'robust' || column.nulls?.drifted))
        return `${column.explanation}${column.approximate ? ' (from sketches)' : ''}`;
    const p = column.adjustedPValue ?? column.pValue;
    const pLabel = column.adjustedPValue !== undefined && column.adjustedPValue !== null ? 'adjusted p' : 'p';
    let test;
    if (column.method === 'significant') {
        const material = column.score > column.threshold;
        const real = p !== null && p < methods/* SIGNIFICANCE */.cT;
        test = `significant: effect ${formatStatistic(column.score)} ${material ? '>' : '≤'} ${formatStatistic(column.threshold)}, ${pLabel} ${p === null ? '–' : formatStatistic(p)} ${real ? '<' : '≥'} ${methods/* SIGNIFICANCE */.cT}`;
    }
    else if (p !== null && (column.method === 'ks' || column.method === 'chisquare')) {
        const statistic = column.method === 'ks' ? `D ${formatStatistic(column.score)}` : `χ² ${formatStatistic(column.score)}`;
        test = `${column.method} ${pLabel} ${formatStatistic(p)} ${column.drifted ? '<' : '≥'} ${formatStatistic(column.threshold)} (${statistic})`;
    }
    else {
        test = `${column.method} ${formatStatistic(column.score)} ${column.drifted ? '>' : '≤'} ${formatStatistic(column.threshold)}`;
    }
    const verdict = column.drifted ? (column.status === 'warn' ? 'drifted slightly' : 'drifted') : 'stable';
    const approximate = column.approximate ? ' (from sketches)' : '';
    const note = column.note ? `; ${column.note}` : '';
    if (!(0,compare_drift/* isCompared */.uQ)(column))
        return `${column.name}: ${column.note}`;
    return `${column.name} ${verdict}: ${test}${approximate}${note}`;
}
function driftGates(dataset, drift, severity = 'error') {
    const downgrade = (status) => (status === 'fail' && severity === 'warn' ? 'warn' : status);
    const results = drift.columns.map((column) => ({
        id: `${dataset}.drift.${column.name}`, kind: 'drift', dataset, column: column.name, severity,
        status: downgrade(column.status), message: columnMessage(column),
        observed: column.pValue !== null && (column.method === 'ks' || column.method === 'chisquare') ? (column.adjustedPValue ?? column.pValue) : column.score,
        // `significant` compares its effect size with the threshold; its p-value is in the message.
        expected: column.threshold,
    }));
    const drifted = drift.columns.filter((column) => column.drifted).length;
    const compared = drift.columns.filter(compare_drift/* isCompared */.uQ).length;
    const shown = (0,percent/* percentOf */.p)(drift.share);
    results.push({
        id: `${dataset}.drift`, kind: 'drift', dataset, severity,
        status: drift.drifted ? downgrade('fail') : 'pass',
        message: `${drifted} of ${compared} columns drifted (${shown}); the dataset drifts at ${(0,percent/* percentOf */.p)(drift.threshold)}`,
        observed: drift.share, expected: drift.threshold,
    });
    return results;
}
const driftGate = {
    kind: 'drift',
    evaluate: (severity, { dataset, drift }) => driftGates(dataset, drift, severity),
};

// EXTERNAL MODULE: ./src/gates/rows.ts
var rows = __webpack_require__(44595);
// EXTERNAL MODULE: ./src/gates/freshness.ts
var freshness = __webpack_require__(6647);
// EXTERNAL MODULE: ./src/gates/metric.ts
var metric = __webpack_require__(71498);
// EXTERNAL MODULE: ./src/gates/segment.ts
var segment = __webpack_require__(23457);
// EXTERNAL MODULE: ./src/gates/latency.ts
var latency = __webpack_require__(18422);
// EXTERNAL MODULE: ./src/report/severity.ts
var report_severity = __webpack_require__(59179);
;// CONCATENATED MODULE: ./src/gates/diff.ts
// Row diff gates: bounds on rows added, removed and changed by key against the baseline, and a
// warning when rows could not be diffed (duplicate or null keys).


function diff_rows(count) {
    return `${count} ${count === 1 ? 'row' : 'rows'}`;
}
/** `+120 −3 ~1204 of 5000 rows by key (order_id)`. */
function diffSummary(diff) {
    return `${diff.added} added, ${diff.removed} removed, ${diff.changed} changed, ${diff.unchanged} unchanged by key (${diff.key.join(', ')})`;
}
const diffGate = {
    kind: 'diff',
    evaluate(rule, { dataset, diff }) {
        const severity = rule?.severity ?? 'error';
        const base = { kind: 'diff', dataset, severity };
        const results = [];
        const bounds = [['added', rule?.max_added], ['removed', rule?.max_removed], ['changed', rule?.max_changed]];
        for (const [what, max] of bounds) {
            if (max === undefined)
                continue;
            const observed = diff[what];
            const bad = observed > max;
            results.push({
                ...base, id: `${dataset}.diff.max_${what}`, status: bad ? (0,report_severity/* violated */.b)(severity) : 'pass',
                message: `${diff_rows(observed)} ${what} ${bad ? '>' : '≤'} max ${max}`, observed, expected: max, count: observed,
            });
        }
        if (rule?.max_changed_share !== undefined) {
            const matched = diff.changed + diff.unchanged;
            const share = matched ? diff.changed / matched : 0;
            const bad = share > rule.max_changed_share;
            results.push({
                ...base, id: `${dataset}.diff.max_changed_share`, status: bad ? (0,report_severity/* violated */.b)(severity) : 'pass',
                message: `${(0,percent/* percentOf */.p)(share)} of ${diff_rows(matched)} on both sides changed (${diff.changed}) ${bad ? '>' : '≤'} max ${(0,percent/* percentOf */.p)(rule.max_changed_share)}`,
                observed: share, expected: rule.max_changed_share, count: diff.changed,
            });
        }
        const duplicates = diff.duplicateKeys.baseline + diff.duplicateKeys.current;
        const nulls = diff.nullKeys.baseline + diff.nullKeys.current;
        if (duplicates || nulls) {
            const parts = [];
            if (duplicates)
                parts.push(`${diff_rows(duplicates)} repeat an earlier row's key (baseline ${diff.duplicateKeys.baseline}, current ${diff.duplicateKeys.current})`);
            if (nulls)
                parts.push(`${diff_rows(nulls)} have a null key (baseline ${diff.nullKeys.baseline}, current ${diff.nullKeys.current})`);
            results.push({
                ...base, id: `${dataset}.diff.keys`, severity: 'warn', status: 'warn',
                message: `${parts.join('; ')}: counted, not diffed`, count: duplicates + nulls,
            });
        }
        if (results.length === 0)
            results.push({ ...base, id: `${dataset}.diff`, status: 'pass', message: diffSummary(diff) });
        return results;
    },
};
function diffGates(dataset, diff, rule) {
    return diffGate.evaluate(rule, { dataset, diff });
}

;// CONCATENATED MODULE: ./src/gates/index.ts
// The table of every gate datagate runs, and the one place the run evaluates them through. A gate
// is defined once, in its own file; adding one is that file and one line here. Every output
// (JSON, comment, summary, annotations, HTML) renders the GateResults these produce.








/** Gates evaluated on summaries (profiles, diffs, metrics), by kind. */
const gates = {
    schema: schemaChanges,
    drift: driftGate,
    rows: rows/* rowCount */.o,
    freshness: freshness/* freshness */.I9,
    metric: metric/* metricGate */.a,
    segment: segment/* segmentGate */.$r,
    latency: latency/* latencyGate */.Ec,
    diff: diffGate,
};
/** Evaluates the gate of `kind` from the table: how the run calls every summary gate. */
function evaluateGate(kind, rule, input) {
    const gate = gates[kind];
    return gate.evaluate(rule, input);
}
/**
 * Gates that need every row rather than a summary run inside one streaming pass:
 * `contract` (src/contract/validator.ts: types, nulls, ranges, allowed values, patterns,
 * lengths, uniqueness, compound keys, required and extra columns; with the row count and
 * freshness gates of this table, src/gates/contract.ts) and `read` (src/gates/read.ts: ragged
 * rows and unparseable values, counted and shown).
 */
const ROW_GATE_KINDS = (/* unused pure expression or super */ null && (['contract', 'read']));


/***/ }),

/***/ 18422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ec: () => (/* binding */ latencyGate),
/* harmony export */   Sv: () => (/* binding */ LATENCY_PERCENTILES)
/* harmony export */ });
/* unused harmony export evaluateLatency */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59179);
/* harmony import */ var _modelText_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1554);
// Latency gate: p50 / p95 / p99 of a model's serving or inference time under a ceiling.


const LATENCY_PERCENTILES = ['p50', 'p95', 'p99'];
function evaluateLatency(rule, input) {
    const gates = [];
    for (const percentile of LATENCY_PERCENTILES) {
        const limit = rule[percentile];
        if (limit === undefined)
            continue;
        const base = { id: `${input.model}.latency.${percentile}`, kind: 'latency', model: input.model, severity: rule.severity ?? 'error', expected: limit };
        const value = input.observed[percentile];
        if (value === undefined) {
            gates.push({ ...base, status: 'fail', message: `${input.label} ${percentile} missing from ${input.source}` });
            continue;
        }
        const over = (0,_modelText_js__WEBPACK_IMPORTED_MODULE_0__/* .exceeds */ .Or)(value, limit);
        gates.push({
            ...base,
            status: over ? (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .violated */ .b)(rule.severity) : 'pass',
            message: `${input.label} ${percentile} ${(0,_modelText_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(value)} ${over ? '>' : '≤'} max ${(0,_modelText_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(limit)}`,
            observed: value,
        });
    }
    return gates;
}
const latencyGate = { kind: 'latency', evaluate: evaluateLatency };


/***/ }),

/***/ 71498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ evaluateMetric),
/* harmony export */   a: () => (/* binding */ metricGate)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59179);
/* harmony import */ var _modelText_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1554);
// Model metric gate: absolute thresholds and regression against the baseline, optionally
// noise-aware (a drop fails only when its bootstrap interval excludes 0).


function evaluateMetric(rule, input) {
    const { model, name, direction } = input;
    const base = { id: `${model}.metric.${name}`, kind: 'metric', model, severity: rule.severity ?? 'error' };
    const baselineValue = input.baseline.state === 'present' ? input.baseline.value : null;
    const result = {
        name, baseline: baselineValue, current: input.current, delta: null, direction, status: 'pass',
        ...(input.interval ? { ci: [input.interval.low, input.interval.high] } : {}),
    };
    if (input.current === null) {
        result.status = 'fail';
        return { result, gate: { ...base, status: 'fail', message: `${name} missing from ${input.currentSource}`, expected: expectedOf(rule) } };
    }
    const current = input.current;
    const failed = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .violated */ .b)(rule.severity);
    const checks = [];
    const notes = [];
    if (rule.min !== undefined) {
        checks.push(current < rule.min && (0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .exceeds */ .Or)(rule.min - current, 0) ? { status: failed, text: `below min ${(0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(rule.min)}` } : { status: 'pass', text: `≥ min ${(0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(rule.min)}` });
    }
    if (rule.max !== undefined) {
        checks.push(current > rule.max && (0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .exceeds */ .Or)(current - rule.max, 0) ? { status: failed, text: `above max ${(0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(rule.max)}` } : { status: 'pass', text: `≤ max ${(0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(rule.max)}` });
    }
    let headline = `${name} ${(0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(current)}`;
    if (baselineValue !== null) {
        const delta = current - baselineValue;
        result.delta = delta;
        headline = `${name} ${describeDelta(delta, baselineValue, current, direction)} (${(0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(baselineValue)} → ${(0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(current)})`;
    }
    const compares = rule.max_drop !== undefined || rule.max_relative_drop !== undefined;
    if (compares && input.baseline.state === 'none')
        notes.push('no baseline yet: comparison skipped');
    if (compares && input.baseline.state === 'missing')
        notes.push('new metric: not in the baseline, comparison skipped');
    if (compares && baselineValue !== null)
        checks.push(compareCheck(rule, input, current, baselineValue, failed));
    const status = worst(checks.map((check) => check.status));
    result.status = checks.length === 0 && compares ? 'skip' : status;
    const shown = status === 'pass' ? checks.map((check) => check.text) : checks.filter((check) => check.status !== 'pass').map((check) => check.text);
    const message = [headline + (shown.length > 0 ? `, ${shown.join('; ')}` : ''), ...notes].join('; ');
    return {
        result,
        gate: { ...base, status: result.status, message, observed: current, expected: expectedOf(rule) },
    };
}
function compareCheck(rule, input, current, baseline, failed) {
    // Worsening in the metric's own direction; negative when it improved.
    const drop = input.direction === 'higher' ? baseline - current : current - baseline;
    const relativeDrop = baseline === 0 ? (drop > 0 ? Number.POSITIVE_INFINITY : 0) : drop / Math.abs(baseline);
    const limits = [];
    const exceeded = [];
    if (rule.max_drop !== undefined) {
        limits.push(`max drop ${(0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(rule.max_drop)}`);
        if ((0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .exceeds */ .Or)(drop, rule.max_drop))
            exceeded.push(`max drop ${(0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(rule.max_drop)}`);
    }
    if (rule.max_relative_drop !== undefined) {
        limits.push(`max relative drop ${(0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(rule.max_relative_drop)}`);
        if ((0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .exceeds */ .Or)(relativeDrop, rule.max_relative_drop))
            exceeded.push(`max relative drop ${(0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(rule.max_relative_drop)}`);
    }
    if (exceeded.length === 0)
        return { status: 'pass', text: `within ${limits.join(' and ')}` };
    if (!rule.significant)
        return { status: failed, text: exceeded.join('; ') };
    const interval = input.interval;
    if (!interval)
        return { status: failed, text: `${exceeded.join('; ')} (significance not tested: no per-example predictions for both sides)` };
    const significant = input.direction === 'higher' ? interval.high < 0 : interval.low > 0;
    const ciText = `95% CI of the delta ${describeInterval(interval, current, baseline)} (${interval.method} bootstrap, ${interval.resamples} resamples)`;
    return significant
        ? { status: failed, text: `${exceeded.join('; ')}; significant: ${ciText} excludes 0` }
        : { status: 'pass', text: `exceeds ${exceeded.join(' and ')} but not significant: ${ciText} includes 0` };
}
function describeDelta(delta, baseline, current, direction) {
    if (direction === 'higher' && (0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .isShare */ .GS)(baseline, current))
        return (0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPoints */ .Xf)(delta);
    return baseline === 0 ? (0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSigned */ .Gp)(delta) : `${(0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSigned */ .Gp)(delta)} (${(0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSigned */ .Gp)((delta / Math.abs(baseline)) * 100)}%)`;
}
function describeInterval(interval, current, baseline) {
    if ((0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .isShare */ .GS)(baseline, current) && (0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .isShare */ .GS)(Math.abs(interval.low), Math.abs(interval.high))) {
        return `[${(0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPoints */ .Xf)(interval.low).replace(' pts', '')}, ${(0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPoints */ .Xf)(interval.high)}]`;
    }
    return `[${(0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSigned */ .Gp)(interval.low)}, ${(0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSigned */ .Gp)(interval.high)}]`;
}
function expectedOf(rule) {
    const expected = {};
    for (const key of ['min', 'max', 'max_drop', 'max_relative_drop']) {
        if (rule[key] !== undefined)
            expected[key] = rule[key];
    }
    return expected;
}
function worst(statuses) {
    if (statuses.includes('fail'))
        return 'fail';
    return statuses.includes('warn') ? 'warn' : 'pass';
}
const metricGate = {
    kind: 'metric',
    evaluate: (rule, input) => [evaluateMetric(rule, input).gate],
};


/***/ }),

/***/ 1554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GS: () => (/* binding */ isShare),
/* harmony export */   Gp: () => (/* binding */ formatSigned),
/* harmony export */   Or: () => (/* binding */ exceeds),
/* harmony export */   Xf: () => (/* binding */ formatPoints),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   l9: () => (/* binding */ formatPercent)
/* harmony export */ });
// Number wording shared by the model gates' messages: short, signed with a real minus sign.
/** 4 significant digits, no trailing zeros, `−` for negatives: 0.7125, 43.62, −0.03. */
function formatNumber(value) {
    if (!Number.isFinite(value))
        return String(value);
    const text = Number.isInteger(value) ? String(value) : String(Number.parseFloat(value.toPrecision(4)));
    return text.replace(/^-/, '−');
}
function formatSigned(value) {
    return value >= 0 ? `+${formatNumber(value)}` : formatNumber(value);
}
/** A difference of two shares in percentage points: −3.1 pts. */
function formatPoints(delta) {
    const points = (delta * 100).toFixed(1);
    const text = points === '-0.0' ? '0.0' : points;
    return `${text.startsWith('-') ? text.replace('-', '−') : `+${text}`} pts`;
}
function formatPercent(share) {
    return `${formatNumber(share * 100)}%`;
}
/** Shares (accuracy, recall, AUC …) read best as points; everything else as a signed difference. */
function isShare(...values) {
    return values.every((value) => value >= 0 && value <= 1);
}
/** Comparisons forgive float noise: 0.91 − 0.90 is 0.010000000000000009, not more than 0.01. */
function exceeds(value, limit) {
    return value > limit + 1e-9 * Math.max(1, Math.abs(limit));
}


/***/ }),

/***/ 44595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ rowCountGates),
/* harmony export */   o: () => (/* binding */ rowCount)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59179);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23747);
// Row count gates: bounds on the current snapshot, and its relative change against the baseline.


const rowCount = {
    kind: 'rows',
    evaluate(rule, { dataset, current, baseline }) {
        const severity = rule.severity ?? 'error';
        const base = { kind: 'rows', dataset, severity };
        const results = [];
        if (rule.min !== undefined) {
            const bad = current < rule.min;
            results.push({
                ...base, id: `${dataset}.rows.min`, status: bad ? (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .violated */ .b)(severity) : 'pass',
                message: bad ? `${current} rows < min ${rule.min}` : `${current} rows ≥ min ${rule.min}`,
                observed: current, expected: rule.min,
            });
        }
        if (rule.max !== undefined) {
            const bad = current > rule.max;
            results.push({
                ...base, id: `${dataset}.rows.max`, status: bad ? (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .violated */ .b)(severity) : 'pass',
                message: bad ? `${current} rows > max ${rule.max}` : `${current} rows ≤ max ${rule.max}`,
                observed: current, expected: rule.max,
            });
        }
        if (rule.max_change !== undefined)
            results.push(changeResult(rule.max_change, current, baseline, base));
        return results;
    },
};
function changeResult(maxChange, current, baseline, base) {
    const id = `${base.dataset}.rows.max_change`;
    if (baseline === null) {
        return { ...base, id, status: 'skip', message: 'no baseline yet: row count change not checked', expected: maxChange };
    }
    // From an empty baseline any row is an unbounded change; empty to empty is none.
    const change = baseline === 0 ? (current === 0 ? 0 : Infinity) : (current - baseline) / baseline;
    const bad = Math.abs(change) > maxChange;
    const shown = Number.isFinite(change) ? `${change >= 0 ? '+' : ''}${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .percentOf */ .p)(change)}` : 'from 0';
    return {
        ...base, id, status: bad ? (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .violated */ .b)(base.severity) : 'pass',
        message: `${baseline} → ${current} rows (${shown}) ${bad ? '>' : '≤'} ±${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .percentOf */ .p)(maxChange)}`,
        // JSON has no Infinity: an unbounded change is reported as null.
        observed: Number.isFinite(change) ? change : null,
        expected: maxChange,
    };
}
/** Row count results for a dataset config (none when it has no `rows` rule). */
function rowCountGates(dataset, current, baseline) {
    return dataset.rows ? rowCount.evaluate(dataset.rows, { dataset: dataset.name, current, baseline }) : [];
}


/***/ }),

/***/ 23457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ segmentGate),
/* harmony export */   rN: () => (/* binding */ summariseSegments),
/* harmony export */   wB: () => (/* binding */ evaluateSegments)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59179);
/* harmony import */ var _modelText_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1554);
// Segment gate: a metric per segment (slice, group) must reach a floor, and the gap between the
// best and the worst segment must stay small (fairness). The report names the worst segment.


const LISTED = 5;
/** Worst first (by the metric's direction), ties by name, so output is stable. */
function summariseSegments(input) {
    const sign = input.direction === 'higher' ? 1 : -1;
    const segments = [...input.segments].sort((a, b) => sign * (a.value - b.value) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (segments.length === 0)
        return { metric: input.metric, segments, worst: null, best: null, gap: null };
    const worst = segments[0];
    const best = segments[segments.length - 1];
    return { metric: input.metric, segments, worst: worst.name, best: best.name, gap: Math.abs(best.value - worst.value) };
}
function evaluateSegments(rule, input) {
    const summary = summariseSegments(input);
    const { model, metric } = input;
    const base = { kind: 'segment', model, severity: rule.severity ?? 'error' };
    const gates = [];
    const failed = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .violated */ .b)(rule.severity);
    const total = summary.segments.length;
    const worst = summary.segments[0];
    const describe = (list) => list.slice(0, LISTED).map((s) => `${s.name} ${(0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(s.value)}`).join(', ') + (list.length > LISTED ? `, … ${list.length - LISTED} more` : '');
    for (const bound of ['min', 'max']) {
        const limit = rule[bound];
        if (limit === undefined)
            continue;
        const offending = summary.segments.filter((s) => (bound === 'min' ? (0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .exceeds */ .Or)(limit - s.value, 0) : (0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .exceeds */ .Or)(s.value - limit, 0)));
        const word = bound === 'min' ? 'below min' : 'above max';
        const ok = bound === 'min' ? '≥ min' : '≤ max';
        gates.push({
            ...base,
            id: `${model}.segment.${metric}.${bound}`,
            status: offending.length > 0 ? failed : 'pass',
            message: offending.length > 0
                ? `${metric} ${word} ${(0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(limit)} in ${offending.length} of ${total} segments: ${describe(offending)}`
                : `${metric} ${ok} ${(0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(limit)} in all ${total} segments; worst ${worst.name} ${(0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(worst.value)}`,
            count: offending.length,
            observed: worst.value,
            expected: limit,
        });
    }
    if (rule.max_gap !== undefined && summary.gap !== null) {
        const best = summary.segments[total - 1];
        const gap = summary.gap;
        const baselineText = input.baselineGap === undefined || input.baselineGap === null ? '' : ` (baseline gap ${(0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(input.baselineGap)})`;
        gates.push({
            ...base,
            id: `${model}.segment.${metric}.gap`,
            status: (0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .exceeds */ .Or)(gap, rule.max_gap) ? failed : 'pass',
            message: `${metric} gap ${(0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(gap)} between ${best.name} (${(0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(best.value)}, best) and ${worst.name} (${(0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(worst.value)}, worst), max gap ${(0,_modelText_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(rule.max_gap)}${baselineText}`,
            observed: gap,
            expected: rule.max_gap,
        });
    }
    return { summary, gates };
}
const segmentGate = {
    kind: 'segment',
    evaluate: (rule, input) => evaluateSegments(rule, input).gates,
};


/***/ }),

/***/ 72367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ dateRangePhrases)
/* harmony export */ });
// How a date column's range moved, in words: "newest 2023-01-04 → 2023-02-01 (+28 days)".
const DAY_MS = 86_400_000;
/** An ISO date or timestamp as a reviewer reads it: the date, then the time when there is one. */
function readable(iso) {
    if (iso.length <= 10)
        return iso;
    const time = iso.slice(11, 19).replace(/:00$/, '');
    return `${iso.slice(0, 10)} ${time}`;
}
function moved(label, before, after) {
    if (before === after)
        return `${label} ${readable(before)} (same)`;
    const days = (Date.parse(after) - Date.parse(before)) / DAY_MS;
    const shift = Number.isFinite(days) ? ` (${days > 0 ? '+' : ''}${Number.isInteger(days) ? days : days.toFixed(1)} ${Math.abs(days) === 1 ? 'day' : 'days'})` : '';
    return `${label} ${readable(before)} → ${readable(after)}${shift}`;
}
/** Newest first (recency is what a reviewer of a date column asks about), then oldest. */
function dateRangePhrases(range) {
    return [moved('newest', range.baseline.max, range.current.max), moved('oldest', range.baseline.min, range.current.min)];
}


/***/ }),

/***/ 47311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TW: () => (/* binding */ lowPowerClause),
/* harmony export */   f6: () => (/* binding */ LOW_POWER),
/* harmony export */   kQ: () => (/* binding */ isLowPower)
/* harmony export */ });
/* unused harmony export undetectedChange */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12011);
// How a "no drift" says what it could not have seen, where that matters: a column too small for
// the test to catch issue #12's changes (a 0.25-std mean shift, a 10-point category move).

/** Changes the default method is meant to catch; a column that could miss one is called out. */
const LOW_POWER = { meanShift: 0.25, categoryShare: 0.1 };
function isLowPower(detectable) {
    if (!detectable)
        return false;
    return (detectable.meanShift ?? 0) > LOW_POWER.meanShift || (detectable.categoryShare ?? 0) > LOW_POWER.categoryShare;
}
/** "a mean shift under 0.39 std" / "a 17-point move between the two most common categories". */
function undetectedChange(detectable) {
    if (detectable.meanShift !== undefined)
        return `a mean shift under ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(Number(detectable.meanShift.toPrecision(2)))} std`;
    if (detectable.categoryShare !== undefined)
        return `a move of under ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(Math.round(100 * detectable.categoryShare))} points between the two most common categories`;
    return undefined;
}
/** The clause for a low-power column without drift, else undefined. */
function lowPowerClause(detectable) {
    if (!detectable || !isLowPower(detectable))
        return undefined;
    const change = undetectedChange(detectable);
    return change ? `${change} could go unseen` : undefined;
}


/***/ }),

/***/ 15615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ NOT_COMPARED),
/* harmony export */   u: () => (/* binding */ isCompared)
/* harmony export */ });
// What a DriftColumn's note says about it: columns without a score note why they were not compared.
/** Notes of columns that got no score start with this; they do not count towards the share. */
const NOT_COMPARED = 'not compared: ';
function isCompared(column) {
    return column.notCompared === undefined && !column.note?.startsWith(NOT_COMPARED) && column.range === undefined;
}


/***/ }),

/***/ 12011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CG: () => (/* binding */ usesPValue),
/* harmony export */   CW: () => (/* binding */ formatDelta),
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   Gp: () => (/* binding */ formatSigned),
/* harmony export */   Mo: () => (/* binding */ STATUS_RANK),
/* harmony export */   N3: () => (/* binding */ driftSeverity),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   c0: () => (/* binding */ driftScore),
/* harmony export */   dZ: () => (/* binding */ formatRows),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   p9: () => (/* binding */ regressed),
/* harmony export */   tW: () => (/* binding */ STATUS_ICON),
/* harmony export */   td: () => (/* binding */ formatPValue),
/* harmony export */   uh: () => (/* binding */ deltaArrow),
/* harmony export */   vy: () => (/* binding */ formatInterval),
/* harmony export */   yB: () => (/* binding */ METHOD_NAME)
/* harmony export */ });
/* unused harmony exports STATUS_WORD, metricDirection, usesPoints */
/* harmony import */ var _count_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89984);
// Number and label formatting shared by every rendering. Locale-free, so output is byte-identical everywhere.


const MINUS = '\u2212';
function stripZeros(fixed) {
    return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}
/** About three significant digits, thousands grouped, exponent for tiny values: 1,040 · 41.2 · 0.312 · 1.2e−30. */
function formatNumber(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (!Number.isFinite(value))
        return value > 0 ? '∞' : MINUS + '∞';
    if (value === 0)
        return '0';
    const sign = value < 0 ? MINUS : '';
    const abs = Math.abs(value);
    if (abs < 0.001 || abs >= 1e15) {
        const [mantissa, exponent] = abs.toExponential(2).split('e');
        const power = Number(exponent);
        return `${sign}${stripZeros(mantissa)}e${power < 0 ? MINUS : ''}${Math.abs(power)}`;
    }
    if (Number.isInteger(abs))
        return sign + (0,_count_js__WEBPACK_IMPORTED_MODULE_0__/* .groupThousands */ .Z)(String(abs));
    const integerDigits = Math.floor(Math.log10(abs)) + 1;
    const decimals = Math.min(6, Math.max(0, 3 - integerDigits));
    const fixed = stripZeros(abs.toFixed(decimals));
    const [whole, fraction] = fixed.split('.');
    if (fixed === '0')
        return '0';
    return sign + (0,_count_js__WEBPACK_IMPORTED_MODULE_0__/* .groupThousands */ .Z)(whole) + (fraction ? '.' + fraction : '');
}
/** With an explicit sign: +4 · −3.1. */
function formatSigned(value, decimals) {
    const text = decimals === undefined ? formatNumber(Math.abs(value)) : Math.abs(value).toFixed(decimals);
    if (Number(text.replace(/,/g, '')) === 0)
        return text;
    return (value < 0 ? MINUS : '+') + text;
}
/** A share as a percentage: 0.25 → 25%, 0.0412 → 4.12%. */
function formatPercent(share) {
    return `${formatNumber(share * 100)}%`;
}
/** A p-value: p = 0.003 · p < 1e−300. */
function formatPValue(p) {
    if (p === 0)
        return 'p < 1e' + MINUS + '300';
    return `p = ${formatNumber(p)}`;
}
/** Row counts with the change: 1,000 → 1,040 (+4%). */
function formatRows(rows) {
    if (rows.baseline === null)
        return `${formatNumber(rows.current)} (no baseline)`;
    const change = rows.baseline === 0 ? '' : ` (${formatSigned(((rows.current - rows.baseline) / rows.baseline) * 100)}%)`;
    return `${formatNumber(rows.baseline)} → ${formatNumber(rows.current)}${change}`;
}
const STATUS_ICON = { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' };
const STATUS_WORD = { pass: 'pass', warn: 'warning', fail: 'fail', skip: 'skipped' };
const METHOD_NAME = {
    ks: 'KS', psi: 'PSI', wasserstein: 'Wasserstein', jensenshannon: 'Jensen–Shannon', chisquare: 'χ²', significant: 'significant', robust: 'robust',
};
/** Methods whose verdict is a p-value below the threshold (DESIGN.md, Statistics). */
function usesPValue(column) {
    return (column.method === 'ks' || column.method === 'chisquare') && column.pValue !== null;
}
/** "Wasserstein 0.31" or "KS p = 0.003": the number that decided the column. */
function driftScore(column) {
    if (usesPValue(column))
        return `${METHOD_NAME[column.method]} ${formatPValue(column.adjustedPValue ?? column.pValue ?? 1)}`;
    return `${METHOD_NAME[column.method]} ${formatNumber(column.score)}`;
}
/**
 * How far past its threshold a column is, comparable across methods (1 = at the threshold):
 * score / threshold, or for p-value methods log p / log threshold.
 */
function driftSeverity(column) {
    // A null-rate rise counts by its size over the 5-point floor, like an effect over its threshold.
    const nullRise = column.nulls?.drifted ? (column.nulls.current - column.nulls.baseline) / 0.05 : 0;
    return Math.max(nullRise, distributionSeverity(column));
}
function distributionSeverity(column) {
    if (usesPValue(column)) {
        const p = column.adjustedPValue ?? column.pValue ?? 1;
        if (p <= 0)
            return Number.POSITIVE_INFINITY;
        const threshold = column.threshold > 0 && column.threshold < 1 ? column.threshold : 0.05;
        return Math.log10(p) / Math.log10(threshold);
    }
    return column.threshold > 0 ? column.score / column.threshold : column.score;
}
const STATUS_RANK = { fail: 0, warn: 1, pass: 2, skip: 3 };
const LOWER_IS_BETTER = /(loss|error|err\b|mse|mae|rmse|mape|latency|_ms\b|seconds|time|perplexity|brier)/i;
/** Whether a metric should go up; names like `log_loss` or `latency.p95_ms` go down unless stated. */
function metricDirection(metric) {
    return metric.direction ?? (LOWER_IS_BETTER.test(metric.name) ? 'lower' : 'higher');
}
/** Rates in [0, 1] where higher is better change in percentage points; everything else in its own unit. */
function usesPoints(metric) {
    const inUnit = (x) => x === null || (x >= 0 && x <= 1);
    return metricDirection(metric) === 'higher' && inUnit(metric.baseline) && inUnit(metric.current)
        && (metric.baseline !== null || metric.current !== null);
}
/** −3.1 pts · +12 (+24%) · — */
function formatDelta(metric) {
    if (metric.delta === null)
        return '—';
    if (usesPoints(metric))
        return `${formatSigned(metric.delta * 100, 1)} pts`;
    const relative = metric.baseline ? ` (${formatSigned((metric.delta / Math.abs(metric.baseline)) * 100, 1)}%)` : '';
    return formatSigned(metric.delta) + relative;
}
/** The CI of the delta in the delta's unit: [−4.2, −2.0] pts. */
function formatInterval(metric) {
    if (!metric.ci)
        return '—';
    const [low, high] = metric.ci;
    if (usesPoints(metric))
        return `[${formatSigned(low * 100, 1)}, ${formatSigned(high * 100, 1)}] pts`;
    return `[${formatSigned(low)}, ${formatSigned(high)}]`;
}
/** ▲ up, ▼ down, = unchanged; the arrow shows the change, the status icon whether it is good. */
function deltaArrow(metric) {
    if (metric.delta === null || metric.delta === 0)
        return '';
    return metric.delta > 0 ? '▲' : '▼';
}
/** Whether the change goes the wrong way for this metric (regardless of tolerance). */
function regressed(metric) {
    if (metric.delta === null || metric.delta === 0)
        return false;
    return metricDirection(metric) === 'higher' ? metric.delta < 0 : metric.delta > 0;
}
/** Observed/expected values of a gate are free-form JSON: a compact, stable text form. */
function formatValue(value) {
    if (value === undefined)
        return '';
    if (value === null)
        return 'null';
    if (typeof value === 'number')
        return formatNumber(value);
    if (typeof value === 'string')
        return value;
    if (typeof value === 'boolean')
        return String(value);
    if (Array.isArray(value))
        return value.map(formatValue).join(', ');
    try {
        return JSON.stringify(value) ?? '';
    }
    catch {
        return String(value);
    }
}


/***/ }),

/***/ 24445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IO: () => (/* reexport */ OTHER_CATEGORY),
  qh: () => (/* reexport */ alignCategories),
  Uh: () => (/* reexport */ benjaminiHochberg),
  Lt: () => (/* reexport */ brownForsytheFrom),
  TF: () => (/* reexport */ categoricalJensenShannon),
  HP: () => (/* reexport */ categoricalPsi),
  MU: () => (/* reexport */ chiSquareFromCounts),
  at: () => (/* reexport */ chiSquareHomogeneity),
  Mg: () => (/* reexport */ coarsenCategories),
  U7: () => (/* reexport */ coarsenedChiSquare),
  D4: () => (/* reexport */ ksFromStatistic),
  X3: () => (/* reexport */ ksTwoSample),
  r3: () => (/* reexport */ linearQuantile),
  KS: () => (/* reexport */ numericJensenShannon),
  xn: () => (/* reexport */ pooledScan),
  js: () => (/* reexport */ psi),
  s7: () => (/* reexport */ requiredNoncentrality),
  cJ: () => (/* reexport */ sample_sampleMoments),
  IG: () => (/* reexport */ totalVariation),
  Yd: () => (/* reexport */ unseenShare),
  wA: () => (/* reexport */ wassersteinDistance),
  tO: () => (/* reexport */ welchFromMoments)
});

// UNUSED EXPORTS: JENSEN_SHANNON_BINS, LUMPED, MIN_EXPECTED, PSI_FLOOR, brownForsythe, chiSquareCritical, chiSquareSurvival, countCategories, decileEdges, exactSample, fSurvival, jensenShannonDistance, kolmogorovSurvival, ksStatistic, linspace, logGamma, medianDeviations, noncentralChiSquareSurvival, normalQuantile, openBinCounts, pooledHistogram, pooledRanks, psiFromCounts, regularizedBeta, regularizedBetaUpper, regularizedUpperGamma, smirnovSurvival, studentTSurvival, uniformHistogram, valueAtRank, weightSum, weightedSample, welchTTest

;// CONCATENATED MODULE: ./src/stats/benjaminiHochberg.ts
// Benjamini–Hochberg adjusted p-values, as scipy.stats.false_discovery_control(p, method='bh'):
// sorted ascending, p₍ᵢ₎ · m / i, then a running minimum from the largest down, capped at 1.
// Rejecting adjusted p < α keeps the expected share of false discoveries among drifted columns ≤ α.
function benjaminiHochberg(pValues) {
    const m = pValues.length;
    const order = pValues.map((_, index) => index).sort((i, j) => pValues[i] - pValues[j] || i - j);
    const adjusted = new Array(m);
    let running = 1;
    for (let rank = m; rank >= 1; rank -= 1) {
        const index = order[rank - 1];
        running = Math.min(running, (pValues[index] * m) / rank);
        adjusted[index] = Math.min(1, Math.max(0, running));
    }
    return adjusted;
}

;// CONCATENATED MODULE: ./src/stats/categories.ts
// Lining up two category count maps on one ordered list of categories, for the categorical tests.
/** The bucket that holds a sketch's unattributed remainder, when either side has one. */
const OTHER_CATEGORY = '\u0000other';
/**
 * Union of both sides' categories in a stable order (baseline's first-seen order, then new ones),
 * with a sketch's remainder as one extra bucket. Categories with zero count on both sides are
 * dropped: they carry no information and would make χ²'s expected frequency 0.
 */
function alignCategories(baseline, current) {
    const categories = [];
    const seen = new Set();
    for (const key of [...baseline.counts.keys(), ...current.counts.keys()]) {
        if (seen.has(key))
            continue;
        seen.add(key);
        if ((baseline.counts.get(key) ?? 0) + (current.counts.get(key) ?? 0) > 0)
            categories.push(key);
    }
    const baselineCounts = categories.map((key) => baseline.counts.get(key) ?? 0);
    const currentCounts = categories.map((key) => current.counts.get(key) ?? 0);
    if (baseline.other + current.other > 0) {
        categories.push(OTHER_CATEGORY);
        baselineCounts.push(baseline.other);
        currentCounts.push(current.other);
    }
    return { categories, baseline: baselineCounts, current: currentCounts };
}
/** Category counts from plain values (exact), for tests and small inputs. */
function countCategories(values) {
    const counts = new Map();
    for (const value of values)
        counts.set(value, (counts.get(value) ?? 0) + 1);
    return { counts, other: 0, exact: true };
}
function sum(values) {
    let total = 0;
    for (const value of values)
        total += value;
    return total;
}

;// CONCATENATED MODULE: ./src/stats/chiSquareDistribution.ts
// The χ² survival function, P(X > x) for X ~ χ²(dof), via the regularized upper incomplete gamma
// function Q(dof/2, x/2) — what scipy.stats.chi2.sf computes (Cephes chdtrc/igamc).
//
// Hand-written because the npm options measured worse than needed: @stdlib's gammainc 0.3.1 is
// off by up to 2.4% relative at dof ≈ 5000 (a column with 5,000 categories), jStat computes
// 1 − cdf and returns 0 below 1e-16. This version agrees with SciPy 1.17 to ~1e-12 relative over
// dof 1…5000 and p down to 1e-300 (see __tests__/stats/chiSquareDistribution.test.ts).
const EPSILON = 1.1102230246251565e-16;
const MAX_ITERATIONS = 100_000;
// Stirling series coefficients B2k / (2k (2k − 1)), k = 1…8.
const STIRLING = [
    1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400,
];
const HALF_LOG_TWO_PI = 0.9189385332046728;
/** ln Γ(x) for x > 0: Stirling's series at x ≥ 15, shifted up by the recurrence below it. */
function logGamma(x) {
    if (!(x > 0))
        return Number.NaN;
    let shift = 0;
    let product = 1;
    while (x + shift < 15) {
        product *= x + shift;
        shift += 1;
    }
    const z = x + shift;
    const inverse = 1 / z;
    const inverseSquared = inverse * inverse;
    let series = 0;
    for (let k = STIRLING.length - 1; k >= 0; k -= 1)
        series = series * inverseSquared + STIRLING[k];
    const stirling = (z - 0.5) * Math.log(z) - z + HALF_LOG_TWO_PI + series * inverse;
    return shift === 0 ? stirling : stirling - Math.log(product);
}
/** x^a e^(−x) / Γ(a), the common factor of both expansions, in log space to avoid overflow. */
function gammaFactor(a, x) {
    return Math.exp(a * Math.log(x) - x - logGamma(a));
}
/** Lower regularized P(a, x) by its power series (DLMF 8.11.4); converges fast for x < a + 1. */
function lowerSeries(a, x) {
    const factor = gammaFactor(a, x);
    if (factor === 0)
        return 0;
    let r = a;
    let term = 1;
    let sum = 1;
    for (let i = 0; i < MAX_ITERATIONS; i += 1) {
        r += 1;
        term *= x / r;
        sum += term;
        if (term <= EPSILON * sum)
            break;
    }
    return (sum * factor) / a;
}
/** Upper regularized Q(a, x) by its continued fraction (DLMF 8.9.2, modified Lentz); x ≥ a + 1. */
function upperContinuedFraction(a, x) {
    const factor = gammaFactor(a, x);
    if (factor === 0)
        return 0;
    const tiny = 1e-300;
    let b = x + 1 - a;
    let c = 1 / tiny;
    let d = 1 / b;
    let fraction = d;
    for (let i = 1; i < MAX_ITERATIONS; i += 1) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        fraction *= delta;
        if (Math.abs(delta - 1) <= EPSILON)
            break;
    }
    return fraction * factor;
}
/** Q(a, x) = Γ(a, x) / Γ(a), the regularized upper incomplete gamma function. */
function regularizedUpperGamma(a, x) {
    if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0)
        return Number.NaN;
    if (x === 0)
        return 1;
    if (x === Number.POSITIVE_INFINITY)
        return 0;
    if (x < a + 1)
        return Math.max(0, 1 - lowerSeries(a, x));
    return upperContinuedFraction(a, x);
}
/** P(X > x) for X ~ χ²(dof), as scipy.stats.chi2.sf(x, dof). */
function chiSquareSurvival(x, dof) {
    if (x <= 0)
        return 1;
    return regularizedUpperGamma(dof / 2, x / 2);
}

;// CONCATENATED MODULE: ./src/stats/chiSquareHomogeneity.ts
// Pearson's χ² test of homogeneity on the 2 × k table of category counts, as
// scipy.stats.chi2_contingency(table, correction=False): expected = row total · column total / N,
// statistic Σ (observed − expected)² / expected, dof = k − 1, p = χ²(dof).sf(statistic).


/** The test on two count vectors over the same categories (categories empty on both sides must be dropped first). */
function chiSquareFromCounts(baseline, current) {
    const baselineTotal = sum(baseline);
    const currentTotal = sum(current);
    const total = baselineTotal + currentTotal;
    if (!(baselineTotal > 0 && currentTotal > 0))
        throw new RangeError('chiSquareHomogeneity needs two non-empty sides');
    const dof = baseline.length - 1;
    if (dof <= 0)
        return { statistic: 0, pValue: 1, dof: 0 };
    let statistic = 0;
    for (let i = 0; i < baseline.length; i += 1) {
        const column = baseline[i] + current[i];
        const expectedBaseline = (baselineTotal * column) / total;
        const expectedCurrent = (currentTotal * column) / total;
        statistic += (baseline[i] - expectedBaseline) ** 2 / expectedBaseline + (current[i] - expectedCurrent) ** 2 / expectedCurrent;
    }
    return { statistic, pValue: chiSquareSurvival(statistic, dof), dof };
}
function chiSquareHomogeneity(baseline, current) {
    const aligned = alignCategories(baseline, current);
    return chiSquareFromCounts(aligned.baseline, aligned.current);
}

;// CONCATENATED MODULE: ./src/stats/histogram.ts
// Binning a weighted sample the way numpy does, so binned statistics match numpy/SciPy exactly.
/** np.linspace(start, stop, count): i·step + start, the last edge set to stop exactly. */
function linspace(start, stop, count) {
    const step = (stop - start) / (count - 1);
    const edges = Array.from({ length: count }, (_, i) => i * step + start);
    edges[count - 1] = stop;
    return edges;
}
/**
 * numpy.histogram(x, bins, range=(low, high)) with equal bins, weights = the sample's weights:
 * values outside [low, high] are left out, the last bin is closed, a zero-width range is widened
 * by 0.5 each side. Returns the edges and the summed weight per bin.
 */
function uniformHistogram(sample, bins, low, high) {
    let first = low;
    let last = high;
    if (first === last) {
        first -= 0.5;
        last += 0.5;
    }
    const edges = linspace(first, last, bins + 1);
    const counts = new Array(bins).fill(0);
    const width = last - first;
    const { values, weights } = sample;
    for (let i = 0; i < values.length; i += 1) {
        const x = values[i];
        if (!(x >= first && x <= last))
            continue;
        // numpy's fast path: scale, truncate, then correct by comparing with the real edges.
        let index = Math.trunc(((x - first) / width) * bins);
        if (index === bins)
            index -= 1;
        if (x < edges[index])
            index -= 1;
        if (x >= edges[index + 1] && index !== bins - 1)
            index += 1;
        counts[index] += weights[i];
    }
    return { edges, counts };
}
/**
 * Counts per bin for ascending inner edges e₁ < … < e_k: bins (−∞, e₁), [e₁, e₂), …, [e_k, ∞);
 * a value equal to an edge falls in the bin above it (numpy.searchsorted(edges, x, 'right')).
 */
function openBinCounts(sample, edges) {
    const counts = new Array(edges.length + 1).fill(0);
    let bin = 0;
    const { values, weights } = sample;
    for (let i = 0; i < values.length; i += 1) {
        while (bin < edges.length && values[i] >= edges[bin])
            bin += 1;
        counts[bin] += weights[i];
    }
    return counts;
}

;// CONCATENATED MODULE: ./src/stats/jensenShannonDistance.ts
// Jensen–Shannon distance, base 2, as scipy.spatial.distance.jensenshannon(p, q, base=2):
// √(½ KL(p‖m) + ½ KL(q‖m)) / √ln 2 with m = (p + q)/2, p and q normalised to sum 1.
// Numeric columns: on numpy.histogram(x, bins=20, range=(min, max)) over the pooled min–max.


const JENSEN_SHANNON_BINS = 20;
/** rel_entr(x, y) = x·ln(x/y), 0 at x = 0. */
function relativeEntropy(x, y) {
    if (x > 0 && y > 0)
        return x * Math.log(x / y);
    if (x === 0 && y >= 0)
        return 0;
    return Number.POSITIVE_INFINITY;
}
/** Distance between two non-negative weight vectors over the same bins (normalised here). */
function jensenShannonDistance(p, q) {
    const pTotal = sum(p);
    const qTotal = sum(q);
    if (!(pTotal > 0 && qTotal > 0))
        throw new RangeError('jensenShannonDistance needs two non-empty distributions');
    let divergence = 0;
    for (let i = 0; i < p.length; i += 1) {
        const pi = p[i] / pTotal;
        const qi = q[i] / qTotal;
        const mi = (pi + qi) / 2;
        divergence += relativeEntropy(pi, mi) + relativeEntropy(qi, mi);
    }
    divergence /= Math.LN2;
    // Rounding can leave a tiny negative divergence for identical inputs; SciPy would return NaN there.
    return Math.sqrt(Math.max(0, divergence / 2));
}
function categoricalJensenShannon(baseline, current) {
    const aligned = alignCategories(baseline, current);
    return jensenShannonDistance(aligned.baseline, aligned.current);
}
/** Shared 20-bin histogram over the pooled range of both samples. */
function pooledHistogram(baseline, current, bins = JENSEN_SHANNON_BINS) {
    const low = Math.min(baseline.values[0], current.values[0]);
    const high = Math.max(baseline.values[baseline.values.length - 1], current.values[current.values.length - 1]);
    const a = uniformHistogram(baseline, bins, low, high);
    const b = uniformHistogram(current, bins, low, high);
    return { edges: a.edges, baseline: a.counts, current: b.counts };
}
function numericJensenShannon(baseline, current) {
    if (!(baseline.total > 0 && current.total > 0))
        throw new RangeError('numericJensenShannon needs two non-empty samples');
    const histogram = pooledHistogram(baseline, current);
    return jensenShannonDistance(histogram.baseline, histogram.current);
}

;// CONCATENATED MODULE: ./src/stats/kolmogorovDistribution.ts
// Survival functions of the Kolmogorov–Smirnov statistics, ported from SciPy 1.17 so that p-values
// match scipy.stats.ks_2samp's asymptotic branch:
// - `kolmogorovSurvival(n, d)` = scipy.stats.kstwo.sf(d, n) (scipy/stats/_ksstats.py `_kolmogn`,
//   Simard & L'Ecuyer 2011: Ruben–Gambino, Durbin matrix (Marsaglia–Tsang–Wang), Pomeranz,
//   Pelz–Good, and 2·Smirnov in the tail);
// - `smirnovSurvival(n, d)` = scipy.special.smirnov(n, d) (xsf/cephes/kolmogorov.h `_smirnov`,
//   lower Birnbaum–Tingey sum). SciPy sums in double-double; here the terms are summed in log
//   space, which keeps ~1e-11 relative agreement for the n this project meets (≤ 1e6).
// SciPy is BSD-3-Clause; Copyright (c) 2001-2002 Enthought, Inc. 2003, SciPy Developers.
const SCALE_EXPONENT = 128;
const SCALE_UP = 2 ** SCALE_EXPONENT;
const SCALE_DOWN = 2 ** -SCALE_EXPONENT;
const LOG_2PI = Math.log(2 * Math.PI);
const SQRT_2PI = Math.sqrt(2 * Math.PI);
const MIN_LOG = -708;
const SQRT3 = Math.sqrt(3);
const PI_SQUARED = Math.PI ** 2;
const PI_FOUR = Math.PI ** 4;
const PI_SIX = Math.PI ** 6;
const CEPHES_MINLOG = -745.1332191019412;
const SMIRNOV_MAX_COMPUTE_N = 1_000_000;
const STIRLING_COEFFS = [
    -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176,
    0.0008417508417508417, -0.0005952380952380953, 0.0007936507936507937,
    -0.002777777777777778, 0.08333333333333333,
];
const clip = (p) => Math.min(1, Math.max(0, p));
function polyval(coefficients, x) {
    let result = 0;
    for (const c of coefficients)
        result = result * x + c;
    return result;
}
/** log(n! / n^n) by Stirling's series with n·log(n) removed up front. */
function logFactorialOverPower(n) {
    const rn = 1 / n;
    return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * polyval(STIRLING_COEFFS, rn / n);
}
function multiply(a, b) {
    const size = a.length;
    const result = Array.from({ length: size }, () => new Float64Array(size));
    for (let i = 0; i < size; i += 1) {
        const row = result[i];
        const ai = a[i];
        for (let k = 0; k < size; k += 1) {
            const aik = ai[k];
            if (aik === 0)
                continue;
            const bk = b[k];
            for (let j = 0; j < size; j += 1)
                row[j] += aik * bk[j];
        }
    }
    return result;
}
/** Pr(D_n ≤ d) by the Durbin matrix, Marsaglia–Tsang–Wang (2003) variant. */
function durbinMatrixCdf(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    let H = Array.from({ length: m }, () => new Float64Array(m));
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let factorial = 1;
    for (let j = 1; j <= m; j += 1) {
        w[j - 1] = factorial;
        factorial /= j;
        v[j - 1] = (1 - h ** j) * factorial;
    }
    const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
    v[m - 1] = (1 + tt) * factorial;
    for (let i = 1; i < m; i += 1) {
        for (let r = i - 1; r < m; r += 1)
            H[r][i] = w[r - (i - 1)];
    }
    for (let r = 0; r < m; r += 1)
        H[r][0] = v[r];
    for (let c = 0; c < m; c += 1)
        H[m - 1][c] = v[m - 1 - c];
    let power = Array.from({ length: m }, (_, i) => { const row = new Float64Array(m); row[i] = 1; return row; });
    let exponent = 0;
    let hExponent = 0;
    let remaining = n;
    while (remaining > 0) {
        if (remaining % 2) {
            power = multiply(power, H);
            exponent += hExponent;
        }
        H = multiply(H, H);
        hExponent *= 2;
        if (Math.abs(H[k - 1][k - 1]) > SCALE_UP) {
            for (const row of H)
                for (let j = 0; j < m; j += 1)
                    row[j] /= SCALE_UP;
            hExponent += SCALE_EXPONENT;
        }
        remaining = Math.floor(remaining / 2);
    }
    let p = power[k - 1][k - 1];
    for (let i = 1; i <= n; i += 1) {
        p = (i * p) / n;
        if (Math.abs(p) < SCALE_DOWN) {
            p *= SCALE_UP;
            exponent -= SCALE_EXPONENT;
        }
    }
    if (exponent !== 0)
        p *= 2 ** exponent;
    return clip(p);
}
function pomeranzBounds(i, n, ll, ceilf, roundf) {
    let j1;
    let j2;
    if (i === 0) {
        j1 = -ll - ceilf - 1;
        j2 = ll + ceilf - 1;
    }
    else {
        const half = Math.floor((i + 1) / 2);
        if ((i + 1) % 2 === 0) {
            if (half === n + 1) {
                j1 = n - ll - ceilf - 1;
                j2 = n + ll + ceilf - 1;
            }
            else {
                j1 = half - 1 - ll - roundf - 1;
                j2 = half + ll - 1 + ceilf - 1;
            }
        }
        else {
            j1 = half - 1 - ll - 1;
            j2 = half + ll + roundf - 1;
        }
    }
    return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
/** Pr(D_n ≤ x) by Pomeranz's recursion (1974). */
function pomeranzCdf(n, x) {
    const t = n * x;
    const ll = Math.floor(t);
    const f = t - ll;
    const g = Math.min(f, 1 - f);
    const ceilf = f > 0 ? 1 : 0;
    const roundf = f > 0.5 ? 1 : 0;
    const powers = 2 * (ll + 1);
    const gPower = new Float64Array(powers);
    const twoGPower = new Float64Array(powers);
    const oneMinusTwoGPower = new Float64Array(powers);
    gPower[0] = 1;
    twoGPower[0] = 1;
    oneMinusTwoGPower[0] = 1;
    let exponent = 0;
    for (let m = 1; m < powers; m += 1) {
        gPower[m] = (gPower[m - 1] * (g / n)) / m;
        twoGPower[m] = (twoGPower[m - 1] * ((2 * g) / n)) / m;
        oneMinusTwoGPower[m] = (oneMinusTwoGPower[m - 1] * ((1 - 2 * g) / n)) / m;
    }
    let V0 = new Float64Array(powers);
    let V1 = new Float64Array(powers);
    V1[0] = 1;
    let V0s = 0;
    let V1s = 0;
    let [j1, j2] = pomeranzBounds(0, n, ll, ceilf, roundf);
    for (let i = 1; i < 2 * n + 2; i += 1) {
        const k1 = j1;
        [V0, V1] = [V1, V0];
        [V0s, V1s] = [V1s, V0s];
        V1.fill(0);
        [j1, j2] = pomeranzBounds(i, n, ll, ceilf, roundf);
        const pwrs = i === 1 || i === 2 * n + 1 ? gPower : i % 2 ? twoGPower : oneMinusTwoGPower;
        const length = j2 - k1 + 1;
        if (length > 0) {
            const start = j1 - k1;
            const count = j2 - j1 + 1;
            // np.convolve(V0[k1 - V0s : k1 - V0s + length], pwrs[:length]), entries start…start+count.
            const offset = k1 - V0s;
            let largest = 0;
            for (let c = 0; c < count; c += 1) {
                const index = start + c;
                let sum = 0;
                for (let a = Math.max(0, index - length + 1); a <= Math.min(index, length - 1); a += 1) {
                    sum += V0[offset + a] * pwrs[index - a];
                }
                V1[c] = sum;
                if (sum > largest)
                    largest = sum;
            }
            if (largest > 0 && largest < SCALE_DOWN) {
                for (let c = 0; c < count; c += 1)
                    V1[c] *= SCALE_UP;
                exponent -= SCALE_EXPONENT;
            }
            V1s = V0s + j1 - k1;
        }
    }
    let answer = V1[n - V1s];
    for (let m = 1; m <= n; m += 1) {
        if (Math.abs(answer) > SCALE_UP) {
            answer *= SCALE_DOWN;
            exponent += SCALE_EXPONENT;
        }
        answer *= m;
    }
    if (exponent !== 0)
        answer *= 2 ** exponent;
    return clip(answer);
}
/** Pelz–Good (1976) approximation of Pr(D_n ≤ x). */
function pelzGoodCdf(n, x) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const z = Math.sqrt(n) * x;
    const z2 = z ** 2;
    const z3 = z ** 3;
    const z4 = z ** 4;
    const z6 = z ** 6;
    const qlog = -PI_SQUARED / 8 / z2;
    if (qlog < MIN_LOG)
        return 0;
    let q = Math.exp(qlog);
    const k1a = -z2;
    const k1b = PI_SQUARED / 4;
    const k2a = 6 * z6 + 2 * z4;
    const k2b = ((2 * z4 - 5 * z2) * PI_SQUARED) / 4;
    const k2c = (PI_FOUR * (1 - 2 * z2)) / 16;
    const k3d = (PI_SIX * (5 - 30 * z2)) / 64;
    const k3c = (PI_FOUR * (-60 * z2 + 212 * z4)) / 16;
    const k3b = (PI_SQUARED * (135 * z4 - 96 * z6)) / 4;
    const k3a = -30 * z6 - 90 * z ** 8;
    const K = [0, 0, 0, 0];
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let k = maxk; k > 0; k -= 1) {
        const m = 2 * k - 1;
        const m2 = m ** 2;
        const m4 = m ** 4;
        const m6 = m ** 6;
        const qpower = q ** (8 * k);
        const coefficients = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
        for (let i = 0; i < 4; i += 1)
            K[i] = K[i] * qpower + coefficients[i];
    }
    const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i += 1)
        K[i] = (K[i] * q * SQRT_2PI) / divisors[i];
    q = Math.exp(-PI_SQUARED / 2 / z2);
    let k2extra = 0;
    let k3extra = 0;
    const sqrt3z = SQRT3 * z;
    for (let k = maxk; k > 0; k -= 1) {
        const k2 = k * k;
        const qk = q ** k2;
        const kpi = Math.PI * k;
        k2extra += k2 * qk;
        k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qk;
    }
    K[2] += (k2extra * PI_SQUARED * SQRT_2PI) / (-36 * z3);
    K[3] += (k3extra * PI_SQUARED * SQRT_2PI) / (216 * z6);
    let sum = 0;
    for (let i = 0; i < 4; i += 1)
        sum += K[i] / n ** (i / 2);
    return sum;
}
/**
 * P(D⁺_n ≥ x), the one-sided Smirnov statistic's survival function, by the lower Birnbaum–Tingey
 * sum x · Σ_v C(n, v) (1 − x − v/n)^(n−v) (x + v/n)^(v−1).
 */
function smirnovSurvival(n, x) {
    if (!(n > 0 && x >= 0 && x <= 1))
        return Number.NaN;
    if (n === 1)
        return 1 - x;
    if (x === 0)
        return 1;
    if (x === 1)
        return 0;
    // floor(n·x) and its remainder, exactly (Dekker's product) as SciPy's double-double modNX.
    const [product, error] = exactProduct(n, x);
    let nxFloor = Math.floor(product);
    let alpha = product - nxFloor + error;
    if (alpha < 0) {
        nxFloor -= 1;
        alpha += 1;
    }
    if (alpha >= 1) {
        nxFloor += 1;
        alpha -= 1;
    }
    let lastTerm = n - nxFloor - (alpha === 0 ? 0 : 1);
    if (alpha === 0)
        lastTerm -= 1;
    if (nxFloor === 0 || (nxFloor === 1 && alpha === 0)) {
        const cdf = x * (1 + x) ** (n - 1);
        return clip(1 - cdf);
    }
    if (-2 * n * x * x < CEPHES_MINLOG)
        return 0;
    if (nxFloor >= n - 1)
        return clip((1 - x) ** n);
    if (n > SMIRNOV_MAX_COMPUTE_N) {
        const logp = -((6 * n * x + 1) ** 2) / 18 / n;
        return clip(logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp));
    }
    // SciPy switches to the upper sum only for x ≤ 0.5/√n, a region kstwo never sends here.
    const terms = lastTerm + 1;
    const middle = Math.floor(n / 2);
    let sum = Math.exp(n * Math.log1p(-x)) / x;
    // log C(n, v), summed with Neumaier compensation: plain summation drifts by ~1e-8 at n = 1e6.
    let logBinomial = Math.log(n);
    let logBinomialError = 0;
    for (let v = 1; v < terms; v += 1) {
        const above = (v + nxFloor + alpha) / n; // x + v/n
        const below = (n - v - nxFloor - alpha) / n; // 1 − x − v/n, without cancellation
        const logBelow = above < 0.5 ? Math.log1p(-above) : Math.log(below);
        const term = Math.exp(logBinomial + (n - v) * logBelow + (v - 1) * Math.log(above) + logBinomialError);
        if (Number.isFinite(term) && term !== 0)
            sum += term;
        if (term !== 0) {
            if (4 * (terms - v) * Math.abs(term) < Number.EPSILON * sum && v !== terms - 1)
                break;
        }
        else if (v > middle) {
            break;
        }
        const step = Math.log(n - v) - Math.log(v + 1);
        const next = logBinomial + step;
        logBinomialError += Math.abs(logBinomial) >= Math.abs(step) ? logBinomial - next + step : step - next + logBinomial;
        logBinomial = next;
    }
    return clip(x * sum);
}
/** a·b = product + error exactly (Dekker), for an integer a < 2^26. */
function exactProduct(a, b) {
    const product = a * b;
    const split = 134217729; // 2^27 + 1
    const bigA = split * a;
    const aHigh = bigA - (bigA - a);
    const aLow = a - aHigh;
    const bigB = split * b;
    const bHigh = bigB - (bigB - b);
    const bLow = b - bHigh;
    const error = aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow;
    return [product, error];
}
/** P(D_n > d) for the two-sided one-sample statistic D_n, as scipy.stats.kstwo.sf(d, n). */
function kolmogorovSurvival(n, d) {
    if (!Number.isInteger(n) || n <= 0 || Number.isNaN(d))
        return Number.NaN;
    if (d >= 1)
        return 0;
    if (d <= 0)
        return 1;
    const t = n * d;
    if (t <= 1) {
        if (t <= 0.5)
            return 1;
        let probability;
        if (n <= 140) {
            probability = 1;
            for (let i = 1; i <= n; i += 1)
                probability *= i * (1 / n) * (2 * t - 1);
        }
        else {
            probability = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
        }
        return clip(1 - probability);
    }
    if (t >= n - 1)
        return clip(2 * (1 - d) ** n);
    if (d >= 0.5)
        return clip(2 * smirnovSurvival(n, d));
    const nxSquared = t * d;
    if (n <= 140) {
        if (nxSquared <= 0.754693)
            return clip(1 - durbinMatrixCdf(n, d));
        if (nxSquared <= 4)
            return clip(1 - pomeranzCdf(n, d));
        return clip(2 * smirnovSurvival(n, d));
    }
    if (nxSquared >= 370)
        return 0;
    if (nxSquared >= 2.2)
        return clip(2 * smirnovSurvival(n, d));
    let cdf;
    if (nxSquared >= 18)
        cdf = 1;
    else if (n <= 100000 && n * d ** 1.5 <= 1.4)
        cdf = durbinMatrixCdf(n, d);
    else
        cdf = pelzGoodCdf(n, d);
    return clip(1 - cdf);
}

// EXTERNAL MODULE: ./src/stats/runs.ts
var runs = __webpack_require__(68297);
;// CONCATENATED MODULE: ./src/stats/sample.ts
// Building and reading WeightedSample values: a sorted sample where an item of weight w counts as w
// copies of its value. Every statistic here is defined on that "expanded" sample, so an exact sample
// (all weights 1) gives SciPy's numbers and a sketch gives the same statistic on its weighted ECDF.

/** An exact sample from raw values (non-finite values dropped), sorted ascending. */
function exactSample(values) {
    const finite = [];
    for (let i = 0; i < values.length; i += 1)
        if (Number.isFinite(values[i]))
            finite.push(values[i]);
    const sorted = Float64Array.from(finite).sort();
    return { values: sorted, weights: new Float64Array(sorted.length).fill(1), total: sorted.length, exact: true };
}
/** A weighted sample from (value, weight) pairs, sorted, zero weights dropped; `exact` false. */
function weightedSample(values, weights) {
    const order = [];
    for (let i = 0; i < values.length; i += 1)
        if (weights[i] > 0 && Number.isFinite(values[i]))
            order.push(i);
    order.sort((i, j) => values[i] - values[j]);
    const sortedValues = Float64Array.from(order, (i) => values[i]);
    const sortedWeights = Float64Array.from(order, (i) => weights[i]);
    let total = 0;
    for (const w of sortedWeights)
        total += w;
    return { values: sortedValues, weights: sortedWeights, total, exact: false };
}
/** Mean and sample standard deviation (n − 1) of the expanded sample; std 0 below two values. */
function sample_sampleMoments(sample) {
    const { values, weights, total } = sample;
    if (total <= 0)
        return { mean: 0, std: 0 };
    let mean = 0;
    let seen = 0;
    let sumSquares = 0;
    // Weighted Welford: stable for large totals and offset data.
    for (let i = 0; i < values.length; i += 1) {
        const w = weights[i];
        seen += w;
        const delta = values[i] - mean;
        mean += (w / seen) * delta;
        sumSquares += w * delta * (values[i] - mean);
    }
    const std = total > 1 ? Math.sqrt(Math.max(0, sumSquares) / (total - 1)) : 0;
    return { mean, std };
}
/**
 * numpy.quantile(x, q) with the default 'linear' method, on the expanded sample: virtual index
 * (N − 1)·q, then numpy's _lerp (which interpolates from the upper neighbour when the fraction
 * is ≥ 0.5, so results are bit-identical to numpy's).
 */
function linearQuantile(sample, q) {
    const total = sample.total;
    if (sample.runs) {
        if (total === 0)
            return Number.NaN;
    }
    else if (sample.values.length === 0)
        return Number.NaN;
    const virtual = (total - 1) * q;
    if (virtual <= 0)
        return sample.runs ? (0,runs/* firstOfRuns */._n)(...(0,runs/* twoRuns */.bQ)(sample)) : sample.values[0];
    if (virtual >= total - 1)
        return sample.runs ? (0,runs/* lastOfRuns */.Cn)(...(0,runs/* twoRuns */.bQ)(sample)) : sample.values[sample.values.length - 1];
    const previous = Math.floor(virtual);
    const gamma = virtual - previous;
    const below = valueAtRank(sample, previous);
    const above = valueAtRank(sample, previous + 1);
    const difference = above - below;
    return gamma >= 0.5 ? above - difference * (1 - gamma) : below + difference * gamma;
}
/** The value at 0-based rank r of the expanded sample. */
function valueAtRank(sample, rank) {
    if (sample.runs)
        return (0,runs/* valueAtRankOfRuns */.Y2)(...(0,runs/* twoRuns */.bQ)(sample), Math.min(sample.total - 1, Math.max(0, rank)));
    const values = sample.values;
    if (values.length === sample.total)
        return values[Math.min(values.length - 1, Math.max(0, rank))];
    const weights = sample.weights;
    let cumulative = 0;
    for (let i = 0; i < values.length; i += 1) {
        cumulative += weights[i];
        if (rank < cumulative)
            return values[i];
    }
    return values[values.length - 1];
}
/** Sum of the weights (equal to `total` for a well-formed sample; used so ECDFs always end at 1). */
function weightSum(sample) {
    // n weights of 1 sum to n exactly (and an exact sample makes its weights only when read).
    if (sample.unitWeights)
        return sample.runs ? sample.total : sample.values.length;
    const weights = sample.weights;
    let sum = 0;
    // Indexed, not for…of: the iterator was 114 ms of the 1M-row comparison before it was optimized.
    for (let i = 0; i < weights.length; i += 1)
        sum += weights[i];
    return sum;
}
/**
 * Walks the pooled distinct values of two samples in ascending order, calling `visit` with each
 * value and both empirical CDFs just after it — the one loop KS and Wasserstein are built on.
 */
function walkPooledCdfs(a, b, visit) {
    let i = 0;
    let j = 0;
    let cumulativeA = 0;
    let cumulativeB = 0;
    const totalA = weightSum(a);
    const totalB = weightSum(b);
    while (i < a.values.length || j < b.values.length) {
        const next = j >= b.values.length || (i < a.values.length && a.values[i] <= b.values[j]) ? a.values[i] : b.values[j];
        while (i < a.values.length && a.values[i] === next)
            cumulativeA += a.weights[i++];
        while (j < b.values.length && b.values[j] === next)
            cumulativeB += b.weights[j++];
        visit(next, cumulativeA / totalA, cumulativeB / totalB);
    }
}

;// CONCATENATED MODULE: ./src/stats/ksTwoSample.ts
// Two-sample Kolmogorov–Smirnov test, two-sided, as scipy.stats.ks_2samp(a, b, method='auto')
// (SciPy 1.17, scipy/stats/_stats_py.py and _stats_pythran.py; BSD-3-Clause, © SciPy Developers):
// D is the largest gap between the two ECDFs; the p-value is exact (Hodges' lattice-path count,
// with Viehmann's 1 − p recursion) when both samples have at most 10,000 values, else Smirnov's
// asymptotic kstwo.sf(D, round(n·m / (n + m))).
//
// Weighted (sketch) samples: D is computed on the weighted ECDFs and the p-value asymptotically
// with n, m the samples' totals. With a KLL-type sketch of ε rank error per side, D is within ±2ε
// of the exact D; datagate's sketches keep that within ±0.01 (tested on 10⁶ values).


const MAX_EXACT_N = 10000;
/** sup |F_a − F_b| over the pooled values, F the (weighted) empirical CDFs. */
function ksStatistic(a, b) {
    let largest = 0;
    walkPooledCdfs(a, b, (_value, cdfA, cdfB) => {
        const gap = Math.abs(cdfA - cdfB);
        if (gap > largest)
            largest = gap;
    });
    return Math.min(1, largest);
}
function ksTwoSample(a, b) {
    if (!(a.total > 0 && b.total > 0))
        throw new RangeError('ksTwoSample needs two non-empty samples');
    return ksFromStatistic(a, b, ksStatistic(a, b));
}
/** The test from its statistic D = ksStatistic(a, b) (computed elsewhere, e.g. by pooledScan). */
function ksFromStatistic(a, b, statistic) {
    const n1 = Math.round(a.total);
    const n2 = Math.round(b.total);
    if (a.exact && b.exact && Math.max(n1, n2) <= MAX_EXACT_N) {
        const g = gcd(n1, n2);
        const lcm = (n1 / g) * n2;
        const h = Math.round(statistic * lcm);
        statistic = h / lcm;
        if (h === 0)
            return { statistic, pValue: 1, method: 'exact' };
        const pValue = n1 === n2 ? probabilityOutsideSquare(n1, h) : outerProbabilityInside(n1, n2, g, h);
        if (pValue >= 0 && pValue <= 1)
            return { statistic, pValue, method: 'exact' };
    }
    const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
    const effective = roundHalfEven((m * n) / (m + n));
    const pValue = Math.min(1, Math.max(0, kolmogorovSurvival(effective, statistic)));
    return { statistic, pValue, method: 'asymptotic' };
}
/** P(D_{n,n} ≥ h/n): SciPy's Horner-like form of the alternating binomial sum. */
function probabilityOutsideSquare(n, h) {
    let p = 0;
    for (let k = Math.floor(n / h); k >= 0; k -= 1) {
        let term = 1;
        for (let j = 0; j < h; j += 1)
            term = ((n - k * h - j) * term) / (n + k * h + j + 1);
        p = term * (1 - p);
    }
    return 2 * p;
}
/**
 * Share of lattice paths from (0,0) to (m,n) that leave the band |x/m − y/n| < h/lcm(m,n), by the
 * 1 − p "inside" recursion on one sliding column (SciPy's _compute_outer_prob_inside_method).
 */
function outerProbabilityInside(m0, n0, g, h) {
    const [m, n] = m0 >= n0 ? [m0, n0] : [n0, m0];
    const mg = m / g;
    const ng = n / g;
    let minj = 0;
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let currentLength = maxj - minj;
    const length = Math.min(2 * maxj + 2, n + 1);
    const A = new Float64Array(length).fill(1);
    A.fill(0, minj, maxj);
    for (let i = 1; i <= m; i += 1) {
        const lastMinj = minj;
        const lastLength = currentLength;
        minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
        maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1;
        let value = minj === 0 ? 0 : 1;
        for (let jj = 0; jj < maxj - minj; jj += 1) {
            const j = jj + minj;
            value = (A[jj + minj - lastMinj] * i + value * j) / (i + j);
            A[jj] = value;
        }
        currentLength = maxj - minj;
        if (lastLength > currentLength)
            A.fill(1, maxj - minj, maxj - minj + (lastLength - currentLength));
    }
    return A[maxj - minj - 1];
}
function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}
/** numpy.round: halves go to the even neighbour. */
function roundHalfEven(x) {
    const floor = Math.floor(x);
    const fraction = x - floor;
    if (fraction > 0.5)
        return floor + 1;
    if (fraction < 0.5)
        return floor;
    return floor % 2 === 0 ? floor : floor + 1;
}

;// CONCATENATED MODULE: ./src/stats/psi.ts
// Population Stability Index, as DESIGN.md defines it: Σ (c − b)·ln(c / b) over bins, with the
// bin shares b (baseline) and c (current) floored at 0.0001 and not renormalised.
// Numeric bins are cut at the baseline's deciles (numpy.quantile, linear), duplicate edges merged,
// outer bins open, a value equal to an edge in the bin above it.



const PSI_FLOOR = 0.0001;
const DECILES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
/** PSI of two vectors of bin counts (same bins, same order). */
function psiFromCounts(baseline, current) {
    const baselineTotal = sum(baseline);
    const currentTotal = sum(current);
    let score = 0;
    for (let i = 0; i < baseline.length; i += 1) {
        const b = Math.max(baseline[i] / baselineTotal, PSI_FLOOR);
        const c = Math.max(current[i] / currentTotal, PSI_FLOOR);
        score += (c - b) * Math.log(c / b);
    }
    return score;
}
/** The baseline's decile edges with duplicates merged. */
function decileEdges(baseline) {
    const edges = [];
    for (const q of DECILES) {
        const edge = linearQuantile(baseline, q);
        if (edges.length === 0 || edge !== edges[edges.length - 1])
            edges.push(edge);
    }
    return edges;
}
/** Numeric PSI on baseline-decile bins. */
function psi(baseline, current) {
    if (!(baseline.total > 0 && current.total > 0))
        throw new RangeError('psi needs two non-empty samples');
    const edges = decileEdges(baseline);
    return psiFromCounts(openBinCounts(baseline, edges), openBinCounts(current, edges));
}
/** Categorical PSI over the union of both sides' categories. */
function categoricalPsi(baseline, current) {
    const aligned = alignCategories(baseline, current);
    if (!(sum(aligned.baseline) > 0 && sum(aligned.current) > 0))
        throw new RangeError('categoricalPsi needs two non-empty sides');
    return psiFromCounts(aligned.baseline, aligned.current);
}

;// CONCATENATED MODULE: ./src/stats/wassersteinDistance.ts
// First Wasserstein (earth mover's) distance between two 1-D samples, as
// scipy.stats.wasserstein_distance(u, v, u_weights, v_weights): ∫ |U(x) − V(x)| dx over the pooled
// support, U and V the weighted empirical CDFs. Weighted (sketch) samples use their weights the
// same way SciPy does. datagate's drift score divides this by the baseline's sample std.

function wassersteinDistance(a, b) {
    if (!(a.total > 0 && b.total > 0))
        throw new RangeError('wassersteinDistance needs two non-empty samples');
    let distance = 0;
    let previous = Number.NaN;
    let gap = 0;
    walkPooledCdfs(a, b, (value, cdfA, cdfB) => {
        if (!Number.isNaN(previous))
            distance += gap * (value - previous);
        gap = Math.abs(cdfA - cdfB);
        previous = value;
    });
    return distance;
}

;// CONCATENATED MODULE: ./src/stats/betaDistribution.ts
// The regularized incomplete beta function and the Student t and F survival functions built on it,
// as scipy.special.betainc, scipy.stats.t.sf and scipy.stats.f.sf (for Welch's t and Brown–Forsythe).

const betaDistribution_EPSILON = 1e-16;
const TINY = 1e-300;
const betaDistribution_MAX_ITERATIONS = 10_000;
/** I_x(a, b) for a, b > 0 and 0 ≤ x ≤ 1: the continued fraction (modified Lentz), on the side where it converges fast. */
function regularizedBeta(x, a, b) {
    if (!(a > 0 && b > 0) || Number.isNaN(x))
        return Number.NaN;
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
    if (x < (a + 1) / (a + b + 2))
        return (Math.exp(logFront) * betaFraction(x, a, b)) / a;
    return 1 - (Math.exp(logFront) * betaFraction(1 - x, b, a)) / b;
}
/** The upper tail 1 − I_x(a, b) = I_{1−x}(b, a), computed without cancellation. */
function regularizedBetaUpper(x, a, b) {
    return regularizedBeta(1 - x, b, a);
}
function betaFraction(x, a, b) {
    const qab = a + b;
    const qap = a + 1;
    const qam = a - 1;
    let c = 1;
    let d = 1 - (qab * x) / qap;
    if (Math.abs(d) < TINY)
        d = TINY;
    d = 1 / d;
    let h = d;
    for (let m = 1; m <= betaDistribution_MAX_ITERATIONS; m += 1) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + aa / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + aa / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < betaDistribution_EPSILON)
            break;
    }
    return h;
}
/** P(T > t) for Student's t with `dof` degrees of freedom (dof may be fractional, as Welch's). */
function studentTSurvival(t, dof) {
    if (Number.isNaN(t) || !(dof > 0))
        return Number.NaN;
    if (t === Number.POSITIVE_INFINITY)
        return 0;
    if (t === Number.NEGATIVE_INFINITY)
        return 1;
    // For large |t|, dof/(dof + t²) underflows relative precision less than t²/(dof + t²).
    const tail = 0.5 * regularizedBeta(dof / (dof + t * t), dof / 2, 0.5);
    return t > 0 ? tail : 1 - tail;
}
/** P(F > f) for F with (dof1, dof2) degrees of freedom. */
function fSurvival(f, dof1, dof2) {
    if (Number.isNaN(f) || !(dof1 > 0 && dof2 > 0))
        return Number.NaN;
    if (f <= 0)
        return 1;
    if (f === Number.POSITIVE_INFINITY)
        return 0;
    return regularizedBeta(dof2 / (dof2 + dof1 * f), dof2 / 2, dof1 / 2);
}

;// CONCATENATED MODULE: ./src/stats/locationScale.ts
// Tests of a change in location and in spread between two numeric samples, on the expanded
// weighted sample (exact samples give SciPy's numbers):
// - Welch's t-test, as scipy.stats.ttest_ind(a, b, equal_var=False);
// - the Brown–Forsythe test, as scipy.stats.levene(a, b, center='median').


/**
 * Welch's two-sided t-test. Where SciPy returns NaN (fewer than two values on a side, or both
 * sides constant) this defines the result: no evidence (p = 1) unless two constants differ (p = 0).
 */
function welchTTest(a, b) {
    return welchFromMoments(sampleMoments(a), sampleMoments(b), a.total, b.total);
}
/** Welch's test from both sides' sampleMoments and totals. */
function welchFromMoments(ma, mb, totalA, totalB) {
    if (totalA < 2 || totalB < 2)
        return { statistic: 0, pValue: 1 };
    const va = (ma.std * ma.std) / totalA;
    const vb = (mb.std * mb.std) / totalB;
    const se = Math.sqrt(va + vb);
    if (!(se > 0))
        return ma.mean === mb.mean ? { statistic: 0, pValue: 1 } : { statistic: Math.sign(ma.mean - mb.mean) * Number.MAX_VALUE, pValue: 0 };
    const statistic = (ma.mean - mb.mean) / se;
    const dof = (va + vb) ** 2 / (va ** 2 / (totalA - 1) + vb ** 2 / (totalB - 1));
    return { statistic, pValue: Math.min(1, 2 * studentTSurvival(Math.abs(statistic), dof)) };
}
/**
 * Brown–Forsythe (Levene on absolute deviations from each side's median), two groups:
 * W = (N − 2) · Σ nᵢ (z̄ᵢ − z̄)² / Σ Σ (zᵢⱼ − z̄ᵢ)², p = F(1, N − 2).sf(W). Both sides without
 * spread (denominator 0) are no evidence (p = 1) — SciPy returns NaN there.
 */
function brownForsythe(a, b) {
    if (a.total < 2 || b.total < 2)
        return { statistic: 0, pValue: 1 };
    return brownForsytheFrom(medianDeviations(a), medianDeviations(b), a.total, b.total);
}
/** The Brown–Forsythe test from both sides' medianDeviations and totals (pooledScan gives them for ranks). */
function brownForsytheFrom(da, db, totalA, totalB) {
    const total = totalA + totalB;
    if (totalA < 2 || totalB < 2)
        return { statistic: 0, pValue: 1 };
    const grand = (da.mean * totalA + db.mean * totalB) / total;
    const between = totalA * (da.mean - grand) ** 2 + totalB * (db.mean - grand) ** 2;
    const within = da.sumSquares + db.sumSquares;
    if (!(within > 0))
        return { statistic: 0, pValue: between > 0 ? 0 : 1 };
    const statistic = ((total - 2) * between) / within;
    return { statistic, pValue: fSurvival(statistic, 1, total - 2) };
}
/** Mean and within-group sum of squares of |x − median|. */
function medianDeviations(sample) {
    const median = linearQuantile(sample, 0.5);
    let mean = 0;
    let seen = 0;
    let sumSquares = 0;
    if (sample.unitWeights) {
        // The loop below with w = 1 (w / seen and w · delta are exact there), without reading weights.
        const values = sample.values;
        for (let i = 0; i < values.length; i += 1) {
            const z = Math.abs(values[i] - median);
            seen += 1;
            const delta = z - mean;
            mean += (1 / seen) * delta;
            sumSquares += delta * (z - mean);
        }
        return { mean, sumSquares: Math.max(0, sumSquares) };
    }
    for (let i = 0; i < sample.values.length; i += 1) {
        const w = sample.weights[i];
        const z = Math.abs(sample.values[i] - median);
        seen += w;
        const delta = z - mean;
        mean += (w / seen) * delta;
        sumSquares += w * delta * (z - mean);
    }
    return { mean, sumSquares: Math.max(0, sumSquares) };
}

;// CONCATENATED MODULE: ./src/stats/coarsen.ts
// χ² on categories coarsened until the test is valid: categories whose expected count on either
// side is below 5 are lumped into one "other" cell (merged into the smallest kept category when
// that cell is itself too small), so thousands of near-empty cells do not make sampling noise
// look like drift. The statistic is then scipy.stats.chi2_contingency(correction=False) on the
// coarsened 2 × k table.


const MIN_EXPECTED = 5;
const LUMPED = '(other)';
/** Keeps categories by combined count (descending, then by name) while every expected count is ≥ 5. */
function coarsenCategories(categories, baseline, current, lumpAlways = new Set()) {
    const baselineTotal = sum(baseline);
    const currentTotal = sum(current);
    const total = baselineTotal + currentTotal;
    const smaller = Math.min(baselineTotal, currentTotal);
    // Expected count of a category on the smaller side: smaller · combined / total ≥ 5.
    const minCombined = smaller > 0 ? (MIN_EXPECTED * total) / smaller : Number.POSITIVE_INFINITY;
    const order = categories.map((_, i) => i).sort((i, j) => baseline[j] + current[j] - (baseline[i] + current[i]) || (categories[i] < categories[j] ? -1 : categories[i] > categories[j] ? 1 : 0));
    const kept = { categories: [], baseline: [], current: [], lumped: 0 };
    let otherBaseline = 0;
    let otherCurrent = 0;
    for (const i of order) {
        if (baseline[i] + current[i] >= minCombined && !lumpAlways.has(categories[i])) {
            kept.categories.push(categories[i]);
            kept.baseline.push(baseline[i]);
            kept.current.push(current[i]);
        }
        else {
            otherBaseline += baseline[i];
            otherCurrent += current[i];
            if (baseline[i] + current[i] > 0)
                kept.lumped += 1;
        }
    }
    if (otherBaseline + otherCurrent > 0) {
        if (otherBaseline + otherCurrent >= minCombined || kept.categories.length === 0) {
            kept.categories.push(LUMPED);
            kept.baseline.push(otherBaseline);
            kept.current.push(otherCurrent);
        }
        else {
            const last = kept.categories.length - 1;
            kept.categories[last] = `${kept.categories[last]} + ${LUMPED}`;
            kept.baseline[last] += otherBaseline;
            kept.current[last] += otherCurrent;
        }
    }
    return kept;
}
/** χ² test of homogeneity on the coarsened table; one cell left means no test (p = 1). */
function coarsenedChiSquare(categories, baseline, current) {
    const coarsened = coarsenCategories(categories, baseline, current);
    if (coarsened.categories.length < 2 || sum(coarsened.baseline) <= 0 || sum(coarsened.current) <= 0)
        return { statistic: 0, pValue: 1, dof: 0, coarsened };
    return { ...chiSquareFromCounts(coarsened.baseline, coarsened.current), coarsened };
}
/** Half the L1 distance between the share vectors: the share of rows that changed category. */
function totalVariation(baseline, current) {
    const baselineTotal = sum(baseline);
    const currentTotal = sum(current);
    if (!(baselineTotal > 0 && currentTotal > 0))
        return 0;
    let distance = 0;
    for (let i = 0; i < baseline.length; i += 1)
        distance += Math.abs(baseline[i] / baselineTotal - current[i] / currentTotal);
    return distance / 2;
}

;// CONCATENATED MODULE: ./src/stats/unseen.ts
// High-cardinality text judged by novelty: the share of current values never seen in the baseline,
// against what a no-change sample would show — the Good–Turing estimate of the baseline's missing
// mass, f₁ / n (values seen once, over the baseline's count). One-sided z-test on that share, its
// variance widened by the design effect of values repeated within the current and by the
// estimate's own variance.

/** `baseline` and `current` are counts over the same categories (0 where a side lacks one). */
function unseenShare(baseline, current) {
    let baselineTotal = 0;
    let singletons = 0;
    let doubletons = 0;
    let currentTotal = 0;
    let unseen = 0;
    let unseenSquares = 0;
    for (let i = 0; i < baseline.length; i += 1) {
        baselineTotal += baseline[i];
        currentTotal += current[i];
        if (baseline[i] === 1)
            singletons += 1;
        if (baseline[i] === 2)
            doubletons += 1;
        if (baseline[i] === 0) {
            unseen += current[i];
            unseenSquares += current[i] * current[i];
        }
    }
    if (!(baselineTotal > 0 && currentTotal > 0))
        return { share: 0, expected: 0, statistic: 0, pValue: 1 };
    const share = unseen / currentTotal;
    // Never let the expectation reach 0 or 1: a baseline without singletons still misses something.
    const expected = Math.min(1 - 0.5 / baselineTotal, Math.max(singletons, 0.5) / baselineTotal);
    // A new value seen k times in the current counts k times: the binomial variance is inflated by
    // the mean cluster size of the unseen values (a design effect, ≥ 1).
    const designEffect = unseen > 0 ? Math.max(1, unseenSquares / unseen) : 1;
    // Plus the uncertainty of the estimate itself (Esty 1983): f₁/n² · (1 − f₁/n) + 2 f₂ / n².
    const estimateVariance = (singletons / baselineTotal ** 2) * (1 - singletons / baselineTotal) + (2 * doubletons) / baselineTotal ** 2;
    const statistic = (share - expected) / Math.sqrt((expected * (1 - expected) * designEffect) / currentTotal + estimateVariance);
    // One-sided normal tail: P(Z > z) = χ²₁(z²) / 2 for z > 0.
    const pValue = statistic > 0 ? chiSquareSurvival(statistic * statistic, 1) / 2 : 1;
    return { share, expected, statistic, pValue };
}

;// CONCATENATED MODULE: ./src/stats/pooledScan.ts
// One merge walk over two sorted samples for everything `robust` needs from their pooled order:
// the KS statistic and the Wasserstein distance (from the two ECDFs), both sides' midranks' mean
// and standard deviation (Welch on ranks), and their absolute deviations from each side's median
// rank (Brown–Forsythe on ranks). KS D and the Wasserstein distance are the same operations in
// the same order as ksStatistic and wassersteinDistance, bit for bit. It avoids walking 1.5M
// values four times and allocating two rank arrays per column. Measured: bench/robust-entry.ts.
//
// With every weight 1 (an exact sample) the ranks are not even stored: each tie group's midrank
// updates running sums once, from which the moments and the deviations follow, where a running
// mean took one update per value and the deviations a second walk over 12 MB of ranks
// (bench/README, "Issue 13, December 5, second session"). With weights, the ranks go to scratch
// buffers reused across columns, summed by the same steps as sampleMoments and
// medianDeviations, bit for bit.



let scratchA = new Float64Array(0);
let scratchB = new Float64Array(0);
function scratch(buffer, length) {
    return buffer.length >= length ? buffer : new Float64Array(Math.max(length, 2 * buffer.length));
}
function pooledScan(a, b) {
    // Unit weights are not read (an exact sample makes them only when asked: src/profile/exact.ts).
    if (a.unitWeights === true && b.unitWeights === true) {
        return a.runs || b.runs ? unitScanRuns(...(0,runs/* twoRuns */.bQ)(a), ...(0,runs/* twoRuns */.bQ)(b)) : unitScan(a.values, b.values);
    }
    const va = a.values;
    const vb = b.values;
    const wa = a.weights;
    const wb = b.weights;
    const na = va.length;
    const nb = vb.length;
    scratchA = scratch(scratchA, na);
    scratchB = scratch(scratchB, nb);
    const rankA = scratchA;
    const rankB = scratchB;
    const totalA = weightSum(a);
    const totalB = weightSum(b);
    let cumulativeA = 0;
    let cumulativeB = 0;
    let largest = 0;
    let distance = 0;
    let previous = Number.NaN;
    let gap = 0;
    let below = 0;
    // Welford on each side's ranks, in each side's order (sampleMoments).
    let meanA = 0;
    let seenA = 0;
    let squaresA = 0;
    let meanB = 0;
    let seenB = 0;
    let squaresB = 0;
    let i = 0;
    let j = 0;
    while (i < na || j < nb) {
        const value = j >= nb || (i < na && va[i] <= vb[j]) ? va[i] : vb[j];
        // The tie group: every item equal to `value` on both sides.
        let weight = 0;
        let endA = i;
        let endB = j;
        while (endA < na && va[endA] === value) {
            cumulativeA += wa[endA];
            weight += wa[endA++];
        }
        while (endB < nb && vb[endB] === value) {
            cumulativeB += wb[endB];
            weight += wb[endB++];
        }
        const midrank = below + (weight + 1) / 2;
        below += weight;
        for (let k = i; k < endA; k += 1) {
            rankA[k] = midrank;
            const w = wa[k];
            seenA += w;
            const delta = midrank - meanA;
            meanA += (w / seenA) * delta;
            squaresA += w * delta * (midrank - meanA);
        }
        for (let k = j; k < endB; k += 1) {
            rankB[k] = midrank;
            const w = wb[k];
            seenB += w;
            const delta = midrank - meanB;
            meanB += (w / seenB) * delta;
            squaresB += w * delta * (midrank - meanB);
        }
        i = endA;
        j = endB;
        // KS and Wasserstein on the ECDFs just after `value` (walkPooledCdfs).
        const cdfGap = Math.abs(cumulativeA / totalA - cumulativeB / totalB);
        if (cdfGap > largest)
            largest = cdfGap;
        if (!Number.isNaN(previous))
            distance += gap * (value - previous);
        gap = cdfGap;
        previous = value;
    }
    const ranksA = { values: rankA.subarray(0, na), weights: wa, total: a.total, exact: a.exact };
    const ranksB = { values: rankB.subarray(0, nb), weights: wb, total: b.total, exact: b.exact };
    return {
        ks: Math.min(1, largest),
        wasserstein: distance,
        rankMoments: { a: finish(meanA, squaresA, a.total), b: finish(meanB, squaresB, b.total) },
        rankDeviations: { a: medianDeviations(ranksA), b: medianDeviations(ranksB) },
    };
}
/**
 * pooledScan with every weight 1. KS D and the Wasserstein distance as above (a tie group's
 * weights are counted, sums of 1s being exact), the ranks per tie group (RankSums).
 */
function unitScan(va, vb) {
    const walk = new TieGroupWalk(va.length, vb.length);
    let i = 0;
    let j = 0;
    while (i < va.length || j < vb.length) {
        const value = j >= vb.length || (i < va.length && va[i] <= vb[j]) ? va[i] : vb[j];
        // The runs of equal values are walked in a function of their own (see runEnd).
        const endA = runEnd(va, i, value);
        const endB = runEnd(vb, j, value);
        walk.group(value, endA - i, endB - j);
        i = endA;
        j = endB;
    }
    return walk.result();
}
/**
 * unitScan over sides of up to two sorted runs each (src/stats/runs.ts), walked as their merges
 * would be: the same tie groups in the same order, so the same numbers to the bit. Each side's
 * runs are merged a cache-sized piece at a time (MergedPieces), never into a column-sized array:
 * a file's parts are compared without the merge that wrote fresh memory (bench/README, "Issue 13,
 * December 5, fourth session").
 */
function unitScanRuns(a1, a2, b1, b2) {
    const walk = new TieGroupWalk(a1.length + a2.length, b1.length + b2.length);
    const piecesA = new MergedPieces(a1, a2);
    const piecesB = new MergedPieces(b1, b2);
    // Indices in each side's piece (which holds whole tie groups).
    let endA = piecesA.fill();
    let endB = piecesB.fill();
    let va = piecesA.values;
    let vb = piecesB.values;
    let ia = 0;
    let ib = 0;
    while (ia < endA || ib < endB) {
        const value = ib >= endB || (ia < endA && va[ia] <= vb[ib]) ? va[ia] : vb[ib];
        const toA = runEndBefore(va, ia, endA, value);
        const toB = runEndBefore(vb, ib, endB, value);
        walk.group(value, toA - ia, toB - ib);
        ia = toA;
        ib = toB;
        if (ia === endA) {
            endA = piecesA.fill();
            va = piecesA.values;
            ia = 0;
        }
        if (ib === endB) {
            endB = piecesB.fill();
            vb = piecesB.values;
            ib = 0;
        }
    }
    return walk.result();
}
/**
 * What both unit-weight walks keep, a tie group at a time in pooled order: the two ECDFs' largest
 * gap (KS D), the area between them (Wasserstein), and each side's midranks (RankSums).
 */
class TieGroupWalk {
    na;
    nb;
    sumsA;
    sumsB;
    largest = 0;
    distance = 0;
    previous = Number.NaN;
    gap = 0;
    below = 0;
    /** Values of each side walked so far. */
    i = 0;
    j = 0;
    constructor(na, nb) {
        this.na = na;
        this.nb = nb;
        const center = (na + nb + 1) / 2;
        this.sumsA = new RankSums(na, center);
        this.sumsB = new RankSums(nb, center);
    }
    /** The next tie group: `value`, held `countA` times by side a and `countB` by side b. */
    group(value, countA, countB) {
        const weight = countA + countB;
        const midrank = this.below + (weight + 1) / 2;
        this.below += weight;
        if (countA > 0)
            this.sumsA.add(this.i, this.i + countA, midrank);
        if (countB > 0)
            this.sumsB.add(this.j, this.j + countB, midrank);
        this.i += countA;
        this.j += countB;
        const cdfGap = Math.abs(this.i / this.na - this.j / this.nb);
        if (cdfGap > this.largest)
            this.largest = cdfGap;
        if (!Number.isNaN(this.previous))
            this.distance += this.gap * (value - this.previous);
        this.gap = cdfGap;
        this.previous = value;
    }
    result() {
        return {
            ks: Math.min(1, this.largest),
            wasserstein: this.distance,
            rankMoments: { a: this.sumsA.moments(), b: this.sumsB.moments() },
            rankDeviations: { a: this.sumsA.deviations(), b: this.sumsB.deviations() },
        };
    }
}
/** Values a piece: small enough for the core's cache, big enough that refills are rare. */
const PIECE = 4096;
/**
 * The merge of two sorted runs, a piece at a time (x's first among equal values, as mergeSorted
 * takes them), each piece ending where a tie group does, so a walk finds whole groups in it.
 */
class MergedPieces {
    x;
    y;
    values = new Float64Array(PIECE);
    i = 0;
    j = 0;
    constructor(x, y) {
        this.x = x;
        this.y = y;
    }
    /** The next piece into `values`; its length (0 at the end). */
    fill() {
        const { x, y } = this;
        const nx = x.length;
        const ny = y.length;
        const values = this.values;
        let i = this.i;
        let j = this.j;
        let k = 0;
        while (k < PIECE && i < nx && j < ny)
            values[k++] = y[j] < x[i] ? y[j++] : x[i++];
        while (k < PIECE && i < nx)
            values[k++] = x[i++];
        while (k < PIECE && j < ny)
            values[k++] = y[j++];
        // The rest of the last tie group (a long one grows the piece: a column of counts or ages).
        if (k > 0) {
            const last = values[k - 1];
            while ((i < nx && x[i] === last) || (j < ny && y[j] === last)) {
                if (k === this.values.length) {
                    const grown = new Float64Array(2 * k);
                    grown.set(this.values);
                    this.values = grown;
                }
                this.values[k++] = i < nx && x[i] === last ? x[i++] : y[j++];
            }
        }
        this.i = i;
        this.j = j;
        return k;
    }
}
/** runEnd within values[from, to). */
function runEndBefore(values, from, to, value) {
    let end = from;
    while (end < to && values[end] === value)
        end++;
    return end;
}
/**
 * One side's midranks (ascending with the side's index), taken a tie group at a time: their mean
 * and sum of squared deviations merged per group (Chan et al.; a group's own is 0, so a side of
 * one group has exactly none), and their sums below and above the side's lower median index
 * (centred on the pooled mean rank, so they stay small), where |r − median| has a known sign.
 * A class, so its doubles update in place.
 */
class RankSums {
    n;
    center;
    /** Index of the lower of the two middle values, as linearQuantile(·, 0.5) reads them. */
    low;
    seen = 0;
    mean = 0;
    squares = 0;
    lower = 0;
    upper = 0;
    /** The midranks at `low` and `low + 1`. */
    atLow = 0;
    atHigh = 0;
    constructor(n, center) {
        this.n = n;
        this.center = center;
        this.low = Math.floor((n - 1) / 2);
    }
    /** Indices [from, to) of the side, every one at `midrank`. */
    add(from, to, midrank) {
        const count = to - from;
        const seen = this.seen + count;
        const delta = midrank - this.mean;
        const share = count / seen;
        this.mean += delta * share;
        this.squares += delta * delta * this.seen * share;
        this.seen = seen;
        const low = this.low;
        const lower = from > low ? 0 : Math.min(to, low + 1) - from;
        const d = midrank - this.center;
        this.lower += lower * d;
        this.upper += (count - lower) * d;
        if (from <= low && low < to)
            this.atLow = midrank;
        if (from <= low + 1 && low + 1 < to)
            this.atHigh = midrank;
    }
    /** sampleMoments of the ranks. */
    moments() {
        return finish(this.mean, this.squares, this.n);
    }
    /** medianDeviations of the ranks: |r − median| is median − r up to `low`, r − median after it. */
    deviations() {
        const n = this.n;
        if (n === 0)
            return { mean: 0, sumSquares: 0 };
        const gamma = (n - 1) / 2 - this.low;
        // linearQuantile's interpolation (gamma is 0 or ½), to the bit.
        const median = n === 1 || gamma < 0.5 ? this.atLow : this.atHigh - (this.atHigh - this.atLow) * (1 - gamma);
        const m = median - this.center;
        const absolute = m * (this.low + 1) - this.lower + (this.upper - m * (n - this.low - 1));
        const mean = absolute / n;
        // Σ (r − median)² = Σ (r − mean)² + n (mean − median)².
        const squares = this.squares + n * (this.mean - median) ** 2;
        return { mean, sumSquares: Math.max(0, squares - n * mean * mean) };
    }
}
/**
 * The end of the run of `value` from `from` on. The walk's inner loops are functions of their
 * own: inside the walk, V8 compiled a long run's loop on stack, and every exit from it (each tie
 * group of a column of counts or ages) bailed out to the interpreter: 31 times in one check.
 */
function runEnd(values, from, value) {
    let end = from;
    while (end < values.length && values[end] === value)
        end++;
    return end;
}
/** sampleMoments' result from its running sums. */
function finish(mean, sumSquares, total) {
    if (total <= 0)
        return { mean: 0, std: 0 };
    return { mean, std: total > 1 ? Math.sqrt(Math.max(0, sumSquares) / (total - 1)) : 0 };
}

;// CONCATENATED MODULE: ./src/stats/power.ts
// Power of χ² tests, for saying what a test could not have seen: the normal quantile, χ² critical
// values, the noncentral χ² survival function and the noncentrality a test needs for a given
// power (a two-sided z-test is the 1-degree-of-freedom case). Checked against scipy.stats
// (norm.ppf, chi2.isf, ncx2.sf) by scripts/scipy/gen_power.py.

/** Φ⁻¹(p), as scipy.stats.norm.ppf (Wichura's AS 241, about 1e-16 relative). */
function normalQuantile(p) {
    if (!(p > 0 && p < 1))
        return p === 0 ? Number.NEGATIVE_INFINITY : p === 1 ? Number.POSITIVE_INFINITY : Number.NaN;
    const q = p - 0.5;
    if (Math.abs(q) <= 0.425) {
        const r = 0.180625 - q * q;
        return (q * (((((((r * 2509.0809287301227 + 33430.57558358813) * r + 67265.7709270087) * r + 45921.95393154987) * r
            + 13731.69376550946) * r + 1971.5909503065513) * r + 133.14166789178438) * r + 3.3871328727963665))
            / (((((((r * 5226.495278852546 + 28729.085735721943) * r + 39307.89580009271) * r + 21213.794301586597) * r
                + 5394.196021424751) * r + 687.1870074920579) * r + 42.31333070160091) * r + 1);
    }
    let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
    let value;
    if (r <= 5) {
        r -= 1.6;
        value = (((((((r * 0.0007745450142783414 + 0.022723844989269184) * r + 0.2417807251774506) * r + 1.2704582524523684) * r
            + 3.6478483247632045) * r + 5.769497221460691) * r + 4.630337846156546) * r + 1.4234371107496835)
            / (((((((r * 1.0507500716444169e-09 + 0.0005475938084995345) * r + 0.015198666563616457) * r + 0.14810397642748008) * r
                + 0.6897673349851) * r + 1.6763848301838038) * r + 2.053191626637759) * r + 1);
    }
    else {
        r -= 5;
        value = (((((((r * 2.0103343992922881e-07 + 2.7115555687434876e-05) * r + 0.0012426609473880784) * r + 0.026532189526576124) * r
            + 0.29656057182850487) * r + 1.7848265399172913) * r + 5.463784911164114) * r + 6.657904643501103)
            / (((((((r * 2.0442631033899397e-15 + 1.421511758316446e-07) * r + 1.8463183175100548e-05) * r + 0.0007868691311456133) * r
                + 0.014875361290850615) * r + 0.1369298809227358) * r + 0.599832206555888) * r + 1);
    }
    return q < 0 ? -value : value;
}
/** The x with P(X > x) = alpha for X ~ χ²(dof), as scipy.stats.chi2.isf(alpha, dof). */
function chiSquareCritical(alpha, dof) {
    return bisect((x) => chiSquareSurvival(x, dof) - alpha, 0, upperBracket((x) => chiSquareSurvival(x, dof) > alpha, dof + 10));
}
/**
 * P(X > x) for X ~ noncentral χ²(dof, λ), as scipy.stats.ncx2.sf(x, dof, λ): the Poisson(λ/2)
 * mixture of central χ²(dof + 2j), summed outwards from the mode until the terms vanish.
 */
function noncentralChiSquareSurvival(x, dof, noncentrality) {
    if (x <= 0)
        return 1;
    if (!(noncentrality > 0))
        return chiSquareSurvival(x, dof);
    const half = noncentrality / 2;
    const poisson = (j) => Math.exp(j * Math.log(half) - half - logGamma(j + 1));
    const mode = Math.floor(half);
    let total = 0;
    for (let j = mode;; j += 1) {
        const term = poisson(j) * chiSquareSurvival(x, dof + 2 * j);
        total += term;
        if (j > mode + 10 && term < 1e-17 * total)
            break;
    }
    for (let j = mode - 1; j >= 0; j -= 1) {
        const weight = poisson(j);
        total += weight * chiSquareSurvival(x, dof + 2 * j);
        if (weight < 1e-17)
            break;
    }
    return Math.min(1, total);
}
/**
 * The noncentrality λ at which a χ²(dof) test at level `alpha` rejects with probability `power`.
 * The smallest change a test sees that often has λ equal to this: for a shift of d standard
 * deviations between n₁ and n₂ values, λ = d² · n₁n₂/(n₁ + n₂).
 */
function requiredNoncentrality(dof, alpha, power) {
    const critical = chiSquareCritical(alpha, dof);
    const reaches = (lambda) => noncentralChiSquareSurvival(critical, dof, lambda) >= power;
    return bisect((lambda) => noncentralChiSquareSurvival(critical, dof, lambda) - power, 0, upperBracket((lambda) => !reaches(lambda), critical + 10));
}
/** Doubles `from` until `below(x)` is false: the upper end of a bracket. */
function upperBracket(below, from) {
    let high = from;
    while (below(high) && high < 1e12)
        high *= 2;
    return high;
}
/** The root of a function that changes sign once on [low, high] (decreasing or increasing). */
function bisect(f, low, high) {
    const increasing = f(high) > f(low);
    for (let i = 0; i < 200 && high - low > 1e-12 * Math.max(1, high); i += 1) {
        const middle = (low + high) / 2;
        if (f(middle) > 0 === increasing)
            high = middle;
        else
            low = middle;
    }
    return (low + high) / 2;
}

;// CONCATENATED MODULE: ./src/stats/index.ts
// Drift statistics: pure functions on weighted samples and category counts, each checked against SciPy.




















/***/ }),

/***/ 68297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cn: () => (/* binding */ lastOfRuns),
/* harmony export */   Y2: () => (/* binding */ valueAtRankOfRuns),
/* harmony export */   _n: () => (/* binding */ firstOfRuns),
/* harmony export */   bQ: () => (/* binding */ twoRuns),
/* harmony export */   ky: () => (/* binding */ runsOf)
/* harmony export */ });
// An exact sample kept as the sorted runs of a file's parts (WeightedSample.runs): what the
// statistics read of it, answered from the runs as from their merge, bit for bit. The merge
// (src/profile/mergeSorted.ts) takes the first run's value first among equal ones; so do these,
// which matters only for the sign of a zero. At most two runs (src/profile/exact.ts merges more).
const EMPTY = new Float64Array(0);
/** The sample's runs: its own, or its values as one. */
function runsOf(sample) {
    return sample.runs ?? [sample.values];
}
/** The first and second run, the second empty when there is one. */
function twoRuns(sample) {
    const runs = runsOf(sample);
    if (runs.length > 2)
        throw new RangeError('an exact sample holds at most two runs');
    return [runs[0] ?? EMPTY, runs[1] ?? EMPTY];
}
/** The value at 0-based `rank` of merge(x, y), x's first among equal values. */
function valueAtRankOfRuns(x, y, rank) {
    const n = x.length;
    const m = y.length;
    if (m === 0)
        return x[rank];
    if (n === 0)
        return y[rank];
    // The merge's first `take` values hold `i` of x's: the largest i whose last x precedes y's next.
    const take = rank + 1;
    let low = Math.max(0, take - m);
    let high = Math.min(n, take);
    while (low < high) {
        const i = (low + high + 1) >>> 1;
        // x[i − 1] precedes y[take − i] when x[i − 1] <= y[take − i] (ties: x first).
        if (take - i >= m || x[i - 1] <= y[take - i])
            low = i;
        else
            high = i - 1;
    }
    const i = low;
    const j = take - i;
    if (i === 0)
        return y[j - 1];
    if (j === 0)
        return x[i - 1];
    // The later of the two in the merge's order.
    return y[j - 1] < x[i - 1] ? x[i - 1] : y[j - 1];
}
/** The merge's first value. */
function firstOfRuns(x, y) {
    if (y.length === 0)
        return x[0];
    if (x.length === 0)
        return y[0];
    return y[0] < x[0] ? y[0] : x[0];
}
/** The merge's last value. */
function lastOfRuns(x, y) {
    if (y.length === 0)
        return x[x.length - 1];
    if (x.length === 0)
        return y[y.length - 1];
    return y[y.length - 1] < x[x.length - 1] ? x[x.length - 1] : y[y.length - 1];
}


/***/ })

};
