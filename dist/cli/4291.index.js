export const id = 4291;
export const ids = [4291];
export const modules = {

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


/***/ })

};
