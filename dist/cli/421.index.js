export const id = 421;
export const ids = [421,78];
export const modules = {

/***/ 51598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AA: () => (/* reexport */ methods/* DEFAULT_METHOD */.AA),
  pT: () => (/* reexport */ drift/* compareDrift */.pT),
  VG: () => (/* reexport */ diffSchema)
});

// UNUSED EXPORTS: AUTO_SMALL_SAMPLE, DEFAULT_SHARE, DEFAULT_THRESHOLDS, NOT_COMPARED, NULL_RATE_FLOOR, PSI_FAIL, ROBUST_CATEGORICAL_FLOOR, ROBUST_NUMERIC_FLOOR, SIGNIFICANCE, SIGNIFICANT_CATEGORICAL_THRESHOLD, autoMethod, chooseMethod, defaultThreshold, hasBreakingChange, identifierReason, isCompared, isWidening, kindOf, nullRateCheck, probableRenames, profileDistance

;// CONCATENATED MODULE: ./src/compare/renames.ts
// Probable renames: a removed and an added column of the same type whose profiles are nearly the
// same (null rate, distinct count, and location/spread or top values). Matched greedily, most
// similar pair first, each column used once, so two look-alike columns are never both claimed.
/** Above this, two profiles are not "near-identical". */
const MAX_DISTANCE = 0.05;
const nullRate = (column) => (column.count + column.nulls > 0 ? column.nulls / (column.count + column.nulls) : 0);
function relativeGap(a, b, scale) {
    if (a === undefined || b === undefined)
        return a === b ? 0 : 1;
    if (a === b)
        return 0;
    return Math.abs(a - b) / (scale > 0 ? scale : Math.max(Math.abs(a), Math.abs(b), 1e-12));
}
/** 0 for identical summaries, growing with the largest difference found; Infinity when types differ. */
function profileDistance(a, b, rowsA, rowsB) {
    if (a.type !== b.type)
        return Number.POSITIVE_INFINITY;
    const gaps = [
        Math.abs(nullRate(a) - nullRate(b)),
        relativeGap(a.count / Math.max(rowsA, 1), b.count / Math.max(rowsB, 1), 1),
        relativeGap(a.distinct, b.distinct, 0),
    ];
    if (typeof a.mean === 'number' && typeof b.mean === 'number') {
        const spread = Math.max(a.std ?? 0, b.std ?? 0);
        gaps.push(relativeGap(a.mean, b.mean, spread), relativeGap(a.std, b.std, spread));
        for (const key of ['p05', 'p50', 'p95'])
            gaps.push(relativeGap(a.quantiles?.[key], b.quantiles?.[key], spread));
    }
    else if (a.top && b.top && a.top.length > 0) {
        // Share of the baseline's top values (by count) that the other side's top list also holds.
        const other = new Map(b.top.map((entry) => [entry.value, entry.count]));
        const total = a.top.reduce((sum, entry) => sum + entry.count, 0);
        const kept = a.top.reduce((sum, entry) => sum + (other.has(entry.value) ? entry.count : 0), 0);
        gaps.push(total > 0 ? 1 - kept / total : 0);
    }
    else {
        gaps.push(a.min === b.min && a.max === b.max ? 0 : 1);
    }
    return Math.max(...gaps);
}
function probableRenames(baseline, current, removed, added) {
    const candidates = [];
    for (const from of removed) {
        for (const to of added) {
            const distance = profileDistance(from, to, baseline.rows, current.rows);
            if (distance <= MAX_DISTANCE)
                candidates.push({ from, to, distance });
        }
    }
    candidates.sort((x, y) => x.distance - y.distance || x.from.name.localeCompare(y.from.name) || x.to.name.localeCompare(y.to.name));
    const usedFrom = new Set();
    const usedTo = new Set();
    const renames = [];
    for (const candidate of candidates) {
        if (usedFrom.has(candidate.from.name) || usedTo.has(candidate.to.name))
            continue;
        usedFrom.add(candidate.from.name);
        usedTo.add(candidate.to.name);
        renames.push(candidate);
    }
    return renames;
}

;// CONCATENATED MODULE: ./src/compare/schema.ts
// Schema diff of two profiles: added, removed, retyped, renamed and newly nullable columns (by
// their nulls, or by a table catalog's NOT NULL on both sides), and order changes, each classified breaking or not the way data-contract tools do (a consumer
// written against the baseline keeps working after a non-breaking change).

/** Type changes that only widen what a value may be; every other change narrows or breaks. */
const WIDENINGS = new Set(['integer→number', 'date→timestamp']);
function isWidening(from, to) {
    return WIDENINGS.has(`${from}→${to}`);
}
/**
 * A type observed narrower than the baseline's (integers in a number column: no value of this
 * snapshot happened to have a decimal) is sampling, not a change: every value still fits.
 */
function isObservedNarrower(from, to) {
    return WIDENINGS.has(`${to}→${from}`);
}
/**
 * Compare the columns of two profiles. `contract` (the dataset's `schema` config), when given,
 * refines the classification: a newly nullable column is breaking only where the contract
 * declares `nullable: false`, and an added column is breaking when the contract forbids extra columns.
 */
function diffSchema(baseline, current, contract) {
    const baselineByName = new Map(baseline.columns.map((column) => [column.name, column]));
    const currentByName = new Map(current.columns.map((column) => [column.name, column]));
    const removedColumns = baseline.columns.filter((column) => !currentByName.has(column.name));
    const addedColumns = current.columns.filter((column) => !baselineByName.has(column.name));
    const renames = probableRenames(baseline, current, removedColumns, addedColumns);
    const renamedFrom = new Set(renames.map((rename) => rename.from.name));
    const renamedTo = new Set(renames.map((rename) => rename.to.name));
    const extraColumnsBreak = contract?.allow_extra_columns === false;
    const diff = {
        added: addedColumns
            .filter((column) => !renamedTo.has(column.name))
            .map((column) => ({ name: column.name, type: column.type, breaking: extraColumnsBreak })),
        removed: removedColumns
            .filter((column) => !renamedFrom.has(column.name))
            .map((column) => ({ name: column.name, type: column.type, breaking: true })),
        changed: [],
        // A rename breaks every consumer that selects the column by its old name.
        renamed: renames.map((rename) => ({ from: rename.from.name, to: rename.to.name, type: rename.to.type, breaking: true })),
        nullability: [],
        reordered: false,
    };
    const pairs = [];
    for (const column of baseline.columns) {
        const other = currentByName.get(column.name);
        if (other)
            pairs.push([column, other]);
    }
    for (const rename of renames)
        pairs.push([rename.from, rename.to]);
    for (const [before, after] of pairs) {
        if (before.type !== after.type && before.name === after.name && !isObservedNarrower(before.type, after.type)) {
            diff.changed.push({ name: after.name, from: before.type, to: after.type, breaking: !isWidening(before.type, after.type) });
        }
        const declaredNotNullable = contract?.columns?.[after.name]?.nullable === false;
        if (before.declaredNullable !== undefined && after.declaredNullable !== undefined && before.declaredNullable !== after.declaredNullable) {
            // Both sides are tables whose catalogs say: a NOT NULL constraint added or dropped. Dropped is
            // what nulls appearing is for files (breaking only where the contract promised none), but
            // said before any null arrives; the rows' nulls are then not reported again.
            diff.nullability.push({
                name: after.name, from: before.declaredNullable, to: after.declaredNullable, breaking: after.declaredNullable && declaredNotNullable, declared: true,
            });
            continue;
        }
        const wasNullable = before.nulls > 0;
        const isNullable = after.nulls > 0;
        if (wasNullable !== isNullable) {
            // Nulls appearing is a null-rate question (the drift gate's null check); it breaks a
            // consumer only where the contract promised there would be none.
            diff.nullability.push({ name: after.name, from: wasNullable, to: isNullable, breaking: isNullable && declaredNotNullable });
        }
    }
    // Order: the shared columns (renamed ones under their new name) in baseline vs current order.
    const renameOf = new Map(renames.map((rename) => [rename.from.name, rename.to.name]));
    const shared = new Set([...baselineByName.keys()].filter((name) => currentByName.has(name)).concat([...renameOf.values()]));
    const baselineOrder = baseline.columns.map((column) => renameOf.get(column.name) ?? column.name).filter((name) => shared.has(name));
    const currentOrder = current.columns.map((column) => column.name).filter((name) => shared.has(name));
    diff.reordered = baselineOrder.some((name, index) => currentOrder[index] !== name);
    return diff;
}
/** True when any change is breaking. */
function hasBreakingChange(diff) {
    return [diff.added, diff.removed, diff.changed, diff.renamed, diff.nullability].some((changes) => changes.some((change) => change.breaking));
}

// EXTERNAL MODULE: ./src/compare/drift.ts + 3 modules
var drift = __webpack_require__(6447);
// EXTERNAL MODULE: ./src/compare/methods.ts
var methods = __webpack_require__(38053);
// EXTERNAL MODULE: ./src/compare/identifiers.ts
var identifiers = __webpack_require__(2319);
// EXTERNAL MODULE: ./src/compare/nulls.ts
var nulls = __webpack_require__(46417);
// EXTERNAL MODULE: ./src/compare/robust.ts
var robust = __webpack_require__(83206);
;// CONCATENATED MODULE: ./src/compare/index.ts
// Compare stage: what changed between a baseline and a current profile — shape and distribution.









/***/ }),

/***/ 68287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   hP: () => (/* binding */ columnList),
/* harmony export */   jv: () => (/* binding */ jsonParseProblem),
/* harmony export */   np: () => (/* binding */ clipQuote)
/* harmony export */ });
/* unused harmony export MAX_QUOTE */
// What a parse error may say about a file: where and what went wrong, never the file's content.
// A config or metrics path can name any file the process can read (a docker config.json, a
// credentials file), and the message lands in a public log, summary or PR comment.
/** Quoted text from a file in a message: at most this many characters, as a data example is cut. */
const MAX_QUOTE = 200;
/** JSON.parse's message without V8's quoted snippet of the text, and the line it points at. */
function jsonParseProblem(error, text) {
    const raw = error instanceof Error ? error.message : String(error);
    // V8: `Unexpected token 's', "{"a": secretvalu"... is not valid JSON` (the snippet is the file's).
    let message = raw.replace(/,\s*(?:\.\.\.)?".*"(?:\.\.\.)?\s+is not valid JSON$/s, '');
    const position = /at position (\d+)/.exec(message);
    message = message.replace(/ in JSON at position \d+.*$/s, '').replace(/ at position \d+.*$/s, '');
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
    return { line, message: clipQuote(message) };
}
/** The first line of a parser's message, cut to MAX_QUOTE characters. */
function clipQuote(message) {
    const first = message.split('\n')[0];
    return first.length > MAX_QUOTE ? `${first.slice(0, MAX_QUOTE)}…` : first;
}
/** A value from a file in a message: as JSON (escaped, one line), cut to MAX_QUOTE characters. */
function quoted(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE)}…` : text;
}
/** A file's column names in a message: each cut to 40 characters, MAX_QUOTE characters in all. */
function columnList(columns) {
    const shown = [];
    let length = 0;
    for (const column of columns) {
        const name = column.length > 40 ? `${column.slice(0, 40)}…` : column;
        if (shown.length > 0 && length + name.length + 2 > MAX_QUOTE)
            break;
        shown.push(name);
        length += name.length + 2;
    }
    return `${shown.join(', ')}${shown.length < columns.length ? `, … (${columns.length} in all)` : ''}`;
}


/***/ }),

/***/ 60421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheck: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(68458);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/readers/index.ts + 5 modules
var readers = __webpack_require__(72822);
// EXTERNAL MODULE: ./src/gates/metric.ts
var metric = __webpack_require__(71498);
// EXTERNAL MODULE: ./src/gates/segment.ts
var segment = __webpack_require__(23457);
// EXTERNAL MODULE: ./src/gates/latency.ts
var latency = __webpack_require__(18422);
// EXTERNAL MODULE: ./src/gates/index.ts + 3 modules
var src_gates = __webpack_require__(4484);
;// CONCATENATED MODULE: ./src/models/direction.ts
// Whether a metric is better higher or lower, guessed from its name unless the config says.
/** Words that mark a cost: a name containing one (as a word, or as a suffix of one) is lower-is-better. */
const LOWER_WORDS = ['loss', 'error', 'err', 'latency', 'mae', 'rmse', 'mse', 'mape', 'time', 'duration', 'ms', 'seconds', 'perplexity'];
const LOWER_SUFFIXES = ['loss', 'error', 'latency'];
/** `log_loss`, `val_loss`, `latency.p95_ms`, `meanAbsoluteError`, `logloss` → lower; `accuracy`, `recall` → higher. */
function directionOf(name, override) {
    if (override)
        return override;
    const words = name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((word) => word.length > 0);
    const lower = words.some((word) => LOWER_WORDS.includes(word) || LOWER_SUFFIXES.some((suffix) => word.endsWith(suffix)));
    return lower ? 'lower' : 'higher';
}

;// CONCATENATED MODULE: ./src/models/percentile.ts
// Percentiles as numpy.percentile computes them by default (method "linear").
/** The q-th percentile (0–100) of values already sorted ascending. */
function sortedPercentile(sorted, q) {
    const n = sorted.length;
    if (n === 0)
        return Number.NaN;
    const position = ((n - 1) * q) / 100;
    const lower = Math.floor(position);
    const upper = Math.min(lower + 1, n - 1);
    const fraction = position - lower;
    return sorted[lower] + fraction * (sorted[upper] - sorted[lower]);
}
/** The q-th percentile (0–100) of unsorted values; the input is not modified. */
function percentile(values, q) {
    const sorted = Float64Array.from(values).sort();
    return sortedPercentile(sorted, q);
}

;// CONCATENATED MODULE: ./src/models/random.ts
// Seeded randomness, so a bootstrap interval is the same on every run and machine.
/**
 * xoshiro128** (Blackman & Vigna), seeded through splitmix32 so that nearby seeds give
 * unrelated streams. Period 2^128 − 1: far beyond the ~10^9 draws of a large bootstrap.
 * The state is four 32-bit words in an Int32Array, so hot loops can keep it in locals.
 */
// Bound once: under jest's vm sandbox every `Math.` lookup in a hot loop is a slow global access.
const imul = Math.imul;
function seededState(seed) {
    let s = seed >>> 0;
    const splitmix = () => {
        s = (s + 0x9e3779b9) >>> 0;
        let z = s;
        z = imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
        z = imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
        return (z ^ (z >>> 16)) >>> 0;
    };
    const state = Int32Array.of(splitmix(), splitmix(), splitmix(), splitmix());
    if ((state[0] | state[1] | state[2] | state[3]) === 0)
        state[0] = 1;
    return state;
}
/** Uniform numbers in [0, 1). */
function seededRandom(seed) {
    const state = seededState(seed);
    return () => {
        let a = state[0], b = state[1], c = state[2], d = state[3];
        const r = imul(b, 5);
        const result = imul((r << 7) | (r >>> 25), 9) >>> 0;
        const t = b << 9;
        c ^= a;
        d ^= b;
        b ^= c;
        a ^= d;
        c ^= t;
        d = (d << 11) | (d >>> 21);
        state[0] = a;
        state[1] = b;
        state[2] = c;
        state[3] = d;
        return result / 4294967296;
    };
}
/**
 * Cumulative Poisson(1) probabilities scaled to 2^31: a 31-bit uniform u draws k when
 * POISSON_CDF[k − 1] ≤ u < POISSON_CDF[k]. Values whose tail is below 2^−31 (k ≥ 12) cannot occur.
 */
const POISSON_CDF = (() => {
    const cdf = [];
    let probability = Math.exp(-1);
    let sum = probability;
    for (let k = 1; Math.round(sum * 2 ** 31) < 2 ** 31; k++) {
        cdf.push(Math.round(sum * 2 ** 31));
        probability /= k;
        sum += probability;
    }
    return Int32Array.from(cdf);
})();
/**
 * Fills `weights` with independent Poisson(1) counts, advancing `state`. The generator is
 * inlined and the first three comparisons are branch-free (sign bits): a data-dependent
 * branch per example would cost more than the generator itself.
 */
function poissonWeights(weights, state) {
    let a = state[0], b = state[1], c = state[2], d = state[3];
    const cdf = POISSON_CDF;
    const t0 = cdf[0], t1 = cdf[1], t2 = cdf[2], t3 = cdf[3];
    for (let i = 0; i < weights.length; i++) {
        const r = imul(b, 5);
        const u = imul((r << 7) | (r >>> 25), 9) >>> 1; // the top 31 bits
        const t = b << 9;
        c ^= a;
        d ^= b;
        b ^= c;
        a ^= d;
        c ^= t;
        d = (d << 11) | (d >>> 21);
        // u − t is within ±2^31, so its sign bit is 1 exactly when u < t.
        let k = 3 - ((u - t0) >>> 31) - ((u - t1) >>> 31) - ((u - t2) >>> 31);
        if (u >= t3) {
            k = 4;
            while (k < cdf.length && u >= cdf[k])
                k++;
        }
        weights[i] = k;
    }
    state[0] = a;
    state[1] = b;
    state[2] = c;
    state[3] = d;
}

;// CONCATENATED MODULE: ./src/models/bootstrap.ts
// A seeded percentile bootstrap of the difference of one metric between two prediction sets.
//
// Resamples are Poisson bootstrap weights (each example drawn an independent Poisson(1) number
// of times; Hanley & MacGibbon 2006, Chamandy et al. 2012) rather than n index draws: the same
// limit as the classic bootstrap (the total differs from n by about √n, which the metrics, all
// normalised by the total weight, absorb), but one sequential pass with no scattered increments,
// and weights small enough for a Uint8Array that stays in cache for the metric passes.


function evaluate(metric, weights, cache) {
    if (!metric.shared)
        return metric(weights);
    const { shared, finish } = metric.shared;
    let sums = cache.get(shared);
    if (!sums) {
        sums = shared.sums(weights);
        cache.set(shared, sums);
    }
    return finish(sums);
}
/**
 * Intervals for several metrics from one set of resamples: drawing the resample costs as much as
 * evaluating a metric, so the draws are shared (and the metrics' intervals are coherent).
 */
function bootstrapDeltas(currentSize, baselineSize, metrics, options) {
    if (options.method === 'paired' && currentSize !== baselineSize) {
        throw new Error(`paired bootstrap needs equal sizes, got ${currentSize} and ${baselineSize}`);
    }
    const state = seededState(options.seed);
    const currentWeights = new Uint8Array(currentSize);
    const baselineWeights = options.method === 'paired' ? currentWeights : new Uint8Array(baselineSize);
    const deltas = metrics.map(() => []);
    for (let r = 0; r < options.resamples; r++) {
        poissonWeights(currentWeights, state);
        if (options.method === 'independent')
            poissonWeights(baselineWeights, state);
        // Metrics that share sums (accuracy, precision, … of one data set) get them from one pass.
        const currentSums = new Map();
        const baselineSums = new Map();
        metrics.forEach((pair, m) => {
            const delta = evaluate(pair.current, currentWeights, currentSums) - evaluate(pair.baseline, baselineWeights, baselineSums);
            if (Number.isFinite(delta))
                deltas[m].push(delta);
        });
    }
    const tail = ((1 - (options.level ?? 0.95)) / 2) * 100;
    return deltas.map((list) => {
        const sorted = Float64Array.from(list).sort();
        return {
            method: options.method,
            resamples: options.resamples,
            valid: sorted.length,
            low: sortedPercentile(sorted, tail),
            high: sortedPercentile(sorted, 100 - tail),
        };
    });
}
function bootstrapDelta(current, baseline, options) {
    return bootstrapDeltas(current.size, baseline.size, [{ current: current.metric, baseline: baseline.metric }], options)[0];
}

;// CONCATENATED MODULE: ./src/models/metrics/classification.ts
// Classification metrics as scikit-learn defines them, computed with per-example weights so
// that a bootstrap resample is a vector of counts rather than a copied array.
const weightOf = (weights, i) => (weights === null ? 1 : weights[i]);
/** Share of examples whose prediction equals the label. */
function accuracy(data, weights = null) {
    let correct = 0;
    let total = 0;
    for (let i = 0; i < data.label.length; i++) {
        const w = weightOf(weights, i);
        total += w;
        if (data.label[i] === data.prediction[i])
            correct += w;
    }
    return total === 0 ? Number.NaN : correct / total;
}
/** Per class true positives, false positives and false negatives; `present` when the class occurs as a label or a prediction. */
function classCounts(data, weights) {
    const counts = data.classes.map(() => ({ tp: 0, fp: 0, fn: 0, present: false }));
    for (let i = 0; i < data.label.length; i++) {
        const w = weightOf(weights, i);
        if (w === 0)
            continue;
        const label = counts[data.label[i]];
        const prediction = counts[data.prediction[i]];
        label.present = true;
        prediction.present = true;
        if (label === prediction)
            label.tp += w;
        else {
            label.fn += w;
            prediction.fp += w;
        }
    }
    return counts;
}
// scikit-learn's zero_division default: a ratio with an empty denominator counts as 0.
const ratio = (numerator, denominator) => (denominator === 0 ? 0 : numerator / denominator);
const classPrecision = (c) => ratio(c.tp, c.tp + c.fp);
const classRecall = (c) => ratio(c.tp, c.tp + c.fn);
const classF1 = (c) => ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn);
/** Binary: the positive class's value; multiclass: the unweighted mean over classes present (average="macro"). */
function averaged(data, weights, perClass) {
    const counts = classCounts(data, weights);
    if (data.positive !== null)
        return perClass(counts[data.positive]);
    const present = counts.filter((c) => c.present);
    if (present.length === 0)
        return Number.NaN;
    return present.reduce((sum, c) => sum + perClass(c), 0) / present.length;
}
const precision = (data, weights = null) => averaged(data, weights, classPrecision);
const recall = (data, weights = null) => averaged(data, weights, classRecall);
const f1 = (data, weights = null) => averaged(data, weights, classF1);
/** Example indexes ordered by score, computed once per dataset for rocAuc. */
function scoreOrder(score) {
    const order = new Uint32Array(score.length);
    for (let i = 0; i < order.length; i++)
        order[i] = i;
    return order.sort((a, b) => score[a] - score[b]);
}
/**
 * Area under the ROC curve: the probability that a positive outranks a negative, ties counting
 * one half (the Mann–Whitney form, equal to scikit-learn's trapezoidal area). One pass over the
 * precomputed score order, so a resample costs O(n). NaN when one class is absent.
 */
function rocAuc(data, order, weights = null) {
    const { score, positive, label } = data;
    if (score === null || positive === null)
        return Number.NaN;
    let negativesBelow = 0;
    let pairs = 0;
    let positives = 0;
    let i = 0;
    while (i < order.length) {
        // One group of tied scores: its positives beat the negatives below and tie with its own.
        let groupPositives = 0;
        let groupNegatives = 0;
        const value = score[order[i]];
        for (; i < order.length && score[order[i]] === value; i++) {
            const index = order[i];
            const w = weightOf(weights, index);
            if (label[index] === positive)
                groupPositives += w;
            else
                groupNegatives += w;
        }
        pairs += groupPositives * (negativesBelow + groupNegatives / 2);
        negativesBelow += groupNegatives;
        positives += groupPositives;
    }
    const negatives = negativesBelow;
    return positives === 0 || negatives === 0 ? Number.NaN : pairs / (positives * negatives);
}
/** scikit-learn clips probabilities to [eps, 1 − eps] with eps the float64 machine epsilon. */
const EPSILON = 2.220446049250313e-16;
/** Mean negative log-likelihood of the labels under the positive-class probabilities (natural log). */
function logLoss(data, weights = null) {
    const { score, positive, label } = data;
    if (score === null || positive === null)
        return Number.NaN;
    let loss = 0;
    let total = 0;
    for (let i = 0; i < label.length; i++) {
        const w = weightOf(weights, i);
        if (w === 0)
            continue;
        const p = Math.min(Math.max(score[i], EPSILON), 1 - EPSILON);
        loss -= w * (label[i] === positive ? Math.log(p) : Math.log(1 - p));
        total += w;
    }
    return total === 0 ? Number.NaN : loss / total;
}

;// CONCATENATED MODULE: ./src/models/metrics/regression.ts
// Regression metrics as scikit-learn defines them, with per-example weights (see classification.ts).
const regression_weightOf = (weights, i) => (weights === null ? 1 : weights[i]);
function weightedMean(data, weights, term) {
    let sum = 0;
    let total = 0;
    for (let i = 0; i < data.label.length; i++) {
        const w = regression_weightOf(weights, i);
        if (w === 0)
            continue;
        sum += w * term(data.label[i], data.prediction[i]);
        total += w;
    }
    return total === 0 ? Number.NaN : sum / total;
}
const mae = (data, weights = null) => weightedMean(data, weights, (y, p) => Math.abs(y - p));
const mse = (data, weights = null) => weightedMean(data, weights, (y, p) => (y - p) * (y - p));
const rmse = (data, weights = null) => Math.sqrt(mse(data, weights));
/**
 * Coefficient of determination, 1 − SS_res / SS_tot. A constant label gives 1 for a perfect
 * prediction and 0 otherwise, as scikit-learn's force_finite default does.
 */
function r2(data, weights = null) {
    const labelMean = weightedMean(data, weights, (y) => y);
    if (Number.isNaN(labelMean))
        return Number.NaN;
    let residual = 0;
    let totalSquares = 0;
    for (let i = 0; i < data.label.length; i++) {
        const w = regression_weightOf(weights, i);
        if (w === 0)
            continue;
        const error = data.label[i] - data.prediction[i];
        const spread = data.label[i] - labelMean;
        residual += w * error * error;
        totalSquares += w * spread * spread;
    }
    if (totalSquares === 0)
        return residual === 0 ? 1 : 0;
    return 1 - residual / totalSquares;
}

;// CONCATENATED MODULE: ./src/models/metrics/prepared.ts
// The fast form of ROC AUC for resampling (the ratio metrics' fast forms are in shared.ts): the
// score order and tie groups are computed once, so a resample costs one pass, no sort.
// It must equal rocAuc in classification.ts (tested with random weights).
/**
 * ROC AUC over the precomputed score order, with the labels and tie groups laid out in that
 * order: one pass per resample, and no branch per example (a positive/negative branch on
 * shuffled labels mispredicts half the time). The group totals are folded in by multiplying
 * with 0/1 group-end flags instead.
 */
function rocAucResampled(data, order) {
    const score = data.score;
    const n = order.length;
    const isPositive = Uint8Array.from(order, (index) => (data.label[index] === data.positive ? 1 : 0));
    // groupEnd[k] = 1 when sorted position k is the last of its tie group.
    const groupEnd = Uint8Array.from(order, (index, k) => (k === n - 1 || score[order[k + 1]] !== score[index] ? 1 : 0));
    return (weights) => {
        let negativesBelow = 0;
        let pairs = 0;
        let positives = 0;
        let groupPositives = 0;
        let groupNegatives = 0;
        for (let k = 0; k < n; k++) {
            const w = weights[order[k]];
            const positive = w * isPositive[k];
            groupPositives += positive;
            groupNegatives += w - positive;
            const end = groupEnd[k];
            pairs += end * groupPositives * (negativesBelow + groupNegatives / 2);
            negativesBelow += end * groupNegatives;
            positives += end * groupPositives;
            groupPositives -= end * groupPositives;
            groupNegatives -= end * groupNegatives;
        }
        return positives === 0 || negativesBelow === 0 ? Number.NaN : pairs / (positives * negativesBelow);
    };
}

;// CONCATENATED MODULE: ./src/models/metrics/shared.ts
// Weighted sums that several metrics of one prediction set share: accuracy, binary precision,
// recall, F1 and log loss (or MAE, MSE, RMSE) are all ratios of a few Σ wᵢ·termᵢ, so the
// bootstrap computes those sums in one pass per resample and finishes each metric from them,
// instead of one pass per metric.
// Positions in the classification sums.
const TOTAL = 0;
const CORRECT = 1;
const TRUE_POSITIVE = 2;
const PREDICTED_POSITIVE = 3;
const ACTUAL_POSITIVE = 4;
const LOG_LOSS = 5;
const shared_EPSILON = 2.220446049250313e-16;
const byClassification = new WeakMap();
const byRegression = new WeakMap();
function classificationSums(data) {
    const cached = byClassification.get(data);
    if (cached)
        return cached;
    const n = data.label.length;
    const correct = new Uint8Array(n);
    const truePositive = new Uint8Array(n);
    const predictedPositive = new Uint8Array(n);
    const actualPositive = new Uint8Array(n);
    // Terms stay 0 where a metric does not apply (multiclass, no probabilities): it is never finished then.
    const logLoss = new Float64Array(n);
    const { positive, score } = data;
    const probabilities = score !== null && positive !== null && score.every((p) => p >= 0 && p <= 1);
    for (let i = 0; i < n; i++) {
        correct[i] = data.label[i] === data.prediction[i] ? 1 : 0;
        if (positive === null)
            continue;
        predictedPositive[i] = data.prediction[i] === positive ? 1 : 0;
        actualPositive[i] = data.label[i] === positive ? 1 : 0;
        truePositive[i] = predictedPositive[i] & actualPositive[i];
        if (probabilities) {
            const p = Math.min(Math.max(score[i], shared_EPSILON), 1 - shared_EPSILON);
            logLoss[i] = -(actualPositive[i] === 1 ? Math.log(p) : Math.log(1 - p));
        }
    }
    const shared = {
        sums(weights) {
            let total = 0, correctSum = 0, tp = 0, predicted = 0, actual = 0, loss = 0;
            for (let i = 0; i < n; i++) {
                const w = weights[i];
                total += w;
                correctSum += w * correct[i];
                tp += w * truePositive[i];
                predicted += w * predictedPositive[i];
                actual += w * actualPositive[i];
                loss += w * logLoss[i];
            }
            return Float64Array.of(total, correctSum, tp, predicted, actual, loss);
        },
    };
    byClassification.set(data, shared);
    return shared;
}
// scikit-learn's zero_division default: a ratio with an empty denominator counts as 0.
const shared_ratio = (numerator, denominator) => (denominator === 0 ? 0 : numerator / denominator);
const mean = (sum, total) => (total === 0 ? Number.NaN : sum / total);
const CLASSIFICATION_FINISH = {
    accuracy: (s) => mean(s[CORRECT], s[TOTAL]),
    precision: (s) => shared_ratio(s[TRUE_POSITIVE], s[PREDICTED_POSITIVE]),
    recall: (s) => shared_ratio(s[TRUE_POSITIVE], s[ACTUAL_POSITIVE]),
    // 2TP / (2TP + FP + FN), and 2TP + FP + FN = predicted positives + actual positives.
    f1: (s) => shared_ratio(2 * s[TRUE_POSITIVE], s[PREDICTED_POSITIVE] + s[ACTUAL_POSITIVE]),
    log_loss: (s) => mean(s[LOG_LOSS], s[TOTAL]),
};
/** accuracy (any task); precision, recall, f1 (binary); log_loss (binary, probabilities). Callers check applicability. */
function sharedClassificationMetric(data, name) {
    return { shared: classificationSums(data), finish: CLASSIFICATION_FINISH[name] };
}
function regressionSums(data) {
    const cached = byRegression.get(data);
    if (cached)
        return cached;
    const n = data.label.length;
    const absolute = Float64Array.from(data.label, (y, i) => Math.abs(y - data.prediction[i]));
    const squared = Float64Array.from(data.label, (y, i) => (y - data.prediction[i]) * (y - data.prediction[i]));
    const shared = {
        sums(weights) {
            let total = 0, absoluteSum = 0, squaredSum = 0;
            for (let i = 0; i < n; i++) {
                const w = weights[i];
                total += w;
                absoluteSum += w * absolute[i];
                squaredSum += w * squared[i];
            }
            return Float64Array.of(total, absoluteSum, squaredSum);
        },
    };
    byRegression.set(data, shared);
    return shared;
}
const REGRESSION_FINISH = {
    mae: (s) => mean(s[1], s[0]),
    mse: (s) => mean(s[2], s[0]),
    rmse: (s) => Math.sqrt(mean(s[2], s[0])),
};
function sharedRegressionMetric(data, name) {
    return { shared: regressionSums(data), finish: REGRESSION_FINISH[name] };
}

;// CONCATENATED MODULE: ./src/models/metrics/index.ts
// The metrics datagate computes from per-example predictions, by name.




const CLASSIFICATION_METRICS = ['accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'log_loss'];
const REGRESSION_METRICS = ['mae', 'mse', 'rmse', 'r2'];
const SCORE_METRICS = new Set(['roc_auc', 'log_loss']);
/** Other spellings people use in their configs, mapped to the computed metric. */
const ALIASES = {
    auc: 'roc_auc', rocauc: 'roc_auc', roc_auc_score: 'roc_auc',
    f1_score: 'f1', logloss: 'log_loss', accuracy_score: 'accuracy',
    mean_absolute_error: 'mae', mean_squared_error: 'mse', root_mean_squared_error: 'rmse', r2_score: 'r2',
};
/** The computed metric a configured name refers to, or null when datagate does not compute it. */
function computableName(name, task) {
    const key = name.toLowerCase();
    const canonical = ALIASES[key] ?? key;
    const known = task === 'classification' ? CLASSIFICATION_METRICS : REGRESSION_METRICS;
    return known.includes(canonical) ? canonical : null;
}
function exampleCount(predictions) {
    return predictions.data.label.length;
}
/** Point estimates use the plain, reference forms; resamples use the prepared fast forms. */
function withFastResample(plain, resampled) {
    return (weights) => (weights === null ? plain() : resampled(weights));
}
function withSharedResample(plain, shared) {
    const fn = (weights) => (weights === null ? plain() : shared.finish(shared.shared.sums(weights)));
    fn.shared = shared;
    return fn;
}
/** The metric as a function of resampling weights; null when the file lacks what it needs (a score, a binary task). */
function metricFunction(predictions, canonical) {
    if (predictions.task === 'regression') {
        const data = predictions.data;
        switch (canonical) {
            case 'mae': return withSharedResample(() => mae(data), sharedRegressionMetric(data, 'mae'));
            case 'mse': return withSharedResample(() => mse(data), sharedRegressionMetric(data, 'mse'));
            case 'rmse': return withSharedResample(() => rmse(data), sharedRegressionMetric(data, 'rmse'));
            case 'r2': return (w) => r2(data, w);
            default: return null;
        }
    }
    const data = predictions.data;
    if (SCORE_METRICS.has(canonical) && (data.score === null || data.positive === null))
        return null;
    if (canonical === 'log_loss' && !areProbabilities(data.score))
        return null;
    const binary = data.positive !== null;
    switch (canonical) {
        case 'accuracy': return withSharedResample(() => accuracy(data), sharedClassificationMetric(data, 'accuracy'));
        case 'precision': return binary ? withSharedResample(() => precision(data), sharedClassificationMetric(data, 'precision')) : (w) => precision(data, w);
        case 'recall': return binary ? withSharedResample(() => recall(data), sharedClassificationMetric(data, 'recall')) : (w) => recall(data, w);
        case 'f1': return binary ? withSharedResample(() => f1(data), sharedClassificationMetric(data, 'f1')) : (w) => f1(data, w);
        case 'log_loss': return withSharedResample(() => logLoss(data), sharedClassificationMetric(data, 'log_loss'));
        case 'roc_auc': {
            const order = scoreOrder(data.score);
            return withFastResample(() => rocAuc(data, order), rocAucResampled(data, order));
        }
        default: return null;
    }
}
// Log loss of a decision-function score (a margin, not a probability) would be meaningless after clipping.
function areProbabilities(score) {
    return score.every((value) => value >= 0 && value <= 1);
}
/** Why a computable metric has no function, for the user. */
function unavailableReason(predictions, canonical) {
    if (predictions.task === 'classification' && SCORE_METRICS.has(canonical)) {
        const { score, positive } = predictions.data;
        if (score === null)
            return `${canonical} needs a score column (predictions.score)`;
        if (positive === null)
            return `${canonical} needs a binary task: set predictions.positive`;
        return `${canonical} needs probabilities of the positive class in [0, 1]`;
    }
    return `${canonical} is not computed for ${predictions.task}`;
}
/** Every metric the predictions support, computed on all examples. */
function computeAll(predictions) {
    const names = predictions.task === 'classification' ? CLASSIFICATION_METRICS : REGRESSION_METRICS;
    const values = {};
    for (const name of names) {
        const metric = metricFunction(predictions, name);
        if (metric)
            values[name] = metric(null);
    }
    return values;
}

;// CONCATENATED MODULE: ./src/models/fromPredictions.ts
// Metrics, delta intervals and per-segment values computed from per-example predictions.



/** The metric as computed from predictions; null when datagate does not compute a metric of that name. */
function predictedMetric(predictions, name) {
    const canonical = computableName(name, predictions.task);
    if (canonical === null)
        return null;
    const fn = metricFunction(predictions, canonical);
    return fn ? { fn } : { reason: unavailableReason(predictions, canonical) };
}
/**
 * Paired when both files hold the same examples in the same order. Without an id column the
 * best evidence is the labels: same count and the same label in every row.
 */
function bootstrapMethod(current, baseline) {
    if (exampleCount(current) !== exampleCount(baseline) || current.task !== baseline.task)
        return 'independent';
    if (current.task === 'regression' && baseline.task === 'regression') {
        return current.data.label.every((value, i) => value === baseline.data.label[i]) ? 'paired' : 'independent';
    }
    if (current.task === 'classification' && baseline.task === 'classification') {
        const a = current.data;
        const b = baseline.data;
        return a.label.every((value, i) => a.classes[value] === b.classes[b.label[i]]) ? 'paired' : 'independent';
    }
    return 'independent';
}
/** Delta intervals for several metrics at once, from shared resamples. */
function deltaIntervals(pair, metrics) {
    if (metrics.length === 0 || pair.baseline === null)
        return [];
    const baselinePredictions = pair.baseline.predictions;
    return bootstrapDeltas(exampleCount(pair.current.predictions), exampleCount(baselinePredictions), metrics, {
        resamples: pair.resamples, seed: pair.seed, method: bootstrapMethod(pair.current.predictions, baselinePredictions),
    });
}
/** The metric within each segment, through 0/1 weights so no subset is copied. */
function segmentValues(loaded, metric, source) {
    if (loaded.segments === null)
        throw new errors/* UserError */.yo([{ file: source, message: 'set predictions.segment to compute per-segment metrics' }]);
    const found = predictedMetric(loaded.predictions, metric);
    if (found === null)
        throw new errors/* UserError */.yo([{ path: 'segments.metric', message: `"${metric}" is not a metric datagate computes from ${loaded.predictions.task} predictions` }]);
    if ('reason' in found)
        throw new errors/* UserError */.yo([{ path: 'segments.metric', message: found.reason }]);
    const names = [...new Set(loaded.segments)].sort();
    const weights = new Uint8Array(loaded.segments.length);
    return names.map((name) => {
        loaded.segments?.forEach((segment, i) => { weights[i] = segment === name ? 1 : 0; });
        return { name, value: found.fn(weights) };
    }).filter((segment) => Number.isFinite(segment.value));
}

// EXTERNAL MODULE: ./src/parseErrors.ts
var parseErrors = __webpack_require__(68287);
;// CONCATENATED MODULE: ./src/models/load/values.ts
// Metric values as files hold them, turned into finite numbers or a reason they are not one.
// Pure: the loaders read files, this decides what the contents mean.


const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Python's json.dump writes NaN and ±Infinity bare; sanitizeJson turns them into these strings. */
const NAN_TOKEN = '\u0000NaN';
const INFINITY_TOKEN = '\u0000Infinity';
const MINUS_INFINITY_TOKEN = '\u0000-Infinity';
/** A finite number from a JSON/YAML/CSV value; NaN, infinities and text are problems. */
function parseMetricValue(raw) {
    if (typeof raw === 'number') {
        if (Number.isNaN(raw))
            return { problem: 'is NaN' };
        return Number.isFinite(raw) ? { value: raw } : { problem: 'is infinite' };
    }
    if (typeof raw === 'bigint')
        return { value: Number(raw) };
    if (typeof raw === 'string') {
        const text = raw.trim();
        if (text === '')
            return { problem: 'is empty' };
        if (raw === NAN_TOKEN || /^[+-]?nan$/i.test(text))
            return { problem: 'is NaN' };
        if (raw === INFINITY_TOKEN || raw === MINUS_INFINITY_TOKEN || /^[+-]?(inf|infinity)$/i.test(text))
            return { problem: 'is infinite' };
        if (NUMBER.test(text))
            return parseMetricValue(Number(text));
        return { problem: `is not a number: ${(0,parseErrors/* quoted */.TL)(raw)}` };
    }
    if (raw === null || raw === undefined)
        return { problem: 'is empty' };
    return { problem: `is not a number: ${(0,parseErrors/* quoted */.TL)(raw)}` };
}
/** Nested objects (and arrays, by index) become dotted paths: { eval: { auc: 0.9 } } → eval.auc. */
function flattenMetrics(root, source) {
    const table = { source, values: new Map(), invalid: new Map() };
    const visit = (node, prefix) => {
        if (node !== null && typeof node === 'object' && !(node instanceof Date)) {
            const entries = Array.isArray(node) ? node.map((value, index) => [String(index), value]) : Object.entries(node);
            for (const [key, value] of entries)
                visit(value, prefix === '' ? key : `${prefix}.${key}`);
            return;
        }
        if (prefix === '')
            throw new errors/* UserError */.yo([{ file: source, message: 'expected an object of metrics' }]);
        addMetric(table, prefix, node);
    };
    visit(root, '');
    return table;
}
function addMetric(table, key, raw) {
    const parsed = parseMetricValue(raw);
    if ('value' in parsed)
        table.values.set(key, parsed.value);
    else
        table.invalid.set(key, parsed.problem);
}
/** The value at a dotted path; null when absent; a UserError naming file and key when not a finite number. */
function lookupMetric(table, key) {
    const value = table.values.get(key);
    if (value !== undefined)
        return value;
    const problem = table.invalid.get(key);
    if (problem !== undefined)
        throw new errors/* UserError */.yo([{ file: table.source, path: key, message: problem }]);
    return null;
}
/**
 * Replaces the bare NaN, Infinity and -Infinity that Python's json module writes (invalid JSON)
 * with marker strings, so the file parses and the metric can be reported as NaN by name.
 */
function sanitizeJson(text) {
    let out = '';
    let start = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (inString) {
            if (char === '\\')
                i++;
            else if (char === '"')
                inString = false;
            continue;
        }
        if (char === '"') {
            inString = true;
            continue;
        }
        for (const [token, marker] of [['NaN', NAN_TOKEN], ['Infinity', INFINITY_TOKEN], ['-Infinity', MINUS_INFINITY_TOKEN]]) {
            if (text.startsWith(token, i) && !/[\w$]/.test(text[i + token.length] ?? '') && !/[\w$]/.test(text[i - 1] ?? '')) {
                out += text.slice(start, i) + JSON.stringify(marker);
                i += token.length - 1;
                start = i + 1;
                break;
            }
        }
    }
    return start === 0 ? text : out + text.slice(start);
}
/** JSON.parse with the error turned into a UserError naming the file and line. */
function parseJson(text, source) {
    try {
        return JSON.parse(sanitizeJson(text));
    }
    catch (error) {
        // Sanitising adds no newline, so the line counted on the original text is right.
        const { line, message } = (0,parseErrors/* jsonParseProblem */.jv)(error, text);
        throw new errors/* UserError */.yo([{ file: source, line, message: `invalid JSON: ${message}` }]);
    }
}

;// CONCATENATED MODULE: ./src/models/evaluate.ts
// One model's report and gates from what was loaded: pure, so every rule is testable without files.







/** A metric's current and baseline values: predictions first for the metrics datagate computes, else the files. */
function resolveSide(name, table, loaded) {
    const computed = loaded ? predictedMetric(loaded.predictions, name) : null;
    if (computed && 'fn' in computed) {
        const value = computed.fn(null);
        return { value: Number.isFinite(value) ? value : null, source: loaded?.predictions.file ?? '', fn: computed.fn };
    }
    const fromFile = table ? lookupMetric(table, name) : null;
    const why = computed && 'reason' in computed ? ` (${computed.reason})` : '';
    const source = table?.source ?? loaded?.predictions.file ?? 'the metrics';
    return { value: fromFile, source: `${source}${why}` };
}
function metricRows(model, inputs) {
    const configured = Object.entries(model.metrics);
    if (configured.length > 0)
        return configured.map(([name, rule]) => ({ name, rule, gated: true }));
    // Nothing configured: show every metric the current side has, ungated, so the report still shows how they moved.
    const names = new Set(inputs.current ? [...inputs.current.values.keys(), ...inputs.current.invalid.keys()] : []);
    if (inputs.predictions) {
        for (const name of ['accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'log_loss', 'mae', 'mse', 'rmse', 'r2']) {
            const found = predictedMetric(inputs.predictions.current.predictions, name);
            if (found && 'fn' in found)
                names.add(name);
        }
    }
    return [...names].sort().map((name) => ({ name, rule: {}, gated: false }));
}
function evaluateModel(model, inputs) {
    const gates = [];
    const metrics = [];
    const pair = inputs.predictions;
    const hasBaseline = inputs.baseline !== null || (pair !== null && pair.baseline !== null);
    const rows = metricRows(model, inputs).map((row) => ({
        ...row,
        current: resolveSide(row.name, inputs.current, pair?.current ?? null),
        baseline: resolveSide(row.name, inputs.baseline, pair?.baseline ?? null),
    }));
    // Metrics computed from predictions on both sides get a delta interval, all from one bootstrap.
    const bootstrapped = rows.filter((row) => row.current.fn && row.baseline.fn && row.current.value !== null && row.baseline.value !== null);
    const intervals = new Map();
    if (pair) {
        const found = deltaIntervals(pair, bootstrapped.map((row) => ({ current: row.current.fn, baseline: row.baseline.fn })));
        found.forEach(({ low, high, method, resamples }, i) => {
            if (Number.isFinite(low) && Number.isFinite(high))
                intervals.set(bootstrapped[i].name, { low, high, method, resamples });
        });
    }
    for (const { name, rule, gated, current, baseline } of rows) {
        const input = {
            model: model.name, name, direction: directionOf(name, rule.direction),
            current: current.value, currentSource: current.source,
            baseline: !hasBaseline ? { state: 'none' } : baseline.value === null ? { state: 'missing' } : { state: 'present', value: baseline.value },
            interval: intervals.get(name) ?? null,
        };
        const { gate, result } = (0,metric/* evaluateMetric */.Q)(rule, input);
        metrics.push(result);
        if (gated)
            gates.push(gate);
    }
    let segments;
    if (model.segments && inputs.segments) {
        const direction = directionOf(model.segments.metric, model.segments.direction);
        const baselineGap = inputs.segments.baseline ? (0,segment/* summariseSegments */.rN)({ model: model.name, metric: model.segments.metric, direction, segments: inputs.segments.baseline }).gap : null;
        const evaluated = (0,segment/* evaluateSegments */.wB)(model.segments, { model: model.name, metric: model.segments.metric, direction, segments: inputs.segments.current, baselineGap });
        segments = evaluated.summary;
        gates.push(...evaluated.gates);
    }
    if (model.latency && inputs.latency) {
        const latencyGates = (0,src_gates/* evaluateGate */.DR)('latency', model.latency, { model: model.name, label: inputs.latency.label, source: inputs.latency.source, observed: inputs.latency.observed });
        gates.push(...latencyGates);
        for (const q of latency/* LATENCY_PERCENTILES */.Sv) {
            const value = inputs.latency.observed[q];
            const gate = latencyGates.find((g) => g.id.endsWith(`.${q}`));
            if (value === undefined && !gate)
                continue;
            metrics.push({ name: `latency.${q}`, baseline: null, current: value ?? null, delta: null, direction: 'lower', status: gate?.status ?? 'pass' });
        }
    }
    const report = { name: model.name, status: worstStatus(gates), metrics, ...(segments ? { segments } : {}) };
    return { report, gates };
}
function worstStatus(gates) {
    if (gates.some((gate) => gate.status === 'fail'))
        return 'fail';
    return gates.some((gate) => gate.status === 'warn') ? 'warn' : 'pass';
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/models/load/text.ts
// Reading small whole files (metrics, segment maps) and telling their kind from the name.






function metricsFormat(file, source) {
    const extension = external_node_path_default().extname(file).toLowerCase();
    if (extension === '.json')
        return 'json';
    if (extension === '.yaml' || extension === '.yml')
        return 'yaml';
    if (extension === '.csv' || extension === '.txt')
        return 'csv';
    if (extension === '.tsv' || extension === '.tab')
        return 'tsv';
    throw new errors/* UserError */.yo([{ file: source, message: 'cannot tell the metrics format from the extension; use .json, .yaml, .yml, .csv or .tsv' }]);
}
async function readWholeFile(file, source) {
    try {
        return await external_node_fs_.promises.readFile(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new errors/* UserError */.yo([{ file: source, message: code === 'ENOENT' ? 'no such file' : `cannot read: ${error.message}` }]);
    }
}
/** A JSON or YAML document, parsed; YAML's own errors carry the line. */
async function readDocument(file, source, format) {
    const text = await readWholeFile(file, source);
    if (format === 'json')
        return parseJson(text, source);
    try {
        return (0,dist.parse)(text);
    }
    catch (error) {
        const line = error.linePos?.[0]?.line;
        throw new errors/* UserError */.yo([{ file: source, line, message: `invalid YAML: ${(0,parseErrors/* clipQuote */.np)(error.message)}` }]);
    }
}

// EXTERNAL MODULE: ./src/profile/values.ts + 1 modules
var profile_values = __webpack_require__(45373);
;// CONCATENATED MODULE: ./src/models/load/table.ts
// Rows of a small CSV/TSV file as records of text, through the shared streaming readers.



/** The whole file in memory: only for files of metrics, a handful of rows. */
async function readTextTable(file, source, format) {
    const table = { columns: [], rows: [] };
    try {
        for await (const batch of (0,readers.readBatches)([file], { format }, () => undefined)) {
            for (const name of batch.columns)
                if (!table.columns.includes(name))
                    table.columns.push(name);
            for (let r = 0; r < batch.length; r++) {
                const cells = {};
                batch.columns.forEach((name, c) => { cells[name] = (0,profile_values/* cellText */.Ie)(batch.data[c][r]); });
                table.rows.push({ row: batch.firstRow + r, line: batch.lines?.[r], cells });
            }
        }
    }
    catch (error) {
        // The readers name the absolute path; say the file as the user wrote it.
        if (error instanceof errors/* UserError */.yo)
            throw new errors/* UserError */.yo(error.problems.map((problem) => ({ ...problem, file: source })));
        throw error;
    }
    return table;
}

;// CONCATENATED MODULE: ./src/models/load/metricsFile.ts
// Loads a metrics file (JSON, YAML, CSV/TSV) into a flat table of dotted paths → numbers.





const NAME_COLUMNS = ['metric', 'name', 'key'];
const VALUE_COLUMNS = ['value', 'score'];
/**
 * JSON or YAML: nested objects addressed by dotted path (DVC's metrics.json, dvclive, MLflow
 * exports). CSV/TSV: `metric,value` rows, or a single row with one column per metric.
 */
async function loadMetricsFile(file, source) {
    const format = metricsFormat(file, source);
    if (format === 'json' || format === 'yaml')
        return flattenMetrics(await readDocument(file, source, format), source);
    return metricsFromTable(await readTextTable(file, source, format), source);
}
function metricsFromTable(table, source) {
    const metrics = { source, values: new Map(), invalid: new Map() };
    const lower = table.columns.map((column) => column.trim().toLowerCase());
    const nameIndex = lower.findIndex((column) => NAME_COLUMNS.includes(column));
    const valueIndex = lower.findIndex((column) => VALUE_COLUMNS.includes(column));
    if (table.columns.length === 2 && nameIndex >= 0 && valueIndex >= 0) {
        const nameColumn = table.columns[nameIndex];
        const valueColumn = table.columns[valueIndex];
        for (const { cells, line, row } of table.rows) {
            const name = cells[nameColumn].trim();
            if (name === '')
                throw new errors/* UserError */.yo([{ file: source, line, row, message: `empty ${nameColumn}` }]);
            if (metrics.values.has(name) || metrics.invalid.has(name))
                throw new errors/* UserError */.yo([{ file: source, line, row, message: `metric ${(0,parseErrors/* quoted */.TL)(name)} appears twice` }]);
            addMetric(metrics, name, cells[valueColumn]);
        }
        return metrics;
    }
    if (table.rows.length !== 1) {
        throw new errors/* UserError */.yo([{
                file: source,
                message: `expected \`metric,value\` rows or a single row of metrics, found ${table.rows.length} rows of ${table.columns.length} columns (per-segment metrics belong under segments:)`,
            }]);
    }
    for (const column of table.columns)
        addMetric(metrics, column, table.rows[0].cells[column]);
    return metrics;
}

;// CONCATENATED MODULE: ./src/models/load/latencyFile.ts
// Loads latency: percentiles already computed (a metrics file with p50/p95/p99), or a file of
// per-request timings (a CSV/TSV/JSONL/Parquet column, or a JSON array) whose percentiles
// datagate computes as numpy.percentile does.










async function loadLatency(file, source, column) {
    const extension = external_node_path_default().extname(file.replace(/\.gz$/i, '')).toLowerCase();
    if (extension === '.json' || extension === '.yaml' || extension === '.yml') {
        return fromDocument(await readDocument(file, source, extension === '.json' ? 'json' : 'yaml'), source, column);
    }
    const format = formatOf(extension, source);
    const timings = await readTimings(file, source, column, format);
    if (timings === null)
        return fromTable(metricsFromTable(await readTextTable(file, source, format), source), column);
    return fromTimings(timings, source);
}
function formatOf(extension, source) {
    const formats = { '.csv': 'csv', '.txt': 'csv', '.tsv': 'tsv', '.tab': 'tsv', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.parquet': 'parquet', '.pq': 'parquet' };
    const format = formats[extension];
    if (!format)
        throw new errors/* UserError */.yo([{ file: source, message: 'cannot tell the latency file format; use .json, .yaml, .csv, .tsv, .jsonl or .parquet' }]);
    return format;
}
function fromTimings(timings, source) {
    if (timings.length === 0)
        throw new errors/* UserError */.yo([{ file: source, message: 'no timings' }]);
    const sorted = timings.sort();
    const observed = {};
    for (const q of latency/* LATENCY_PERCENTILES */.Sv)
        observed[q] = percentile(sorted, Number(q.slice(1)));
    return { observed, count: timings.length };
}
function fromDocument(document, source, column) {
    const list = Array.isArray(document) ? document : document?.[column];
    if (Array.isArray(list)) {
        const timings = new Float64Array(list.length);
        const problems = new errors/* ProblemList */.Ku(source, 'timings that are not numbers');
        list.forEach((item, index) => {
            const raw = item !== null && typeof item === 'object' ? item[column] : item;
            const parsed = parseMetricValue(raw);
            if ('problem' in parsed)
                problems.add({ file: source, path: `[${index}]`, message: `timing ${parsed.problem}` });
            else
                timings[index] = parsed.value;
        });
        problems.throwIfAny();
        return fromTimings(timings, source);
    }
    return fromTable(flattenMetrics(document, source), column);
}
/** p95 may be spelled `p95`, `p95_ms`, `<column>.p95`, `latency.p95`, `latency_p95`. */
function fromTable(table, column) {
    const observed = {};
    for (const q of latency/* LATENCY_PERCENTILES */.Sv) {
        for (const key of [q, `${q}_ms`, `${column}.${q}`, `${column}_${q}`, `latency.${q}`, `latency_${q}`, `latency.${q}_ms`, `latency_${q}_ms`]) {
            const value = lookupMetric(table, key);
            if (value !== null) {
                observed[q] = value;
                break;
            }
        }
    }
    return { observed };
}
/** The column's values as numbers; null when a CSV/TSV has no such column (then it is a metrics table). */
async function readTimings(file, source, column, format) {
    let timings = new Float64Array(1024);
    let count = 0;
    let first = true;
    const problems = new errors/* ProblemList */.Ku(source, 'timings that are not numbers');
    try {
        for await (const batch of (0,readers.readBatches)([file], { format }, () => undefined)) {
            const index = batch.columns.indexOf(column);
            if (index < 0) {
                if (first && (format === 'csv' || format === 'tsv'))
                    return null;
                throw new errors/* UserError */.yo([{ file: source, message: `no column "${column}" (columns: ${(0,parseErrors/* columnList */.hP)(batch.columns)}); set latency.column` }]);
            }
            first = false;
            const cells = batch.data[index];
            for (let r = 0; r < batch.length; r++) {
                const cell = cells[r];
                if (cell === null || cell === undefined || cell === '')
                    continue; // a missing timing is not a slow one
                const parsed = parseMetricValue(cell);
                if ('problem' in parsed) {
                    problems.add({ file: source, line: batch.lines?.[r], row: batch.firstRow + r, message: `${column} ${parsed.problem}` });
                    continue;
                }
                if (count === timings.length) {
                    const grown = new Float64Array(timings.length * 2);
                    grown.set(timings);
                    timings = grown;
                }
                timings[count++] = parsed.value;
            }
        }
        problems.throwIfAny();
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw new errors/* UserError */.yo(error.problems.map((problem) => ({ ...problem, file: source })));
        throw error;
    }
    return timings.subarray(0, count);
}

;// CONCATENATED MODULE: ./src/models/load/predictionsFile.ts
// Loads per-example predictions (CSV, TSV, JSONL, JSON, Parquet; a file, glob or folder of parts)
// into encoded arrays for the metrics and the bootstrap.





/** Text of a label as a class name: numbers canonical (1.0 → "1"), booleans lower case. */
function className(cell) {
    if (typeof cell === 'number')
        return String(cell);
    const text = (0,profile_values/* cellText */.Ie)(cell).trim();
    if (/^(true|false)$/i.test(text))
        return text.toLowerCase();
    const parsed = parseMetricValue(text);
    return 'value' in parsed ? String(parsed.value) : text;
}
async function loadPredictions(files, source, config) {
    const columns = await readColumns(files, source, config);
    const at = (i) => ({ file: source, row: columns.rows[i], line: columns.lines[i] });
    // Every bad row is reported, not the first (the first 20 named, the rest counted).
    const problems = new errors/* ProblemList */.Ku(source, 'rows with a problem');
    const number = (cells, name) => Float64Array.from(cells, (cell, i) => {
        const parsed = parseMetricValue(cell);
        if (!('problem' in parsed))
            return parsed.value;
        problems.add({ ...at(i), message: `${name} ${parsed.problem}` });
        return NaN;
    });
    const segments = columns.segment ? columns.segment.map((cell) => (0,profile_values/* cellText */.Ie)(cell)) : null;
    if (config.task === 'regression') {
        const data = { label: number(columns.label, config.label), prediction: number(columns.prediction, config.prediction) };
        problems.throwIfAny();
        return { predictions: { task: 'regression', file: source, data }, segments };
    }
    const labels = columns.label.map(className);
    const predicted = columns.prediction.map(className);
    labels.forEach((label, i) => {
        if (label === '')
            problems.add({ ...at(i), message: `${config.label} is empty` });
        if (predicted[i] === '')
            problems.add({ ...at(i), message: `${config.prediction} is empty` });
    });
    const score = columns.score ? number(columns.score, config.score) : null;
    problems.throwIfAny();
    const classSet = new Set([...labels, ...predicted]);
    const positiveName = positiveClass(classSet, config.positive);
    if (positiveName !== null)
        classSet.add(positiveName);
    const classes = [...classSet].sort();
    const index = new Map(classes.map((name, i) => [name, i]));
    const data = {
        classes,
        label: Int32Array.from(labels, (name) => index.get(name)),
        prediction: Int32Array.from(predicted, (name) => index.get(name)),
        positive: positiveName === null ? null : index.get(positiveName),
        score,
    };
    return { predictions: { task: 'classification', file: source, data }, segments };
}
/**
 * The configured positive class; else "1" or "true" when the labels are 0/1, −1/1 or
 * true/false (scikit-learn's rule); else null, and precision, recall and F1 are macro averages.
 */
function positiveClass(classes, configured) {
    if (configured !== undefined)
        return className(configured);
    const names = [...classes];
    if (names.every((name) => ['0', '1', '-1'].includes(name)))
        return '1';
    if (names.every((name) => name === 'true' || name === 'false'))
        return 'true';
    return null;
}
async function readColumns(files, source, config) {
    const wanted = { label: config.label, prediction: config.prediction, score: config.score, segment: config.segment };
    const columns = { label: [], prediction: [], score: config.score ? [] : null, segment: config.segment ? [] : null, rows: [], lines: [] };
    try {
        for await (const batch of (0,readers.readBatches)(files, {}, () => undefined)) {
            // Every missing column at once.
            const missing = [...new Set(Object.values(wanted))].filter((name) => name !== undefined && !batch.columns.includes(name));
            if (missing.length > 0)
                throw new errors/* UserError */.yo(missing.map((name) => ({ file: source, message: `no column "${name}" (columns: ${(0,parseErrors/* columnList */.hP)(batch.columns)})` })));
            const label = batch.columns.indexOf(wanted.label);
            const prediction = batch.columns.indexOf(wanted.prediction);
            const score = wanted.score ? batch.columns.indexOf(wanted.score) : -1;
            const segment = wanted.segment ? batch.columns.indexOf(wanted.segment) : -1;
            for (let r = 0; r < batch.length; r++) {
                columns.label.push(batch.data[label][r]);
                columns.prediction.push(batch.data[prediction][r]);
                if (columns.score)
                    columns.score.push(batch.data[score][r]);
                if (columns.segment)
                    columns.segment.push(batch.data[segment][r]);
                columns.rows.push(batch.firstRow + r);
                columns.lines.push(batch.lines?.[r]);
            }
        }
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw new errors/* UserError */.yo(error.problems.map((problem) => ({ ...problem, file: problem.file && files.includes(problem.file) && files.length === 1 ? source : problem.file })));
        throw error;
    }
    if (columns.label.length === 0)
        throw new errors/* UserError */.yo([{ file: source, message: 'no predictions (the file has no rows)' }]);
    return columns;
}

;// CONCATENATED MODULE: ./src/models/load/segmentsFile.ts
// Loads per-segment metrics: a JSON/YAML map segment → metrics, a list of records with a
// segment key, or a CSV/TSV with a segment column (wide: one column per metric; long:
// segment,metric,value).





async function loadSegmentsFile(file, source, metric, column = 'segment') {
    const format = metricsFormat(file, source);
    const segments = format === 'json' || format === 'yaml'
        ? segmentsFile_fromDocument(await readDocument(file, source, format), source, metric, column)
        : await segmentsFile_fromTable(file, source, format, metric, column);
    if (segments.length === 0)
        throw new errors/* UserError */.yo([{ file: source, message: 'no segments' }]);
    return segments;
}
function segmentsFile_fromDocument(document, source, metric, column) {
    const records = Array.isArray(document)
        ? document.map((record, index) => {
            const name = record !== null && typeof record === 'object' ? record[column] : undefined;
            if (name === undefined || name === null)
                throw new errors/* UserError */.yo([{ file: source, path: `[${index}]`, message: `record has no "${column}" key` }]);
            return [String(name), record];
        })
        : document !== null && typeof document === 'object' ? Object.entries(document) : [];
    if (!Array.isArray(document) && (document === null || typeof document !== 'object')) {
        throw new errors/* UserError */.yo([{ file: source, message: 'expected a map of segment → metrics or a list of records' }]);
    }
    return records.map(([name, metrics]) => {
        const value = lookupMetric(flattenMetrics(metrics, source), metric);
        // lookupMetric names the key as the metric alone; a segment's problem should name the segment too.
        if (value === null)
            throw new errors/* UserError */.yo([{ file: source, path: name, message: `segment "${name}" has no metric "${metric}"` }]);
        return { name, value };
    });
}
async function segmentsFile_fromTable(file, source, format, metric, column) {
    const table = await readTextTable(file, source, format);
    if (!table.columns.includes(column)) {
        throw new errors/* UserError */.yo([{ file: source, message: `no segment column "${column}" (columns: ${(0,parseErrors/* columnList */.hP)(table.columns)}); set segments.column` }]);
    }
    const long = table.columns.includes('metric') && table.columns.includes('value') && !table.columns.includes(metric);
    if (!long && !table.columns.includes(metric)) {
        throw new errors/* UserError */.yo([{ file: source, message: `no column "${metric}" (columns: ${(0,parseErrors/* columnList */.hP)(table.columns)})` }]);
    }
    const segments = [];
    const seen = new Set();
    const problems = new errors/* ProblemList */.Ku(source, 'rows with a problem');
    for (const { cells, line, row } of table.rows) {
        if (long && cells.metric.trim() !== metric)
            continue;
        const name = cells[column];
        const parsed = parseMetricValue(long ? cells.value : cells[metric]);
        if (seen.has(name))
            problems.add({ file: source, line, row, message: `segment ${(0,parseErrors/* quoted */.TL)(name)} appears twice` });
        else if ('problem' in parsed)
            problems.add({ file: source, line, row, message: `${metric} of segment ${(0,parseErrors/* quoted */.TL)(name)} ${parsed.problem}` });
        else
            segments.push({ name, value: parsed.value });
        seen.add(name);
    }
    problems.throwIfAny();
    if (long && segments.length === 0)
        throw new errors/* UserError */.yo([{ file: source, message: `no rows for metric "${metric}"` }]);
    return segments;
}

// EXTERNAL MODULE: ./src/workspace/index.ts
var workspace = __webpack_require__(40161);
;// CONCATENATED MODULE: ./src/models/index.ts
// Model gates' entry: load a model's metrics, predictions, segments and latency (current and
// baseline), then evaluate them. All file access for models starts here or in ./load.











/** A path or git/artifact spec: only the latter can also locate the baseline of another file. */
function inherited(own, model) {
    return own ?? (typeof model === 'object' ? model : undefined);
}
/** How a baseline is named in messages: the path, `metrics.json@base`, `metrics.json (artifact datagate)`. */
function baselineName(spec, currentPath) {
    if (typeof spec === 'string')
        return spec;
    if ('git' in spec)
        return `${spec.path ?? currentPath}@${spec.git}`;
    return `${currentPath} (artifact ${spec.artifact})`;
}
async function baselineFile(ctx, spec, currentPath) {
    if (spec === undefined)
        return null;
    const found = await ctx.resolveBaseline(spec, currentPath);
    return found === null ? null : { file: external_node_path_default().resolve(ctx.cwd, found), source: baselineName(spec, currentPath) };
}
async function predictionsFrom(pattern, cwd, source, config) {
    return loadPredictions(await (0,readers.resolveFiles)(pattern, cwd), source, config);
}
async function checkModel(model, ctx) {
    const at = (file) => (0,workspace.confinedRead)(ctx.workspace, external_node_path_default().resolve(ctx.cwd, file), file);
    const inputs = { current: null, baseline: null, predictions: null, segments: null, latency: null };
    if (model.current) {
        inputs.current = await loadMetricsFile(at(model.current), model.current);
        const baseline = await baselineFile(ctx, model.baseline, model.current);
        if (baseline)
            inputs.baseline = await loadMetricsFile(baseline.file, baseline.source);
    }
    const predictions = model.predictions;
    if (predictions) {
        (0,workspace.confinedRead)(ctx.workspace, external_node_path_default().resolve(ctx.cwd, predictions.current), predictions.current);
        const currentFiles = await (0,readers.resolveFiles)(predictions.current, ctx.cwd);
        for (const file of currentFiles)
            (0,workspace.confinedRead)(ctx.workspace, file, external_node_path_default().resolve(ctx.cwd, predictions.current) === file ? predictions.current : external_node_path_default().relative(ctx.cwd, file).split((external_node_path_default()).sep).join('/'));
        const current = await loadPredictions(currentFiles, predictions.current, predictions);
        const baseline = await baselineFile(ctx, inherited(predictions.baseline, model.baseline), predictions.current);
        inputs.predictions = {
            current,
            baseline: baseline ? await predictionsFrom(baseline.file, ctx.cwd, baseline.source, predictions) : null,
            resamples: predictions.bootstrap,
            seed: predictions.seed,
        };
    }
    const segments = model.segments;
    if (segments) {
        if (segments.current) {
            const baseline = await baselineFile(ctx, inherited(segments.baseline, model.baseline), segments.current);
            inputs.segments = {
                current: await loadSegmentsFile(at(segments.current), segments.current, segments.metric, segments.column),
                baseline: baseline ? await loadSegmentsFile(baseline.file, baseline.source, segments.metric, segments.column) : null,
            };
        }
        else if (inputs.predictions) {
            const { current, baseline } = inputs.predictions;
            inputs.segments = {
                current: segmentValues(current, segments.metric, current.predictions.file),
                baseline: baseline && baseline.segments ? segmentValues(baseline, segments.metric, baseline.predictions.file) : null,
            };
        }
        else {
            throw new errors/* UserError */.yo([{ path: `models.${model.name}.segments`, message: 'set segments.current (a per-segment metrics file) or predictions.segment' }]);
        }
    }
    if (model.latency) {
        const observation = await loadLatency(at(model.latency.current), model.latency.current, model.latency.column);
        inputs.latency = { ...observation, source: model.latency.current, label: observation.count === undefined ? 'latency' : model.latency.column };
    }
    return evaluateModel(model, inputs);
}

// EXTERNAL MODULE: ./src/compare/index.ts + 2 modules
var compare = __webpack_require__(51598);
;// CONCATENATED MODULE: ./src/run/baselineGates.ts
// What a dataset's baseline gives, the same for a file and a table: the schema diff and drift
// in the report and their gates, or one `skip` gate saying why there was nothing to compare.


function baselineGates(dataset, baseline, current, report) {
    if (!baseline) {
        return [{
                id: `${dataset.name}.baseline`,
                kind: 'baseline',
                dataset: dataset.name,
                status: 'skip',
                message: dataset.baseline
                    ? 'no baseline found yet (first run?): schema diff and drift skipped'
                    : 'no baseline configured: schema diff and drift skipped',
            }];
    }
    report.schema = (0,compare/* diffSchema */.VG)(baseline, current, dataset.schema);
    report.drift = (0,compare/* compareDrift */.pT)(baseline, current, dataset.drift);
    return [
        ...(0,src_gates/* evaluateGate */.DR)('schema', dataset.schema_changes, { dataset: dataset.name, diff: report.schema }),
        ...(0,src_gates/* evaluateGate */.DR)('drift', dataset.drift?.severity, { dataset: dataset.name, drift: report.drift }),
    ];
}

// EXTERNAL MODULE: ./src/config/connections.ts
var config_connections = __webpack_require__(25467);
// EXTERNAL MODULE: ./src/profile/index.ts
var profile = __webpack_require__(40733);
// EXTERNAL MODULE: ./src/profile/exact.ts + 2 modules
var profile_exact = __webpack_require__(16551);
// EXTERNAL MODULE: ./src/gates/rows.ts
var gates_rows = __webpack_require__(44595);
// EXTERNAL MODULE: ./src/gates/freshness.ts
var gates_freshness = __webpack_require__(6647);
// EXTERNAL MODULE: ./src/profile/dates.ts
var dates = __webpack_require__(81452);
// EXTERNAL MODULE: ./src/contract/rules.ts
var rules = __webpack_require__(44057);
// EXTERNAL MODULE: ./src/contract/violations.ts
var contract_violations = __webpack_require__(81968);
;// CONCATENATED MODULE: ./src/warehouse/dialect.ts
// Dialects: quoting and literals per engine. Everything from a config or the data that reaches
// SQL goes through these, never through string concatenation of raw names.
function doubleQuoted(name) {
    return `"${name.replaceAll('"', '""')}"`;
}
function backticked(name) {
    return `\`${name.replaceAll('\\', '\\\\').replaceAll('`', '\\`')}\``;
}
/** Spark SQL (Databricks) escapes a backtick in an identifier by doubling it; a backslash is plain there. */
function doubledBackticks(name) {
    return `\`${name.replaceAll('`', '``')}\``;
}
function singleQuoted(value) {
    return `'${value.replaceAll("'", "''")}'`;
}
/**
 * A literal for engines whose strings read backslash escapes (BigQuery, Databricks, Snowflake):
 * a raw backslash would escape the closing quote, and BigQuery refuses a raw line break.
 */
function backslashEscaped(value) {
    return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\n', '\\n').replaceAll('\r', '\\r')}'`;
}
/** Redshift's strings read backslash escapes too (its QUOTE_LITERAL doubles backslashes). */
function redshiftQuoted(value) {
    return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}
/** Splits `a.b.c` on dots outside double quotes or backticks (a doubled quote inside is one quote). */
function tableParts(name) {
    const parts = [];
    let current = '';
    let quote = null;
    for (let i = 0; i < name.length; i++) {
        const char = name[i];
        if (quote) {
            if (char === quote && name[i + 1] === quote) {
                current += char;
                i++;
            }
            else if (char === quote)
                quote = null;
            else
                current += char;
        }
        else if (char === '"' || char === '`')
            quote = char;
        else if (char === '.') {
            parts.push(current);
            current = '';
        }
        else
            current += char;
    }
    parts.push(current);
    return parts;
}
function dialectWith(engine, quote, literal = singleQuoted) {
    return {
        engine,
        quoteIdent: quote,
        quoteTable: (name) => tableParts(name).map(quote).join('.'),
        literal,
    };
}
const dialects = {
    postgres: dialectWith('postgres', doubleQuoted),
    redshift: dialectWith('redshift', doubleQuoted, redshiftQuoted),
    duckdb: dialectWith('duckdb', doubleQuoted),
    snowflake: dialectWith('snowflake', doubleQuoted, backslashEscaped),
    trino: dialectWith('trino', doubleQuoted),
    bigquery: dialectWith('bigquery', backticked, backslashEscaped),
    databricks: dialectWith('databricks', doubledBackticks, backslashEscaped),
};
function dialectOf(engine) {
    return dialects[engine];
}
/** The relation a dataset side reads: a quoted table, or the query as a subquery. */
function relationSql(dialect, source) {
    if (source.table !== undefined)
        return dialect.quoteTable(source.table);
    if (source.query !== undefined)
        return `(${source.query.trim().replace(/;\s*$/, '')}) AS datagate_source`;
    throw new Error('a table source needs `table` or `query`');
}
/** How a side is named in messages: `pg: analytics.orders` or `pg: query`. */
function sourceLabel(source) {
    return `${source.connection}: ${source.table ?? 'query'}`;
}

;// CONCATENATED MODULE: ./src/warehouse/catalog.ts
// A table's columns from the engine's catalog, read once per table in one statement: each
// column's name, the engine's type and its declared nullability (NOT NULL). The profile, the
// contract and the schema diff all read them here. A `query:` source has no catalog entry: its
// columns come from the result's metadata where the client has it. Types are mapped two ways:
// to the profile's types (a type datagate does not have — JSON, arrays, geometry, intervals,
// binary… — is listed, counted and not profiled, with the reason) and to the contract's kinds.


const INTEGER = /^(tinyint|smallint|mediumint|integer|int|bigint|int1|int2|int4|int8|int16|int32|int64|int128|hugeint|uhugeint|utinyint|usmallint|uinteger|ubigint|byteint|serial|smallserial|bigserial|long|short|byte)$/;
const catalog_NUMBER = /^(real|float|float4|float8|float32|float64|double|double precision|numeric|decimal|dec|number|bignumeric|bigdecimal|decfloat|money)$/;
const STRING = /^(text|varchar|character varying|char|character|bpchar|nchar|nvarchar|string|uuid|citext|name|enum|clob|tinytext|mediumtext|longtext)$/;
const TIMESTAMP = /^(timestamp|datetime|timestamptz|timestamp with time zone|timestamp without time zone|timestamp_ntz|timestamp_ltz|timestamp_tz|timestamp_s|timestamp_ms|timestamp_ns|smalldatetime|datetime2)$/;
/** Our type for the engine's type name, or why the column is not profiled. */
function columnTypeOf(engineType) {
    const raw = engineType.trim();
    const lower = raw.toLowerCase();
    if (/\[\]$|^array\b|^list\b|^array<|^list</.test(lower))
        return { type: 'list', notProfiled: `${raw}: lists are counted, not profiled value by value` };
    if (/^struct\b|^row\s*\(|^record\b|^object\b|^union\b/.test(lower))
        return { type: 'struct', notProfiled: `${raw}: structs are counted, not profiled value by value` };
    if (/^map\b/.test(lower))
        return { type: 'map', notProfiled: `${raw}: maps are counted, not profiled value by value` };
    // The base name: `numeric(10,2)` → numeric, `timestamp(3) with time zone` → timestamp with time zone.
    const base = lower.replace(/\s*\([^)]*\)/g, '').replace(/\s+/g, ' ').trim();
    const scale = /^(numeric|decimal|dec|number)\s*\(\s*\d+\s*,\s*(\d+)\s*\)/.exec(lower);
    if (scale)
        return { type: Number(scale[2]) === 0 ? 'integer' : 'number' };
    if (/^number\s*\(\s*\d+\s*\)$/.test(lower))
        return { type: 'integer' };
    if (INTEGER.test(base))
        return { type: 'integer' };
    if (catalog_NUMBER.test(base))
        return { type: 'number' };
    if (base === 'boolean' || base === 'bool' || base === 'logical')
        return { type: 'boolean' };
    if (STRING.test(base) || /^enum\b/.test(lower))
        return { type: 'string' };
    if (base === 'date')
        return { type: 'date' };
    if (TIMESTAMP.test(base))
        return { type: 'timestamp' };
    return { type: 'string', notProfiled: `${raw} is not a type datagate profiles: counted only` };
}
/** A catalog type name (any engine's spelling) as a contract kind; anything unknown is checked by its text. */
function kindOfCatalogType(type, scale) {
    const name = type.trim().toLowerCase();
    if (/\[\]$|^array\b|^_/.test(name))
        return 'list';
    if (/^(struct|record|row|object)\b/.test(name))
        return 'struct';
    if (/^map\b/.test(name))
        return 'map';
    if (/^(u?(tiny|small|big|huge)?int(eger)?\d*|int64|byteint|u?hugeint|serial|bigserial)$/.test(name))
        return 'integer';
    if (/^(numeric|decimal|number|bignumeric|bigdecimal)\b/.test(name)) {
        const written = /,\s*(\d+)\s*\)/.exec(name);
        const digits = written ? Number(written[1]) : scale;
        return digits === 0 ? 'integer' : 'number';
    }
    if (/^(real|float\d*|double( precision)?|float64)$/.test(name))
        return 'number';
    if (/^bool(ean)?$/.test(name))
        return 'boolean';
    if (name === 'date')
        return 'date';
    if (/^(timestamp|datetime)/.test(name))
        return 'timestamp';
    return 'text';
}
/**
 * One table's columns in order, in one statement. Rows: `name`, `type`, `nullable` (`YES`/`NO`,
 * or a boolean), `scale`. PostgreSQL reads pg_attribute, whose format_type keeps a type's
 * modifiers and array brackets (information_schema says `numeric` and `ARRAY`) and whose
 * to_regclass follows the search path; the other engines read their information_schema.
 */
function catalogSql(dialect, table) {
    const parts = tableParts(table);
    const name = parts[parts.length - 1];
    const schema = parts.length >= 2 ? parts[parts.length - 2] : undefined;
    const catalog = parts.length >= 3 ? parts[parts.length - 3] : undefined;
    const alias = (column, as) => `${column} AS ${dialect.quoteIdent(as)}`;
    if (dialect.engine === 'postgres') {
        const relation = dialect.literal(dialect.quoteTable(table));
        return `SELECT ${alias('attname', 'name')}, ${alias('format_type(atttypid, atttypmod)', 'type')}, ${alias('NOT attnotnull', 'nullable')}, ${alias('NULL', 'scale')}`
            + ` FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass(${relation}) AND attnum > 0 AND NOT attisdropped ORDER BY attnum`;
    }
    const select = `SELECT ${alias('column_name', 'name')}, ${alias('data_type', 'type')}, ${alias('is_nullable', 'nullable')}`;
    if (dialect.engine === 'bigquery') {
        // BigQuery's catalog lives per dataset, which an unqualified name leaves to the job's default.
        // `project.dataset` quoted as one path, as BigQuery's own examples write it.
        const dataset = parts.length > 1 ? dialect.quoteIdent(parts.slice(0, -1).join('.')) : '';
        const from = `${dataset ? `${dataset}.` : ''}INFORMATION_SCHEMA.COLUMNS`;
        return `${select}, ${alias('NULL', 'scale')} FROM ${from} WHERE table_name = ${dialect.literal(name)} ORDER BY ordinal_position`;
    }
    const currentSchema = dialect.engine === 'trino' ? 'current_schema' : 'current_schema()';
    // DuckDB lists every attached database's tables: an unqualified name is the current one's.
    const currentCatalog = dialect.engine === 'duckdb' ? 'current_database()' : undefined;
    const where = [
        `table_name = ${dialect.literal(name)}`,
        `table_schema = ${schema === undefined ? currentSchema : dialect.literal(schema)}`,
        ...(catalog !== undefined ? [`table_catalog = ${dialect.literal(catalog)}`] : currentCatalog !== undefined ? [`table_catalog = ${currentCatalog}`] : []),
    ];
    return `${select}, ${alias('numeric_scale', 'scale')} FROM information_schema.columns WHERE ${where.join(' AND ')} ORDER BY ordinal_position`;
}
/** `YES`/`NO` (information_schema), a boolean (pg_attribute), anything else unknown. */
function nullableOf(value) {
    if (typeof value === 'boolean')
        return value;
    const text = typeof value === 'string' ? value.trim().toUpperCase() : '';
    if (text === 'YES' || text === 'TRUE')
        return true;
    if (text === 'NO' || text === 'FALSE')
        return false;
    return undefined;
}
/** A catalog row, whatever case the engine gives its column names in (Snowflake: upper). */
function field(row, name) {
    return row[name] ?? row[name.toUpperCase()];
}
/**
 * The columns of a source, in order: a table's from the catalog (one statement; a table the
 * catalog does not know is the user's mistake, exit 2), a query's from the result's metadata
 * (DuckDB and PostgreSQL describe it without reading a row) or, where the client cannot describe,
 * from one row's names, each then checked by its text as a file's would be.
 */
async function catalogColumns(client, dialect, source) {
    if (source.table === undefined)
        return queryColumns(client, dialect, source);
    const rows = await client.query(catalogSql(dialect, source.table));
    if (rows.length === 0) {
        // Not in the catalog: let the engine say why in its own words (no such table, no such
        // schema, no permission), which the run's connection turns into the user's message. Only a
        // table it can read and not see in the catalog gets ours.
        const missing = `${sourceLabel(source)}: no such table (or no permission to see its columns)`;
        try {
            await client.query(`SELECT * FROM ${relationSql(dialect, source)} WHERE 1 = 0`);
        }
        catch (error) {
            if (error instanceof errors/* UserError */.yo)
                throw error;
            throw new errors/* UserError */.yo(`${missing} (${error.message.split('\n')[0]})`);
        }
        throw new errors/* UserError */.yo(missing);
    }
    return rows.map((row) => {
        const type = String(field(row, 'type'));
        const rawScale = field(row, 'scale');
        const scale = rawScale === null || rawScale === undefined ? null : Number(rawScale);
        const column = { name: String(field(row, 'name')), type, kind: kindOfCatalogType(type, scale) };
        const nullable = nullableOf(field(row, 'nullable'));
        if (nullable !== undefined)
            column.nullable = nullable;
        return column;
    });
}
async function queryColumns(client, dialect, source) {
    const relation = relationSql(dialect, source);
    if (client.describe) {
        const described = await client.describe(`SELECT * FROM ${relation}`);
        return described.map(({ name, type }) => ({ name, type, kind: kindOfCatalogType(type) }));
    }
    const [first] = await client.query(`SELECT * FROM ${relation} LIMIT 1`);
    return Object.keys(first ?? {}).map((name) => ({ name, type: 'unknown', kind: 'unknown' }));
}
/** A catalog column as the profile reads it: datagate's type, or why it is not profiled. */
function sqlColumnOf(column) {
    const mapped = columnTypeOf(column.type);
    const sql = { name: column.name, type: mapped.type, engineType: column.type };
    if (mapped.notProfiled !== undefined)
        sql.notProfiled = mapped.notProfiled;
    return sql;
}

// EXTERNAL MODULE: ./src/report/severity.ts
var report_severity = __webpack_require__(59179);
;// CONCATENATED MODULE: ./src/contract/extraColumns.ts
// The `allow_extra_columns: false` gate, one definition for files (validator.ts) and tables
// (src/warehouse/contract.ts): the columns seen beyond those the contract names.

function extraColumnsResult(dataset, columns) {
    const schema = dataset.schema;
    if (!schema || schema.allow_extra_columns !== false)
        return undefined;
    const known = new Set([...Object.keys(schema.columns), ...(schema.required ?? [])]);
    const extra = columns.filter((name) => !known.has(name));
    const severity = schema.severity ?? 'error';
    return {
        id: `${dataset.name}.contract.extra_columns`, kind: 'contract', dataset: dataset.name, severity,
        status: extra.length > 0 ? (0,report_severity/* violated */.b)(severity) : 'pass',
        message: extra.length > 0
            ? `${extra.length} column${extra.length > 1 ? 's' : ''} not in the contract: ${extra.map((name) => JSON.stringify(name)).join(', ')}`
            : 'no columns beyond the contract',
        observed: extra, expected: [...known],
        count: extra.length,
    };
}

;// CONCATENATED MODULE: ./src/warehouse/contractResults.ts
// A table's contract results from counts the engine returned: a column's rules worded by
// src/contract/columnResults.ts, as ColumnCheck words a file's; the required column and compound
// key results as ContractValidator gives them (the warehouse parity tests hold the two together).


function presentResult(dataset, name, severity) {
    return {
        id: `${dataset}.contract.${name}.required`, kind: 'contract', dataset, column: name,
        status: 'pass', severity, message: `${JSON.stringify(name)} is present`, observed: 'present', expected: 'present',
    };
}
/** A contract column the table lacks: a failure when required, else its rules are skipped. */
function absentResult(dataset, name, isRequired, severity, where, guess = '') {
    return {
        id: `${dataset}.contract.${name}.required`, kind: 'contract', dataset, column: name, severity,
        status: isRequired ? (0,report_severity/* violated */.b)(severity) : 'skip',
        message: isRequired
            ? `column ${JSON.stringify(name)} is missing from ${where}${guess}`
            : `optional column ${JSON.stringify(name)} is absent from ${where}: its rules did not run${guess}`,
        observed: 'missing', expected: isRequired ? 'present' : 'optional',
    };
}
function compoundUniqueResult(dataset, columns, severity, tally) {
    const label = columns.join('+');
    const base = { id: `${dataset}.contract.${label}.unique`, kind: 'contract', dataset, column: label, severity };
    const { missing, violations, keys } = tally;
    if (missing.length > 0) {
        return {
            ...base, status: (0,report_severity/* violated */.b)(severity),
            message: `unique key (${columns.join(', ')}): column${missing.length > 1 ? 's' : ''} ${missing.map((name) => JSON.stringify(name)).join(', ')} missing from the data`,
            observed: `missing: ${missing.join(', ')}`, expected: columns,
        };
    }
    const duplicates = violations.count;
    return {
        ...base,
        status: duplicates > 0 ? (0,report_severity/* violated */.b)(severity) : 'pass',
        message: duplicates > 0
            ? `unique key (${columns.join(', ')}): ${duplicates} duplicate ${duplicates === 1 ? 'row' : 'rows'}`
            : `unique key (${columns.join(', ')}): all ${keys} keys unique`,
        observed: duplicates, expected: 0, count: duplicates,
        ...(duplicates > 0 ? { examples: violations.examples } : {}),
    };
}

// EXTERNAL MODULE: ./src/report/percent.ts
var percent = __webpack_require__(23747);
;// CONCATENATED MODULE: ./src/contract/columnResults.ts
// The wording of a contract column's results, for files (ColumnCheck) and tables
// (src/warehouse/contract.ts) alike: ids, statuses, messages, observed and expected values from
// what was counted, so a table and its CSV export read the same (the warehouse parity tests).


/** One result per rule that ran, in COLUMN_RULES order (`required` is the caller's). */
function columnResults(dataset, name, rule, severity, tally, rows) {
    const out = [];
    const quoted = JSON.stringify(name);
    const result = (ruleName, violations, parts) => {
        const bad = parts.violated ?? violations.count > 0;
        return {
            id: `${dataset}.contract.${name}.${ruleName}`, kind: 'contract', dataset, column: name,
            status: bad ? (0,report_severity/* violated */.b)(severity) : 'pass', severity,
            message: bad ? parts.fail : parts.pass,
            ...(parts.observed !== undefined ? { observed: parts.observed } : {}),
            expected: parts.expected,
            count: violations.count,
            ...(bad ? { examples: violations.examples } : {}),
        };
    };
    if (tally.type) {
        const { violations, kinds } = tally.type;
        const types = [...kinds].sort();
        out.push(result('type', violations, {
            observed: types.length > 0 ? types.join(', ') : rule.type, expected: rule.type,
            fail: `${quoted}: ${violations.count} ${plural(violations.count, 'value')} not of type ${rule.type} (found ${types.join(', ')})`,
            pass: `${quoted}: every value is of type ${rule.type}`,
        }));
    }
    const nulls = tally.nulls;
    if (rule.nullable === false) {
        out.push(result('nullable', nulls, {
            observed: nulls.count, expected: 0,
            fail: `${quoted}: ${nulls.count} null ${plural(nulls.count, 'value')}, none allowed`,
            pass: `${quoted}: no nulls`,
        }));
    }
    if (rule.max_null_fraction !== undefined) {
        const fraction = rows === 0 ? 0 : nulls.count / rows;
        out.push(result('max_null_fraction', nulls, {
            observed: fraction, expected: rule.max_null_fraction, violated: fraction > rule.max_null_fraction,
            fail: `${quoted}: ${(0,percent/* percentOf */.p)(fraction)} nulls (${nulls.count} of ${rows}) > ${(0,percent/* percentOf */.p)(rule.max_null_fraction)}`,
            pass: `${quoted}: ${(0,percent/* percentOf */.p)(fraction)} nulls ≤ ${(0,percent/* percentOf */.p)(rule.max_null_fraction)}`,
        }));
    }
    if (tally.unique) {
        const duplicates = tally.unique.violations.count;
        out.push(result('unique', tally.unique.violations, {
            observed: duplicates, expected: 0,
            fail: `${quoted}: ${duplicates} duplicate ${plural(duplicates, 'value')}`,
            pass: `${quoted}: all ${tally.unique.distinct} values unique`,
        }));
    }
    for (const [ruleName, check, limit] of [['min', tally.min, rule.min], ['max', tally.max, rule.max]]) {
        if (!check || limit === undefined)
            continue;
        const observed = check.extreme === undefined ? undefined : showBound(check.bound.kind, check.extreme);
        const word = ruleName === 'min' ? 'below' : 'above';
        const extremeWord = ruleName === 'min' ? 'lowest' : 'highest';
        out.push(result(ruleName, check.violations, {
            observed, expected: limit,
            fail: `${quoted}: ${check.violations.count} ${plural(check.violations.count, 'value')} ${word} ${ruleName} ${limit} (${extremeWord} ${observed})`,
            pass: `${quoted}: ${extremeWord} value ${observed ?? '(none)'} within ${ruleName} ${limit}`,
        }));
    }
    if (tally.allowed) {
        const { violations, values } = tally.allowed;
        out.push(result('allowed', violations, {
            observed: values, expected: rule.allowed,
            fail: `${quoted}: ${violations.count} ${plural(violations.count, 'value')} not allowed (${values.map((value) => JSON.stringify(value)).join(', ')})`,
            pass: `${quoted}: every value is allowed`,
        }));
    }
    if (tally.pattern) {
        const count = tally.pattern.count;
        out.push(result('pattern', tally.pattern, {
            observed: count, expected: rule.pattern,
            fail: `${quoted}: ${count} ${count === 1 ? 'value does' : 'values do'} not match /${rule.pattern}/`,
            pass: `${quoted}: every value matches /${rule.pattern}/`,
        }));
    }
    if (tally.minLength) {
        const { violations, shortest } = tally.minLength;
        out.push(result('min_length', violations, {
            observed: shortest, expected: rule.min_length,
            fail: `${quoted}: ${violations.count} ${plural(violations.count, 'value')} shorter than ${rule.min_length} (shortest ${shortest})`,
            pass: `${quoted}: shortest value ${shortest ?? '(none)'} ≥ ${rule.min_length} characters`,
        }));
    }
    if (tally.maxLength) {
        const { violations, longest } = tally.maxLength;
        out.push(result('max_length', violations, {
            observed: longest, expected: rule.max_length,
            fail: `${quoted}: ${violations.count} ${plural(violations.count, 'value')} longer than ${rule.max_length} (longest ${longest})`,
            pass: `${quoted}: longest value ${longest ?? '(none)'} ≤ ${rule.max_length} characters`,
        }));
    }
    return out;
}
function showBound(kind, value) {
    return kind === 'number' ? value : new Date(value).toISOString();
}
function plural(count, word) {
    return count === 1 ? word : `${word}s`;
}

;// CONCATENATED MODULE: ./src/warehouse/finite.ts
// NaN and ±Infinity stored in a float (or PostgreSQL numeric) column are not values: datagate reads
// them as null, as the file profiler reads Parquet's and Arrow's NaN (pandas' missing float) and
// as a CSV export reads with `null_values: [NaN, Infinity, -Infinity]` (PostgreSQL writes those
// words; DuckDB `nan`, `inf`, `-inf`). One spelling for every engine: x − x is 0 for a finite x
// and NaN for NaN and ±Infinity, and NaN = 0 is false everywhere (PostgreSQL and DuckDB sort NaN
// above every number and call it equal to itself, but never to 0).
/** A numeric expression with NaN and ±Infinity turned into NULL. */
function finiteNumber(expression) {
    return `CASE WHEN ${expression} - ${expression} = 0 THEN ${expression} END`;
}
/**
 * The relation with its non-integer numeric columns read through `finiteNumber`, every column
 * under its own name; the relation itself when it has none.
 */
function finiteRelation(dialect, relation, columns) {
    if (!columns.some((column) => column.type === 'number'))
        return relation;
    const list = columns.map((column) => {
        const quoted = dialect.quoteIdent(column.name);
        return column.type === 'number' ? `${finiteNumber(quoted)} AS ${quoted}` : quoted;
    });
    return `(SELECT ${list.join(', ')} FROM ${relation}) AS datagate_finite`;
}

;// CONCATENATED MODULE: ./src/warehouse/regexSql.ts
// A contract pattern (JavaScript syntax, searched with RegExp#test as the file path does) rewritten
// for an engine's regex dialect, so that a table and its CSV export get the same verdict.
//
// Engines disagree exactly where JavaScript is loose: `.` and `\s` (PostgreSQL's `.` matches a
// newline, RE2's matches `\r`), `\d` and `\w` (Unicode digits and letters in some engines), `$`
// (Java's matches before a final newline), escapes and repetition limits. So the pattern is parsed
// and written out again with only what every dialect reads alike: literal characters (metacharacters
// escaped), bracket classes of single characters and ranges, plain groups, `|`, greedy quantifiers
// and the two anchors. `\d`, `\w`, `\s` and `.` become explicit classes. What has no such spelling
// (word boundaries, lookaround, backreferences, Unicode escapes, an astral character under a
// quantifier or in a class) is refused with a message that says why.
const hex = (code, width) => code.toString(16).toUpperCase().padStart(width, '0');
const flavors = {
    // PostgreSQL's advanced regular expressions: `\uXXXX` (exactly four digits), `$` is the end of the text.
    postgres: { char: (code) => `\\u${hex(code, 4)}`, end: '$', maxRepeat: 255 },
    redshift: { char: (code) => `\\u${hex(code, 4)}`, end: '$', maxRepeat: 255 },
    // RE2 (DuckDB, BigQuery): `\x{…}`; `$` without the m flag is the end of the text.
    duckdb: { char: (code) => `\\x{${hex(code, 2)}}`, end: '$', maxRepeat: 1000 },
    bigquery: { char: (code) => `\\x{${hex(code, 2)}}`, end: '$', maxRepeat: 1000 },
    // Java's syntax (Databricks' rlike, Trino): `$` also matches before a final line break, `\z` does not.
    databricks: { char: (code) => `\\x{${hex(code, 2)}}`, end: '\\z', maxRepeat: 1000 },
    trino: { char: (code) => `\\x{${hex(code, 2)}}`, end: '\\z', maxRepeat: 1000 },
    // Snowflake documents POSIX ERE with Perl's class escapes, no hexadecimal escape: the character itself.
    snowflake: { char: (code) => String.fromCharCode(code), end: '$', maxRepeat: 255 },
};
/** A pattern SQL cannot express with the file path's meaning; the message says why. */
class PatternNotTranslatable extends Error {
}
const DIGITS = [[48, 57]];
const WORD = [[65, 90], [97, 122], [48, 57], 95];
/** JavaScript's `\s`: ECMAScript WhiteSpace and LineTerminator. */
const SPACE = [[9, 13], 32, 0xa0, 0x1680, [0x2000, 0x200a], 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
/** What `.` does not match in JavaScript: the line terminators. */
const LINE_TERMINATORS = [10, 13, 0x2028, 0x2029];
const OUTSIDE_META = new Set('\\^$.|?*+()[]{}'.split(''));
const INSIDE_META = new Set('\\]-^['.split(''));
/** The regex text for `engine` that finds a match wherever the JavaScript `pattern` would. */
function translatePattern(pattern, engine) {
    return new Translator(pattern, flavors[engine]).run();
}
class Translator {
    pattern;
    flavor;
    at = 0;
    out = '';
    /** Whether the last thing written can take a quantifier, and whether it was an astral character. */
    quantifiable = false;
    lastAstral = false;
    constructor(pattern, flavor) {
        this.pattern = pattern;
        this.flavor = flavor;
    }
    run() {
        const { pattern } = this;
        while (this.at < pattern.length) {
            const char = pattern[this.at];
            if (char === '\\')
                this.escape();
            else if (char === '[')
                this.characterClass();
            else if (char === '(')
                this.group();
            else if (char === ')')
                this.emit(')', true);
            else if (char === '|')
                this.emit('|', false);
            else if (char === '^')
                this.emit('^', false);
            else if (char === '$')
                this.emit(this.flavor.end, false);
            else if (char === '.')
                this.emit(this.classText(LINE_TERMINATORS, true), true);
            else if (char === '*' || char === '+' || char === '?')
                this.quantifier(char, 1);
            else if (char === '{' && this.braceQuantifier())
                continue;
            else
                this.literal();
            if (char !== '\\' && char !== '[' && char !== '(')
                this.at++;
        }
        return this.out;
    }
    emit(text, quantifiable, astral = false) {
        this.out += text;
        this.quantifiable = quantifiable;
        this.lastAstral = astral;
    }
    refuse(why) {
        throw new PatternNotTranslatable(why);
    }
    literal() {
        const code = this.pattern.charCodeAt(this.at);
        if (code >= 0xd800 && code <= 0xdbff) {
            const low = this.pattern.charCodeAt(this.at + 1);
            if (low >= 0xdc00 && low <= 0xdfff) {
                this.emit(this.pattern.slice(this.at, this.at + 2), true, true);
                this.at++;
                return;
            }
        }
        if (code >= 0xd800 && code <= 0xdfff)
            this.refuse('a lone surrogate character has no SQL spelling');
        this.emit(this.charText(code, false), true);
    }
    charText(code, inClass) {
        const char = String.fromCharCode(code);
        if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029)
            return this.flavor.char(code);
        if ((inClass ? INSIDE_META : OUTSIDE_META).has(char))
            return `\\${char}`;
        return char;
    }
    classText(items, negated) {
        const body = items.map((item) => typeof item === 'number'
            ? this.charText(item, true)
            : `${this.charText(item[0], true)}-${this.charText(item[1], true)}`).join('');
        return `[${negated ? '^' : ''}${body}]`;
    }
    /** `*`, `+`, `?` (and a lazy `?` after them, dropped: it cannot change whether a match exists). */
    quantifier(text, length) {
        if (!this.quantifiable)
            this.refuse('a quantifier must follow something to repeat');
        if (this.lastAstral)
            this.refuse('a quantifier after a character outside the Basic Multilingual Plane repeats half of it in JavaScript; write the character in a group');
        this.out += text;
        this.at += length - 1;
        if (this.pattern[this.at + 1] === '?')
            this.at++;
        this.quantifiable = false;
    }
    /** `{n}`, `{n,}`, `{n,m}`; any other `{` is a literal brace, as JavaScript reads it. */
    braceQuantifier() {
        const match = /^\{(\d+)(,(\d*))?\}/.exec(this.pattern.slice(this.at));
        if (!match)
            return false;
        const counts = [match[1], match[3]].filter((count) => count !== undefined && count !== '').map(Number);
        if (counts.some((count) => count > this.flavor.maxRepeat)) {
            this.refuse(`a repetition count above ${this.flavor.maxRepeat} is more than this engine's regular expressions allow`);
        }
        this.quantifier(match[0], match[0].length);
        this.at++;
        return true;
    }
    group() {
        const rest = this.pattern.slice(this.at);
        if (rest.startsWith('(?:'))
            this.at += 3;
        else if (/^\(\?<[A-Za-z_$][\w$]*>/.test(rest))
            this.at += rest.indexOf('>') + 1;
        else if (rest.startsWith('(?'))
            this.refuse('lookahead and lookbehind have no equivalent in every engine');
        else
            this.at += 1;
        this.emit('(', false);
    }
    escape() {
        const next = this.pattern[this.at + 1];
        if (next === undefined)
            this.refuse('the pattern ends with a lone backslash');
        const set = classEscape(next);
        if (set) {
            this.emit(this.classText(set.items, set.negated), true);
            this.at += 2;
            return;
        }
        const code = this.characterEscape(this.at + 1);
        this.emit(this.charText(code.value, false), true);
        this.at = code.end;
    }
    /** A character escape starting after the backslash at `from`: its code and where it ends. */
    characterEscape(from, inClass = false) {
        const { pattern } = this;
        const letter = pattern[from];
        const simple = { n: 10, r: 13, t: 9, f: 12, v: 11, 0: 0 };
        if (inClass && letter === 'b')
            return { value: 8, end: from + 1 };
        if (letter in simple && !(letter === '0' && /[0-9]/.test(pattern[from + 1] ?? '')))
            return { value: simple[letter], end: from + 1 };
        const hexDigits = letter === 'x' ? 2 : letter === 'u' ? 4 : 0;
        if (hexDigits > 0) {
            const digits = pattern.slice(from + 1, from + 1 + hexDigits);
            if (new RegExp(`^[0-9A-Fa-f]{${hexDigits}}$`).test(digits)) {
                const value = parseInt(digits, 16);
                if (value >= 0xd800 && value <= 0xdfff)
                    this.refuse('a surrogate escape has no SQL spelling');
                return { value, end: from + 1 + hexDigits };
            }
        }
        if (letter === 'b' || letter === 'B')
            this.refuse('word boundaries (\\b, \\B) differ between engines; use (^|[^A-Za-z0-9_]) and ([^A-Za-z0-9_]|$) instead');
        if (/[1-9]/.test(letter))
            this.refuse('backreferences have no equivalent in every engine');
        if (/[A-Za-z0-9]/.test(letter))
            this.refuse(`the escape \\${letter} has no portable SQL spelling`);
        const code = letter.charCodeAt(0);
        if (code >= 0xd800 && code <= 0xdfff)
            this.refuse('an escaped character outside the Basic Multilingual Plane has no SQL spelling');
        return { value: code, end: from + 1 };
    }
    characterClass() {
        const { pattern } = this;
        let at = this.at + 1;
        const negated = pattern[at] === '^';
        if (negated)
            at++;
        const items = [];
        const single = () => {
            const char = pattern[at];
            if (char === '\\') {
                const next = pattern[at + 1];
                if (next === undefined)
                    this.refuse('the pattern ends with a lone backslash');
                const set = classEscape(next);
                if (set) {
                    if (set.negated)
                        this.refuse(`\\${next} inside a character class has no portable SQL spelling`);
                    at += 2;
                    return set.items;
                }
                const code = this.characterEscape(at + 1, true);
                at = code.end;
                return code.value;
            }
            const code = char.charCodeAt(0);
            if (code >= 0xd800 && code <= 0xdfff)
                this.refuse('a character outside the Basic Multilingual Plane in a character class matches half of it in JavaScript; use an alternation');
            at++;
            return code;
        };
        while (at < pattern.length && pattern[at] !== ']') {
            const first = single();
            if (pattern[at] === '-' && pattern[at + 1] !== undefined && pattern[at + 1] !== ']') {
                at++;
                const last = single();
                if (typeof first !== 'number' || typeof last !== 'number')
                    this.refuse('a range with a class escape (\\d, \\w, \\s) at one end has no portable SQL spelling');
                items.push([first, last]);
            }
            else if (typeof first === 'number')
                items.push(first);
            else
                items.push(...first);
        }
        if (at >= pattern.length)
            this.refuse('unterminated character class');
        if (items.length === 0)
            this.refuse(negated ? '[^] (any character) has no portable SQL spelling; use (.|\\n)' : '[] matches nothing');
        this.at = at + 1;
        this.emit(this.classText(items, negated), true);
    }
}
function classEscape(letter) {
    switch (letter) {
        case 'd': return { items: DIGITS, negated: false };
        case 'D': return { items: DIGITS, negated: true };
        case 'w': return { items: WORD, negated: false };
        case 'W': return { items: WORD, negated: true };
        case 's': return { items: SPACE, negated: false };
        case 'S': return { items: SPACE, negated: true };
        default: return undefined;
    }
}

;// CONCATENATED MODULE: ./src/warehouse/contractSql.ts
// The SQL expressions a contract rule needs, per dialect: a value's text, its kind as the file
// path would classify that text, its number or time, null tests, regex search. Pure string
// building; every name goes through `quoteIdent` and every value through `literal`.


const postgresLike = (textType) => ({
    text: (expr) => `CAST(${expr} AS ${textType})`,
    length: (expr) => `CHAR_LENGTH(${expr})`,
    search: (expr, regex) => `(${expr} ~ ${regex})`,
    epochMs: (expr) => `(EXTRACT(EPOCH FROM ${expr}) * 1000)`,
    // NUMERIC: a text like 1e999 is a number to JavaScript (Infinity) and would overflow a double.
    number: (expr) => `CAST(${expr} AS NUMERIC)`,
    timestamp: (expr) => `CAST(${expr} AS TIMESTAMP)`,
});
const functions = {
    postgres: postgresLike('TEXT'),
    redshift: postgresLike('VARCHAR'),
    duckdb: {
        text: (expr) => `CAST(${expr} AS VARCHAR)`,
        length: (expr) => `LENGTH(${expr})`,
        search: (expr, regex) => `REGEXP_MATCHES(${expr}, ${regex})`,
        epochMs: (expr, kind) => kind === 'date' ? `EPOCH_MS(CAST(${expr} AS TIMESTAMP))` : `EPOCH_MS(${expr})`,
        number: (expr) => `TRY_CAST(${expr} AS DOUBLE)`,
        timestamp: (expr) => `TRY_CAST(${expr} AS TIMESTAMP)`,
    },
    bigquery: {
        text: (expr) => `CAST(${expr} AS STRING)`,
        length: (expr) => `CHAR_LENGTH(${expr})`,
        search: (expr, regex) => `REGEXP_CONTAINS(${expr}, ${regex})`,
        epochMs: (expr) => `UNIX_MILLIS(TIMESTAMP(${expr}))`,
        number: (expr) => `SAFE_CAST(${expr} AS FLOAT64)`,
        timestamp: (expr) => `SAFE_CAST(${expr} AS DATETIME)`,
    },
    snowflake: {
        text: (expr) => `CAST(${expr} AS VARCHAR)`,
        length: (expr) => `LENGTH(${expr})`,
        // REGEXP_LIKE matches the whole text; REGEXP_INSTR searches, as RegExp#test does.
        search: (expr, regex) => `(REGEXP_INSTR(${expr}, ${regex}) > 0)`,
        epochMs: (expr) => `DATE_PART(EPOCH_MILLISECOND, ${expr})`,
        number: (expr) => `TRY_CAST(${expr} AS DOUBLE)`,
        timestamp: (expr) => `TRY_CAST(${expr} AS TIMESTAMP_NTZ)`,
    },
    trino: {
        text: (expr) => `CAST(${expr} AS VARCHAR)`,
        length: (expr) => `LENGTH(${expr})`,
        search: (expr, regex) => `REGEXP_LIKE(${expr}, ${regex})`,
        epochMs: (expr) => `(TO_UNIXTIME(WITH_TIMEZONE(CAST(${expr} AS TIMESTAMP), 'UTC')) * 1000)`,
        number: (expr) => `TRY_CAST(${expr} AS DOUBLE)`,
        timestamp: (expr) => `TRY_CAST(${expr} AS TIMESTAMP)`,
    },
    databricks: {
        text: (expr) => `CAST(${expr} AS STRING)`,
        length: (expr) => `CHAR_LENGTH(${expr})`,
        search: (expr, regex) => `(${expr} RLIKE ${regex})`,
        epochMs: (expr) => `UNIX_MILLIS(CAST(${expr} AS TIMESTAMP))`,
        // The text is known to spell a number; Hive's grammar (the stand-in parser for tests) has no TRY_CAST.
        number: (expr) => `CAST(${expr} AS DOUBLE)`,
        timestamp: (expr) => `TRY_CAST(${expr} AS TIMESTAMP)`,
    },
};
/**
 * The kinds `classifyText` (src/profile/values.ts) gives a text, as patterns: integer, number,
 * boolean, ISO date, ISO timestamp (with and without a zone). Checked in this order, as it does.
 */
const DATE = '[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])';
const TIME = '[T ](([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?|24:00(:00(\\.(0|00|000[0-9]*))?)?)';
/**
 * Calendar dates an engine's cast accepts: day 29–31 only where the month has it (leap years by the
 * Gregorian rule), no year 0. JavaScript rolls 2023-02-31 over to March; SQL reads no time from it
 * rather than failing the whole query on a cast.
 */
const YEAR = '([0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)';
const LEAP_YEAR = '([0-9]{2}(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)';
const CALENDAR_DATE = `(${YEAR}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])|${YEAR}-(0[13-9]|1[0-2])-(29|30)|${YEAR}-(0[13578]|1[02])-31|${LEAP_YEAR}-02-29)`;
const CASTABLE_TIME = '[T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?';
const TEXT_KINDS = {
    integer: '^[+-]?[0-9]+$',
    number: '^[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?$',
    boolean: '^(true|True|TRUE|false|False|FALSE)$',
    date: `^${DATE}$`,
    castableDate: `^${CALENDAR_DATE}$`,
    castableTimestamp: `^${CALENDAR_DATE}${CASTABLE_TIME}$`,
    timestamp: `^${DATE}${TIME}(Z|[+-][0-9]{2}:?[0-9]{2})?$`,
};
/** The SQL of one column: its value, text, kind, null test, number and time, as the file path reads them. */
class ColumnSql {
    dialect;
    kind;
    nullTokens;
    ref;
    fns;
    constructor(dialect, name, kind, nullTokens) {
        this.dialect = dialect;
        this.kind = kind;
        this.nullTokens = nullTokens;
        // NaN and ±Infinity read as null, as the profile reads them (finite.ts).
        this.ref = kind === 'number' ? `(${finiteNumber(dialect.quoteIdent(name))})` : dialect.quoteIdent(name);
        this.fns = functions[dialect.engine];
    }
    /** The value as text: what `pattern`, lengths, `allowed` and examples see. */
    get text() {
        return this.kind === 'text' ? this.ref : this.fns.text(this.ref);
    }
    /** Whether values are classified by their text rather than by the catalog's type. */
    get textual() {
        return this.kind === 'text' || this.kind === 'unknown';
    }
    /** Null as the file path reads it: SQL NULL, and for text the empty string and `null_values`. */
    get isNull() {
        if (!this.textual)
            return `${this.ref} IS NULL`;
        const tokens = ['', ...this.nullTokens].map((token) => this.dialect.literal(token));
        return `(${this.ref} IS NULL OR ${this.text} IN (${[...new Set(tokens)].join(', ')}))`;
    }
    get notNull() {
        return `NOT ${this.isNull}`;
    }
    /** A SQL boolean: the JavaScript `pattern` is found in `expr`. */
    search(expr, pattern) {
        return this.fns.search(expr, this.dialect.literal(translatePattern(pattern, this.dialect.engine)));
    }
    length(expr) {
        return this.fns.length(expr);
    }
    /** The kind of a non-null value (one of ColumnType's scalar names), as `cellType` gives it. */
    get valueKind() {
        const quoted = (type) => this.dialect.literal(type);
        switch (this.kind) {
            case 'text':
            case 'unknown': {
                const text = this.text;
                const when = (pattern, type) => `WHEN ${this.search(text, pattern)} THEN ${quoted(type)}`;
                return `CASE ${when(TEXT_KINDS.integer, 'integer')} ${when(TEXT_KINDS.number, 'number')} ${when(TEXT_KINDS.boolean, 'boolean')} ` +
                    `${when(TEXT_KINDS.date, 'date')} ${when(TEXT_KINDS.timestamp, 'timestamp')} ELSE ${quoted('string')} END`;
            }
            // A double holding a whole number is an integer to `cellType`, as a decoded Parquet value is.
            case 'number': return `CASE WHEN ${this.ref} = FLOOR(${this.ref}) THEN ${quoted('integer')} ELSE ${quoted('number')} END`;
            default: return quoted(this.kind);
        }
    }
    /** The value as a number where the file path reads one (`cellNumber`), else NULL. */
    get number() {
        if (this.kind === 'integer' || this.kind === 'number')
            return this.ref;
        if (!this.textual)
            return undefined;
        return `CASE WHEN ${this.search(this.text, TEXT_KINDS.number)} THEN ${this.fns.number(this.text)} END`;
    }
    /** The value as milliseconds since the epoch where the file path reads a time, else NULL. */
    get epochMs() {
        if (this.kind === 'date' || this.kind === 'timestamp')
            return this.fns.epochMs(this.ref, this.kind);
        if (!this.textual)
            return undefined;
        // ISO dates and zoneless timestamps of real calendar days; a text with a zone offset, or at
        // 24:00, is not read as a time here.
        const guard = `${this.search(this.text, TEXT_KINDS.castableDate)} OR ${this.search(this.text, TEXT_KINDS.castableTimestamp)}`;
        return `CASE WHEN ${guard} THEN ${this.fns.epochMs(this.fns.timestamp(this.text), 'timestamp')} END`;
    }
    /**
     * Non-null values `typeAccepts(declared, …)` refuses, by the kind the file path would report:
     * SQL booleans per kind (empty when every value is accepted).
     */
    typeViolations(declared) {
        if (declared === 'string')
            return [];
        const possible = this.textual ? ['integer', 'number', 'boolean', 'date', 'timestamp', 'string']
            : this.kind === 'number' ? ['integer', 'number'] : [this.kind];
        const kindExpr = this.valueKind;
        const out = [];
        for (const kind of possible) {
            const ofKind = possible.length === 1 ? this.notNull : `${this.notNull} AND ${kindExpr} = ${this.dialect.literal(kind)}`;
            const refused = this.refusal(declared, kind);
            if (refused === false)
                continue;
            out.push({ kind, condition: refused === true ? `(${ofKind})` : `(${ofKind} AND ${refused})` });
        }
        return out;
    }
    /** Whether `declared` refuses a value of `kind`: always (true), never (false), or when a SQL condition holds. */
    refusal(declared, kind) {
        switch (declared) {
            case 'integer': return kind !== 'integer';
            case 'number': return kind !== 'integer' && kind !== 'number';
            case 'boolean':
                if (kind === 'boolean')
                    return false;
                if (kind !== 'integer')
                    return true;
                // A 0/1 flag is a boolean to a contract.
                return this.textual ? `${this.text} NOT IN ('0', '1')` : `${this.ref} NOT IN (0, 1)`;
            case 'date':
                if (kind === 'date')
                    return false;
                // A decoded timestamp at midnight UTC is a date (not a text one, which is a timestamp by its spelling).
                if (kind === 'timestamp' && this.kind === 'timestamp')
                    return `MOD(${this.fns.epochMs(this.ref, 'timestamp')}, 86400000) <> 0`;
                return true;
            case 'timestamp': return kind !== 'timestamp' && kind !== 'date';
            default: return kind !== declared;
        }
    }
}
/** A number from the config as SQL (finite; the config schema has no NaN). */
function numberSql(value) {
    if (!Number.isFinite(value))
        throw new Error(`not a finite number: ${value}`);
    return String(value);
}

;// CONCATENATED MODULE: ./src/warehouse/meter.ts
// What a dataset's SQL cost, counted in one place: every statement through a metered client (the
// run's Connections hands one to each dataset, shared by its sides) adds a query and its time;
// the step that knows how many rows a statement read adds them. The report's `datasets[].cost`
// is the dataset's meter; profileTable, contractGatesOfTable and diffTableSides also return their
// own share of it (the difference across the call).
class MeteredClient {
    client;
    cost;
    engine;
    describe;
    constructor(client, cost = { queries: 0, rowsScanned: 0, ms: 0 }) {
        this.client = client;
        this.cost = cost;
        this.engine = client.engine;
        const describe = client.describe?.bind(client);
        if (describe)
            this.describe = (sql) => this.timed(() => describe(sql));
    }
    query(sql) {
        return this.timed(() => this.client.query(sql));
    }
    /** Rows a statement read, added by the step that knows them. */
    scanned(rows) {
        this.cost.rowsScanned += rows;
    }
    close() {
        return this.client.close();
    }
    async timed(statement) {
        this.cost.queries++;
        const started = performance.now();
        try {
            return await statement();
        }
        finally {
            this.cost.ms += performance.now() - started;
        }
    }
}
/** The client metered: itself when it already is (a dataset's client from Connections), else a new meter around it. */
function metered(client) {
    return client instanceof MeteredClient ? client : new MeteredClient(client);
}
/** A copy of the cost now, to take the difference after a step. */
function costSince(meter, before) {
    return { queries: meter.cost.queries - before.queries, rowsScanned: meter.cost.rowsScanned - before.rowsScanned, ms: Math.round(meter.cost.ms - before.ms) };
}
function snapshot(meter) {
    return { ...meter.cost };
}

// EXTERNAL MODULE: ./src/config/hints.ts
var hints = __webpack_require__(59636);
;// CONCATENATED MODULE: ./src/contract/guess.ts
// "Did you mean …?" for a contract column the data lacks: the data's column it most likely
// misspells (`Country` for `country`, `agee` for `age`), in bounded work on untrusted names.

/** Absent columns of one dataset that get a guess, and the data's columns compared with each. */
const GUESSED_COLUMNS = 50;
const GUESS_CANDIDATES = 2000;
class ColumnGuesser {
    asked = 0;
    /** `: did you mean "age"?`, or nothing when no column of `columns` is that close. */
    guess(name, columns) {
        if (++this.asked > GUESSED_COLUMNS)
            return '';
        const found = (0,hints/* nearest */.p)(name, [...columns].slice(0, GUESS_CANDIDATES));
        return found === undefined ? '' : `: did you mean ${JSON.stringify(found)}?`;
    }
}

;// CONCATENATED MODULE: ./src/warehouse/contract.ts
// A table's contract gates, pushed down: one aggregate query counts the violations of every rule
// (SUM(CASE …) per rule, COUNT(DISTINCT) for uniqueness, one GROUP BY per compound key in the same
// statement), then one LIMITed query per failing rule fetches its examples. Results are the ones the
// file path gives on the same rows (src/contract/validator.ts), with these table-shaped differences:
// an example has no line, its `file` is the table's label and its `row` is its rank in the query's
// order (the dataset's `key`, else the value), since a table has no row numbers; with a `key` the
// example's value starts with the row's key (`id=7: value`).














/** Distinct disallowed values shown as `observed`, as the file path keeps. */
const MAX_OBSERVED_VALUES = 10;
async function contractGatesOfTable(client, dialect, source, dataset, context) {
    const run = metered(client);
    const before = snapshot(run);
    const catalog = await catalogColumns(run, dialect, source);
    const check = new TableContract(run, dialect, source, dataset, catalog);
    const gates = await check.gates(context);
    run.scanned(check.rowsScanned);
    return { gates, cost: costSince(run, before) };
}
/** The SELECT list of the aggregate query: each measure under a generated, quoted alias. */
class Measures {
    dialect;
    list = [];
    constructor(dialect) {
        this.dialect = dialect;
    }
    add(sql) {
        const alias = `m${this.list.length}`;
        this.list.push(`${sql} AS ${this.dialect.quoteIdent(alias)}`);
        return alias;
    }
    count(condition) {
        return this.add(`SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`);
    }
    sql(relation) {
        return `SELECT ${this.list.join(', ')} FROM ${relation}`;
    }
}
class TableContract {
    run;
    dialect;
    source;
    dataset;
    columns;
    relation;
    measures;
    pending = [];
    keyColumns;
    rowsAlias = '';
    rowsScanned = 0;
    constructor(run, dialect, source, dataset, catalog) {
        this.run = run;
        this.dialect = dialect;
        this.source = source;
        this.dataset = dataset;
        this.columns = new Map(catalog.map((column) => [column.name, column]));
        this.relation = relationSql(dialect, source);
        this.measures = new Measures(dialect);
        const key = dataset.key === undefined ? [] : Array.isArray(dataset.key) ? dataset.key : [dataset.key];
        this.keyColumns = key.every((name) => this.columns.has(name)) ? key : [];
    }
    sqlOf(name) {
        return new ColumnSql(this.dialect, name, this.columns.get(name).kind, this.dataset.null_values ?? []);
    }
    rule(where, values, partition) {
        const alias = this.measures.count(where);
        const rule = { violations: new contract_violations/* Violations */.nP(), count: (row) => numberOf(row[alias]) ?? 0, where, values, ...(partition ? { partition } : {}) };
        this.pending.push(rule);
        return rule;
    }
    async gates({ current, baseline, now }) {
        const { dataset } = this;
        this.rowsAlias = this.measures.add('COUNT(*)');
        const columnPlans = Object.entries(dataset.schema?.columns ?? {})
            .filter(([name]) => this.columns.has(name))
            .map(([name, rule]) => ({ name, rule, plan: this.planColumn(name, rule) }));
        const compound = (dataset.unique ?? []).map((key) => this.planCompound(key));
        const freshness = this.planFreshness();
        const joins = compound.flatMap((plan) => plan.join ? [plan.join] : []);
        const aggregate = joins.length === 0 ? this.measures.sql(this.relation)
            : `SELECT * FROM (${this.measures.sql(this.relation)}) AS datagate_counts${joins.map((join) => ` CROSS JOIN ${join}`).join('')}`;
        const [row = {}] = await this.run.query(aggregate);
        const rows = numberOf(row[this.rowsAlias]) ?? 0;
        this.rowsScanned = rows * (1 + joins.length);
        for (const rule of this.pending)
            rule.violations.count = rule.count(row);
        for (const rule of this.pending) {
            if (rule.violations.count > 0 && (rule.shown?.(row) ?? true))
                await this.fetchExamples(rule);
        }
        const results = [];
        const required = new Set((0,rules/* requiredColumns */.J1)(dataset));
        const where = this.where();
        const guesser = new ColumnGuesser();
        for (const [name, rule] of Object.entries(dataset.schema?.columns ?? {})) {
            const severity = (0,rules/* ruleSeverity */.uK)(dataset, rule);
            if (!this.columns.has(name)) {
                results.push(absentResult(dataset.name, name, required.has(name), severity, where, guesser.guess(name, this.columns.keys())));
                continue;
            }
            if (required.has(name))
                results.push(presentResult(dataset.name, name, severity));
            const plan = columnPlans.find((each) => each.name === name).plan;
            results.push(...columnResults(dataset.name, name, rule, severity, await plan(row), current.rows));
        }
        for (const name of required) {
            if (dataset.schema?.columns[name])
                continue;
            const severity = (0,rules/* ruleSeverity */.uK)(dataset, undefined);
            results.push(this.columns.has(name) ? presentResult(dataset.name, name, severity) : absentResult(dataset.name, name, true, severity, where, guesser.guess(name, this.columns.keys())));
        }
        const extra = extraColumnsResult(dataset, [...this.columns.keys()]);
        if (extra)
            results.push(extra);
        for (const plan of compound)
            results.push(plan.result(row));
        results.push(...(0,gates_rows/* rowCountGates */.i)(dataset, current.rows, baseline?.rows ?? null));
        const freshnessColumn = dataset.freshness ? current.columns.find((each) => each.name === dataset.freshness?.column) : undefined;
        const newest = (0,dates/* profiledNewest */.wR)(freshnessColumn) ?? (freshness.alias ? numberOf(row[freshness.alias]) : undefined);
        results.push(...(0,gates_freshness/* freshnessGates */.Gg)(dataset, { present: freshness.present, newest, now }));
        return results;
    }
    /** `pg: analytics.orders (columns: id, name)`: where a missing column was looked for. */
    where() {
        const names = [...this.columns.keys()];
        if (names.length === 0)
            return 'the data (no rows read)';
        return `${sourceLabel(this.source)} (columns: ${names.slice(0, 20).join(', ')}${names.length > 20 ? ', …' : ''})`;
    }
    /** Adds one column's measures; returns how to read its tally once the aggregate has run. */
    planColumn(name, rule) {
        const sql = this.sqlOf(name);
        const { notNull, text } = sql;
        const nulls = this.rule(sql.isNull, [text]);
        nulls.shown = (row) => rule.nullable === false ||
            (rule.max_null_fraction !== undefined && nulls.count(row) > rule.max_null_fraction * (numberOf(row[this.rowsAlias]) ?? 0));
        const readers = [];
        if (rule.type) {
            const kinds = sql.typeViolations(rule.type).map(({ kind, condition }) => ({ kind, alias: this.measures.count(condition), condition }));
            const violations = kinds.length === 0 ? new contract_violations/* Violations */.nP() : this.rule(kinds.map((each) => each.condition).join(' OR '), [text]).violations;
            readers.push((row, tally) => {
                const found = kinds.filter((each) => (numberOf(row[each.alias]) ?? 0) > 0).map((each) => each.kind);
                tally.type = { violations, kinds: found };
            });
        }
        if (rule.unique) {
            // Doubles compare by their text: BigQuery counts no DISTINCT FLOAT64, and text is what the file path compares.
            const value = sql.textual || sql.kind === 'number' ? text : sql.ref;
            const present = `CASE WHEN ${notNull} THEN ${value} END`;
            const distinct = this.measures.add(`COUNT(DISTINCT ${present})`);
            const all = this.measures.count(notNull);
            // Duplicates: the non-null values beyond the distinct ones.
            const pending = {
                violations: new contract_violations/* Violations */.nP(), count: (row) => (numberOf(row[all]) ?? 0) - (numberOf(row[distinct]) ?? 0),
                where: notNull, values: [text], partition: [value],
            };
            this.pending.push(pending);
            readers.push((row, tally) => { tally.unique = { violations: pending.violations, distinct: numberOf(row[distinct]) ?? 0 }; });
        }
        for (const side of ['min', 'max']) {
            const limit = rule[side];
            if (limit === undefined)
                continue;
            const bound = (0,rules/* parseBound */.aM)(limit);
            if (!bound)
                continue;
            const value = bound.kind === 'number' ? sql.number : sql.epochMs;
            if (value === undefined) {
                readers.push((_row, tally) => { tally[side] = { violations: new contract_violations/* Violations */.nP(), bound, extreme: undefined }; });
                continue;
            }
            const beyond = `${notNull} AND ${value} ${side === 'min' ? '<' : '>'} ${numberSql(bound.value)}`;
            const violations = this.rule(beyond, [text]).violations;
            const extreme = this.measures.add(`${side.toUpperCase()}(CASE WHEN ${notNull} THEN ${value} END)`);
            readers.push((row, tally) => { tally[side] = { violations, bound, extreme: numberOf(row[extreme]) }; });
        }
        if (rule.allowed) {
            const condition = `${notNull} AND NOT (${this.allowedSql(sql, rule)})`;
            const violations = this.rule(condition, [text]).violations;
            readers.push(async (_row, tally) => {
                const values = violations.count === 0 ? [] : await this.disallowedValues(text, condition);
                tally.allowed = { violations, values };
            });
        }
        if (rule.pattern !== undefined) {
            const violations = this.rule(`${notNull} AND NOT ${this.patternSql(sql, name, rule.pattern)}`, [text]).violations;
            readers.push((_row, tally) => { tally.pattern = violations; });
        }
        for (const [field, limit, compare, aggregate] of [
            ['minLength', rule.min_length, '<', 'MIN'], ['maxLength', rule.max_length, '>', 'MAX'],
        ]) {
            if (limit === undefined)
                continue;
            const length = sql.length(text);
            const violations = this.rule(`${notNull} AND ${length} ${compare} ${numberSql(limit)}`, [text]).violations;
            const extreme = this.measures.add(`${aggregate}(CASE WHEN ${notNull} THEN ${length} END)`);
            readers.push((row, tally) => {
                const value = numberOf(row[extreme]);
                if (field === 'minLength')
                    tally.minLength = { violations, shortest: value };
                else
                    tally.maxLength = { violations, longest: value };
            });
        }
        return async (row) => {
            const tally = { nulls: nulls.violations };
            for (const read of readers)
                await read(row, tally);
            return tally;
        };
    }
    /** Allowed by text, or by value for numbers where the column is not declared a string (`5` allows `5.0`). */
    allowedSql(sql, rule) {
        const texts = new Set();
        const numbers = new Set();
        for (const value of rule.allowed ?? []) {
            if (typeof value === 'number' && rule.type !== 'string')
                numbers.add(value);
            else if (typeof value === 'number')
                texts.add(String(value));
            else if (typeof value === 'boolean')
                for (const spelling of value ? ['true', 'True', 'TRUE'] : ['false', 'False', 'FALSE'])
                    texts.add(spelling);
            else
                texts.add(value);
        }
        const tests = [];
        if (texts.size > 0)
            tests.push(`COALESCE(${sql.text} IN (${[...texts].map((text) => this.dialect.literal(text)).join(', ')}), FALSE)`);
        const number = sql.number;
        if (numbers.size > 0 && number !== undefined)
            tests.push(`COALESCE(${number} IN (${[...numbers].map(numberSql).join(', ')}), FALSE)`);
        return tests.length > 0 ? tests.join(' OR ') : 'FALSE';
    }
    patternSql(sql, name, pattern) {
        try {
            return sql.search(sql.text, pattern);
        }
        catch (error) {
            if (!(error instanceof PatternNotTranslatable))
                throw error;
            throw new errors/* UserError */.yo(`${sourceLabel(this.source)}: column ${JSON.stringify(name)}: pattern /${pattern}/ cannot run in ${this.dialect.engine} with the meaning it has for files: ${error.message}`);
        }
    }
    async disallowedValues(text, condition) {
        const alias = this.dialect.quoteIdent('v');
        const rows = await this.run.query(`SELECT DISTINCT ${text} AS ${alias} FROM ${this.relation} WHERE ${condition} ORDER BY ${alias} LIMIT ${MAX_OBSERVED_VALUES}`);
        return rows.map((row) => String(row.v)).sort();
    }
    planCompound(key) {
        const { dataset } = this;
        const severity = dataset.schema?.severity ?? 'error';
        const missing = key.filter((name) => !this.columns.has(name));
        if (missing.length > 0) {
            return { result: () => compoundUniqueResult(dataset.name, key, severity, { missing, violations: new contract_violations/* Violations */.nP(), keys: 0 }) };
        }
        const parts = key.map((name) => {
            const sql = this.sqlOf(name);
            return { sql, value: `CASE WHEN ${sql.notNull} THEN ${sql.text} END` };
        });
        // As the file path (and Great Expectations): a key null in every column identifies nothing.
        const someValue = `NOT (${parts.map((part) => part.sql.isNull).join(' AND ')})`;
        const index = this.pending.length;
        const keysAlias = `u${index}_keys`;
        const rowsAlias = `u${index}_rows`;
        const q = (alias) => this.dialect.quoteIdent(alias);
        const groups = `SELECT COUNT(*) AS ${q('n')} FROM ${this.relation} WHERE ${someValue} GROUP BY ${parts.map((part) => part.value).join(', ')}`;
        const join = `(SELECT COUNT(*) AS ${q(keysAlias)}, SUM(${q('n')}) AS ${q(rowsAlias)} FROM (${groups}) AS datagate_groups) AS ${q(`datagate_u${index}`)}`;
        const pending = {
            violations: new contract_violations/* Violations */.nP(), count: (row) => (numberOf(row[rowsAlias]) ?? 0) - (numberOf(row[keysAlias]) ?? 0),
            where: someValue, values: parts.map((part) => part.value), partition: parts.map((part) => part.value),
        };
        this.pending.push(pending);
        return {
            join,
            result: (row) => compoundUniqueResult(dataset.name, key, severity, { missing: [], violations: pending.violations, keys: numberOf(row[keysAlias]) ?? 0 }),
        };
    }
    planFreshness() {
        const column = this.dataset.freshness?.column;
        if (column === undefined || !this.columns.has(column))
            return { present: false };
        const sql = this.sqlOf(column);
        const time = sql.epochMs;
        if (time === undefined)
            return { present: true };
        return { present: true, alias: this.measures.add(`MAX(CASE WHEN ${sql.notNull} THEN ${time} END)`) };
    }
    /** The first MAX_EXAMPLES violations in the order of the key (else the value), as examples. */
    async fetchExamples(rule) {
        const q = (alias) => this.dialect.quoteIdent(alias);
        const values = rule.values.map((value, index) => ({ sql: value, alias: `v${index}` }));
        const keys = this.keyColumns.map((name, index) => ({ name, sql: this.sqlOf(name).text, alias: `k${index}` }));
        // Keys sort by their values (10 after 9), and show as text.
        const keyOrder = this.keyColumns.map((name, index) => ({ sql: this.sqlOf(name).ref, alias: `o${index}` }));
        const selected = [...values, ...keys, ...keyOrder].map((each) => `${each.sql} AS ${q(each.alias)}`);
        const order = [...keyOrder, ...values].map((each) => q(each.alias)).join(', ');
        let sql;
        if (rule.partition) {
            // The first MAX_EXAMPLES duplicated values (in value order) are found by a GROUP BY; only their
            // rows are ranked, and those after the first of each (by key order) are the duplicates.
            // Ranking every row instead cost a sort of the table (5.2 s of 8.7 s at 1M rows in DuckDB).
            // The groups are named columns of inner queries: Trino's grammar takes no CASE in PARTITION BY.
            const parts = rule.partition.map((value, index) => ({ sql: value, alias: `p${index}`, duplicated: `d${index}` }));
            const rowsSql = `SELECT ${[...selected, ...parts.map((each) => `${each.sql} AS ${q(each.alias)}`)].join(', ')} FROM ${this.relation} WHERE ${rule.where}`;
            const groupNames = parts.map((each) => q(each.duplicated)).join(', ');
            const duplicated = `SELECT ${groupNames} FROM (SELECT ${parts.map((each) => `${each.sql} AS ${q(each.duplicated)}`).join(', ')} FROM ${this.relation} WHERE ${rule.where}) AS datagate_values ` +
                `GROUP BY ${groupNames} HAVING COUNT(*) > 1 ORDER BY ${groupNames} LIMIT ${contract_violations/* MAX_EXAMPLES */.Nq}`;
            // NULL parts of a compound key match each other, as GROUP BY groups them.
            const match = parts.map((each) => `(datagate_rows.${q(each.alias)} = datagate_duplicated.${q(each.duplicated)} OR (datagate_rows.${q(each.alias)} IS NULL AND datagate_duplicated.${q(each.duplicated)} IS NULL))`).join(' AND ');
            const names = [...values, ...keys, ...keyOrder].map((each) => q(each.alias));
            const within = (keys.length > 0 ? keyOrder : values).map((each) => `datagate_rows.${q(each.alias)}`).join(', ');
            const ranked = `SELECT ${names.map((name) => `datagate_rows.${name}`).join(', ')}, ROW_NUMBER() OVER (PARTITION BY ${parts.map((each) => `datagate_rows.${q(each.alias)}`).join(', ')} ORDER BY ${within}) AS ${q('datagate_rank')} ` +
                `FROM (${rowsSql}) AS datagate_rows JOIN (${duplicated}) AS datagate_duplicated ON ${match}`;
            sql = `SELECT ${names.join(', ')} FROM (${ranked}) AS datagate_ranked WHERE ${q('datagate_rank')} > 1 ORDER BY ${order} LIMIT ${contract_violations/* MAX_EXAMPLES */.Nq}`;
        }
        else {
            sql = `SELECT ${selected.join(', ')} FROM ${this.relation} WHERE ${rule.where} ORDER BY ${order} LIMIT ${contract_violations/* MAX_EXAMPLES */.Nq}`;
        }
        const rows = await this.run.query(sql);
        const count = rule.violations.count;
        const file = sourceLabel(this.source);
        rows.forEach((row, rank) => {
            const shown = values.length === 1 ? textOf(row.v0) ?? '' : values.map((each) => textOf(row[each.alias]) ?? 'null').join(', ');
            const keyText = keys.map((each) => `${each.name}=${textOf(row[each.alias]) ?? 'null'}`).join(', ');
            const example = { row: rank + 1, file, value: keys.length > 0 ? `${keyText}: ${shown}` : shown };
            rule.violations.record(() => example);
        });
        rule.violations.count = count;
    }
}
function numberOf(value) {
    if (value === null || value === undefined)
        return undefined;
    const number = Number(value);
    return Number.isNaN(number) ? undefined : number;
}
function textOf(value) {
    if (value === null || value === undefined)
        return undefined;
    if (value instanceof Date)
        return value.toISOString();
    return String(value);
}

// EXTERNAL MODULE: ./src/diff/finish.ts
var finish = __webpack_require__(22004);
// EXTERNAL MODULE: ./src/diff/index.ts + 2 modules
var diff = __webpack_require__(51478);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/diff/keyTable.ts
var keyTable = __webpack_require__(19402);
// EXTERNAL MODULE: ./src/diff/keyMatch.ts
var keyMatch = __webpack_require__(97947);
// EXTERNAL MODULE: ./src/diff/match.ts
var match = __webpack_require__(82826);
// EXTERNAL MODULE: ./src/diff/partition.ts
var partition = __webpack_require__(11777);
// EXTERNAL MODULE: ./src/diff/scan.ts
var scan = __webpack_require__(17438);
// EXTERNAL MODULE: ./src/diff/tally.ts
var diff_tally = __webpack_require__(72353);
;// CONCATENATED MODULE: ./src/diff/jobs.ts
// The jobs of a parallel diff, run in worker threads (src/diff/worker.ts) or in process: scan one
// side into partitioned key tables, match a set of partitions by key, fetch the cells of the rows
// whose hashes differed. And the record jobs of the fallback (every row's cells partitioned, for
// when too many rows hash apart to fetch): encode a side, match a set of partitions' records.







/** Read issues a worker hands back; the rest of a flood is dropped (the report shows a few anyway). */
const MAX_ISSUES = 1000;
function issueList() {
    const issues = [];
    return { issues, add: (issue) => { if (issues.length < MAX_ISSUES)
            issues.push(issue); } };
}
/** Reads a side into key tables: handed back within the budget, else in its partition files. */
async function encodeSide(job) {
    const sink = new KeySink({ parts: job.parts, budget: job.budget, dir: job.dir, side: job.side, spill: job.spill });
    const { issues, add } = issueList();
    const scanned = await scanSide(job.files, job.options, job.layout, sink, add);
    sink.close();
    const tables = sink.tables();
    return tables ? { nullKeys: scanned.nullKeys, issues, tables } : { nullKeys: scanned.nullKeys, issues };
}
/** Matches the given partitions from their files, one at a time. */
function matchParts(job) {
    const tally = (0,keyMatch/* newKeyTally */.MW)(job.examples);
    for (const p of job.parts) {
        const part = (0,keyMatch/* newKeyTally */.MW)(job.examples);
        (0,keyMatch/* matchKeys */.qL)((0,keyTable/* readKeyTable */.mg)((0,keyTable/* keyFile */._$)(job.dir, 'baseline', p)), (0,keyTable/* readKeyTable */.mg)((0,keyTable/* keyFile */._$)(job.dir, 'current', p)), part);
        (0,keyMatch/* mergeKeyTally */.aw)(tally, part);
    }
    return tally;
}
/** Reads a side and writes all of its records to its partition files. */
async function encodeRecords(job) {
    const sink = new PartitionSink({ parts: job.parts, budget: job.budget, dir: job.dir, side: job.side, spill: true });
    const encoder = new SideEncoder(job.layout, sink);
    const { issues, add } = issueList();
    for await (const batch of readBatches(job.files, job.options, add))
        encoder.add(batch);
    sink.close();
    return { nullKeys: encoder.nullKeys, issues };
}
/** Diffs the given partitions' records from their files, one at a time. */
function matchRecordParts(job) {
    const tally = newTally(job.layout);
    for (const p of job.parts) {
        const part = newTally(job.layout);
        matchPartition(readRecords(partitionFile(job.dir, 'baseline', p)), readRecords(partitionFile(job.dir, 'current', p)), part, job.layout);
        mergeTally(tally, part);
    }
    return tally;
}
async function runDiffJob(job) {
    switch (job.kind) {
        case 'encode': return encodeSide(job);
        case 'match': return matchParts(job);
        case 'fetch': return fetchRows(job.files, job.options, job.layout, job.rows);
        case 'encode-records': return encodeRecords(job);
        case 'match-records': return matchRecordParts(job);
    }
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./src/readers/format.ts
var format = __webpack_require__(88185);
;// CONCATENATED MODULE: ./src/diff/sideScan.ts
// One side of a row diff scanned as a sink of another read (`check`'s profiling pass, src/scan/):
// each CSV/TSV record's key, hash and place from the profiler's parser (CsvScan), other formats'
// batches as they are profiled. In parts, each worker scans its byte range into key tables of its
// own (in memory, or in files of its own beyond the budget) and this thread joins them in file
// order, placing their rows in the whole file, so the tables are those of one pass.






/** Pieces started in this thread: with the thread and the part's start, a name no other part's files have. */
let pieces = 0;
/** The key scan of the part of a file that starts at byte `start`, in a worker (src/scan/part.ts). */
function scanPart(spec, file, start) {
    // Unique even beside a part of a stopped read that is still writing (a cut that was not a record boundary).
    const piece = `${start}.${threadId}.${++pieces}`;
    const keys = new KeySink({ parts: spec.parts, budget: spec.budget, dir: spec.dir, side: spec.side, spill: spec.spill, piece });
    const target = { nullKeys: 0, rows: 0 };
    const scan = new CsvScan(spec.layout, keys, target);
    // Rows are numbered from the part's first; offsets are the file's (a part starts at a record).
    scan.beginFile(0, !isGzip(file), start === 0 ? bomBytes(file) : start);
    return {
        sink: scan,
        finish() {
            keys.close();
            const tables = keys.tables()?.map(trimmed);
            return tables ? { nullKeys: target.nullKeys, rows: target.rows, tables } : { nullKeys: target.nullKeys, rows: target.rows, piece };
        },
    };
}
/** A table in arrays of its own length: the part's growable arrays are up to twice as long, and are moved to the parent thread whole. */
function trimmed(table) {
    return { nums: table.nums.slice(), numAt: table.numAt.slice(), numHash: table.numHash.slice(), keys: table.keys, at: table.at.slice(), hash: table.hash.slice() };
}
/** Rows placed by number (not by byte offset) move down by the rows of the parts before theirs. */
function placeRows(table, rowsBefore) {
    if (rowsBefore === 0)
        return table;
    for (const at of [table.numAt, table.at]) {
        for (let i = 0; i < at.length; i++)
            if (at[i] % scan/* AT_FILE */.b0 < scan/* AT_OFFSET */.Eq)
                at[i] += rowsBefore;
    }
    return table;
}
function concatFloats(parts) {
    const out = new Float64Array(parts.reduce((n, part) => n + part.length, 0));
    let at = 0;
    for (const part of parts) {
        out.set(part, at);
        at += part.length;
    }
    return out;
}
function concatInts(parts) {
    const out = new Int32Array(parts.reduce((n, part) => n + part.length, 0));
    let at = 0;
    for (const part of parts) {
        out.set(part, at);
        at += part.length;
    }
    return out;
}
/** One partition's tables of consecutive parts, in their order. */
function concatTables(tables) {
    if (tables.length === 1)
        return tables[0];
    return {
        nums: concatFloats(tables.map((t) => t.nums)), numAt: concatFloats(tables.map((t) => t.numAt)), numHash: concatInts(tables.map((t) => t.numHash)),
        keys: tables.flatMap((t) => t.keys), at: concatFloats(tables.map((t) => t.at)), hash: concatInts(tables.map((t) => t.hash)),
    };
}
function tableBytes(table) {
    let bytes = 24 * (table.nums.length + table.at.length);
    for (const key of table.keys)
        bytes += key.length;
    return bytes;
}
/** A side's key scan fed by another read: in one pass on this thread, or joined from parts. */
class KeyScan {
    spec;
    keys;
    target = { nullKeys: 0, rows: 0 };
    csv;
    isNull;
    /** Set when the side was read in parts and joined. */
    joined;
    constructor(spec) {
        this.spec = spec;
        this.keys = new keyTable/* KeySink */.BV({ parts: spec.parts, budget: spec.budget, dir: spec.dir, side: spec.side, spill: spec.spill });
        this.csv = new scan/* CsvScan */.UE(spec.layout, this.keys, this.target);
        this.isNull = (0,profile_values/* makeNullTest */.sM)(spec.layout.nullValues);
    }
    /** The sink of the records of CSV/TSV file `index` of the side, read whole. */
    csvFile(index, file) {
        this.csv.beginFile(index, !(0,format/* isGzip */.bf)(file), (0,scan/* bomBytes */.Gi)(file));
        return this.csv;
    }
    /** A batch of file `index` of the side, whose first row is numbered `fileFirstRow` in the side's batches. */
    batch(batch, index, fileFirstRow) {
        (0,scan/* scanBatch */.Ab)(batch, this.spec.layout, this.isNull, this.keys, this.target, index * scan/* AT_FILE */.b0 - (fileFirstRow - 1));
    }
    /** The spec of the key scan of each of `parts` parts of a file: the budget is shared. */
    partSpec(parts) {
        return { ...this.spec, budget: Math.max(1, Math.floor(this.spec.budget / parts)) };
    }
    /** Joins the parts of the side's one file, in file order, `rowsBefore` each. */
    join(states, rowsBefore) {
        const { parts, dir, side, budget } = this.spec;
        const nullKeys = states.reduce((n, state) => n + state.nullKeys, 0);
        const inMemory = states.every((state) => state.tables) && !this.spec.spill &&
            states.reduce((n, state) => n + state.tables.reduce((m, table) => m + tableBytes(table), 0), 0) <= budget;
        if (inMemory) {
            const tables = Array.from({ length: parts }, (_, p) => concatTables(states.map((state, k) => placeRows(state.tables[p], rowsBefore[k]))));
            this.joined = { nullKeys, tables };
            return;
        }
        // Beyond the budget: each partition's file is the parts' blocks in order, one piece in memory at a time.
        for (let p = 0; p < parts; p++) {
            const fd = (0,external_node_fs_.openSync)((0,keyTable/* keyFile */._$)(dir, side, p), 'w');
            try {
                states.forEach((state, k) => {
                    const pieceFile = state.piece === undefined ? undefined : (0,keyTable/* keyFile */._$)(dir, side, p, state.piece);
                    const table = state.tables?.[p] ?? (0,keyTable/* readKeyTable */.mg)(pieceFile);
                    if (table.nums.length + table.keys.length)
                        (0,external_node_fs_.writeSync)(fd, (0,keyTable/* block */.om)(placeRows(table, rowsBefore[k])));
                    if (pieceFile)
                        (0,external_node_fs_.rmSync)(pieceFile, { force: true });
                });
            }
            finally {
                (0,external_node_fs_.closeSync)(fd);
            }
        }
        this.joined = { nullKeys };
    }
    /** The side's key tables: in memory, or in its partition files. */
    finish() {
        if (this.joined)
            return this.joined;
        this.keys.close();
        const tables = this.keys.tables();
        return tables ? { nullKeys: this.target.nullKeys, tables } : { nullKeys: this.target.nullKeys };
    }
}

;// CONCATENATED MODULE: ./src/diff/prepared.ts
// The row diff of `check`, whose sides are scanned by the reads that profile them: prepared from
// both sides' headers (the key checked, the compared columns fixed), fed by those reads through
// each side's KeyScan (sideScan.ts), then matched and settled as `diffSnapshots` does. So a keyed
// `check` reads each file once; only the rows whose hashes differ (and a few examples) are read
// again, by place, and the fallback for sides whose every row hashes apart reads them again whole.







/** Both sides' headers read, the key checked on each (a UserError naming the file and column). */
async function prepareDiff(baseline, current, options, limits = {}) {
    const { plan, notCompared, workers } = await (0,diff/* planSides */.YW)(baseline, current, options, limits);
    const { layout, budget, dir } = plan;
    const parts = (0,diff/* partsFor */._c)(plan.estimate, diff/* KEY_PARTITION_CHARS */.lf);
    const spill = plan.estimate > diff/* SURELY_BEYOND */.Zx * budget;
    const scan = (which) => new KeyScan({ layout: (0,diff/* sideLayout */.OW)(layout, plan[which]), parts, budget, dir, side: which, spill });
    const scans = { baseline: scan('baseline'), current: scan('current') };
    return {
        scans,
        async finish() {
            const baselineScan = scans.baseline.finish();
            const currentScan = scans.current.finish();
            const keys = await matchScanned(plan, parts, baselineScan, currentScan);
            const spilled = !baselineScan.tables || !currentScan.tables;
            const nullKeys = { baseline: baselineScan.nullKeys, current: currentScan.nullKeys };
            if (keys.candidates.keys.length <= (limits.maxCandidates ?? diff/* MAX_CANDIDATES */.qy)) {
                return (0,finish/* finishDiff */.d)(await (0,diff/* settle */.G9)(plan, keys, nullKeys), layout, notCompared, spilled ? parts : undefined);
            }
            const records = await (0,diff/* diffRecords */.OM)(plan);
            return (0,finish/* finishDiff */.d)(records.tally, layout, notCompared, records.spilled ? records.parts : undefined);
        },
        async close() {
            await workers?.close();
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        },
    };
}
/** Matches two scanned sides by key: here when both are in memory, else partition files by `threads` jobs. */
async function matchScanned(plan, parts, baseline, current) {
    const { run, layout, dir } = plan;
    const keys = (0,keyMatch/* newKeyTally */.MW)(layout.examples);
    if (baseline.tables && current.tables) {
        for (let p = 0; p < parts; p++) {
            const part = (0,keyMatch/* newKeyTally */.MW)(layout.examples);
            (0,keyMatch/* matchKeys */.qL)(baseline.tables[p], current.tables[p], part);
            (0,keyMatch/* mergeKeyTally */.aw)(keys, part);
        }
        return keys;
    }
    if (baseline.tables)
        (0,keyTable/* writeKeyTables */.a9)(dir, 'baseline', baseline.tables);
    if (current.tables)
        (0,keyTable/* writeKeyTables */.a9)(dir, 'current', current.tables);
    const all = Array.from({ length: parts }, (_, p) => p);
    if (!run)
        return matchParts({ kind: 'match', dir, examples: layout.examples, parts: all });
    const jobs = Array.from({ length: plan.threads }, (_, w) => ({ kind: 'match', dir, examples: layout.examples, parts: all.filter((p) => p % plan.threads === w) }));
    for (const result of await Promise.all(jobs.map((job) => run(job))))
        (0,keyMatch/* mergeKeyTally */.aw)(keys, result);
    return keys;
}

;// CONCATENATED MODULE: ./src/run/diffDataset.ts
// A dataset's row diff inside `check`: with a key and a data baseline, the rows of both sides by
// key, scanned by the reads that profile them; with a profile baseline (or none) the diff is
// skipped and a gate says why.




function keyOf(dataset) {
    return typeof dataset.key === 'string' ? [dataset.key] : dataset.key;
}
function diffOptionsOf(dataset, key) {
    const columns = {};
    for (const [name, rule] of Object.entries(dataset.diff?.columns ?? {})) {
        columns[name] = (0,diff/* columnRuleOf */.C0)(rule, `datasets.${dataset.name}.diff.columns.${name}.tolerance`);
    }
    return { key, ignore: dataset.diff?.ignore, columns, examples: dataset.diff?.examples };
}
/**
 * The row diff of a dataset with a key, prepared before its sides are read so that the reads that
 * profile them feed it (src/scan/): `prepared` then has each side's key scan; without a data
 * baseline, `gates` says why there is no diff.
 */
async function prepareRowDiff(dataset, key, currentFiles, baselineFile, options, limits) {
    const skip = (message) => ({ gates: [{ id: `${dataset.name}.diff`, kind: 'diff', dataset: dataset.name, status: 'skip', message }] });
    if (!baselineFile)
        return skip('no baseline yet: the row diff by key starts with the next run');
    if (await (0,profile.isProfileFile)(baselineFile.path))
        return skip('the baseline is a profile, not data: the row diff by key needs a data baseline');
    const prepared = await prepareDiff({ files: [baselineFile.path], options, label: baselineFile.source }, { files: currentFiles, options, label: dataset.current }, diffOptionsOf(dataset, key), limits);
    return { prepared, gates: [] };
}
/** The prepared row diff once both sides were read, with its gates. */
async function finishRowDiff(dataset, prepared) {
    const diff = await prepared.finish();
    return { diff, gates: (0,src_gates/* evaluateGate */.DR)('diff', dataset.diff, { dataset: dataset.name, diff }) };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/warehouse/diffCells.ts
// Canonical texts (diffSql.ts) read back as the cells a file reader gives, so rows pulled from an
// engine go through the file diff's own encoding and comparison rules.
/** One canonical field's value; '' is NULL. */
function cellOfCanonical(field) {
    if (field === '')
        return null;
    const body = field.slice(1);
    switch (field[0]) {
        case 'i': {
            const value = Number(body);
            return Number.isSafeInteger(value) ? value : BigInt(body);
        }
        case 'n': return Number(body);
        case 't': return new Date(Number(body));
        case 'b': return body === '1';
        case 's': return body.slice(body.indexOf(':') + 1);
        default: throw new Error(`not a canonical field: ${JSON.stringify(field.slice(0, 20))}`);
    }
}
/** Splits a canonical row (fields joined by `|`, text fields length-prefixed in code points) into its fields. */
function splitCanonicalRow(row, count) {
    const fields = [];
    let at = 0;
    for (let f = 0; f < count; f++) {
        if (f > 0)
            at++; // the `|`
        if (row[at] === 's') {
            const colon = row.indexOf(':', at);
            const length = Number(row.slice(at + 1, colon));
            let end = colon + 1;
            for (let n = 0; n < length; n++)
                end += row.codePointAt(end) > 0xffff ? 2 : 1;
            fields.push(row.slice(at, end));
            at = end;
        }
        else {
            const bar = row.indexOf('|', at);
            const end = bar === -1 ? row.length : bar;
            fields.push(row.slice(at, end));
            at = end;
        }
    }
    return fields;
}

// EXTERNAL MODULE: ./src/diff/cells.ts
var diff_cells = __webpack_require__(14650);
;// CONCATENATED MODULE: ./src/warehouse/diffEncode.ts
// From canonical texts pulled back from an engine to the file diff's encoded cells.


/** A canonical key text as the file diff's encoded key (cells joined by FIELD). */
function encodedKey(keyText, columns) {
    return splitCanonicalRow(keyText, columns).map((field) => (0,diff_cells/* encodeKey */.g2)(cellOfCanonical(field))).join(diff_cells/* FIELD */.b_);
}
/** One canonical field as a value cell the file diff has read and settled ('' for NULL). */
function settledValue(field) {
    const cell = cellOfCanonical(field);
    return cell === null ? '' : (0,diff_cells/* settleCell */.Q2)((0,diff_cells/* encodeValue */.It)(cell));
}
/** A canonical values text as the file diff's raw value record (cells joined by FIELD). */
function encodedValues(valuesText, columns) {
    return splitCanonicalRow(valuesText, columns).map((field) => {
        const cell = cellOfCanonical(field);
        return cell === null ? '' : (0,diff_cells/* encodeValue */.It)(cell);
    }).join(diff_cells/* FIELD */.b_);
}

;// CONCATENATED MODULE: ./src/warehouse/diffSql.ts
// The SQL pieces of the table diff, per dialect: a column's kind from its engine type, and the
// canonical text of a value. The canonical text is what the cross-engine checksums hash, so it
// must come out identical on every engine for equal values: integers as digits, other numbers
// as the double in 17 significant digits (`n1.5000000000000000e+00`), dates and times as epoch
// milliseconds, booleans as b0/b1, text length-prefixed (`s5:hello`, so no value can forge a
// separator) and NULL as nothing at all (distinct from `s0:`).

function kindOfType(type) {
    const t = type.trim().toLowerCase();
    // Arrays, structs, maps, JSON: compared as their text.
    if (t.includes('[') || /^(?:array|struct|map|list|union|row|variant|object|json)\b/.test(t))
        return 'text';
    const decimal = /^(?:numeric|decimal|number|bignumeric)\s*\(\s*\d+\s*(?:,\s*(\d+)\s*)?\)/.exec(t);
    if (decimal)
        return decimal[1] === undefined || Number(decimal[1]) === 0 ? 'integer' : 'number';
    if (/^(?:tinyint|smallint|integer|int|bigint|hugeint|uhugeint|ubigint|uinteger|usmallint|utinyint|int2|int4|int8|int16|int32|int64|long|short|byte|serial|bigserial)\b/.test(t))
        return 'integer';
    if (/^(?:real|double|float|numeric|decimal|number|float4|float8|float32|float64|bignumeric)\b/.test(t))
        return 'number';
    if (/^(?:boolean|bool)\b/.test(t))
        return 'boolean';
    if (t === 'date')
        return 'date';
    if (/^(?:timestamp|datetime)/.test(t))
        return 'timestamp';
    return 'text';
}
const TEXT_TYPE = {
    postgres: 'TEXT', redshift: 'VARCHAR', duckdb: 'VARCHAR', bigquery: 'STRING', snowflake: 'VARCHAR', trino: 'VARCHAR', databricks: 'STRING',
};
const DOUBLE_TYPE = {
    postgres: 'DOUBLE PRECISION', redshift: 'DOUBLE PRECISION', duckdb: 'DOUBLE', bigquery: 'FLOAT64', snowflake: 'DOUBLE', trino: 'DOUBLE', databricks: 'DOUBLE',
};
const WIDE_INTEGER = {
    postgres: 'NUMERIC', redshift: 'DECIMAL(38,0)', duckdb: 'DECIMAL(38,0)', bigquery: 'NUMERIC', snowflake: 'NUMBER(38,0)', trino: 'DECIMAL(38,0)', databricks: 'DECIMAL(38,0)',
};
function asText(dialect, expression) {
    return `CAST(${expression} AS ${TEXT_TYPE[dialect.engine]})`;
}
function asDouble(dialect, expression) {
    return `CAST(${expression} AS ${DOUBLE_TYPE[dialect.engine]})`;
}
/** A double in 17 significant digits, `d.dddddddddddddddde±XX`; `+ 0.0` turns −0 into 0. */
function scientific(dialect, expression) {
    const value = `(${asDouble(dialect, expression)} + 0.0)`;
    switch (dialect.engine) {
        case 'postgres':
        case 'redshift':
        case 'snowflake':
            return `LTRIM(TO_CHAR(${value}, '9.9999999999999999EEEE'))`;
        case 'duckdb': return `format('{:.16e}', ${value})`;
        case 'bigquery': return `FORMAT('%.16e', ${value})`;
        case 'trino': return `format('%.16e', ${value})`;
        case 'databricks': return `format_string('%.16e', ${value})`;
    }
}
/** Epoch milliseconds of a date or time, as an integer expression. */
function epochMs(dialect, kind, expression) {
    switch (dialect.engine) {
        case 'postgres':
        case 'redshift':
            return `CAST(FLOOR(EXTRACT(EPOCH FROM ${expression}) * 1000) AS BIGINT)`;
        case 'duckdb': return kind === 'date' ? `epoch_ms(CAST(${expression} AS TIMESTAMP))` : `epoch_ms(${expression})`;
        case 'bigquery': return `UNIX_MILLIS(TIMESTAMP(${expression}))`;
        case 'snowflake': return `DATE_PART(epoch_millisecond, ${expression})`;
        case 'trino': return `CAST(FLOOR(to_unixtime(CAST(${expression} AS TIMESTAMP)) * 1000) AS BIGINT)`;
        case 'databricks': return `unix_millis(CAST(${expression} AS TIMESTAMP))`;
    }
}
/** The canonical text of one value (NULL for a NULL). */
function canonicalField(dialect, kind, expression) {
    switch (kind) {
        case 'integer': return `'i' || ${asText(dialect, expression)}`;
        // NaN and ±Infinity as NULL, as the profile and the contract read them (finite.ts).
        case 'number': return `'n' || ${scientific(dialect, finiteNumber(expression))}`;
        case 'date':
        case 'timestamp':
            return `'t' || ${asText(dialect, epochMs(dialect, kind, expression))}`;
        case 'boolean': return `CASE WHEN ${expression} IS NULL THEN NULL WHEN ${expression} THEN 'b1' ELSE 'b0' END`;
        case 'text': {
            const text = asText(dialect, expression);
            return `'s' || ${asText(dialect, `LENGTH(${text})`)} || ':' || ${text}`;
        }
    }
}
/** Fields joined by `|`, a NULL as nothing (text is length-prefixed, so this parses back unambiguously). */
function canonicalRow(dialect, fields) {
    if (fields.length === 0)
        return `''`;
    return fields.map((field) => `COALESCE(${canonicalField(dialect, field.kind, field.expression)}, '')`).join(` || '|' || `);
}
function md5Hex(dialect, text) {
    switch (dialect.engine) {
        case 'bigquery': return `TO_HEX(MD5(${text}))`;
        case 'trino': return `lower(to_hex(md5(to_utf8(${text}))))`;
        default: return `md5(${text})`;
    }
}
/** The first 12 hex digits (48 bits) of an md5 as an integer, as data-diff's checksums do. */
function hex48(dialect, hex) {
    const digits = `substr(${hex}, 1, 12)`;
    switch (dialect.engine) {
        case 'postgres': return `CAST(CAST('x' || ${digits} AS BIT(48)) AS BIGINT)`;
        case 'redshift': return `STRTOL(${digits}, 16)`;
        case 'duckdb': return `CAST('0x' || ${digits} AS BIGINT)`;
        case 'bigquery': return `CAST(CONCAT('0x', ${digits}) AS INT64)`;
        case 'snowflake': return `TO_NUMBER(${digits}, 'XXXXXXXXXXXX')`;
        case 'trino': return `from_base(${digits}, 16)`;
        case 'databricks': return `CAST(conv(${digits}, 16, 10) AS BIGINT)`;
    }
}
/** A sum of 48-bit integers that cannot overflow, returned as text (exact in JavaScript). */
function wideSumText(dialect, expression) {
    return asText(dialect, `SUM(CAST(${expression} AS ${WIDE_INTEGER[dialect.engine]}))`);
}
/** Kinds both sides hash a column by: an integer column facing a non-integer number hashes as a number on both sides. */
function sharedKinds(baseline, current) {
    const numeric = (kind) => kind === 'integer' || kind === 'number';
    if (baseline !== current && numeric(baseline) && numeric(current))
        return ['number', 'number'];
    return [baseline, current];
}
function isNumeric(kind) {
    return kind === 'integer' || kind === 'number';
}
function isTime(kind) {
    return kind === 'date' || kind === 'timestamp';
}

;// CONCATENATED MODULE: ./src/warehouse/diffPlan.ts
// What a table diff compares, worked out from both sides' catalogs before any row is read: the
// key, the compared columns with their kinds and rules, the columns left out, and the SQL
// fragments every strategy shares (a side's key text and row text).



function missingKeys(key, side, source, columns) {
    const names = new Set(columns.map((column) => column.name));
    return key.filter((name) => !names.has(name)).map((name) => ({
        file: typeof source === 'string' ? source : sourceLabel(source),
        message: `the key column ${JSON.stringify(name)} is missing on the ${side} side (its columns: ${columns.map((c) => JSON.stringify(c.name)).join(', ')})`,
    }));
}
/** `sources` name the sides in messages: a table source, or a file's label. */
function planDiff(options, sources, columns) {
    const problems = [
        ...missingKeys(options.key, 'baseline', sources.baseline, columns.baseline),
        ...missingKeys(options.key, 'current', sources.current, columns.current),
    ];
    if (problems.length)
        throw new errors/* UserError */.yo(problems);
    const byName = (list) => new Map(list.map((column) => [column.name, column]));
    const baseline = byName(columns.baseline);
    const current = byName(columns.current);
    const ignore = new Set(options.ignore ?? []);
    const skip = new Set([...options.key, ...ignore]);
    const planned = (name) => {
        const kinds = { baseline: baseline.get(name).kind, current: current.get(name).kind };
        const [hb, hc] = sharedKinds(kinds.baseline, kinds.current);
        const rule = options.columns?.[name];
        return { name, kinds, hashKinds: { baseline: hb, current: hc }, ...(rule ? { rule } : {}) };
    };
    const comparedNames = columns.baseline.map((c) => c.name).filter((name) => current.has(name) && !skip.has(name));
    const notCompared = {
        baseline: columns.baseline.map((c) => c.name).filter((name) => !current.has(name) && !skip.has(name)),
        current: columns.current.map((c) => c.name).filter((name) => !baseline.has(name) && !skip.has(name)),
        ignored: [...new Set([...baseline.keys(), ...current.keys()])].filter((name) => ignore.has(name) && !options.key.includes(name)),
    };
    const compared = comparedNames.map(planned);
    return {
        layout: { key: options.key, columns: comparedNames, rules: compared.map((c) => c.rule), examples: options.examples ?? 5 },
        notCompared,
        key: options.key.map(planned),
        compared,
    };
}
/** SQL fragments over one side's relation, columns referred to through `ref` (a quoted name or an alias). */
function keyText(side, which, key, ref) {
    return canonicalRow(side.dialect, key.map((column, i) => ({ kind: column.hashKinds[which], expression: ref(column, i) })));
}
function valuesText(side, which, compared, ref) {
    return canonicalRow(side.dialect, compared.map((column, i) => ({ kind: column.hashKinds[which], expression: ref(column, i) })));
}
/** A row's whole canonical text: key, `#`, values. Its md5 is the checksum's term and the tie-break among duplicate keys. */
function rowText(side, which, plan, keyRef, valueRef) {
    return `${keyText(side, which, plan.key, keyRef)} || '#' || ${valuesText(side, which, plan.compared, valueRef)}`;
}
function notNullKeys(side, key) {
    return key.map((column) => `${side.dialect.quoteIdent(column.name)} IS NOT NULL`).join(' AND ');
}
function relationOf(side) {
    return relationSql(side.dialect, side.source);
}

;// CONCATENATED MODULE: ./src/warehouse/diffChecksum.ts
// The table diff across engines, by checksums as data-diff's hashdiff did: the key space is cut
// into segments, each side returns per segment a count and a sum of 48-bit md5s of its rows'
// canonical texts, segments that differ are cut finer, and only small differing segments come
// back as rows, diffed in memory by the file diff itself.
//
// Segments are prefixes of the md5 of the key's canonical text rather than key ranges: a text
// range selects different rows under different collations (PostgreSQL's locale, DuckDB's
// binary order), and a compound key has no single range; a hash prefix is the same set of keys
// on every engine. The price is a full scan per level (a range could use an index).













// data-diff pulled segments under 16,384 rows; a level costs one scan in each engine, while every
// pulled row crosses the network and is diffed here, so we cut finer before pulling.
const DEFAULT_THRESHOLD = 256;
/** Hex digits of a segment at most: 16^10 segments is beyond any table. */
const MAX_DEPTH = 10;
/** Literals per IN list. */
const IN_CHUNK = 500;
/** Rows a side one statement brings back at most (about). */
const ROWS_PER_STATEMENT = 100_000;
/** Pulled rows per partition of the in-memory match. */
const ROWS_PER_PART = 200_000;
const MAX_PARTS = 512;
function number(value) {
    return value === null || value === undefined ? 0 : Number(value);
}
const quoted = (side) => (column) => side.dialect.quoteIdent(column.name);
/** A side's rows as (key hash, whole-row text), non-null keys only. */
function hashedRows(side, which, plan, extra = '') {
    const q = quoted(side);
    return `SELECT ${md5Hex(side.dialect, keyText(side, which, plan.key, q))} AS dg_hash, ${rowText(side, which, plan, q, q)} AS dg_row${extra} `
        + `FROM ${relationOf(side)} WHERE ${notNullKeys(side, plan.key)}`;
}
/** `substr(h, 1, d) IN (…)` for segments of possibly different depths; the prefixes are hex digits checked here. */
function segmentFilter(prefixes) {
    if (prefixes.includes(''))
        return '1 = 1';
    const byDepth = new Map();
    for (const prefix of prefixes) {
        if (!/^[0-9a-f]+$/.test(prefix))
            throw new Error(`not a segment: ${JSON.stringify(prefix)}`);
        const list = byDepth.get(prefix.length) ?? [];
        list.push(`'${prefix}'`);
        byDepth.set(prefix.length, list);
    }
    return [...byDepth].map(([depth, list]) => `substr(dg_hash, 1, ${depth}) IN (${list.join(', ')})`).join(' OR ');
}
function segmentsSql(side, which, plan, depth, within) {
    const filter = within ? ` WHERE ${segmentFilter(within)}` : '';
    return `SELECT dg_segment, COUNT(*) AS dg_n, ${wideSumText(side.dialect, hex48(side.dialect, md5Hex(side.dialect, 'dg_row')))} AS dg_sum FROM `
        + `(SELECT substr(dg_hash, 1, ${depth}) AS dg_segment, dg_row FROM (${hashedRows(side, which, plan)}) h${filter}) s GROUP BY dg_segment`;
}
function statsSql(side, plan) {
    const q = quoted(side);
    const anyNull = plan.key.map((column) => `${q(column)} IS NULL`).join(' OR ');
    return `SELECT dg_rows, dg_null_keys, dg_keys FROM (SELECT COUNT(*) AS dg_rows, SUM(CASE WHEN ${anyNull} THEN 1 ELSE 0 END) AS dg_null_keys FROM ${relationOf(side)}) r `
        + `CROSS JOIN (SELECT COUNT(*) AS dg_keys FROM (SELECT ${plan.key.map(q).join(', ')} FROM ${relationOf(side)} WHERE ${notNullKeys(side, plan.key)} GROUP BY ${plan.key.map(q).join(', ')}) g) k`;
}
function duplicatesSql(side, which, plan) {
    const q = quoted(side);
    const group = plan.key.map(q).join(', ');
    return `SELECT ${keyText(side, which, plan.key, q)} AS dg_key, COUNT(*) - 1 AS dg_extra FROM ${relationOf(side)} WHERE ${notNullKeys(side, plan.key)} `
        + `GROUP BY ${group} HAVING COUNT(*) > 1 ORDER BY ${group} LIMIT ${plan.layout.examples}`;
}
function rowsSql(side, which, plan, segments) {
    const q = quoted(side);
    const fields = [
        ...plan.key.map((column, i) => `COALESCE(${canonicalField(side.dialect, column.hashKinds[which], q(column))}, '') AS dg_k${i}`),
        ...plan.compared.map((column, i) => `COALESCE(${canonicalField(side.dialect, column.hashKinds[which], q(column))}, '') AS dg_v${i}`),
    ];
    return `SELECT dg_row, ${fields.map((_, i) => (i < plan.key.length ? `dg_k${i}` : `dg_v${i - plan.key.length}`)).join(', ')} `
        + `FROM (${hashedRows(side, which, plan, ', ' + fields.join(', '))}) h WHERE ${segmentFilter(segments)}`;
}
async function segments(side, which, plan, depth, within) {
    const result = new Map();
    const chunks = within === null ? [null] : Array.from({ length: Math.ceil(within.length / IN_CHUNK) }, (_, i) => within.slice(i * IN_CHUNK, (i + 1) * IN_CHUNK));
    for (const chunk of chunks) {
        for (const row of await side.client.query(segmentsSql(side, which, plan, depth, chunk))) {
            result.set(String(row.dg_segment), { n: number(row.dg_n), sum: String(row.dg_sum) });
        }
    }
    return result;
}
/** Digits that cut `rows` into segments of about `threshold`, at least one more than `depth`. */
function deeper(depth, rows, threshold, maxDigits) {
    const wanted = Math.ceil(Math.log(Math.max(rows, 1) / threshold) / Math.log(16));
    return Math.min(MAX_DEPTH, depth + Math.min(maxDigits, Math.max(1, wanted)));
}
/** The md5 hex of a text, as the engines compute it (over UTF-8). */
function md5(text) {
    return (0,external_node_crypto_.createHash)('md5').update(text, 'utf8').digest('hex');
}
/** One statement's worth of differing segments, pulled back as a batch (rows of a key ordered by the md5 of their text). */
async function pull(side, which, plan, leaves) {
    const rows = await side.client.query(rowsSql(side, which, plan, leaves));
    // Of rows with one key, the first diffed is the one whose text has the smallest md5, as in the join.
    const ordered = rows.map((row) => ({ row, hash: md5(String(row.dg_row)) })).sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
    const names = [...plan.key.map((c) => c.name), ...plan.compared.map((c) => c.name)];
    const aliases = [...plan.key.map((_, i) => `dg_k${i}`), ...plan.compared.map((_, i) => `dg_v${i}`)];
    const data = aliases.map((alias) => ordered.map(({ row }) => cellOfCanonical(String(row[alias] ?? ''))));
    return { columns: names, data, length: ordered.length, firstRow: 1, file: sourceLabel(side.source) };
}
/** Leaves grouped so one statement brings back at most about `rows` rows a side (a key's rows never straddle two groups). */
function groups(leaves, rows) {
    const result = [];
    let group = [];
    let size = 0;
    for (const leaf of leaves) {
        if (group.length && (size + leaf.n > rows || group.length >= IN_CHUNK)) {
            result.push(group);
            group = [];
            size = 0;
        }
        group.push(leaf.prefix);
        size += leaf.n;
    }
    if (group.length)
        result.push(group);
    return result;
}
/** A table side as a checksum source: each answer is one SQL statement (or a few) in its engine. */
function diffChecksum_tableSource(side, which, plan) {
    return {
        async stats() {
            const [row] = await side.client.query(statsSql(side, plan));
            return { rows: number(row.dg_rows), nullKeys: number(row.dg_null_keys), keys: number(row.dg_keys) };
        },
        segments: (depth, within) => segments(side, which, plan, depth, within),
        async pull(leaves, add) {
            let pulled = 0;
            for (const group of groups(leaves, ROWS_PER_STATEMENT)) {
                const batch = await pull(side, which, plan, group);
                pulled += batch.length;
                add(batch);
            }
            return pulled;
        },
        async duplicates() {
            const rows = await side.client.query(duplicatesSql(side, which, plan));
            return rows.map((row) => ({ key: encodedKey(String(row.dg_key), plan.key.length), extra: number(row.dg_extra) }));
        },
    };
}
/**
 * Diffs the pulled rows with the file diff's own matching: records hash-partitioned by key, in
 * memory while they fit the budget and in a temp folder beyond it, then matched partition by partition.
 */
async function matchPulled(sources, plan, leaves, options, tally) {
    const total = leaves.reduce((sum, leaf) => sum + leaf.n, 0);
    const parts = Math.max(1, Math.min(MAX_PARTS, Math.ceil(total / ROWS_PER_PART)));
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(options.tempDir ?? external_node_os_default().tmpdir(), 'datagate-tdiff-'));
    let pulled = 0;
    try {
        const budget = options.memoryBudget ?? diff/* DEFAULT_MEMORY_BUDGET */.AZ;
        const sinks = {
            baseline: new partition/* PartitionSink */._j({ parts, budget, dir, side: 'baseline' }),
            current: new partition/* PartitionSink */._j({ parts, budget, dir, side: 'current' }),
        };
        for (const which of ['baseline', 'current']) {
            const encoder = new partition/* SideEncoder */.u3({ key: plan.layout.key, columns: plan.layout.columns }, sinks[which]);
            pulled += await sources[which].pull(leaves, (batch) => encoder.add(batch));
            sinks[which].close();
        }
        for (let p = 0; p < parts; p++) {
            const part = (0,diff_tally/* newTally */.l4)(plan.layout);
            (0,match/* matchPartition */.c)(sinks.baseline.records(p), sinks.current.records(p), part, plan.layout);
            sinks.baseline.release(p);
            sinks.current.release(p);
            (0,diff_tally/* mergeTally */.vc)(tally, part);
        }
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
    return pulled;
}
async function checksumDiff(baseline, current, plan, options = {}) {
    return checksumDiffOf({ baseline: diffChecksum_tableSource(baseline, 'baseline', plan), current: diffChecksum_tableSource(current, 'current', plan) }, plan, options);
}
async function checksumDiffOf(sources, plan, options = {}) {
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    const maxDigits = options.maxDigits ?? 3;
    const [baselineStats, currentStats] = await Promise.all([sources.baseline.stats(), sources.current.stats()]);
    const stats = { baseline: baselineStats, current: currentStats };
    const keyed = (side) => side.rows - side.nullKeys;
    // Bisection: one statement per side per level, over the segments still in question.
    let leaves = [];
    let levels = 0;
    const largest = Math.max(keyed(stats.baseline), keyed(stats.current));
    if (largest <= threshold)
        leaves = largest > 0 ? [{ prefix: '', n: largest }] : [];
    else {
        let depth = 0;
        let open = [{ prefix: '', n: largest }];
        while (open.length) {
            const next = deeper(depth, Math.max(...open.map((segment) => segment.n)), threshold, maxDigits);
            const within = depth === 0 ? null : open.map((segment) => segment.prefix);
            const [left, right] = await Promise.all([sources.baseline.segments(next, within), sources.current.segments(next, within)]);
            levels++;
            const differing = [];
            for (const prefix of new Set([...left.keys(), ...right.keys()])) {
                const a = left.get(prefix);
                const b = right.get(prefix);
                if (a && b && a.n === b.n && a.sum === b.sum)
                    continue;
                differing.push({ prefix, n: Math.max(a?.n ?? 0, b?.n ?? 0) });
            }
            open = [];
            for (const segment of differing) {
                if (segment.n <= threshold || next >= MAX_DEPTH)
                    leaves.push(segment);
                else
                    open.push(segment);
            }
            depth = next;
        }
    }
    const tally = (0,diff_tally/* newTally */.l4)(plan.layout);
    const rowsPulled = leaves.length ? await matchPulled(sources, plan, leaves, options, tally) : 0;
    // Segments that matched hold the same rows on both sides: their keys are unchanged.
    tally.unchanged = stats.baseline.keys - tally.removed - tally.changed;
    tally.rows = { baseline: keyed(stats.baseline), current: keyed(stats.current) };
    tally.nullKeys = { baseline: stats.baseline.nullKeys, current: stats.current.nullKeys };
    tally.duplicates.baseline = tally.rows.baseline - stats.baseline.keys;
    tally.duplicates.current = tally.rows.current - stats.current.keys;
    tally.duplicates.examples.entries = [];
    for (const which of ['baseline', 'current']) {
        for (const { key, extra } of await sources[which].duplicates()) {
            for (let n = extra; n > 0; n--)
                (0,diff_tally/* offer */.x)(tally.duplicates.examples, key, () => null);
        }
    }
    return { tally, rowsPulled, segmentsPulled: leaves.length, levels };
}

;// CONCATENATED MODULE: ./src/warehouse/md5.ts
// MD5 of a short text's UTF-8 bytes, in JavaScript: the file side of the checksum diff hashes two
// texts per row, and node:crypto's per-call overhead is most of the cost for texts this short
// (1M rows: 4.4 s with createHash against about 1 s here on the loaded bench machine). Not for
// security: the engines' md5() is what the checksums must equal.
const K = new Int32Array(64);
for (let i = 0; i < 64; i++)
    K[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0;
const S = Uint8Array.from([7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
    4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21]);
const G = new Uint8Array(64);
for (let i = 0; i < 64; i++)
    G[i] = i < 16 ? i : i < 32 ? (5 * i + 1) % 16 : i < 48 ? (3 * i + 5) % 16 : (7 * i) % 16;
const encoder = new TextEncoder();
let bytes = new Uint8Array(1024);
const words = new Int32Array(16);
function swap(word) {
    return (((word & 0xff) << 24) | ((word & 0xff00) << 8) | ((word >>> 8) & 0xff00) | (word >>> 24)) >>> 0;
}
/**
 * The md5 digest of `text` (UTF-8) as four unsigned words, each read big-endian from the digest
 * bytes (so `out[0].toString(16)` is the hex digest's first 8 digits), written into `out`.
 */
function md5Words(text, out) {
    let length = text.length;
    if (bytes.length < length * 3 + 72)
        bytes = new Uint8Array(length * 3 + 72);
    let ascii = true;
    for (let i = 0; i < length; i++) {
        const code = text.charCodeAt(i);
        if (code > 127) {
            ascii = false;
            break;
        }
        bytes[i] = code;
    }
    if (!ascii)
        length = encoder.encodeInto(text, bytes).written;
    const blocks = ((length + 8) >>> 6) + 1;
    const end = blocks * 64;
    bytes[length] = 0x80;
    bytes.fill(0, length + 1, end - 8);
    const bits = length * 8;
    bytes[end - 8] = bits & 0xff;
    bytes[end - 7] = (bits >>> 8) & 0xff;
    bytes[end - 6] = (bits >>> 16) & 0xff;
    bytes[end - 5] = (bits >>> 24) & 0xff;
    const high = Math.floor(bits / 2 ** 32);
    bytes[end - 4] = high & 0xff;
    bytes[end - 3] = (high >>> 8) & 0xff;
    bytes[end - 2] = (high >>> 16) & 0xff;
    bytes[end - 1] = (high >>> 24) & 0xff;
    let a0 = 0x67452301 | 0;
    let b0 = 0xefcdab89 | 0;
    let c0 = 0x98badcfe | 0;
    let d0 = 0x10325476 | 0;
    for (let block = 0; block < end; block += 64) {
        for (let w = 0; w < 16; w++) {
            const at = block + w * 4;
            words[w] = bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24);
        }
        let a = a0;
        let b = b0;
        let c = c0;
        let d = d0;
        for (let i = 0; i < 64; i++) {
            let f;
            if (i < 16)
                f = (b & c) | (~b & d);
            else if (i < 32)
                f = (d & b) | (~d & c);
            else if (i < 48)
                f = b ^ c ^ d;
            else
                f = c ^ (b | ~d);
            f = (f + a + K[i] + words[G[i]]) | 0;
            a = d;
            d = c;
            c = b;
            const s = S[i];
            b = (b + ((f << s) | (f >>> (32 - s)))) | 0;
        }
        a0 = (a0 + a) | 0;
        b0 = (b0 + b) | 0;
        c0 = (c0 + c) | 0;
        d0 = (d0 + d) | 0;
    }
    out[0] = swap(a0);
    out[1] = swap(b0);
    out[2] = swap(c0);
    out[3] = swap(d0);
}

;// CONCATENATED MODULE: ./src/warehouse/diffFileSide.ts
// A data file as one side of the checksum diff (diffChecksum.ts), without a second engine: the
// file streams once through the readers, and each row's canonical text is built here exactly as
// the table's engine builds it in SQL (diffSql.ts), typed toward the table column's kind the way
// the file diff reads a cell (`1.50` is the NUMERIC 1.5, `2024-01-02` the DATE). Per row only the
// key's md5 (96 bits) and the row's 48-bit checksum term are kept, so every level of segments is
// a pass over typed arrays; the rows of differing segments (and the keys held twice) are read
// back in a second pass over the file, only when there are any.




/** Pulled rows per batch handed to the diff's encoder. */
const PULL_BATCH = 50_000;
const TWO_24 = 2 ** 24;
/** A double as the engines print it in 17 significant digits: `1.5000000000000000e+00`; −0 is 0. */
function scientific17(value) {
    const text = (value === 0 ? 0 : value).toExponential(16);
    const e = text.indexOf('e');
    const sign = text[e + 1];
    const digits = text.slice(e + 2);
    return `${text.slice(0, e)}e${sign}${digits.length < 2 ? '0' + digits : digits}`;
}
function integerText(cell) {
    switch (typeof cell) {
        case 'number': return Number.isInteger(cell) ? (Number.isSafeInteger(cell) ? String(cell) : BigInt(cell).toString()) : undefined;
        case 'bigint': return cell.toString();
        case 'string': {
            const kind = (0,profile_values/* classifyText */.oF)(cell);
            if (kind === profile_values/* KIND_INTEGER */.Ec) {
                if (Number.isSafeInteger(profile_values/* parsedValue */.X$.value))
                    return String(profile_values/* parsedValue */.X$.value === 0 ? 0 : profile_values/* parsedValue */.X$.value);
                try {
                    return BigInt(cell.trim()).toString();
                }
                catch {
                    return undefined;
                }
            }
            if (kind === profile_values/* KIND_NUMBER */.V && Number.isSafeInteger(profile_values/* parsedValue */.X$.value))
                return String(profile_values/* parsedValue */.X$.value === 0 ? 0 : profile_values/* parsedValue */.X$.value);
            return undefined;
        }
        default: return undefined;
    }
}
function numberOfCell(cell) {
    switch (typeof cell) {
        case 'number': return Number.isFinite(cell) ? cell : undefined;
        case 'bigint': return Number(cell);
        case 'string': {
            const kind = (0,profile_values/* classifyText */.oF)(cell);
            return kind === profile_values/* KIND_INTEGER */.Ec || kind === profile_values/* KIND_NUMBER */.V ? profile_values/* parsedValue */.X$.value : undefined;
        }
        default: return undefined;
    }
}
function timeOfCell(cell) {
    if (cell instanceof Date)
        return cell.getTime();
    if (typeof cell !== 'string')
        return undefined;
    const kind = (0,profile_values/* classifyText */.oF)(cell);
    return kind === profile_values/* KIND_DATE */.UR || kind === profile_values/* KIND_TIMESTAMP */.mq ? profile_values/* parsedValue */.X$.value : undefined;
}
function booleanOfCell(cell) {
    if (typeof cell === 'boolean')
        return cell;
    if (typeof cell !== 'string')
        return undefined;
    return (0,profile_values/* classifyText */.oF)(cell) === profile_values/* KIND_BOOLEAN */.gN ? profile_values/* parsedValue */.X$.value === 1 : undefined;
}
function textOfCell(cell) {
    if (typeof cell === 'string')
        return cell;
    if (cell instanceof Date)
        return cell.toISOString();
    if (typeof cell === 'object' && cell !== null)
        return JSON.stringify(cell, (_key, value) => (typeof value === 'bigint' ? value.toString() : value));
    return String(cell);
}
// Surrogates: only then is a text's length in code points not its length.
const SURROGATE = /[\uD800-\uDFFF]/;
function codePoints(text) {
    if (!SURROGATE.test(text))
        return text.length;
    let n = 0;
    for (const _ of text)
        n++;
    return n;
}
function canonicalText(text) {
    return `s${codePoints(text)}:${text}`;
}
/**
 * A non-null cell's canonical text as the table column's kind gives it (diffSql.ts
 * `canonicalField`). A cell the kind cannot hold (text in an integer column) gets its text's
 * canonical form: it can equal no value of the table, so its segment is pulled and diffed by the
 * file diff's rules, which decide.
 */
function canonicalCell(kind, cell) {
    switch (kind) {
        case 'integer': {
            const digits = integerText(cell);
            if (digits !== undefined)
                return 'i' + digits;
            break;
        }
        case 'number': {
            const value = numberOfCell(cell);
            if (value !== undefined)
                return 'n' + scientific17(value);
            break;
        }
        case 'date':
        case 'timestamp': {
            const ms = timeOfCell(cell);
            if (ms !== undefined && Number.isFinite(ms))
                return 't' + Math.floor(ms);
            break;
        }
        case 'boolean': {
            const value = booleanOfCell(cell);
            if (value !== undefined)
                return value ? 'b1' : 'b0';
            break;
        }
        case 'text': break;
    }
    return canonicalText(textOfCell(cell));
}
/** Growable typed columns of the hashed rows. */
class HashedRows {
    length = 0;
    /** The key md5's first 96 bits, in three words. */
    a = new Uint32Array(1024);
    b = new Uint32Array(1024);
    c = new Uint32Array(1024);
    /** The row md5's first 48 bits. */
    term = new Float64Array(1024);
    /** A row: its key's md5 words and its row text's md5 words. */
    push(key, row) {
        if (this.length === this.a.length)
            this.grow();
        const i = this.length++;
        this.a[i] = key[0];
        this.b[i] = key[1];
        this.c[i] = key[2];
        this.term[i] = row[0] * 65536 + (row[1] >>> 16);
    }
    grow() {
        const size = this.a.length * 2;
        const words = (old) => {
            const next = new Uint32Array(size);
            next.set(old);
            return next;
        };
        this.a = words(this.a);
        this.b = words(this.b);
        this.c = words(this.c);
        const term = new Float64Array(size);
        term.set(this.term);
        this.term = term;
    }
    /** The first `depth` hex digits (at most 10) of row i's key md5, as a number. */
    prefix(i, depth) {
        if (depth === 0)
            return 0;
        if (depth <= 8)
            return this.a[i] >>> (32 - 4 * depth);
        return this.a[i] * 16 ** (depth - 8) + (this.b[i] >>> (32 - 4 * (depth - 8)));
    }
}
const keyWords = new Uint32Array(4);
const rowWords = new Uint32Array(4);
/** Distinct keys (by the 96-bit key hash), and which rows hold a key that more than one row holds. */
function repeatedKeys(rows) {
    let capacity = 16;
    while (capacity < rows.length * 2)
        capacity *= 2;
    const slots = new Int32Array(capacity).fill(-1);
    const repeated = new Uint8Array(rows.length);
    let keys = 0;
    const mask = capacity - 1;
    for (let i = 0; i < rows.length; i++) {
        let slot = (rows.b[i] ^ Math.imul(rows.c[i], 0x9e3779b1)) & mask;
        for (;;) {
            const held = slots[slot];
            if (held === -1) {
                slots[slot] = i;
                keys++;
                break;
            }
            if (rows.a[held] === rows.a[i] && rows.b[held] === rows.b[i] && rows.c[held] === rows.c[i]) {
                repeated[held] = 1;
                repeated[i] = 1;
                break;
            }
            slot = (slot + 1) & mask;
        }
    }
    return { keys, repeated };
}
/**
 * The file side of a checksum diff; `hash()` streams the file once. `kinds` gives each planned
 * column's kind on the table side, which the file's cells are typed toward.
 */
function diffFileSide_fileSource(spec, which, plan) {
    const isNull = (0,profile_values/* makeNullTest */.sM)(spec.options.nullValues);
    const rows = new HashedRows();
    let total = 0;
    let nullKeys = 0;
    let duplicates;
    const names = [...plan.key, ...plan.compared].map((column) => column.name);
    const kindOf = (column) => column.hashKinds[which];
    /** Each row of a batch with a non-null key, in order: its cells (key columns, then compared), or undefined when its key has a null. */
    function* rowsOf(batch) {
        const index = new Map(batch.columns.map((name, c) => [name, c]));
        const columns = names.map((name) => {
            const c = index.get(name);
            return c === undefined ? undefined : batch.data[c];
        });
        const keys = plan.key.length;
        const cells = new Array(columns.length);
        for (let r = 0; r < batch.length; r++) {
            let nullKey = false;
            for (let c = 0; c < columns.length; c++) {
                const cell = columns[c]?.[r];
                const empty = isNull(cell);
                if (empty && c < keys)
                    nullKey = true;
                cells[c] = empty ? null : cell;
            }
            yield nullKey ? undefined : cells;
        }
    }
    function add(batch) {
        const index = new Map(batch.columns.map((name, c) => [name, c]));
        const columns = names.map((name) => {
            const c = index.get(name);
            return c === undefined ? undefined : batch.data[c];
        });
        const kinds = [...plan.key, ...plan.compared].map(kindOf);
        const keys = plan.key.length;
        rows: for (let r = 0; r < batch.length; r++) {
            total++;
            let keyText = '';
            for (let k = 0; k < keys; k++) {
                const cell = columns[k]?.[r];
                if (isNull(cell)) {
                    nullKeys++;
                    continue rows;
                }
                keyText += (k ? '|' : '') + canonicalCell(kinds[k], cell);
            }
            let rowText = keyText + '#';
            for (let c = keys; c < columns.length; c++) {
                const cell = columns[c]?.[r];
                if (c > keys)
                    rowText += '|';
                if (!isNull(cell))
                    rowText += canonicalCell(kinds[c], cell);
            }
            md5Words(keyText, keyWords);
            md5Words(rowText, rowWords);
            rows.push(keyWords, rowWords);
        }
    }
    async function* batches(first, rest) {
        if (rest) {
            if (first)
                yield first;
            for (let next = await rest.next(); !next.done; next = await rest.next())
                yield next.value;
            return;
        }
        yield* (0,readers.readBatches)(spec.files, spec.options, () => { });
    }
    /** Rows per encoded key among the keys held twice, once a second pass has counted them. */
    let repeatedCounts;
    function countKey(counts, cells) {
        const key = cells.slice(0, plan.key.length).map((cell) => (0,diff_cells/* encodeKey */.g2)(cell)).join(diff_cells/* FIELD */.b_);
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    function ensureDuplicates() {
        duplicates ??= repeatedKeys(rows);
        return duplicates;
    }
    return {
        async hash(first, rest) {
            for await (const batch of batches(first, rest))
                add(batch);
        },
        async stats() {
            return { rows: total, nullKeys, keys: ensureDuplicates().keys };
        },
        async segments(depth, within) {
            let wanted = null;
            let withinDepth = 0;
            if (within) {
                withinDepth = within[0]?.length ?? 0;
                if (within.some((prefix) => prefix.length !== withinDepth))
                    throw new Error('segments within prefixes of one depth only');
                wanted = new Set(within.map((prefix) => (withinDepth ? parseInt(prefix, 16) : 0)));
            }
            const found = new Map();
            for (let i = 0; i < rows.length; i++) {
                if (wanted && !wanted.has(rows.prefix(i, withinDepth)))
                    continue;
                const prefix = rows.prefix(i, depth);
                let segment = found.get(prefix);
                if (!segment)
                    found.set(prefix, (segment = { n: 0, high: 0, low: 0 }));
                const term = rows.term[i];
                const high = Math.floor(term / TWO_24);
                segment.n++;
                segment.high += high;
                segment.low += term - high * TWO_24;
            }
            const result = new Map();
            for (const [prefix, { n, high, low }] of found) {
                result.set(prefix.toString(16).padStart(depth, '0'), { n, sum: (BigInt(high) * BigInt(TWO_24) + BigInt(low)).toString() });
            }
            return result;
        },
        async pull(leaves, deliver) {
            const depths = new Map();
            for (const leaf of leaves) {
                const set = depths.get(leaf.prefix.length) ?? new Set();
                set.add(leaf.prefix.length ? parseInt(leaf.prefix, 16) : 0);
                depths.set(leaf.prefix.length, set);
            }
            const wanted = new Uint8Array(rows.length);
            for (let i = 0; i < rows.length; i++) {
                for (const [depth, set] of depths) {
                    if (set.has(rows.prefix(i, depth))) {
                        wanted[i] = 1;
                        break;
                    }
                }
            }
            let pulled = 0;
            let data = names.map(() => []);
            let length = 0;
            const flush = () => {
                if (!length)
                    return;
                deliver({ columns: names, data, length, firstRow: 1, file: spec.label });
                pulled += length;
                data = names.map(() => []);
                length = 0;
            };
            // The keys held twice are listed from this same pass.
            const { repeated, keys } = ensureDuplicates();
            const counts = keys === rows.length ? undefined : new Map();
            await secondPass((cells, i) => {
                if (counts && repeated[i])
                    countKey(counts, cells);
                if (!wanted[i])
                    return;
                for (let c = 0; c < names.length; c++)
                    data[c].push(cells[c]);
                if (++length >= PULL_BATCH)
                    flush();
            });
            flush();
            repeatedCounts = counts ?? new Map();
            return pulled;
        },
        async duplicates() {
            const { repeated, keys } = ensureDuplicates();
            if (keys === rows.length)
                return [];
            if (!repeatedCounts) {
                const counts = new Map();
                await secondPass((cells, i) => {
                    if (repeated[i])
                        countKey(counts, cells);
                });
                repeatedCounts = counts;
            }
            return [...repeatedCounts].map(([key, n]) => ({ key, extra: n - 1 }));
        },
    };
    /** Reads the file again, calling `each` with the cells of every row with a non-null key and its number among them. */
    async function secondPass(each) {
        let i = 0;
        for await (const batch of (0,readers.readBatches)(spec.files, spec.options, () => { })) {
            for (const cells of rowsOf(batch)) {
                if (cells)
                    each(cells, i++);
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/warehouse/diffColumns.ts
// The columns of a side and their engine types, from the catalog, for the table diff.



function diffColumns_text(value) {
    return typeof value === 'string' ? value : String(value);
}
async function postgresColumns(client, dialect, source) {
    const list = `SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = %REL% AND attnum > 0 AND NOT attisdropped ORDER BY attnum`;
    if (source.table !== undefined) {
        const found = await client.query(`SELECT to_regclass(${dialect.literal(dialect.quoteTable(source.table))}) IS NOT NULL AS found`);
        if (!found[0]?.found)
            throw new errors/* UserError */.yo([{ file: sourceLabel(source), message: `no table or view ${JSON.stringify(source.table)} (or no permission to read it)` }]);
        const rows = await client.query(list.replace('%REL%', `to_regclass(${dialect.literal(dialect.quoteTable(source.table))})`));
        return rows.map((row) => ({ name: diffColumns_text(row.name), type: diffColumns_text(row.type), kind: kindOfType(diffColumns_text(row.type)) }));
    }
    // A query: its columns are those of a temporary view over it.
    const view = `datagate_diff_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    await client.query(`CREATE TEMPORARY VIEW ${view} AS ${source.query.trim().replace(/;\s*$/, '')}`);
    try {
        const rows = await client.query(list.replace('%REL%', `'pg_temp.${view}'::regclass`));
        return rows.map((row) => ({ name: diffColumns_text(row.name), type: diffColumns_text(row.type), kind: kindOfType(diffColumns_text(row.type)) }));
    }
    finally {
        await client.query(`DROP VIEW IF EXISTS pg_temp.${view}`);
    }
}
/** `information_schema.columns` for a table, for engines not run live here. */
function informationSchemaSql(dialect, table) {
    const parts = tableParts(table);
    const name = parts[parts.length - 1];
    const schema = parts.length > 1 ? parts[parts.length - 2] : undefined;
    const catalog = parts.length > 2 ? parts[parts.length - 3] : undefined;
    const where = [`table_name = ${dialect.literal(name)}`];
    let from;
    if (dialect.engine === 'bigquery') {
        // BigQuery's view lives in the dataset: `project.dataset.INFORMATION_SCHEMA.COLUMNS`, one quoted path.
        from = schema ? dialect.quoteIdent([catalog, schema, 'INFORMATION_SCHEMA', 'COLUMNS'].filter((part) => part !== undefined).join('.')) : 'INFORMATION_SCHEMA.COLUMNS';
    }
    else {
        from = `${catalog ? dialect.quoteIdent(catalog) + '.' : ''}information_schema.columns`;
        if (schema)
            where.push(`table_schema = ${dialect.literal(schema)}`);
    }
    return `SELECT column_name AS name, data_type AS type FROM ${from} WHERE ${where.join(' AND ')} ORDER BY ordinal_position`;
}
async function columnsOf(client, dialect, source) {
    let columns;
    try {
        if (dialect.engine === 'postgres' || dialect.engine === 'redshift')
            columns = await postgresColumns(client, dialect, source);
        else if (dialect.engine === 'duckdb') {
            const rows = await client.query(`DESCRIBE SELECT * FROM ${relationSql(dialect, source)}`);
            columns = rows.map((row) => ({ name: diffColumns_text(row.column_name), type: diffColumns_text(row.column_type), kind: kindOfType(diffColumns_text(row.column_type)) }));
        }
        else {
            if (source.table === undefined)
                throw new errors/* UserError */.yo([{ file: sourceLabel(source), message: `a row diff over a query is not supported on ${dialect.engine} yet: name a table` }]);
            const rows = await client.query(informationSchemaSql(dialect, source.table));
            columns = rows.map((row) => ({ name: diffColumns_text(row.name), type: diffColumns_text(row.type), kind: kindOfType(diffColumns_text(row.type)) }));
        }
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw error;
        const message = error instanceof Error ? error.message : String(error);
        throw new errors/* UserError */.yo([{ file: sourceLabel(source), message: `could not read the columns: ${message}` }]);
    }
    if (columns.length === 0)
        throw new errors/* UserError */.yo([{ file: sourceLabel(source), message: `no table or view ${JSON.stringify(source.table ?? 'query')} (or no permission to read it)` }]);
    return columns;
}

;// CONCATENATED MODULE: ./src/warehouse/diffJoin.ts
// The table diff within one engine: both sides FULL OUTER JOINed on the key in the database.
// One aggregate statement counts rows, keys and per-column changes; one more statement brings
// back the LIMITed examples. Of several rows with one key, the one whose canonical text has the
// smallest md5 is diffed (the cross-engine diff picks the same row); the others are duplicates.







/** Relative slack of the file diff's comparison (a few units in the last place). */
const SLACK = '4 * 2.220446049250313e-16';
function diffJoin_number(value) {
    if (value === null || value === undefined)
        return 0;
    return Number(value);
}
function sideCte(side, which, plan, duplicates) {
    const q = (column) => side.dialect.quoteIdent(column.name);
    const keys = plan.key.map((column, i) => `${q(column)} AS dg_k${i}`);
    // NaN and ±Infinity as NULL, as the profile, the contract and the checksums read them (finite.ts).
    const values = plan.compared.map((column, i) => `${column.kinds[which] === 'number' ? finiteNumber(q(column)) : q(column)} AS dg_v${i}`);
    if (!duplicates)
        return `SELECT ${[...keys, ...values, '1 AS dg_p', '1 AS dg_rn'].join(', ')} FROM ${relationOf(side)} WHERE ${notNullKeys(side, plan.key)}`;
    const order = md5Hex(side.dialect, rowText(side, which, plan, q, q));
    return `SELECT ${[...keys, ...values, '1 AS dg_p'].join(', ')}, ROW_NUMBER() OVER (PARTITION BY ${plan.key.map(q).join(', ')} ORDER BY ${order}) AS dg_rn `
        + `FROM ${relationOf(side)} WHERE ${notNullKeys(side, plan.key)}`;
}
function tolerance(a, b, rule) {
    const scale = `GREATEST(ABS(${a}), ABS(${b}))`;
    const parts = [`${a} = ${b}`];
    if (rule.absolute !== undefined)
        parts.push(`ABS(${a} - ${b}) <= ${rule.absolute} + ${SLACK} * ${scale}`);
    if (rule.relative !== undefined)
        parts.push(`ABS(${a} - ${b}) <= ${rule.relative} * ${scale} + ${SLACK} * ${scale}`);
    return `(${parts.join(' OR ')})`;
}
/** When two non-null values count as equal: the file diff's rules (tally.ts `cellsEqual`) as SQL. */
function equalSql(side, column, b, c) {
    const d = side.dialect;
    const { baseline: kb, current: kc } = column.kinds;
    const rule = column.rule;
    if (isNumeric(kb) && isNumeric(kc)) {
        const bothIntegers = kb === 'integer' && kc === 'integer';
        if (!rule || (rule.absolute === undefined && rule.relative === undefined))
            return bothIntegers ? `${b} = ${c}` : `${asDouble(d, b)} = ${asDouble(d, c)}`;
        return tolerance(asDouble(d, b), asDouble(d, c), rule);
    }
    if (isTime(kb) && isTime(kc)) {
        const a = asDouble(d, epochMs(d, kb, b));
        const z = asDouble(d, epochMs(d, kc, c));
        if (!rule)
            return `${a} = ${z}`;
        if (rule.unitMs) {
            const fa = `FLOOR(${a} / ${rule.unitMs})`;
            const fz = `FLOOR(${z} / ${rule.unitMs})`;
            if (rule.absolute === undefined)
                return `${fa} = ${fz}`;
            return `(${fa} = ${fz} OR ${tolerance(`${fa} * ${rule.unitMs}`, `${fz} * ${rule.unitMs}`, rule)})`;
        }
        return tolerance(a, z, rule);
    }
    if (kb === kc)
        return `${b} = ${c}`;
    return `${canonicalField(d, column.hashKinds.baseline, b)} = ${canonicalField(d, column.hashKinds.current, c)}`;
}
function differsSql(side, column, i) {
    const b = `b_v${i}`;
    const c = `c_v${i}`;
    return `CASE WHEN b_p IS NOT NULL AND c_p IS NOT NULL THEN CASE WHEN (${b} IS NULL AND ${c} IS NULL) OR ${equalSql(side, column, b, c)} THEN 0 ELSE 1 END ELSE 0 END AS dg_d${i}`;
}
/** The CTEs both statements share: bs, cs (each side's non-null keys, numbered within a key), j (joined), d (with per-column flags). */
function joinCtes(side, other, plan, duplicates = { baseline: true, current: true }) {
    const joined = [
        ...plan.key.map((_, i) => `b.dg_k${i} AS b_k${i}, c.dg_k${i} AS c_k${i}`),
        ...plan.compared.map((_, i) => `b.dg_v${i} AS b_v${i}, c.dg_v${i} AS c_v${i}`),
        'b.dg_p AS b_p', 'c.dg_p AS c_p',
    ];
    const on = plan.key.map((_, i) => `b.dg_k${i} = c.dg_k${i}`).join(' AND ');
    const flags = plan.compared.map((column, i) => differsSql(side, column, i));
    return `WITH bs AS (${sideCte(side, 'baseline', plan, duplicates.baseline)}), cs AS (${sideCte(other, 'current', plan, duplicates.current)}), `
        + `j AS (SELECT ${joined.join(', ')} FROM (SELECT * FROM bs WHERE dg_rn = 1) b FULL OUTER JOIN (SELECT * FROM cs WHERE dg_rn = 1) c ON ${on}), `
        + `d AS (SELECT j.*${flags.map((flag) => ', ' + flag).join('')} FROM j)`;
}
function anyDiffers(plan) {
    return plan.compared.length ? plan.compared.map((_, i) => `dg_d${i}`).join(' + ') : '0';
}
function joinCountsSql(side, other, plan, duplicates) {
    const d = side.dialect;
    const both = 'b_p IS NOT NULL AND c_p IS NOT NULL';
    const columns = plan.compared.flatMap((column, i) => {
        const list = [`SUM(dg_d${i}) AS dg_changed_${i}`];
        if (isNumeric(column.kinds.baseline) && isNumeric(column.kinds.current)) {
            const numbers = `dg_d${i} = 1 AND b_v${i} IS NOT NULL AND c_v${i} IS NOT NULL`;
            list.push(`SUM(CASE WHEN ${numbers} THEN ${asDouble(d, `c_v${i}`)} - ${asDouble(d, `b_v${i}`)} END) AS dg_delta_${i}`);
            list.push(`SUM(CASE WHEN ${numbers} THEN 1 ELSE 0 END) AS dg_deltas_${i}`);
        }
        return list;
    });
    // Rows, null keys and duplicates come from the stats pass (diffChecksum.ts `statsSql`): each CTE is referenced once, so engines inline it.
    return `${joinCtes(side, other, plan, duplicates)} `
        + `SELECT SUM(CASE WHEN b_p IS NULL THEN 1 ELSE 0 END) AS dg_added, SUM(CASE WHEN c_p IS NULL THEN 1 ELSE 0 END) AS dg_removed, `
        + `SUM(CASE WHEN ${both} AND ${anyDiffers(plan)} > 0 THEN 1 ELSE 0 END) AS dg_changed, `
        + `SUM(CASE WHEN ${both} AND ${anyDiffers(plan)} = 0 THEN 1 ELSE 0 END) AS dg_unchanged`
        + columns.map((column) => ', ' + column).join('')
        + ' FROM d';
}
/** Lists of the examples statement (its `dg_list` column). */
const ADDED = 0;
const REMOVED = 1;
const CHANGED = 2;
const COLUMN = 3;
const TRANSITION = 4;
const DUPLICATE = 5;
/** Transitions brought back per column to find the most frequent. */
const TRANSITIONS = 20;
function joinExamplesSql(side, other, plan, duplicates) {
    const d = side.dialect;
    const k = plan.layout.examples;
    const nothing = asText(d, 'NULL');
    const keyOf = (prefix, which) => keyText(which === 'baseline' ? side : other, which, plan.key, (_, i) => `${prefix}_k${i}`);
    const valuesOf = (prefix, which) => valuesText(which === 'baseline' ? side : other, which, plan.compared, (_, i) => `${prefix}_v${i}`);
    const orderBy = (prefix) => plan.key.map((_, i) => `${prefix}_k${i}`).join(', ');
    const select = (list, column, key, a, b, flags, n) => `SELECT ${list} AS dg_list, ${column} AS dg_col, ${key} AS dg_key, ${a} AS dg_a, ${b} AS dg_b, ${flags} AS dg_flags, ${n} AS dg_n`;
    const flags = plan.compared.length ? plan.compared.map((_, i) => asText(d, `dg_d${i}`)).join(' || ') : `''`;
    const both = 'b_p IS NOT NULL AND c_p IS NOT NULL';
    const parts = [
        `${select(ADDED, -1, keyOf('c', 'current'), nothing, valuesOf('c', 'current'), nothing, '0')} FROM x WHERE b_p IS NULL ORDER BY ${orderBy('c')} LIMIT ${k}`,
        `${select(REMOVED, -1, keyOf('b', 'baseline'), valuesOf('b', 'baseline'), nothing, nothing, '0')} FROM x WHERE c_p IS NULL ORDER BY ${orderBy('b')} LIMIT ${k}`,
        `${select(CHANGED, -1, keyOf('b', 'baseline'), valuesOf('b', 'baseline'), valuesOf('c', 'current'), flags, '0')} FROM x WHERE ${both} AND ${anyDiffers(plan)} > 0 ORDER BY ${orderBy('b')} LIMIT ${k}`,
    ];
    plan.compared.forEach((column, i) => {
        const before = `COALESCE(${canonicalField(d, column.hashKinds.baseline, `b_v${i}`)}, '')`;
        const after = `COALESCE(${canonicalField(d, column.hashKinds.current, `c_v${i}`)}, '')`;
        parts.push(`${select(COLUMN, i, keyOf('b', 'baseline'), before, after, nothing, '0')} FROM x WHERE dg_d${i} = 1 ORDER BY ${orderBy('b')} LIMIT ${k}`);
        // The file diff counts a transition where the two values are not both numbers.
        const numeric = isNumeric(column.kinds.baseline) && isNumeric(column.kinds.current);
        const where = numeric ? ` AND (b_v${i} IS NULL OR c_v${i} IS NULL)` : '';
        parts.push(`${select(TRANSITION, i, nothing, before, after, nothing, 'COUNT(*)')} FROM x WHERE dg_d${i} = 1${where} GROUP BY ${before}, ${after} ORDER BY COUNT(*) DESC LIMIT ${TRANSITIONS}`);
    });
    for (const [prefix, which, cte] of [['b', 'baseline', 'bs'], ['c', 'current', 'cs']]) {
        if (duplicates && !duplicates[which])
            continue;
        const key = keyText(which === 'baseline' ? side : other, which, plan.key, (_, i) => `dg_k${i}`);
        const group = plan.key.map((_, i) => `dg_k${i}`).join(', ');
        parts.push(`${select(DUPLICATE, prefix === 'b' ? 0 : 1, key, nothing, nothing, nothing, 'COUNT(*) - 1')} FROM ${cte} GROUP BY ${group} HAVING COUNT(*) > 1 ORDER BY ${group} LIMIT ${k}`);
    }
    // x: the rows that differ, few, read by every list (d is referenced once, so engines need not keep the whole join).
    // Each list a CTE of its own (ORDER BY … LIMIT inside), then one UNION ALL of them.
    return `${joinCtes(side, other, plan, duplicates)}, x AS (SELECT * FROM d WHERE b_p IS NULL OR c_p IS NULL OR ${anyDiffers(plan)} > 0), ${parts.map((part, i) => `e${i} AS (${part})`).join(', ')} `
        + parts.map((_, i) => `SELECT * FROM e${i}`).join(' UNION ALL ');
}
/** The tally a file diff of the same rows would have reached, from the two statements' answers. */
function tallyOfJoin(plan, stats, counts, examples) {
    const tally = (0,diff_tally/* newTally */.l4)(plan.layout);
    const keys = plan.key.length;
    const columns = plan.compared.length;
    tally.nullKeys = { baseline: diffJoin_number(stats.baseline.dg_null_keys), current: diffJoin_number(stats.current.dg_null_keys) };
    tally.rows = { baseline: diffJoin_number(stats.baseline.dg_rows) - tally.nullKeys.baseline, current: diffJoin_number(stats.current.dg_rows) - tally.nullKeys.current };
    tally.added = diffJoin_number(counts.dg_added);
    tally.removed = diffJoin_number(counts.dg_removed);
    tally.changed = diffJoin_number(counts.dg_changed);
    tally.unchanged = diffJoin_number(counts.dg_unchanged);
    tally.duplicates.baseline = tally.rows.baseline - diffJoin_number(stats.baseline.dg_keys);
    tally.duplicates.current = tally.rows.current - diffJoin_number(stats.current.dg_keys);
    plan.compared.forEach((_, i) => {
        const column = tally.columns[i];
        column.changed = diffJoin_number(counts[`dg_changed_${i}`]);
        column.deltaSum = diffJoin_number(counts[`dg_delta_${i}`]);
        column.deltaCount = diffJoin_number(counts[`dg_deltas_${i}`]);
    });
    for (const row of examples) {
        const list = diffJoin_number(row.dg_list);
        const c = diffJoin_number(row.dg_col);
        const text = (value) => (value === null || value === undefined ? '' : String(value));
        const key = () => encodedKey(text(row.dg_key), keys);
        if (list === ADDED)
            (0,diff_tally/* offer */.x)(tally.addedExamples, key(), () => encodedValues(text(row.dg_b), columns));
        else if (list === REMOVED)
            (0,diff_tally/* offer */.x)(tally.removedExamples, key(), () => encodedValues(text(row.dg_a), columns));
        else if (list === CHANGED) {
            const before = splitCanonicalRow(text(row.dg_a), columns);
            const after = splitCanonicalRow(text(row.dg_b), columns);
            const flags = text(row.dg_flags);
            const cells = [];
            for (let i = 0; i < columns; i++)
                if (flags[i] === '1')
                    cells.push([i, settledValue(before[i]), settledValue(after[i])]);
            (0,diff_tally/* offer */.x)(tally.changedExamples, key(), () => cells);
        }
        else if (list === COLUMN)
            (0,diff_tally/* offer */.x)(tally.columns[c].examples, key(), () => [settledValue(text(row.dg_a)), settledValue(text(row.dg_b))]);
        else if (list === TRANSITION)
            tally.columns[c].transitions.set(settledValue(text(row.dg_a)) + diff_cells/* FIELD */.b_ + settledValue(text(row.dg_b)), diffJoin_number(row.dg_n));
        else if (list === DUPLICATE) {
            const encoded = key();
            for (let n = diffJoin_number(row.dg_n); n > 0; n--)
                (0,diff_tally/* offer */.x)(tally.duplicates.examples, encoded, () => null);
        }
    }
    return tally;
}

;// CONCATENATED MODULE: ./src/warehouse/diff.ts
// The row diff by key of two warehouse tables (#14): the same `diff` report, and the same gates,
// as the file diff (src/diff/) gives for their CSV exports. Both sides on one client: a FULL OUTER
// JOIN in the database (diffJoin.ts). On two engines: checksums of key segments, drilling down
// only where they differ (diffChecksum.ts).












/** A side's client whose refusals (permission, timeout, a type it cannot cast) name the side; counted by its meter. */
function labelled(client, label) {
    return {
        engine: client.engine,
        async query(sql) {
            try {
                return await client.query(sql);
            }
            catch (error) {
                if (error instanceof errors/* UserError */.yo)
                    throw error;
                const message = error instanceof Error ? error.message : String(error);
                throw new errors/* UserError */.yo([{ file: label, message: `the row diff's query failed: ${message}` }]);
            }
        },
        close: () => client.close(),
    };
}
/** The report's diff of two table sides by `options.key`, and how much it cost. */
async function diffTableSides(sides, options, tableOptions = {}) {
    // One meter for both sides when they share a client; the cost is what both meters gained.
    const sameClient = sides.baseline.client === sides.current.client;
    const baselineMeter = metered(sides.baseline.client);
    const meters = { baseline: baselineMeter, current: sameClient ? baselineMeter : metered(sides.current.client) };
    const before = { baseline: snapshot(meters.baseline), current: snapshot(meters.current) };
    const spent = (rowsScanned) => {
        meters.baseline.scanned(rowsScanned);
        const baselineCost = costSince(meters.baseline, before.baseline);
        // Two sides of one dataset from the run's Connections share one cost: count it once.
        if (meters.current.cost === meters.baseline.cost)
            return baselineCost;
        const currentCost = costSince(meters.current, before.current);
        return { queries: baselineCost.queries + currentCost.queries, rowsScanned: baselineCost.rowsScanned + currentCost.rowsScanned, ms: baselineCost.ms + currentCost.ms };
    };
    const baselineLabel = sourceLabel(sides.baseline.source);
    const currentLabel = sourceLabel(sides.current.source);
    const wrapped = labelled(meters.baseline, sameClient ? `${baselineLabel} and ${currentLabel}` : baselineLabel);
    const baseline = { ...sides.baseline, client: wrapped };
    const current = { ...sides.current, client: sameClient ? wrapped : labelled(meters.current, currentLabel) };
    // The catalog's own messages already name the side (diffColumns.ts).
    const [baselineColumns, currentColumns] = await Promise.all([
        columnsOf(meters.baseline, baseline.dialect, baseline.source),
        columnsOf(meters.current, current.dialect, current.source),
    ]);
    const plan = planDiff(options, { baseline: baseline.source, current: current.source }, { baseline: baselineColumns, current: currentColumns });
    const strategy = tableOptions.strategy ?? (sameClient ? 'join' : 'checksum');
    if (strategy === 'join') {
        if (!sameClient)
            throw new Error('an in-database join needs both sides on one client');
        // A pass that counts keys first: a side without duplicate keys need not number its rows.
        const [baselineStats, currentStats] = [(await baseline.client.query(statsSql(baseline, plan)))[0], (await current.client.query(statsSql(current, plan)))[0]];
        const duplicated = (stats) => Number(stats.dg_rows) - Number(stats.dg_null_keys ?? 0) !== Number(stats.dg_keys);
        const duplicates = { baseline: duplicated(baselineStats), current: duplicated(currentStats) };
        const [counts] = await baseline.client.query(joinCountsSql(baseline, current, plan, duplicates));
        const examples = await baseline.client.query(joinExamplesSql(baseline, current, plan, duplicates));
        const tally = tallyOfJoin(plan, { baseline: baselineStats, current: currentStats }, counts, examples);
        const diff = (0,finish/* finishDiff */.d)(tally, plan.layout, plan.notCompared);
        const pulled = examples.length + 1;
        return { diff, cost: { ...spent(4 * (diff.rows.baseline + diff.rows.current)), rowsPulled: pulled, strategy } };
    }
    const result = await checksumDiff(baseline, current, plan, tableOptions);
    const diff = (0,finish/* finishDiff */.d)(result.tally, plan.layout, plan.notCompared);
    // Per side: the stats (two scans), one scan per level, the duplicates, and the pull when there is one.
    const scans = 3 + result.levels + (result.segmentsPulled ? 1 : 0);
    return {
        diff,
        cost: { ...spent(scans * (diff.rows.baseline + diff.rows.current)), rowsPulled: result.rowsPulled, strategy },
    };
}
/** A dataset's row diff between two warehouse sides, with its gates (src/gates/diff.ts). */
async function diffTables(sides, dataset, tableOptions = {}) {
    const key = keyOf(dataset);
    if (!key)
        return { gates: [], cost: { queries: 0, rowsScanned: 0, rowsPulled: 0, ms: 0, strategy: 'join' } };
    const { diff, cost } = await diffTableSides(sides, diffOptionsOf(dataset, key), tableOptions);
    return { diff, gates: (0,src_gates/* evaluateGate */.DR)('diff', dataset.diff, { dataset: dataset.name, diff }), cost };
}
/**
 * The diff of a table side and a data file side (#14): the file is hashed here while it streams
 * (diffFileSide.ts), its cells typed toward the table's column kinds, and checksummed against the
 * table's segments as a second engine would be; no second engine, no native module. The result
 * is the file diff of the table's CSV export against the file. `cost` is the table's: its
 * statements, the rows its engine read, the rows it sent back.
 */
async function diffTableAndFile(table, file, fileSide, options, tableOptions = {}) {
    const meter = metered(table.client);
    const before = snapshot(meter);
    const tableSide = fileSide === 'baseline' ? 'current' : 'baseline';
    const wrapped = { ...table, client: labelled(meter, sourceLabel(table.source)) };
    const tableColumns = await columnsOf(meter, table.dialect, table.source);
    const opened = (0,readers.readBatches)(file.files, file.options, () => { })[Symbol.asyncIterator]();
    const first = await opened.next();
    const firstBatch = first.done ? undefined : first.value;
    // An empty file has no header to go by: its columns are taken to be the table's, as the file diff does.
    const kinds = new Map(tableColumns.map((column) => [column.name, column.kind]));
    const fileColumns = firstBatch
        ? firstBatch.columns.map((name) => ({ name, type: 'file', kind: kinds.get(name) ?? 'text' }))
        : tableColumns;
    const labels = { [tableSide]: table.source, [fileSide]: file.label };
    let fileSource;
    let plan;
    try {
        plan = planDiff(options, labels, { [tableSide]: tableColumns, [fileSide]: fileColumns });
        fileSource = diffFileSide_fileSource(file, fileSide, plan);
        await fileSource.hash(firstBatch, opened);
    }
    finally {
        // A key missing in the file (or a read error) leaves the reader open: close its file.
        await opened.return?.(undefined);
    }
    const tableSource = diffChecksum_tableSource(wrapped, tableSide, plan);
    let tablePulled = 0;
    const countedTable = {
        ...tableSource,
        pull: async (leaves, add) => {
            const n = await tableSource.pull(leaves, add);
            tablePulled += n;
            return n;
        },
    };
    const sources = { [tableSide]: countedTable, [fileSide]: fileSource };
    const result = await checksumDiffOf(sources, plan, tableOptions);
    const diff = (0,finish/* finishDiff */.d)(result.tally, plan.layout, plan.notCompared);
    // The table: the stats (two scans), one scan per level, the duplicates, and the pull when there is one.
    const scans = 3 + result.levels + (result.segmentsPulled ? 1 : 0);
    meter.scanned(scans * (diff.rows[tableSide] + diff.nullKeys[tableSide]));
    return { diff, cost: { ...costSince(meter, before), rowsPulled: tablePulled, strategy: 'checksum' } };
}
/** A dataset's row diff between a table (current) and a data file (baseline), with its gates. */
async function diffTableWithFile(table, file, dataset, tableOptions = {}) {
    const key = keyOf(dataset);
    if (!key)
        return { gates: [], cost: { queries: 0, rowsScanned: 0, rowsPulled: 0, ms: 0, strategy: 'checksum' } };
    const { diff, cost } = await diffTableAndFile(table, file, 'baseline', diffOptionsOf(dataset, key), tableOptions);
    return { diff, gates: (0,src_gates/* evaluateGate */.DR)('diff', dataset.diff, { dataset: dataset.name, diff }), cost };
}

// EXTERNAL MODULE: ./src/profile/categories.ts + 2 modules
var profile_categories = __webpack_require__(68759);
// EXTERNAL MODULE: ./src/profile/sample.ts + 1 modules
var sample = __webpack_require__(65386);
;// CONCATENATED MODULE: ./src/warehouse/profileSql.ts
// The SQL of a table's profile, per dialect: pure text generation, no I/O. Every column name is
// quoted by the dialect and aliased to a generated name (c0, k0, …), so nothing a PR author
// controls reaches SQL unquoted, and the results are read back by position, not by name.
//
// Three scans per table, whatever its number of columns:
//   aggregates  counts, min/max, mean, variance, lengths of every column (one SELECT)
//   categories  exact counts per value of every categorical column (GROUPING SETS, one scan)
//   values      the non-null numbers of the columns small enough to pull back, or
//   quantiles   the order statistics of the others (one SELECT, one sort per column)
/** Repeatable sampling where the engine allows it, so the profile's scans see the same rows. */
const SAMPLE_SEED = 42;
/** Grid points of the engines whose approximate quantiles come as one fixed grid (BigQuery) or one call per point. */
const ARRAY_GRID = 1024;
const CALL_GRID = 100;
/** A literal probability: the shortest text that reads back as the same double. */
function probability(value) {
    const text = String(value);
    return text.includes('e') ? value.toFixed(20).replace(/0+$/, '') : text;
}
function profileSql_percent(sample) {
    return Math.min(100, Math.max(0, sample.percent ?? 100));
}
/** The share as a bound on a 32-bit hash: a row is kept when its hash is below it. */
function hashBound(sample) {
    return Math.round((profileSql_percent(sample) / 100) * 2 ** 32);
}
/** A row's sampling key: the seed, then the row's text. */
const SEED_PREFIX = `'${SAMPLE_SEED}:'`;
const spellings = {
    postgres: {
        text: 'text',
        double: 'double precision',
        length: (e) => `length(${e})`,
        epochMs: (e) => `floor(extract(epoch from ${e}) * 1000)`,
        // percentile_disc(p) returns the value at 1-based position ceil(p·n): p = (r + ½) / n is position r + 1.
        ranks: { kind: 'exact', select: (e, ranks, n) => `percentile_disc(ARRAY[${ranks.map((r) => probability((r + 0.5) / n)).join(', ')}]::double precision[]) WITHIN GROUP (ORDER BY ${e})` },
        sample: (relation, isTable, sample) => (isTable
            ? `${relation} TABLESAMPLE BERNOULLI (${profileSql_percent(sample)}) REPEATABLE (${SAMPLE_SEED})`
            // A query has no TABLESAMPLE: the first 32 bits of the md5 of the seed and the row's text.
            : `(SELECT * FROM (SELECT * FROM ${relation}) AS datagate_row WHERE ('x' || substr(md5(${SEED_PREFIX} || datagate_row::text), 1, 8))::bit(32)::bigint < ${hashBound(sample)}) AS datagate_sample`),
    },
    redshift: {
        text: 'varchar',
        double: 'double precision',
        length: (e) => `length(${e})`,
        epochMs: (e) => `floor(extract(epoch from ${e}) * 1000)`,
        ranks: { kind: 'grid', points: CALL_GRID, select: (e, points) => gridPoints(points).map((p) => `APPROXIMATE PERCENTILE_DISC(${probability(p)}) WITHIN GROUP (ORDER BY ${e})`) },
        // Redshift has no TABLESAMPLE and no whole-row text: the md5 of the columns' text, once they are known.
        sample: (relation, _isTable, sample, columns) => (columns && columns.length > 0
            ? `(SELECT * FROM ${relation} WHERE strtol(substring(md5(${SEED_PREFIX} || ${columns.map((c) => `coalesce(CAST(${c} AS varchar), '')`).join(" || '|' || ")}), 1, 8), 16) < ${hashBound(sample)}) AS datagate_sample`
            : `(SELECT * FROM ${relation} WHERE random() < ${profileSql_percent(sample) / 100}) AS datagate_sample`),
    },
    duckdb: {
        text: 'VARCHAR',
        double: 'DOUBLE',
        length: (e) => `length(${e})`,
        epochMs: (e, c) => (zoned(c) ? `epoch_ms(${e})` : `epoch_ms(CAST(${e} AS TIMESTAMP))`),
        // quantile_disc(c, [1,025 points]) is linear in the points (5 s at 1M rows); one sorted list is one sort.
        ranks: { kind: 'exact', select: (e, ranks) => `list_select(list(${e} ORDER BY ${e}) FILTER (WHERE ${e} IS NOT NULL), [${ranks.map((r) => r + 1).join(', ')}])` },
        sample: (relation, _isTable, sample) => (sample.rows !== undefined
            ? `(SELECT * FROM ${relation} USING SAMPLE reservoir(${Math.floor(sample.rows)} ROWS) REPEATABLE (${SAMPLE_SEED})) AS datagate_sample`
            : `(SELECT * FROM ${relation} USING SAMPLE ${profileSql_percent(sample)} PERCENT (bernoulli, ${SAMPLE_SEED})) AS datagate_sample`),
    },
    bigquery: {
        text: 'STRING',
        double: 'FLOAT64',
        length: (e) => `LENGTH(${e})`,
        epochMs: (e, c) => (/^timestamp/i.test(c.engineType) ? `UNIX_MILLIS(${e})` : `UNIX_MILLIS(TIMESTAMP(${e}))`),
        ranks: { kind: 'grid', points: ARRAY_GRID, select: (e, points) => [`APPROX_QUANTILES(${e}, ${points})`] },
        sample: (relation, isTable, sample) => (isTable
            ? `${relation} TABLESAMPLE SYSTEM (${profileSql_percent(sample)} PERCENT)`
            // A query: the fingerprint of the seed and the row as JSON (BigQuery names a whole row by its alias).
            : `(SELECT * FROM (SELECT * FROM ${relation}) AS datagate_row WHERE ABS(MOD(FARM_FINGERPRINT(CONCAT(${SEED_PREFIX}, TO_JSON_STRING(datagate_row))), 4294967296)) < ${hashBound(sample)}) AS datagate_sample`),
    },
    snowflake: {
        text: 'VARCHAR',
        double: 'DOUBLE',
        length: (e) => `LENGTH(${e})`,
        epochMs: (e, c) => (c.type === 'date' ? `DATE_PART(EPOCH_MILLISECOND, CAST(${e} AS TIMESTAMP_NTZ))` : `DATE_PART(EPOCH_MILLISECOND, ${e})`),
        ranks: { kind: 'grid', points: CALL_GRID, select: (e, points) => gridPoints(points).map((p) => `APPROX_PERCENTILE(${e}, ${probability(p)})`) },
        sample: (relation, _isTable, sample) => (sample.rows !== undefined
            ? `(SELECT * FROM ${relation} SAMPLE (${Math.floor(sample.rows)} ROWS)) AS datagate_sample`
            : `(SELECT * FROM ${relation} SAMPLE BERNOULLI (${profileSql_percent(sample)}) SEED (${SAMPLE_SEED})) AS datagate_sample`),
    },
    trino: {
        text: 'varchar',
        double: 'double',
        length: (e) => `length(${e})`,
        epochMs: (e, c) => `CAST(floor(to_unixtime(${zoned(c) ? e : `with_timezone(CAST(${e} AS timestamp), 'UTC')`}) * 1000) AS bigint)`,
        ranks: { kind: 'probabilities', select: (e, ps) => `approx_percentile(${e}, ARRAY[${ps.map(probability).join(', ')}])` },
        // Trino's TABLESAMPLE has no seed: once the columns are known, the xxhash64 of the seed and the row as JSON.
        sample: (relation, isTable, sample, columns) => {
            if (columns && columns.length > 0) {
                return `(SELECT * FROM ${relation} WHERE bitwise_and(from_big_endian_64(xxhash64(to_utf8(${SEED_PREFIX} || json_format(CAST(ROW(${columns.join(', ')}) AS JSON))))), 4294967295) < ${hashBound(sample)}) AS datagate_sample`;
            }
            return isTable ? `${relation} TABLESAMPLE BERNOULLI (${profileSql_percent(sample)})` : `(SELECT * FROM ${relation} WHERE rand() < ${profileSql_percent(sample) / 100}) AS datagate_sample`;
        },
    },
    databricks: {
        text: 'STRING',
        double: 'DOUBLE',
        length: (e) => `char_length(${e})`,
        epochMs: (e, c) => (c.type === 'date' ? `unix_date(${e}) * 86400000` : `unix_millis(CAST(${e} AS TIMESTAMP))`),
        ranks: { kind: 'probabilities', select: (e, ps) => `percentile_approx(${e}, array(${ps.map(probability).join(', ')}), 10000)` },
        sample: (relation, isTable, sample) => (isTable
            ? `${relation} TABLESAMPLE (${sample.rows !== undefined ? `${Math.floor(sample.rows)} ROWS` : `${profileSql_percent(sample)} PERCENT`}) REPEATABLE (${SAMPLE_SEED})`
            : `(SELECT * FROM ${relation} WHERE rand(${SAMPLE_SEED}) < ${profileSql_percent(sample) / 100}) AS datagate_sample`),
    },
};
/** A timestamp with a time zone (an instant): its epoch needs no zone. */
function zoned(column) {
    return /with time zone|timestamptz|timestamp_tz|timestamp_ltz/i.test(column.engineType);
}
/** 0, 1/points, …, 1. */
function gridPoints(points) {
    return Array.from({ length: points + 1 }, (_, i) => i / points);
}
function spellingOf(dialect) {
    return spellings[dialect.engine];
}
/** Whether the engine's order statistics are exact (its quantiles then equal numpy's). */
function exactQuantiles(dialect) {
    return spellingOf(dialect).ranks.kind === 'exact';
}
/**
 * The relation the profile reads, sampled where asked. A sample by rows on an engine that
 * samples by percent only needs the row count: `rows` then.
 */
function sampledRelation(dialect, relation, isTable, sample, rows, columns) {
    if (!sample)
        return relation;
    const spelling = spellingOf(dialect);
    if (sample.rows !== undefined && !['duckdb', 'snowflake', 'databricks'].includes(dialect.engine)) {
        const share = rows && rows > 0 ? Math.min(100, (100 * sample.rows) / rows) : 100;
        return spelling.sample(relation, isTable, { percent: share }, columns);
    }
    if (sample.rows !== undefined && dialect.engine === 'databricks' && !isTable) {
        return `(SELECT * FROM ${relation} LIMIT ${Math.floor(sample.rows)}) AS datagate_sample`;
    }
    return spelling.sample(relation, isTable, sample, columns);
}
/** Whether `sampledRelation` needs the table's row count first (a row sample on a percent-only engine). */
function sampleNeedsRowCount(dialect, sample) {
    return sample?.rows !== undefined && !['duckdb', 'snowflake', 'databricks'].includes(dialect.engine);
}
function profileSql_isNumeric(type) {
    return type === 'integer' || type === 'number';
}
function isTemporal(type) {
    return type === 'date' || type === 'timestamp';
}
/** Whether a column's values are counted per category (all profiled columns, as files do). */
function hasCategories(column) {
    return column.notProfiled === undefined;
}
/**
 * Q1: one row. `n` rows; per column i: `c{i}` non-null count; numeric `mn{i}`, `mx{i}`, `av{i}`,
 * `vr{i}`; dates `mn{i}`, `mx{i}` in epoch ms; text `ln{i}`, `lx{i}` lengths.
 */
function aggregatesSql(dialect, relation, columns) {
    const spelling = spellingOf(dialect);
    const parts = ['count(*) AS n'];
    columns.forEach((column, i) => {
        const c = dialect.quoteIdent(column.name);
        parts.push(`count(${c}) AS c${i}`);
        if (column.notProfiled !== undefined)
            return;
        if (profileSql_isNumeric(column.type)) {
            parts.push(`min(${c}) AS mn${i}`, `max(${c}) AS mx${i}`, `avg(${c}) AS av${i}`, `var_samp(${c}) AS vr${i}`);
        }
        else if (isTemporal(column.type)) {
            parts.push(`${spelling.epochMs(`min(${c})`, column)} AS mn${i}`, `${spelling.epochMs(`max(${c})`, column)} AS mx${i}`);
        }
        else if (column.type === 'string') {
            const text = profileSql_textOf(dialect, column);
            parts.push(`min(${spelling.length(text)}) AS ln${i}`, `max(${spelling.length(text)}) AS lx${i}`);
        }
    });
    return `SELECT ${parts.join(', ')} FROM ${relation}`;
}
/** A string column as text (uuid, enum, char: their text form). */
function profileSql_textOf(dialect, column) {
    const c = dialect.quoteIdent(column.name);
    return /^(text|varchar|string|character varying|char|character|bpchar)\b/i.test(column.engineType) ? c : `CAST(${c} AS ${spellingOf(dialect).text})`;
}
/** The grouping key of a column: numbers and booleans as they are, dates in epoch ms, strings as text. */
function categoryKey(dialect, column) {
    if (isTemporal(column.type))
        return spellingOf(dialect).epochMs(dialect.quoteIdent(column.name), column);
    if (column.type === 'string')
        return profileSql_textOf(dialect, column);
    return dialect.quoteIdent(column.name);
}
/**
 * Q2: the count of every value of the columns `indexes` (into `columns`) in one scan. Rows:
 * `gid` (which of the listed columns), `k{j}` its value (NULL for the column's null count),
 * `n` its count, `d` the column's number of groups (distinct values, plus one when it has
 * nulls). A column with at most `exactLimit` groups comes back whole; beyond, its `keep` most
 * frequent values seen more than once, as the file profile's heavy hitters never keep a value
 * seen once. Only those groups are ranked: ranking every group of a unique column was most of
 * the query's time (PostgreSQL sorted 2.1M groups at 1M rows). Among groups tied at the cut,
 * which are listed is the engine's pick (ordering ties by value too made DuckDB's query 2.3× slower).
 * PostgreSQL at 1M rows, 9 columns (machine loaded): 17–24 s this way, 40–43 s ranking every group.
 */
function categoriesSql(dialect, relation, columns, indexes, exactLimit, keep) {
    const keys = indexes.map((index, j) => `${categoryKey(dialect, columns[index])} AS k${j}`);
    const names = indexes.map((_, j) => `k${j}`);
    const gid = `CASE ${names.map((k, j) => `WHEN GROUPING(${k}) = 0 THEN ${j}`).join(' ')} END`;
    const head = [
        `WITH s AS (SELECT ${keys.join(', ')} FROM ${relation}),`,
        `g AS (SELECT ${gid} AS gid, ${names.join(', ')}, count(*) AS n FROM s GROUP BY GROUPING SETS (${names.map((k) => `(${k})`).join(', ')})),`,
    ];
    if (dialect.engine === 'duckdb') {
        // DuckDB counts the groups with a window faster than it joins their counts back (6 s against
        // 2.5 s at 1M rows), and ranks only the groups that need it after (8–11 s against 15–18 s
        // ranking every group, machine loaded).
        return [
            ...head,
            `r0 AS (SELECT gid, ${names.join(', ')}, n, count(*) OVER (PARTITION BY gid) AS d FROM g),`,
            `r AS (SELECT gid, ${names.join(', ')}, n, d, row_number() OVER (PARTITION BY gid ORDER BY n DESC) AS rn FROM r0 WHERE d <= ${exactLimit + 1} OR n > 1)`,
            `SELECT gid, ${names.join(', ')}, n, d FROM r WHERE d <= ${exactLimit + 1} OR rn <= ${keep + 1}`,
        ].join('\n');
    }
    return [
        ...head,
        'd AS (SELECT gid AS dgid, count(*) AS d FROM g GROUP BY gid),',
        `r AS (SELECT gid, ${names.join(', ')}, n, d, row_number() OVER (PARTITION BY gid ORDER BY n DESC) AS rn FROM g JOIN d ON g.gid = d.dgid WHERE d <= ${exactLimit + 1} OR n > 1)`,
        `SELECT gid, ${names.join(', ')}, n, d FROM r WHERE d <= ${exactLimit + 1} OR rn <= ${keep + 1}`,
    ].join('\n');
}
/** Q3a: the non-null values of the numeric columns `indexes`, as `v{j}`, on the rows where one is not null. */
function valuesSql(dialect, relation, columns, indexes) {
    const spelling = spellingOf(dialect);
    const quoted = indexes.map((index) => dialect.quoteIdent(columns[index].name));
    const select = quoted.map((c, j) => (columns[indexes[j]].type === 'number' ? `CAST(${c} AS ${spelling.double}) AS v${j}` : `${c} AS v${j}`));
    return `SELECT ${select.join(', ')} FROM ${relation} WHERE ${quoted.map((c) => `${c} IS NOT NULL`).join(' OR ')}`;
}
/**
 * Q3b: per requested column `q{j}` (or `q{j}_{p}` for an engine that needs one call per grid
 * point): the values at its ranks. Read back with `readRanks`.
 */
function quantilesSql(dialect, relation, columns, requests) {
    const spelling = spellingOf(dialect);
    const parts = [];
    requests.forEach((request, j) => {
        const c = dialect.quoteIdent(columns[request.index].name);
        const e = `CAST(${c} AS ${spelling.double})`;
        const ranks = spelling.ranks;
        if (ranks.kind === 'exact')
            parts.push(`${ranks.select(e, request.ranks, request.n)} AS q${j}`);
        else if (ranks.kind === 'probabilities')
            parts.push(`${ranks.select(e, request.ranks.map((r) => (r + 0.5) / request.n))} AS q${j}`);
        else {
            const selects = ranks.select(e, ranks.points);
            if (selects.length === 1)
                parts.push(`${selects[0]} AS q${j}`);
            else
                selects.forEach((select, p) => parts.push(`${select} AS q${j}_${p}`));
        }
    });
    return `SELECT ${parts.join(', ')} FROM ${relation}`;
}
function profileSql_numberOf(value) {
    return typeof value === 'number' ? value : Number(value);
}
/** The values at each request's ranks, from the row of `quantilesSql`. */
function readRanks(dialect, row, requests) {
    const ranks = spellingOf(dialect).ranks;
    return requests.map((request, j) => {
        if (ranks.kind !== 'grid')
            return row[`q${j}`].map(profileSql_numberOf);
        const grid = ranks.select('x', ranks.points).length === 1
            ? row[`q${j}`].map(profileSql_numberOf)
            : Array.from({ length: ranks.points + 1 }, (_, p) => profileSql_numberOf(row[`q${j}_${p}`]));
        // Linear between the grid points around each rank's probability.
        return request.ranks.map((r) => {
            const at = Math.min(1, Math.max(0, (r + 0.5) / request.n)) * (grid.length - 1);
            const below = Math.floor(at);
            const above = Math.min(grid.length - 1, below + 1);
            return grid[below] + (at - below) * (grid[above] - grid[below]);
        });
    });
}

// EXTERNAL MODULE: ./src/profile/stateVersion.ts
var stateVersion = __webpack_require__(76462);
// EXTERNAL MODULE: ./src/profile/summary.ts
var summary = __webpack_require__(14777);
;// CONCATENATED MODULE: ./src/warehouse/profileRows.ts
// From the rows of the profile's queries to the same column state a file's profile holds, then
// through the file profile's own `summarise`: same fields, same meaning, mergeable. Pure.




const QUANTILES = [['p01', 0.01], ['p05', 0.05], ['p25', 0.25], ['p50', 0.5], ['p75', 0.75], ['p95', 0.95], ['p99', 0.99]];
/** Items of the top level of a grid sketch: at most a KLL top level's capacity (k), so loading it never compacts. */
const GRID_ITEMS = sample/* KLL_K */.K;
/** A number from a driver: number, bigint or decimal text. */
function profileRows_numberOf(value) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'bigint')
        return Number(value);
    return Number(value);
}
function optionalNumber(value) {
    return value === null || value === undefined ? undefined : profileRows_numberOf(value);
}
function readAggregates(row, columns) {
    return {
        rows: profileRows_numberOf(row.n),
        columns: columns.map((_, i) => {
            const aggregates = { count: profileRows_numberOf(row[`c${i}`]) };
            const fields = [['min', 'mn'], ['max', 'mx'], ['mean', 'av'], ['variance', 'vr'], ['minLength', 'ln'], ['maxLength', 'lx']];
            for (const [field, alias] of fields) {
                const value = optionalNumber(row[`${alias}${i}`]);
                if (value !== undefined)
                    aggregates[field] = value;
            }
            return aggregates;
        }),
    };
}
/** The text a file profile lists a value under. */
function categoryText(column, value) {
    switch (column.type) {
        case 'integer':
        case 'number':
            if (typeof value === 'bigint' && (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)))
                return value.toString();
            return String(profileRows_numberOf(value));
        case 'boolean':
            return value === true || value === 't' || value === 'true' || value === 1 ? 'true' : 'false';
        case 'date':
            return new Date(profileRows_numberOf(value)).toISOString().slice(0, 10);
        case 'timestamp':
            return new Date(profileRows_numberOf(value)).toISOString();
        default:
            return String(value);
    }
}
function compareItems(a, b) {
    return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}
/** Q2's rows, per listed column (by position in `indexes`); `nulls` per column of `columns`. */
function readCategories(rows, columns, indexes, nulls, exactLimit, keep) {
    const groups = indexes.map(() => ({ items: [], groups: 0 }));
    for (const row of rows) {
        const j = profileRows_numberOf(row.gid);
        const group = groups[j];
        if (!group)
            continue;
        group.groups = profileRows_numberOf(row.d);
        const value = row[`k${j}`];
        if (value !== null && value !== undefined)
            group.items.push([categoryText(columns[indexes[j]], value), profileRows_numberOf(row.n)]);
    }
    return groups.map((group, j) => {
        const index = indexes[j];
        const type = columns[index].type;
        // `d` counts the groups, the nulls' one among them.
        const distinct = Math.max(0, group.groups - (nulls[index] > 0 ? 1 : 0));
        const items = group.items.sort(compareItems);
        const exact = distinct <= exactLimit && items.length === distinct;
        return { items: exact ? items : items.slice(0, keep), numbers: type === 'integer' || type === 'number', distinct, exact };
    });
}
/**
 * The grid sketch of n sorted values: a KLL state whose items are order statistics. The ranks
 * are cut into runs of 2^h (at most GRID_ITEMS of them, weight 2^h each) and the remainder's
 * binary digits (one item each, smaller weights); each item is the value at the middle rank of
 * its run, so every rank is within half a run (≤ n / GRID_ITEMS) of its item: a KS distance
 * from it is within 1/GRID_ITEMS of the exact one, plus the engine's own error.
 */
function gridItems(n) {
    const top = Math.max(0, Math.ceil(Math.log2(n / GRID_ITEMS)));
    const width = 2 ** top;
    const runs = Math.floor(n / width);
    const items = [];
    for (let j = 0; j < runs; j++)
        items.push({ rank: j * width + Math.floor(width / 2), level: top });
    let start = runs * width;
    let rest = n - start;
    for (let level = top - 1; level >= 0 && rest > 0; level--) {
        const weight = 2 ** level;
        if (rest >= weight) {
            items.push({ rank: start + Math.floor(weight / 2), level });
            start += weight;
            rest -= weight;
        }
    }
    return items;
}
/** The ranks (0-based) a column's profile needs: its grid items' and its quantiles' two neighbours. */
function neededRanks(n) {
    const ranks = new Set(gridItems(n).map((item) => item.rank));
    for (const [, q] of QUANTILES) {
        const lower = Math.floor(q * (n - 1));
        ranks.add(lower);
        if (lower + 1 < n)
            ranks.add(lower + 1);
    }
    return [...ranks].sort((a, b) => a - b);
}
/** The grid sketch from the values at the needed ranks. */
function gridSample(n, valueAt) {
    const items = gridItems(n);
    const top = items.reduce((max, item) => Math.max(max, item.level), 0);
    const levels = Array.from({ length: top + 1 }, () => []);
    for (const item of items)
        levels[item.level].push(valueAt(item.rank));
    for (const level of levels)
        level.sort((a, b) => a - b);
    return { kll: { k: sample/* KLL_K */.K, n, levels, compactions: 0 } };
}
/** numpy's linear quantile from the values at the two ranks around q·(n − 1). */
function quantilesAt(n, valueAt) {
    return Object.fromEntries(QUANTILES.map(([key, q]) => {
        const position = q * (n - 1);
        const lower = Math.floor(position);
        const fraction = position - lower;
        const low = valueAt(lower);
        const high = lower + 1 < n ? valueAt(lower + 1) : low;
        return [key, low + fraction * (high - low)];
    }));
}
const KIND_OF = {
    integer: profile_values/* KIND_INTEGER */.Ec, number: profile_values/* KIND_NUMBER */.V, boolean: profile_values/* KIND_BOOLEAN */.gN, date: profile_values/* KIND_DATE */.UR, timestamp: profile_values/* KIND_TIMESTAMP */.mq, string: profile_values/* KIND_STRING */.jr,
};
function categoryState(categories, count) {
    if (!categories)
        return { items: [], total: count, error: 0, exact: true };
    const state = { items: categories.items, total: count, error: 0, exact: categories.exact };
    if (categories.numbers && categories.items.length > 0)
        state.numbers = categories.items.map((_, index) => index);
    return state;
}
/** The profile of one column from what the queries returned. */
function columnProfile(column, rows, aggregates, categories, numeric) {
    const count = aggregates.count;
    const nulls = rows - count;
    if (column.notProfiled !== undefined) {
        return { name: column.name, type: column.type, count, nulls, notProfiled: column.notProfiled, engineType: column.engineType };
    }
    const kinds = [0, 0, 0, 0, 0, 0];
    kinds[KIND_OF[column.type] ?? profile_values/* KIND_STRING */.jr] = count;
    const state = { v: stateVersion/* STATE_VERSION */.n, count, nulls, kinds, categories: categoryState(categories, count) };
    if (aggregates.minLength !== undefined && aggregates.maxLength !== undefined) {
        state.minLength = aggregates.minLength;
        state.maxLength = aggregates.maxLength;
    }
    else if (column.type === 'date' && count > 0) {
        // A date's text form, YYYY-MM-DD, as a CSV export writes it (the profile then says so in `format`).
        state.minLength = 10;
        state.maxLength = 10;
    }
    else if (column.type === 'boolean' && categories && categories.items.length > 0) {
        // As a typed file's booleans: the lengths of `true` and `false`.
        const lengths = categories.items.map(([text]) => text.length);
        state.minLength = Math.min(...lengths);
        state.maxLength = Math.max(...lengths);
    }
    let quantiles;
    if ((column.type === 'integer' || column.type === 'number') && count > 0 && aggregates.min !== undefined && aggregates.max !== undefined) {
        const variance = aggregates.variance ?? 0;
        state.numeric = { n: count, mean: aggregates.mean ?? aggregates.min, m2: count > 1 ? variance * (count - 1) : 0, min: aggregates.min, max: aggregates.max };
        if (numeric?.kind === 'values') {
            const sorted = numeric.sorted;
            state.sample = sorted.length <= sample/* EXACT_VALUES */.dB ? { exact: Array.from(sorted) } : gridSample(sorted.length, (rank) => sorted[rank]);
            if (sorted.length > sample/* EXACT_VALUES */.dB)
                quantiles = profileRows_exactQuantiles(sorted);
        }
        else if (numeric?.kind === 'ranks') {
            const valueAt = (rank) => numeric.values.get(rank) ?? Number.NaN;
            state.sample = gridSample(count, valueAt);
            quantiles = quantilesAt(count, valueAt);
        }
    }
    if ((column.type === 'date' || column.type === 'timestamp') && aggregates.min !== undefined && aggregates.max !== undefined) {
        state.time = { min: aggregates.min, max: aggregates.max };
    }
    const profile = (0,summary/* summarise */.fS)(column.name, state);
    // No value to read a type from (a file's all-null column is `string`): the catalog's type stands.
    if (count === 0)
        profile.type = column.type;
    if (categories)
        profile.distinct = categories.distinct;
    if (quantiles)
        profile.quantiles = quantiles;
    return profile;
}
function profileRows_exactQuantiles(sorted) {
    const sample = { values: sorted, weights: new Float64Array(sorted.length).fill(1), total: sorted.length, exact: true };
    return Object.fromEntries(QUANTILES.map(([key, q]) => [key, (0,summary/* weightedQuantile */.RO)(sample, q)]));
}
/** Sorted values from Q3a's rows, per column (by position in the request). */
function readValues(rows, width) {
    const counts = new Array(width).fill(0);
    for (const row of rows)
        for (let j = 0; j < width; j++)
            if (row[`v${j}`] !== null && row[`v${j}`] !== undefined)
                counts[j]++;
    const arrays = counts.map((count) => new Float64Array(count));
    const at = new Array(width).fill(0);
    for (const row of rows) {
        for (let j = 0; j < width; j++) {
            const value = row[`v${j}`];
            if (value !== null && value !== undefined)
                arrays[j][at[j]++] = profileRows_numberOf(value);
        }
    }
    for (const array of arrays)
        array.sort();
    return arrays;
}

;// CONCATENATED MODULE: ./src/warehouse/profile.ts
// A table's profile, pushed down: the engine scans, datagate gets back a few KB per column and
// builds the same profile a file gets (src/warehouse/profileRows.ts). At most five queries per
// table, whatever its width: the columns (metadata, no scan), the aggregates, the value counts,
// and the numbers (pulled back while small enough for exact drift, order statistics beyond).










/** A query the engine refused: the source named, the engine's message kept. */
class TableQueryError extends Error {
}
async function profileTable(client, dialect, source, options = {}) {
    const label = sourceLabel(source);
    const meter = metered(client);
    const before = snapshot(meter);
    const run = async (sql) => {
        try {
            return await meter.query(sql);
        }
        catch (error) {
            // Already said for the user by the run's connection (dataset, connection, table, no secret).
            if (error instanceof errors/* UserError */.yo)
                throw error;
            throw new TableQueryError(`${label}: ${error.message}`, { cause: error });
        }
    };
    const base = relationSql(dialect, source);
    let tableRows;
    if (sampleNeedsRowCount(dialect, options.sample)) {
        tableRows = profileRows_numberOf((await run(`SELECT count(*) AS n FROM ${base}`))[0]?.n);
        meter.scanned(tableRows);
    }
    let catalog;
    try {
        if (source.table === undefined && !meter.describe) {
            throw new Error(`connection ${source.connection}: the ${dialect.engine} client cannot describe a query's columns; use a table`);
        }
        // Sampling keeps the columns: they are read unsampled, and name what a row's sampling hash reads.
        catalog = await catalogColumns(meter, dialect, source);
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw error;
        throw new TableQueryError(`${label}: ${error.message}`, { cause: error });
    }
    const columns = catalog.map(sqlColumnOf);
    const sampled = sampledRelation(dialect, base, source.table !== undefined, options.sample, tableRows, columns.map((column) => dialect.quoteIdent(column.name)));
    // NaN and ±Infinity read as null (finite.ts); a column not profiled keeps its engine type.
    const relation = finiteRelation(dialect, sampled, columns.map((column) => ({ name: column.name, type: column.notProfiled === undefined ? column.type : 'other' })));
    const { rows, columns: aggregates } = readAggregates((await run(aggregatesSql(dialect, relation, columns)))[0] ?? { n: 0 }, columns);
    meter.scanned(rows);
    const nulls = aggregates.map((column) => rows - column.count);
    const categories = new Map();
    const counted = columns.flatMap((column, index) => (hasCategories(column) && aggregates[index].count > 0 ? [index] : []));
    if (counted.length > 0) {
        const result = await run(categoriesSql(dialect, relation, columns, counted, profile_categories/* EXACT_CATEGORIES */.nP, profile_categories/* KEPT_CATEGORIES */.gK));
        meter.scanned(rows);
        readCategories(result, columns, counted, nulls, profile_categories/* EXACT_CATEGORIES */.nP, profile_categories/* KEPT_CATEGORIES */.gK).forEach((entry, j) => categories.set(counted[j], entry));
    }
    const numeric = new Map();
    const { pulled, ranked } = planNumbers(columns, aggregates.map((column) => column.count), options.exact === true);
    if (pulled.length > 0) {
        const values = readValues(await run(valuesSql(dialect, relation, columns, pulled)), pulled.length);
        meter.scanned(rows);
        values.forEach((sorted, j) => numeric.set(pulled[j], { kind: 'values', sorted }));
    }
    if (ranked.length > 0) {
        const requests = ranked.map((index) => ({ index, n: aggregates[index].count, ranks: neededRanks(aggregates[index].count) }));
        const row = (await run(quantilesSql(dialect, relation, columns, requests)))[0] ?? {};
        meter.scanned(rows);
        readRanks(dialect, row, requests).forEach((values, j) => {
            numeric.set(ranked[j], { kind: 'ranks', values: new Map(requests[j].ranks.map((rank, r) => [rank, values[r]])) });
        });
    }
    const profiles = columns.map((column, index) => {
        const source = numeric.get(index);
        const profile = columnProfile(column, rows, aggregates[index], categories.get(index), source);
        if (options.exact && source?.kind === 'values' && source.sorted.length === profile.count)
            (0,profile_exact/* attachExactValues */["do"])(profile, source.sorted);
        const declared = catalog[index].nullable;
        if (declared !== undefined)
            profile.declaredNullable = declared;
        return profile;
    });
    return { profile: { version: 1, rows, columns: profiles, source: [label] }, cost: costSince(meter, before) };
}
/**
 * Which numeric columns come back value by value: for exact drift every column within the file
 * profile's budget (2^21 values a column, 2^24 a table), otherwise those the file profile keeps
 * exactly (≤ 2,048 values). The others get the engine's order statistics.
 */
function planNumbers(columns, counts, exact) {
    const pulled = [];
    const ranked = [];
    let remaining = exact ? profile_exact/* EXACT_PROFILE_VALUES */.$B : Number.POSITIVE_INFINITY;
    const perColumn = exact ? profile_exact/* EXACT_COLUMN_VALUES */.ou : sample/* EXACT_VALUES */.dB;
    columns.forEach((column, index) => {
        const count = counts[index];
        if (column.notProfiled !== undefined || (column.type !== 'integer' && column.type !== 'number') || count === 0)
            return;
        if (count <= perColumn && count <= remaining) {
            pulled.push(index);
            remaining -= count;
        }
        else
            ranked.push(index);
    });
    return { pulled, ranked };
}

// EXTERNAL MODULE: ./src/run/snapshot.ts + 2 modules
var run_snapshot = __webpack_require__(90078);
// EXTERNAL MODULE: ./src/run/status.ts
var run_status = __webpack_require__(2615);
;// CONCATENATED MODULE: ./src/run/tableDataset.ts
// A dataset whose current snapshot is a table (or query) in a connection: profiled and checked by
// the engine, then compared and gated exactly as a file's. The baseline is a table, a data file
// or a stored profile. What the engine did is reported as the dataset's `cost`.












async function checkTableDataset(dataset, context) {
    const connections = context.connections;
    if (!connections)
        throw new Error('checkTableDataset needs the run\'s connections');
    // The config check refuses a file current with a table baseline; this is the net under it.
    if (!(0,config_connections/* isTableSource */._h)(dataset.current))
        throw new errors/* UserError */.yo(`dataset ${dataset.name}: a table baseline needs a table current (connection and table or query)`);
    const currentSource = dataset.current;
    const compared = dataset.baseline !== undefined;
    const options = { exact: compared, ...(dataset.sample ? { sample: dataset.sample } : {}) };
    const current = await connections.forSource(currentSource, dataset.name);
    const profile = (await profileTable(current.client, current.dialect, currentSource, options)).profile;
    const loaded = await loadBaseline(dataset, connections, context, { ...options, exact: true });
    const { baseline, described } = loaded;
    const gates = [];
    const report = {
        name: dataset.name,
        status: 'pass',
        rows: { baseline: baseline?.rows ?? null, current: profile.rows },
        source: sourceLabel(currentSource),
        baseline: described,
    };
    gates.push(...baselineGates(dataset, baseline, profile, report));
    const contract = await contractGatesOfTable(current.client, current.dialect, currentSource, dataset, { current: profile, baseline, now: context.now });
    gates.push(...contract.gates);
    if (baseline)
        (0,profile_exact/* releaseExactValues */.$e)(baseline);
    (0,profile_exact/* releaseExactValues */.$e)(profile);
    let rowsPulled;
    if (dataset.key !== undefined) {
        const diffed = await rowDiff(dataset, currentSource, current, connections, loaded, report);
        gates.push(...diffed.gates);
        rowsPulled = diffed.rowsPulled;
    }
    for (const gate of gates)
        gate.dataset ??= dataset.name;
    // Every statement the dataset ran, on either side, as its connections counted them.
    const cost = connections.costOf(dataset.name);
    if (cost)
        report.cost = rowsPulled === undefined ? cost : { ...cost, rowsPulled };
    report.status = (0,run_status.worstStatus)(gates);
    return { report, gates, profile };
}
/**
 * The row diff by key: against a table baseline, joined in the engine when both sides share a
 * connection, by checksums across two; against a data file baseline, by checksums with the file
 * hashed here as it streams (no second engine).
 */
async function rowDiff(dataset, currentSource, current, connections, loaded, report) {
    const spec = dataset.baseline;
    const skip = (why) => ({ gates: [{ id: `${dataset.name}.diff`, kind: 'diff', dataset: dataset.name, status: 'skip', message: `row diff skipped: ${why}` }] });
    if (spec === undefined)
        return skip('no baseline configured');
    let result;
    if ((0,config_connections/* isTableSource */._h)(spec)) {
        const baselineSide = spec.connection === currentSource.connection ? current : await connections.forSource(spec, dataset.name);
        result = await diffTables({ baseline: { ...baselineSide, source: spec }, current: { ...current, source: currentSource } }, dataset);
    }
    else {
        if (!loaded.file)
            return skip('no baseline yet: the row diff by key starts with the next run');
        if (await (0,profile.isProfileFile)(loaded.file.path))
            return skip('the baseline is a profile, not data: the row diff by key needs a data baseline');
        const fileOptions = readOptionsOf(dataset);
        result = await diffTableWithFile({ ...current, source: currentSource }, { files: [loaded.file.path], options: fileOptions, label: loaded.file.source }, dataset);
    }
    if (result.diff)
        report.diff = result.diff;
    return { gates: result.gates, rowsPulled: result.cost.rowsPulled };
}
/** The baseline profile: a table's (profiled in its engine), or a file's or stored profile's as for files. */
async function loadBaseline(dataset, connections, context, options) {
    const spec = dataset.baseline;
    if (spec === undefined)
        return { baseline: null, described: null };
    if ((0,config_connections/* isTableSource */._h)(spec)) {
        const side = await connections.forSource(spec, dataset.name);
        const profiled = await profileTable(side.client, side.dialect, spec, options);
        return { baseline: profiled.profile, described: { source: sourceLabel(spec) } };
    }
    // A file or stored profile: named as for a file dataset; `current` for the resolver is the table's label.
    const label = (0,config_connections/* isTableSource */._h)(dataset.current) ? sourceLabel(dataset.current) : dataset.current;
    const file = await context.baselineResolver(spec, label, { name: dataset.name, kind: 'dataset' });
    if (!file)
        return { baseline: null, described: null };
    const fileOptions = readOptionsOf(dataset);
    return {
        baseline: await (0,run_snapshot.loadSnapshotProfile)(file.path, fileOptions),
        described: { source: file.source, ...(file.ref ? { ref: file.ref } : {}) },
        file,
    };
}

// EXTERNAL MODULE: ./src/profile/formats.ts
var formats = __webpack_require__(45441);
// EXTERNAL MODULE: ./src/readers/csv.ts
var csv = __webpack_require__(23296);
// EXTERNAL MODULE: ./src/profile/records.ts
var records = __webpack_require__(58747);
;// CONCATENATED MODULE: ./src/contract/fields.ts
// The contract's checks on CSV/TSV field offsets: the parser hands over where each field lies in
// its decoded text, and the checks read the fields there, as the profiler does (src/profile/
// records.ts). A value becomes a string only where one is needed: an example, a pattern test, a
// text unique key, a miss of the allowed values. Splitting every checked field into a string
// cost ≈ 2 s of CPU (0.45 s of it GC) at 1M rows and 9 checked columns.



/** Rows gathered before the checks read them, column by column. */
const ROWS = 1024;
/** `ends` of a field the record lacked (a ragged row): null. */
const MISSING = -2;
/** A test for null fields: empty, or one of the configured tokens; the range form of `makeNullTest`. */
function makeNullRangeTest(nullValues = []) {
    const tokens = [...new Set(nullValues)].filter((token) => token !== '');
    if (tokens.length === 0)
        return (_text, start, end) => end === start;
    // A bit per token length under 32, so most fields skip the comparisons.
    let lengths = 0;
    for (const token of tokens)
        lengths |= token.length < 32 ? 1 << token.length : 1 << 31;
    return (text, start, end) => {
        const length = end - start;
        if (length === 0)
            return true;
        if ((lengths & (length < 32 ? 1 << length : 1 << 31)) === 0)
            return false;
        for (const token of tokens) {
            if (token.length !== length)
                continue;
            let i = 0;
            while (i < length && token.charCodeAt(i) === text.charCodeAt(start + i))
                i++;
            if (i === length)
                return true;
        }
        return false;
    };
}
/** Field r of column c as the string batch would hold it: text, null, or its format's value. */
function fieldCell(batch, c, r) {
    const end = batch.ends[c][r];
    if (end === MISSING)
        return null;
    const text = end === csv/* BUILT */.BT ? batch.built[c][r] : batch.text.slice(batch.starts[c][r], end);
    const format = batch.formats[c];
    return format ? (0,formats/* formattedCell */.R7)(text, format) : text;
}
/** The string batch of `columns` (the others empty), for the checks that read whole values. */
function batchOf(fields, columns) {
    const data = fields.columns.map((name, c) => {
        if (!columns.includes(name))
            return [];
        const cells = new Array(fields.length);
        for (let r = 0; r < fields.length; r++)
            cells[r] = fieldCell(fields, c, r);
        return cells;
    });
    return { columns: fields.columns, data, length: fields.length, firstRow: fields.firstRow, lines: fields.lines, file: fields.file };
}
/**
 * Gathers the field offsets of the columns a validator reads, up to ROWS records, then hands
 * them to it (`ContractValidator.addFields`). One sink per file.
 */
class ContractFieldSink {
    validator;
    formats;
    header;
    /** Indexes of the columns the contract reads. */
    read = [];
    batch;
    text = '';
    rows = 0;
    file = '';
    firstRow = 1;
    /** The profiler's offsets and parse of the same records: its flush runs this one's. */
    parse;
    constructor(validator, formats) {
        this.validator = validator;
        this.formats = formats;
        this.parse = new records/* SharedParse */.db((name) => validator.reads(name));
        this.parse.onFlush = () => this.flush();
    }
    start(file, firstRow) {
        this.file = file;
        this.firstRow = firstRow;
    }
    record(text, fields, count, header, line) {
        if (header !== this.header)
            this.useHeader(header);
        if (this.rows === ROWS)
            this.flush();
        const batch = this.batch;
        const r = this.rows++;
        this.text = text;
        batch.lines[r] = line;
        // The profiler gathers the same offsets (SharedParse) and keeps them until this sink's flush.
        if (this.parse.attached)
            return;
        const { starts, ends, built } = fields;
        for (const c of this.read) {
            if (c >= count) {
                // A short (ragged) record: the parser reported it; its missing fields read as null.
                batch.ends[c][r] = MISSING;
                continue;
            }
            const end = ends[c];
            batch.starts[c][r] = starts[c];
            batch.ends[c][r] = end;
            if (end === csv/* BUILT */.BT)
                batch.built[c][r] = built[c];
        }
    }
    /** Checks the gathered rows; called before the parser's text changes. */
    flush() {
        const rows = this.rows;
        const batch = this.batch;
        if (rows === 0 || !batch)
            return;
        batch.text = this.text;
        batch.length = rows;
        batch.firstRow = this.firstRow;
        batch.file = this.file;
        const parse = this.parse;
        if (parse.attached) {
            // Run from the profiler's flush of these very rows: its offsets, and its parse where it has one.
            if (parse.header !== this.header || parse.rows !== rows)
                throw new Error('the contract and the profiler read different rows');
            const fields = { ...batch, starts: parse.starts, ends: parse.ends, built: parse.built, parse };
            this.validator.addFields(fields);
        }
        else
            this.validator.addFields(batch);
        this.firstRow += rows;
        this.rows = 0;
        this.text = '';
        batch.text = '';
        if (!parse.attached)
            for (const c of this.read)
                batch.built[c] = [];
    }
    useHeader(header) {
        this.flush();
        this.header = header;
        this.read = [];
        header.forEach((name, c) => {
            if (this.validator.reads(name))
                this.read.push(c);
        });
        const wanted = new Set(this.read);
        this.batch = {
            columns: header, text: '',
            starts: header.map((_, c) => new Int32Array(wanted.has(c) ? ROWS : 0)),
            ends: header.map((_, c) => new Int32Array(wanted.has(c) ? ROWS : 0)),
            built: header.map(() => []),
            formats: header.map((name) => this.formats.get(name)),
            length: 0, firstRow: this.firstRow, lines: new Int32Array(ROWS), file: this.file,
        };
    }
}

;// CONCATENATED MODULE: ./src/contract/textSet.ts
// A set of texts looked up by a range of a larger text (a CSV field in its chunk), so a lookup
// builds no string: the allowed values of a column, checked on every field. An open-addressing
// table of small integers rather than a Map: a 32-bit hash is no small integer to a Map, and
// its lookup cost more than the comparison.
class TextSet {
    texts;
    /** Index + 1 of a text in `texts`, at its hash (linear probing); 0: empty. A quarter full at most. */
    slots;
    mask;
    constructor(texts) {
        this.texts = [...new Set(texts)];
        let size = 8;
        while (size < this.texts.length * 4)
            size *= 2;
        this.slots = new Int32Array(size);
        this.mask = size - 1;
        this.texts.forEach((text, index) => {
            let slot = hashRange(text, 0, text.length) & this.mask;
            while (this.slots[slot] !== 0)
                slot = (slot + 1) & this.mask;
            this.slots[slot] = index + 1;
        });
    }
    /** Whether text[start, end) is one of the set's texts. */
    hasRange(text, start, end) {
        const { slots, mask } = this;
        const length = end - start;
        let slot = hashRange(text, start, end) & mask;
        for (let entry = slots[slot]; entry !== 0; entry = slots[slot]) {
            const candidate = this.texts[entry - 1];
            if (candidate.length === length) {
                let i = 0;
                while (i < length && candidate.charCodeAt(i) === text.charCodeAt(start + i))
                    i++;
                if (i === length)
                    return true;
            }
            slot = (slot + 1) & mask;
        }
        return false;
    }
}
/** FNV-1a over the UTF-16 code units of text[start, end), as a signed 32-bit integer. */
function hashRange(text, start, end) {
    let hash = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++)
        hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    return hash;
}

// EXTERNAL MODULE: ./src/contract/detach.ts
var detach = __webpack_require__(47843);
;// CONCATENATED MODULE: ./src/contract/uniqueSet.ts
// An exact set of seen keys for uniqueness checks: the one place where memory grows with rows.
//
// Keys are kept exactly rather than as 64-bit hashes: a hash set would take ~8 bytes a key
// instead of the string, but with 10M keys a 53-bit hash collides with probability ~0.5%, and
// a collision here is a false "duplicate" failure on somebody's pull request. Canonical integers
// (`42`, not `042`) are stored as numbers, which costs far less than their text. V8 caps one Set
// at 2^24 entries, so the keys spread over several sets once one is full; integers go to a
// hash table of doubles of their own (NumberSet).

const SHARD_LIMIT = 8_000_000;
/** Growing row and line columns, one entry per key added. */
class Tracker {
    rows = new Int32Array(1024);
    lines = new Int32Array(1024);
    length = 0;
    push(row, line) {
        if (this.length === this.rows.length) {
            const rows = new Int32Array(this.length * 2);
            rows.set(this.rows);
            this.rows = rows;
            const lines = new Int32Array(this.length * 2);
            lines.set(this.lines);
            this.lines = lines;
        }
        this.rows[this.length] = row;
        this.lines[this.length++] = line;
    }
    state() {
        return { rows: this.rows.slice(0, this.length), lines: this.lines.slice(0, this.length) };
    }
}
/** Integers a NumberSet keeps as bits: 2^24 of them (2 MB), placed around the first one added. */
const WINDOW = 1 << 24;
const WINDOW_BEFORE = 1 << 22;
/**
 * Safe integers by value: open addressing (at most half full) into a Float64Array of the keys in
 * insertion order. About twice as fast as a Set of numbers on a million ids (bench/check.mjs).
 * Ids are mostly dense runs, so integers near the first one are bits of a window instead: a
 * million sequential ids touch 128 KB of it, where the hash table's probes missed the cache.
 */
class NumberSet {
    keys = new Float64Array(1024);
    size = 0;
    slots = new Int32Array(2048);
    mask = 2047;
    /** Keys in the hash table (those outside the window). */
    hashed = 0;
    bits;
    base = NaN;
    add(value) {
        if (this.bits === undefined && Number.isSafeInteger(value)) {
            this.bits = new Int32Array(WINDOW >>> 5);
            this.base = value - WINDOW_BEFORE;
        }
        const offset = value - this.base;
        if (offset >= 0 && offset < WINDOW) {
            const bits = this.bits;
            const word = offset >>> 5;
            const bit = 1 << (offset & 31);
            if ((bits[word] & bit) !== 0)
                return false;
            bits[word] |= bit;
            this.push(value);
            return true;
        }
        const mask = this.mask;
        const slots = this.slots;
        let slot = hashNumber(value) & mask;
        for (let index = slots[slot]; index !== 0; index = slots[slot]) {
            if (this.keys[index - 1] === value)
                return false;
            slot = (slot + 1) & mask;
        }
        this.push(value);
        slots[slot] = this.size;
        // Half full at most, so probes stay short.
        if (++this.hashed * 2 > mask)
            this.rehash();
        return true;
    }
    has(value) {
        const offset = value - this.base;
        if (offset >= 0 && offset < WINDOW)
            return (this.bits[offset >>> 5] & (1 << (offset & 31))) !== 0;
        const mask = this.mask;
        const slots = this.slots;
        let slot = hashNumber(value) & mask;
        for (let index = slots[slot]; index !== 0; index = slots[slot]) {
            if (this.keys[index - 1] === value)
                return true;
            slot = (slot + 1) & mask;
        }
        return false;
    }
    push(value) {
        if (this.size === this.keys.length) {
            const keys = new Float64Array(this.size * 2);
            keys.set(this.keys);
            this.keys = keys;
        }
        this.keys[this.size++] = value;
    }
    rehash() {
        const size = (this.mask + 1) * 2;
        const slots = new Int32Array(size);
        const mask = size - 1;
        for (let index = 0; index < this.size; index++) {
            const value = this.keys[index];
            const offset = value - this.base;
            if (offset >= 0 && offset < WINDOW)
                continue;
            let slot = hashNumber(value) & mask;
            while (slots[slot] !== 0)
                slot = (slot + 1) & mask;
            slots[slot] = index + 1;
        }
        this.slots = slots;
        this.mask = mask;
    }
    /** The keys in insertion order (a view). */
    values() {
        return this.keys.subarray(0, this.size);
    }
}
/** Mixes the two 32-bit halves of a safe integer (murmur3's finaliser). */
function hashNumber(value) {
    let h = (value | 0) ^ Math.imul((value / 4294967296) | 0, 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
}
class UniqueSet {
    shardLimit;
    numbers = new NumberSet();
    shards = [new Set()];
    current = this.shards[0];
    /** Keys of a last part counted but not kept (no later part could repeat them). */
    uncounted = 0;
    /** With tracking on (a part of a file read in a worker): where each key was first seen. */
    numbersSeen;
    textsSeen;
    constructor(shardLimit = SHARD_LIMIT, track = false) {
        this.shardLimit = shardLimit;
        if (track) {
            this.numbersSeen = new Tracker();
            this.textsSeen = new Tracker();
        }
    }
    /** Adds a key; false when it was already there (a duplicate). `row` and `line` are kept when tracking. */
    add(text, row = 0, line = -1) {
        return this.addKey(canonicalInteger(text), text, row, line);
    }
    /** `add`, the text's canonical integer (`canonicalInteger`) already known. */
    addKey(number, text, row = 0, line = -1) {
        if (number !== undefined) {
            if (!this.numbers.add(number))
                return false;
            this.numbersSeen?.push(row, line);
            return true;
        }
        if (this.hasText(text))
            return false;
        this.insertText((0,detach/* detach */.Y)(text));
        this.textsSeen?.push(row, line);
        return true;
    }
    get size() {
        return this.numbers.size + this.shards.reduce((sum, shard) => sum + shard.size, 0) + this.uncounted;
    }
    toState() {
        return {
            numbers: this.numbers.values(), texts: this.shards,
            ...(this.numbersSeen ? { numbersSeen: this.numbersSeen.state() } : {}),
            ...(this.textsSeen ? { textsSeen: this.textsSeen.state() } : {}),
        };
    }
    /**
     * Adds the keys of a later part of the data (a tracking set's state). A key seen before is a
     * duplicate at its first row in that part, which `onDuplicate` gets (integers and texts each
     * in row order). `keep: false` when no later part follows: its keys are counted, not stored.
     */
    absorb(state, onDuplicate, keep) {
        const numbers = state.numbers;
        for (let index = 0; index < numbers.length; index++) {
            const key = numbers[index];
            if (this.numbers.has(key))
                onDuplicate(key, state.numbersSeen?.rows[index] ?? 0, lineOf(state.numbersSeen, index));
            else if (keep)
                this.numbers.add(key);
            else
                this.uncounted++;
        }
        let index = 0;
        for (const shard of state.texts) {
            for (const key of shard) {
                const at = index++;
                if (this.hasText(key))
                    onDuplicate(key, state.textsSeen?.rows[at] ?? 0, lineOf(state.textsSeen, at));
                else if (keep)
                    this.insertText(key);
                else
                    this.uncounted++;
            }
        }
    }
    hasText(key) {
        for (const shard of this.shards)
            if (shard.has(key))
                return true;
        return false;
    }
    insertText(key) {
        if (this.current.size >= this.shardLimit) {
            this.current = new Set();
            this.shards.push(this.current);
        }
        this.current.add(key);
    }
}
function lineOf(seen, index) {
    const line = seen?.lines[index] ?? -1;
    return line >= 0 ? line : undefined;
}
/** The number a text spells when it is the canonical form of a safe integer (`42`, `-7`). */
function canonicalInteger(text) {
    if (text.length === 0 || text.length > 16)
        return undefined;
    const first = text.charCodeAt(0);
    if (first !== 45 && (first < 48 || first > 57))
        return undefined;
    const value = Number(text);
    return Number.isSafeInteger(value) && String(value) === text ? value : undefined;
}

// EXTERNAL MODULE: ./src/contract/pattern.ts
var pattern = __webpack_require__(7352);
;// CONCATENATED MODULE: ./src/contract/columnCheck.ts
// Every rule of one column, checked on every row as batches stream past; results at the end.












/** Distinct disallowed values kept to show as `observed`. */
const columnCheck_MAX_OBSERVED_VALUES = 10;
const columnCheck_SURROGATE = /[\uD800-\uDBFF]/;
class ColumnCheck {
    name;
    rule;
    context;
    /** The column appeared in at least one batch. */
    present = false;
    nulls = new contract_violations/* Violations */.nP();
    typeViolations;
    offendingTypes = new Set();
    unique;
    min;
    max;
    allowed;
    pattern;
    length = {};
    needsText;
    /** A rule reads the field's type or value; a string column's allowed values, pattern and lengths read only its text. */
    needsKind;
    /** `addParsedFields`'s tables, made at its first batch. */
    byKind;
    /** Only the type, bounds and uniqueness read the column's fields: `addParsedFields` may check them by value. */
    byValue;
    /** Kinds the declared type accepts whatever the text (a bit per KIND_ constant); others ask `typeAcceptsRange`. */
    accepted;
    constructor(name, rule, context) {
        this.name = name;
        this.rule = rule;
        this.context = context;
        if (rule.type)
            this.typeViolations = new contract_violations/* Violations */.nP();
        if (rule.unique)
            this.unique = { seen: new UniqueSet(undefined, context.track), violations: new contract_violations/* Violations */.nP() };
        this.min = boundCheck(rule.min);
        this.max = boundCheck(rule.max);
        if (rule.allowed)
            this.allowed = allowedCheck(rule.allowed, rule.type === 'string');
        // validateConfig has rejected patterns that do not compile before any data is read.
        if (rule.pattern !== undefined)
            this.pattern = { regex: (0,pattern/* compilePattern */.E)(rule.pattern), violations: new contract_violations/* Violations */.nP() };
        if (rule.min_length !== undefined)
            this.length.min = new contract_violations/* Violations */.nP();
        if (rule.max_length !== undefined)
            this.length.max = new contract_violations/* Violations */.nP();
        this.needsText = Boolean(this.unique || this.allowed || this.pattern || this.length.min || this.length.max);
        this.accepted = acceptedKinds(rule.type);
        this.byValue = !this.allowed && !this.pattern && !this.length.min && !this.length.max;
        this.needsKind = Boolean((rule.type && rule.type !== 'string') || this.min || this.max || this.unique || (this.allowed && this.allowed.numbers.size > 0));
    }
    /** Checks the column's cells in one batch; `cells` is undefined when the batch lacks the column (all null). */
    add(batch, cells) {
        if (!cells) {
            this.addAbsent(batch);
            return;
        }
        this.present = true;
        for (let index = 0; index < batch.length; index++)
            this.addCell(cells[index], batch, index);
    }
    /** Checks one cell, any kind: a string (CSV, TSV) or a typed value (JSON, Parquet, a formatted field). */
    addCell(cell, batch, index) {
        if (this.context.isNull(cell)) {
            this.nulls.add(batch, index, (0,profile_values/* cellText */.Ie)(cell));
            return;
        }
        if (typeof cell === 'string') {
            this.addText(cell, batch, index);
            return;
        }
        const declared = this.rule.type;
        if (declared && !(0,rules/* typeAccepts */.CP)(declared, cell)) {
            this.typeViolations.add(batch, index, (0,profile_values/* cellText */.Ie)(cell));
            this.offendingTypes.add((0,profile_values/* cellType */.T$)(cell));
        }
        if (this.min)
            checkBound(this.min, cell, batch, index, (value, bound) => value < bound);
        if (this.max)
            checkBound(this.max, cell, batch, index, (value, bound) => value > bound);
        if (!this.needsText)
            return;
        const text = (0,profile_values/* cellText */.Ie)(cell);
        if (this.unique && !this.unique.seen.add(text, batch.firstRow + index, batch.lines?.[index]))
            this.unique.violations.add(batch, index, text);
        if (this.allowed && !isAllowed(this.allowed, text, cell)) {
            this.allowed.violations.add(batch, index, text);
            if (this.allowed.values.size < columnCheck_MAX_OBSERVED_VALUES)
                this.allowed.values.add((0,detach/* detach */.Y)(text));
        }
        if (this.pattern && !this.pattern.regex.test(text))
            this.pattern.violations.add(batch, index, text);
        if (this.length.min || this.length.max)
            this.checkLength(text, batch, index);
    }
    /**
     * `add` of column c of a batch of CSV/TSV field offsets (src/contract/fields.ts): the same
     * tallies as `add` of the string batch the fields would make, with no string per field.
     */
    addFields(batch, c) {
        this.present = true;
        // The profiler's kind and value of each field it classified (src/profile/records.ts SharedParse).
        const parse = batch.parse;
        const kinds = batch.formats[c] === undefined && parse !== undefined && parse.ready[c] === 1 ? parse.kinds[c] : undefined;
        const values = kinds !== undefined ? parse.values[c] : undefined;
        if (kinds !== undefined && this.byValue) {
            this.addParsedFields(batch, c, kinds, values);
            return;
        }
        const { text, length } = batch;
        const starts = batch.starts[c];
        const ends = batch.ends[c];
        const format = batch.formats[c];
        const isNullRange = this.context.isNullRange;
        for (let index = 0; index < length; index++) {
            const end = ends[index];
            if (end < 0 || format !== undefined) {
                this.addField(batch, c, index, kinds, values);
                continue;
            }
            const start = starts[index];
            if (isNullRange(text, start, end)) {
                this.nulls.addRange(batch, index, text, start, end);
                continue;
            }
            const shared = kinds !== undefined ? kinds[index] : records/* NOT_PARSED */.ks;
            if (shared !== records/* NOT_PARSED */.ks)
                this.addParsed(text, start, end, shared & (records/* CANONICAL */.zb - 1), values[index], shared >= records/* CANONICAL */.zb, batch, index);
            else
                this.addRange(text, start, end, batch, index);
        }
    }
    /** Field `index` of column c, its kind and value from the profiler's parse where it has them. */
    addField(batch, c, index, kinds, values) {
        const end = batch.ends[c][index];
        if (end < 0) {
            // Doubled quotes (a built value) and missing fields (null) take the cells' way.
            this.addCell(fieldCell(batch, c, index), batch, index);
            return;
        }
        const { text } = batch;
        const start = batch.starts[c][index];
        const format = batch.formats[c];
        if (format !== undefined) {
            const kind = (0,formats/* classifyFormatted */.$p)(text, start, end, format);
            if (kind !== profile_values/* KIND_STRING */.jr) {
                this.addCell(kind === profile_values/* KIND_BOOLEAN */.gN ? profile_values/* parsedValue */.X$.value === 1 : profile_values/* parsedValue */.X$.value, batch, index);
                return;
            }
        }
        if (this.context.isNullRange(text, start, end)) {
            this.nulls.addRange(batch, index, text, start, end);
            return;
        }
        // Null to the profiler (its tokens) but not to the contract: classified here.
        const shared = kinds !== undefined ? kinds[index] : records/* NOT_PARSED */.ks;
        if (shared !== records/* NOT_PARSED */.ks)
            this.addParsed(text, start, end, shared & (records/* CANONICAL */.zb - 1), values[index], shared >= records/* CANONICAL */.zb, batch, index);
        else
            this.addRange(text, start, end, batch, index);
    }
    /**
     * `addFields` of a column whose rules read only the type and value (`byValue`), from the
     * profiler's parse: a field of an accepted kind within both bounds passes here on its kind and
     * value alone, its extremes kept apart until the end of the batch (a minimum and a maximum
     * do not depend on order); any other field (null, a violation, a bound of another kind, a
     * text key) goes the way of `addField`, which tallies it as before.
     */
    addParsedFields(batch, c, kinds, values) {
        const { text, length, firstRow, lines } = batch;
        const starts = batch.starts[c];
        const ends = batch.ends[c];
        // Without null tokens a null field is an empty one, which `end <= start` sends to addField.
        const isNullRange = this.context.tokens === false ? undefined : this.context.isNullRange;
        const { min, max, unique } = this;
        const byKind = this.byKind ??= parsedRules(this.rule.type ? this.accepted : 0x3f, min?.bound, max?.bound, unique !== undefined);
        const { fast, low, high } = byKind;
        // Lowest and highest value per kind byte; the bounds' kinds among them make the extremes.
        const lowest = byKind.lowest.fill(Infinity);
        const highest = byKind.highest.fill(-Infinity);
        for (let index = 0; index < length; index++) {
            const end = ends[index];
            const start = starts[index];
            const shared = kinds[index];
            const value = values[index];
            // Zeros go addField's way, in row order: an extreme of 0 or -0 is the first one read, as there.
            if (end <= start || fast[shared] === 0 || value < low[shared] || value > high[shared] || value === 0 ||
                (isNullRange !== undefined && isNullRange(text, start, end))) {
                this.addField(batch, c, index, kinds, values);
                continue;
            }
            if (value < lowest[shared])
                lowest[shared] = value;
            if (value > highest[shared])
                highest[shared] = value;
            if (unique !== undefined && !unique.seen.addKey(value, '', firstRow + index, lines?.[index]))
                unique.violations.addRange(batch, index, text, start, end);
        }
        for (let shared = 0; shared < records/* CANONICAL */.zb * 2; shared++) {
            const bit = 1 << (shared & (records/* CANONICAL */.zb - 1));
            if (min && (byKind.minKinds & bit) !== 0 && lowest[shared] !== Infinity && (min.extreme === undefined || lowest[shared] < min.extreme))
                min.extreme = lowest[shared];
            if (max && (byKind.maxKinds & bit) !== 0 && highest[shared] !== -Infinity && (max.extreme === undefined || highest[shared] > max.extreme))
                max.extreme = highest[shared];
        }
    }
    /** `addText` of the non-null field text[start, end): a string only where a rule needs one. */
    addRange(text, start, end, batch, index) {
        const kind = this.needsKind ? (0,profile_values/* classifyRange */.iU)(text, start, end) : profile_values/* KIND_STRING */.jr;
        this.addParsed(text, start, end, kind, profile_values/* parsedValue */.X$.value, profile_values/* parsedValue */.X$.canonical, batch, index);
    }
    /** `addRange` of a field whose kind and value are known (`classifyRange`'s, here or the profiler's). */
    addParsed(text, start, end, kind, value, canonical, batch, index) {
        const declared = this.rule.type;
        if (declared && (this.accepted & (1 << kind)) === 0 && !(0,rules/* typeAcceptsRange */.hR)(declared, kind, text, start, end)) {
            this.typeViolations.addRange(batch, index, text, start, end);
            this.offendingTypes.add(profile_values/* KIND_TYPES */.pC[kind]);
        }
        if (this.min || this.max) {
            const numeric = kind === profile_values/* KIND_INTEGER */.Ec || kind === profile_values/* KIND_NUMBER */.V;
            const temporal = kind === profile_values/* KIND_DATE */.UR || kind === profile_values/* KIND_TIMESTAMP */.mq;
            if (this.min)
                checkBoundRange(this.min, true, numeric, temporal, value, text, start, end, batch, index);
            if (this.max)
                checkBoundRange(this.max, false, numeric, temporal, value, text, start, end, batch, index);
        }
        if (!this.needsText)
            return;
        if (this.unique) {
            // Canonical integers go to the set by value; other integers (`007`, 16 digits) as `canonicalInteger` reads them.
            const key = kind !== profile_values/* KIND_INTEGER */.Ec ? undefined : canonical ? value : canonicalInteger(text.slice(start, end));
            const row = batch.firstRow + index;
            const line = batch.lines?.[index];
            if (key !== undefined) {
                if (!this.unique.seen.addKey(key, '', row, line))
                    this.unique.violations.addRange(batch, index, text, start, end);
            }
            else {
                const field = text.slice(start, end);
                if (!this.unique.seen.addKey(undefined, field, row, line))
                    this.unique.violations.add(batch, index, field);
            }
        }
        const allowed = this.allowed;
        if (allowed && !allowed.ranges.hasRange(text, start, end) && !(allowed.numbers.size > 0 && (kind === profile_values/* KIND_INTEGER */.Ec || kind === profile_values/* KIND_NUMBER */.V) && allowed.numbers.has(value))) {
            allowed.violations.addRange(batch, index, text, start, end);
            if (allowed.values.size < columnCheck_MAX_OBSERVED_VALUES)
                allowed.values.add((0,detach/* detach */.Y)(text.slice(start, end)));
        }
        if (this.pattern) {
            const field = text.slice(start, end);
            if (!this.pattern.regex.test(field))
                this.pattern.violations.add(batch, index, field);
        }
        if (this.length.min || this.length.max)
            this.checkLengthRange(text, start, end, batch, index);
    }
    /**
     * `add` of one non-null text cell (CSV, TSV), classified once for every rule: the type, both
     * bounds and the unique key read the same parse (each used to parse it again).
     */
    addText(text, batch, index) {
        const kind = (0,profile_values/* classifyText */.oF)(text);
        const value = profile_values/* parsedValue */.X$.value;
        const canonical = profile_values/* parsedValue */.X$.canonical;
        const declared = this.rule.type;
        if (declared && !(0,rules/* typeAcceptsText */.dk)(declared, kind, text)) {
            this.typeViolations.add(batch, index, text);
            this.offendingTypes.add(profile_values/* KIND_TYPES */.pC[kind]);
        }
        if (this.min || this.max) {
            const numeric = kind === profile_values/* KIND_INTEGER */.Ec || kind === profile_values/* KIND_NUMBER */.V;
            const temporal = kind === profile_values/* KIND_DATE */.UR || kind === profile_values/* KIND_TIMESTAMP */.mq;
            if (this.min)
                checkBoundValue(this.min, boundValue(this.min.bound, numeric, temporal, value, text), text, batch, index, (a, b) => a < b);
            if (this.max)
                checkBoundValue(this.max, boundValue(this.max.bound, numeric, temporal, value, text), text, batch, index, (a, b) => a > b);
        }
        if (!this.needsText)
            return;
        if (this.unique) {
            // A canonical integer of up to 15 digits was read by the parse; others as the set reads them.
            const key = kind === profile_values/* KIND_INTEGER */.Ec && canonical ? value : canonicalInteger(text);
            if (!this.unique.seen.addKey(key, text, batch.firstRow + index, batch.lines?.[index]))
                this.unique.violations.add(batch, index, text);
        }
        if (this.allowed && !this.allowed.texts.has(text) && !(this.allowed.numbers.size > 0 && (kind === profile_values/* KIND_INTEGER */.Ec || kind === profile_values/* KIND_NUMBER */.V) && this.allowed.numbers.has(value))) {
            this.allowed.violations.add(batch, index, text);
            if (this.allowed.values.size < columnCheck_MAX_OBSERVED_VALUES)
                this.allowed.values.add((0,detach/* detach */.Y)(text));
        }
        if (this.pattern && !this.pattern.regex.test(text))
            this.pattern.violations.add(batch, index, text);
        if (this.length.min || this.length.max)
            this.checkLength(text, batch, index);
    }
    addAbsent(batch) {
        // Only the first few rows can become examples; the rest only count.
        const recorded = Math.min(batch.length, 5);
        for (let index = 0; index < recorded; index++)
            this.nulls.add(batch, index, '');
        this.nulls.count += batch.length - recorded;
    }
    checkLength(text, batch, index) {
        // Length in characters (code points), so an emoji counts once.
        const length = columnCheck_SURROGATE.test(text) ? [...text].length : text.length;
        if (this.length.shortest === undefined || length < this.length.shortest)
            this.length.shortest = length;
        if (this.length.longest === undefined || length > this.length.longest)
            this.length.longest = length;
        if (this.length.min && length < this.rule.min_length)
            this.length.min.add(batch, index, text);
        if (this.length.max && length > this.rule.max_length)
            this.length.max.add(batch, index, text);
    }
    checkLengthRange(text, start, end, batch, index) {
        const length = columnCheck_codePoints(text, start, end);
        if (this.length.shortest === undefined || length < this.length.shortest)
            this.length.shortest = length;
        if (this.length.longest === undefined || length > this.length.longest)
            this.length.longest = length;
        if (this.length.min && length < this.rule.min_length)
            this.length.min.addRange(batch, index, text, start, end);
        if (this.length.max && length > this.rule.max_length)
            this.length.max.addRange(batch, index, text, start, end);
    }
    toState() {
        const length = this.length;
        return {
            present: this.present,
            nulls: this.nulls.toState(),
            ...(this.typeViolations ? { type: this.typeViolations.toState() } : {}),
            offendingTypes: [...this.offendingTypes],
            ...(this.unique ? { unique: { seen: this.unique.seen.toState(), violations: this.unique.violations.toState() } } : {}),
            ...(this.min ? { min: { violations: this.min.violations.toState(), extreme: this.min.extreme } } : {}),
            ...(this.max ? { max: { violations: this.max.violations.toState(), extreme: this.max.extreme } } : {}),
            ...(this.allowed ? { allowed: { violations: this.allowed.violations.toState(), values: [...this.allowed.values] } } : {}),
            ...(this.pattern ? { pattern: this.pattern.violations.toState() } : {}),
            length: {
                ...(length.min ? { min: length.min.toState() } : {}), ...(length.max ? { max: length.max.toState() } : {}),
                shortest: length.shortest, longest: length.longest,
            },
        };
    }
    /**
     * Adds the state of the next part of the data (parts absorbed in file order): the same tallies
     * as if this check had read that part's rows after its own.
     */
    absorb(state, part) {
        const shift = part;
        this.present ||= state.present;
        this.nulls.absorb(state.nulls, shift);
        if (this.typeViolations && state.type)
            this.typeViolations.absorb(state.type, shift);
        for (const type of state.offendingTypes)
            this.offendingTypes.add(type);
        if (this.unique && state.unique)
            absorbUnique(this.unique, state.unique, part);
        for (const [check, part, lower] of [[this.min, state.min, true], [this.max, state.max, false]]) {
            if (!check || !part)
                continue;
            check.violations.absorb(part.violations, shift);
            if (part.extreme !== undefined && (check.extreme === undefined || (lower ? part.extreme < check.extreme : part.extreme > check.extreme)))
                check.extreme = part.extreme;
        }
        if (this.allowed && state.allowed) {
            this.allowed.violations.absorb(state.allowed.violations, shift);
            for (const value of state.allowed.values)
                if (this.allowed.values.size < columnCheck_MAX_OBSERVED_VALUES)
                    this.allowed.values.add(value);
        }
        if (this.pattern && state.pattern)
            this.pattern.violations.absorb(state.pattern, shift);
        const length = this.length;
        if (length.min && state.length.min)
            length.min.absorb(state.length.min, shift);
        if (length.max && state.length.max)
            length.max.absorb(state.length.max, shift);
        if (state.length.shortest !== undefined && (length.shortest === undefined || state.length.shortest < length.shortest))
            length.shortest = state.length.shortest;
        if (state.length.longest !== undefined && (length.longest === undefined || state.length.longest > length.longest))
            length.longest = state.length.longest;
    }
    /** One result per rule that ran, in COLUMN_RULES order (`required` is the validator's), worded by columnResults. */
    results(rows) {
        const { dataset, severity } = this.context;
        const length = this.length;
        const tally = { nulls: this.nulls };
        if (this.typeViolations)
            tally.type = { violations: this.typeViolations, kinds: [...this.offendingTypes] };
        if (this.unique)
            tally.unique = { violations: this.unique.violations, distinct: this.unique.seen.size };
        if (this.min)
            tally.min = this.min;
        if (this.max)
            tally.max = this.max;
        if (this.allowed)
            tally.allowed = { violations: this.allowed.violations, values: [...this.allowed.values].sort() };
        if (this.pattern)
            tally.pattern = this.pattern.violations;
        if (length.min)
            tally.minLength = { violations: length.min, shortest: length.shortest };
        if (length.max)
            tally.maxLength = { violations: length.max, longest: length.longest };
        return columnResults(dataset, this.name, this.rule, severity, tally, rows);
    }
}
/**
 * A later part's unique values: its own repeats were counted in it; a value already seen in an
 * earlier part is a repeat at its first row in this part. Both kinds, in the part's row order.
 */
function absorbUnique(unique, state, part) {
    const across = new contract_violations/* Violations */.nP();
    unique.seen.absorb(state.seen, (key, row, line) => {
        across.recordByRow(row, () => ({ row, ...(line !== undefined ? { line } : {}), file: part.file, value: String(key) }));
    }, !part.last);
    unique.violations.absorb(mergedByRow(state.violations, across.toState()), part);
}
/** Two tallies of one part as one: counts add up, the first examples by row. */
function mergedByRow(a, b) {
    if (b.count === 0)
        return a;
    if (a.count === 0)
        return b;
    const examples = [...a.examples, ...b.examples].sort((x, y) => x.row - y.row).slice(0, contract_violations/* MAX_EXAMPLES */.Nq);
    return { count: a.count + b.count, examples };
}
function boundCheck(limit) {
    if (limit === undefined)
        return undefined;
    const bound = (0,rules/* parseBound */.aM)(limit);
    // validateConfig rejects bounds that are neither numbers nor ISO dates before data is read.
    return bound ? { bound, violations: new contract_violations/* Violations */.nP(), extreme: undefined } : undefined;
}
/** Compares a cell with a bound of its kind; cells of another kind are the type rule's business. */
function checkBound(check, cell, batch, index, beyond) {
    // Dates in other formats (src/profile/dates.ts) too; `a/b/YYYY` as MM/DD/YYYY unless a > 12.
    const value = check.bound.kind === 'number' ? (0,profile_values/* cellNumber */.W4)(cell) : (0,profile_values/* cellTime */.s3)(cell) ?? (typeof cell === 'string' ? (0,dates/* textTime */.zI)(cell) : undefined);
    if (value === undefined)
        return;
    if (check.extreme === undefined || beyond(value, check.extreme))
        check.extreme = value;
    if (beyond(value, check.bound.value))
        check.violations.add(batch, index, (0,profile_values/* cellText */.Ie)(cell));
}
/** A text's value for a bound of its kind, from its one parse; dates in other formats as `checkBound` reads them. */
function boundValue(bound, numeric, temporal, value, text) {
    if (bound.kind === 'number')
        return numeric ? value : undefined;
    return temporal ? value : (0,dates/* textTime */.zI)(text);
}
function checkBoundValue(check, value, text, batch, index, beyond) {
    if (value === undefined)
        return;
    if (check.extreme === undefined || beyond(value, check.extreme))
        check.extreme = value;
    if (beyond(value, check.bound.value))
        check.violations.add(batch, index, text);
}
/**
 * `checkBoundValue` of the field text[start, end) for a min (`lower`) or max rule: dates in other
 * formats are read from its string.
 */
function checkBoundRange(check, lower, numeric, temporal, value, text, start, end, batch, index) {
    const compared = check.bound.kind === 'number' ? (numeric ? value : undefined) : temporal ? value : (0,dates/* textTime */.zI)(text.slice(start, end));
    if (compared === undefined)
        return;
    const extreme = check.extreme;
    if (extreme === undefined || (lower ? compared < extreme : compared > extreme))
        check.extreme = compared;
    if (lower ? compared < check.bound.value : compared > check.bound.value)
        check.violations.addRange(batch, index, text, start, end);
}
function parsedRules(accepted, min, max, unique) {
    const minKinds = min ? boundKinds(min) : 0;
    const maxKinds = max ? boundKinds(max) : 0;
    // A time bound reads a field of another kind as a date in another format, from its text.
    const slow = (min?.kind === 'time' ? 0x3f & ~minKinds : 0) | (max?.kind === 'time' ? 0x3f & ~maxKinds : 0);
    const rules = {
        fast: new Uint8Array(256), low: new Float64Array(256).fill(-Infinity), high: new Float64Array(256).fill(Infinity),
        lowest: new Float64Array(256), highest: new Float64Array(256), minKinds, maxKinds,
    };
    for (let shared = 0; shared < records/* CANONICAL */.zb * 2; shared++) {
        const kind = shared & (records/* CANONICAL */.zb - 1);
        if (kind > profile_values/* KIND_STRING */.jr)
            continue;
        const bit = 1 << kind;
        // A unique key by value is a canonical integer; other keys are texts.
        if ((accepted & bit) === 0 || (slow & bit) !== 0 || (unique && !(kind === profile_values/* KIND_INTEGER */.Ec && shared >= records/* CANONICAL */.zb)))
            continue;
        rules.fast[shared] = 1;
        if ((minKinds & bit) !== 0)
            rules.low[shared] = min.value;
        if ((maxKinds & bit) !== 0)
            rules.high[shared] = max.value;
    }
    return rules;
}
/** The kinds a bound compares by their parsed value: numbers for a number, dates and timestamps for a time. */
function boundKinds(bound) {
    return bound.kind === 'number' ? (1 << profile_values/* KIND_INTEGER */.Ec) | (1 << profile_values/* KIND_NUMBER */.V) : (1 << profile_values/* KIND_DATE */.UR) | (1 << profile_values/* KIND_TIMESTAMP */.mq);
}
/** The kinds `typeAcceptsRange(declared, kind, …)` accepts for any text: a bit per KIND_ constant. */
function acceptedKinds(declared) {
    switch (declared) {
        case 'string': return 0x3f;
        case 'integer': return 1 << profile_values/* KIND_INTEGER */.Ec;
        case 'number': return (1 << profile_values/* KIND_INTEGER */.Ec) | (1 << profile_values/* KIND_NUMBER */.V);
        case 'boolean': return 1 << profile_values/* KIND_BOOLEAN */.gN;
        case 'date': return 1 << profile_values/* KIND_DATE */.UR;
        case 'timestamp': return (1 << profile_values/* KIND_DATE */.UR) | (1 << profile_values/* KIND_TIMESTAMP */.mq);
        default: return 0;
    }
}
/** Characters (code points) of text[start, end), as `[...text].length` counts them: a surrogate pair once. */
function columnCheck_codePoints(text, start, end) {
    let length = end - start;
    for (let i = start; i < end - 1; i++) {
        const code = text.charCodeAt(i);
        if (code < 0xd800 || code > 0xdbff)
            continue;
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
            length--;
            i++;
        }
    }
    return length;
}
/** In a declared string column a number is a spelling (`12345` must not admit `012345`); elsewhere a value. */
function allowedCheck(allowed, asText) {
    const texts = new Set();
    const numbers = new Set();
    for (const value of allowed) {
        if (typeof value === 'number' && !asText)
            numbers.add(value);
        else if (typeof value === 'number')
            texts.add(String(value));
        else if (typeof value === 'boolean')
            for (const spelling of booleanSpellings(value))
                texts.add(spelling);
        else
            texts.add(value);
    }
    return { texts, ranges: new TextSet(texts), numbers, violations: new contract_violations/* Violations */.nP(), values: new Set() };
}
function booleanSpellings(value) {
    return value ? ['true', 'True', 'TRUE'] : ['false', 'False', 'FALSE'];
}
/** Allowed by text, or by value for numbers (`5` allows `5.0`). */
function isAllowed(allowed, text, cell) {
    if (allowed.texts.has(text))
        return true;
    if (allowed.numbers.size === 0)
        return false;
    const value = (0,profile_values/* cellNumber */.W4)(cell);
    return value !== undefined && allowed.numbers.has(value);
}

;// CONCATENATED MODULE: ./src/contract/compoundUnique.ts
// A uniqueness check over a key of several columns (`unique: [[user_id, signup_at]]`).





class CompoundUniqueCheck {
    columns;
    context;
    seen;
    violations = new contract_violations/* Violations */.nP();
    present = new Set();
    constructor(columns, context) {
        this.columns = columns;
        this.context = context;
        this.seen = new UniqueSet(undefined, context.track);
    }
    add(batch) {
        const cells = this.columns.map((name) => {
            const index = batch.columns.indexOf(name);
            if (index >= 0)
                this.present.add(name);
            return index >= 0 ? batch.data[index] : undefined;
        });
        const { isNull } = this.context;
        const parts = new Array(cells.length);
        for (let row = 0; row < batch.length; row++) {
            let allNull = true;
            let key = '';
            for (let part = 0; part < cells.length; part++) {
                const cell = cells[part]?.[row];
                if (isNull(cell)) {
                    parts[part] = null;
                    key += '~';
                }
                else {
                    const text = (0,profile_values/* cellText */.Ie)(cell);
                    parts[part] = text;
                    // Length-prefixed parts cannot run into each other, whatever the values contain.
                    key += `${text.length}:${text}`;
                    allNull = false;
                }
            }
            // As Great Expectations does: a key that is null in every column identifies nothing.
            if (allNull)
                continue;
            if (!this.seen.add(key, batch.firstRow + row, batch.lines?.[row]))
                this.violations.add(batch, row, parts.map((part) => part ?? 'null').join(', '));
        }
    }
    toState() {
        return { seen: this.seen.toState(), violations: this.violations.toState(), present: [...this.present] };
    }
    /** Adds the state of the next part of the data, as ColumnCheck.absorb does for one column. */
    absorb(state, part) {
        for (const name of state.present)
            this.present.add(name);
        const across = new contract_violations/* Violations */.nP();
        this.seen.absorb(state.seen, (key, row, line) => {
            across.recordByRow(row, () => ({ row, ...(line !== undefined ? { line } : {}), file: part.file, value: shownKey(String(key)) }));
        }, !part.last);
        this.violations.absorb(mergedByRow(state.violations, across.toState()), part);
    }
    result() {
        const { dataset, severity } = this.context;
        const label = this.columns.join('+');
        const base = { id: `${dataset}.contract.${label}.unique`, kind: 'contract', dataset, column: label, severity };
        const missing = this.columns.filter((name) => !this.present.has(name));
        if (missing.length > 0) {
            return {
                ...base,
                status: (0,report_severity/* violated */.b)(severity),
                message: `unique key (${this.columns.join(', ')}): column${missing.length > 1 ? 's' : ''} ${missing.map((name) => JSON.stringify(name)).join(', ')} missing from the data`,
                observed: `missing: ${missing.join(', ')}`,
                expected: this.columns,
            };
        }
        const duplicates = this.violations.count;
        return {
            ...base,
            status: duplicates > 0 ? (0,report_severity/* violated */.b)(severity) : 'pass',
            message: duplicates > 0
                ? `unique key (${this.columns.join(', ')}): ${duplicates} duplicate ${duplicates === 1 ? 'row' : 'rows'}`
                : `unique key (${this.columns.join(', ')}): all ${this.seen.size} keys unique`,
            observed: duplicates,
            expected: 0,
            count: duplicates,
            ...(duplicates > 0 ? { examples: this.violations.examples } : {}),
        };
    }
}
/** A key as `add` builds it (`~` for a null part, else `length:text`) shown as its examples are: `7, null`. */
function shownKey(key) {
    const parts = [];
    for (let at = 0; at < key.length;) {
        if (key[at] === '~') {
            parts.push('null');
            at++;
            continue;
        }
        const colon = key.indexOf(':', at);
        const length = Number(key.slice(at, colon));
        parts.push(key.slice(colon + 1, colon + 1 + length));
        at = colon + 1 + length;
    }
    return parts.join(', ');
}

;// CONCATENATED MODULE: ./src/contract/validator.ts
// Checks every row of a snapshot against its dataset's contract as batches stream past.
// Memory is fixed per rule (counts and the first few examples), except uniqueness sets.
// Knows nothing of src/gates (a test keeps it so): the gates build on the contract, not back.










class ContractValidator {
    dataset;
    columns;
    compound;
    isNull;
    isNullRange;
    /** Every column name seen in any batch, in first-seen order. */
    seen = new Set();
    rows = 0;
    /** Files seen, and the line of the first one's header when it has one. */
    files = new Set();
    guesser = new ColumnGuesser();
    headerLine;
    freshness = { present: false, newest: undefined };
    constructor(dataset, options = {}) {
        this.dataset = dataset;
        this.isNull = (0,profile_values/* makeNullTest */.sM)(options.nullValues ?? dataset.null_values ?? []);
        this.isNullRange = makeNullRangeTest(options.nullValues ?? dataset.null_values ?? []);
        const context = (severity) => ({
            dataset: dataset.name, severity, isNull: this.isNull, isNullRange: this.isNullRange, track: options.track,
            tokens: (options.nullValues ?? dataset.null_values ?? []).some((token) => token !== ''),
        });
        this.columns = Object.entries(dataset.schema?.columns ?? {}).map(([name, rule]) => new ColumnCheck(name, rule, context((0,rules/* ruleSeverity */.uK)(dataset, rule))));
        this.compound = (dataset.unique ?? []).map((key) => new CompoundUniqueCheck(key, context(dataset.schema?.severity ?? 'error')));
    }
    /** Whether any check reads the cells of column `name`; batches may leave the others empty. */
    reads(name) {
        return this.columns.some((check) => check.name === name) ||
            this.compound.some((check) => check.columns.includes(name)) ||
            this.dataset.freshness?.column === name;
    }
    add(batch) {
        this.addRows(batch);
        for (const check of this.columns) {
            const index = batch.columns.indexOf(check.name);
            check.add(batch, index >= 0 ? batch.data[index] : undefined);
        }
        for (const check of this.compound)
            check.add(batch);
        if (this.dataset.freshness)
            this.trackNewest(batch, this.dataset.freshness.column);
    }
    /**
     * `add` of a batch of CSV/TSV field offsets (src/contract/fields.ts): the same tallies as `add`
     * of the string batch it would make. Compound keys read the strings of their columns.
     */
    addFields(batch) {
        this.addRows(batch);
        for (const check of this.columns) {
            const index = batch.columns.indexOf(check.name);
            if (index >= 0)
                check.addFields(batch, index);
            else
                check.add(batch, undefined);
        }
        if (this.compound.length > 0) {
            const strings = batchOf(batch, this.compound.flatMap((check) => check.columns));
            for (const check of this.compound)
                check.add(strings);
        }
        if (this.dataset.freshness)
            this.trackNewestFields(batch, this.dataset.freshness.column);
    }
    /** What every batch tells whatever its form: rows, columns, file, header line. */
    addRows(batch) {
        this.rows += batch.length;
        for (const name of batch.columns)
            this.seen.add(name);
        // A text file whose first data row is past line 1 has a header there (CSV, TSV; not JSON Lines).
        if (this.files.size === 0 && batch.lines && batch.length > 0 && batch.lines[0] > batch.firstRow)
            this.headerLine = 1;
        this.files.add(batch.file);
    }
    toState() {
        return {
            rows: this.rows, seen: [...this.seen], files: [...this.files], headerLine: this.headerLine, freshness: { ...this.freshness },
            columns: this.columns.map((check) => check.toState()), compound: this.compound.map((check) => check.toState()),
        };
    }
    /**
     * Adds the state of the next part of the data, parts in file order (the first one absorbed
     * into a fresh validator): the results are then those of one validator that read every part's
     * rows in turn, with `shift` placing the part's rows and lines in the whole. `last`: no part
     * follows (its unique values are then counted, not kept).
     */
    absorb(state, shift, last) {
        if (this.files.size === 0)
            this.headerLine = state.headerLine;
        this.rows += state.rows;
        for (const name of state.seen)
            this.seen.add(name);
        for (const file of state.files)
            this.files.add(file);
        const [file = ''] = state.files;
        const place = { ...shift, file, last };
        this.columns.forEach((check, k) => check.absorb(state.columns[k], place));
        this.compound.forEach((check, k) => check.absorb(state.compound[k], place));
        this.freshness.present ||= state.freshness.present;
        const newest = state.freshness.newest;
        if (newest !== undefined && (this.freshness.newest === undefined || newest > this.freshness.newest))
            this.freshness.newest = newest;
    }
    trackNewest(batch, column) {
        const index = batch.columns.indexOf(column);
        if (index < 0)
            return;
        this.freshness.present = true;
        const cells = batch.data[index];
        let newest = this.freshness.newest ?? -Infinity;
        for (let row = 0; row < batch.length; row++) {
            const cell = cells[row];
            if (this.isNull(cell))
                continue;
            const time = (0,profile_values/* cellTime */.s3)(cell);
            if (time !== undefined && time > newest)
                newest = time;
        }
        if (newest > -Infinity)
            this.freshness.newest = newest;
    }
    /** `trackNewest` of a batch of field offsets: ISO times read in place. */
    trackNewestFields(batch, column) {
        const c = batch.columns.indexOf(column);
        if (c < 0)
            return;
        this.freshness.present = true;
        const { text } = batch;
        const starts = batch.starts[c];
        const ends = batch.ends[c];
        const format = batch.formats[c];
        // The profiler's parse of the column, where it read it plainly (src/profile/records.ts SharedParse).
        const parse = batch.parse;
        const kinds = format === undefined && parse !== undefined && parse.ready[c] === 1 ? parse.kinds[c] : undefined;
        const values = kinds !== undefined ? parse.values[c] : undefined;
        let newest = this.freshness.newest ?? -Infinity;
        for (let row = 0; row < batch.length; row++) {
            const end = ends[row];
            let time;
            if (end < 0 || format !== undefined) {
                // Built and missing values, and those of a column with a format, as the string batch has them.
                const cell = fieldCell(batch, c, row);
                if (!this.isNull(cell))
                    time = (0,profile_values/* cellTime */.s3)(cell);
            }
            else {
                const start = starts[row];
                if (this.isNullRange(text, start, end))
                    continue;
                const shared = kinds !== undefined ? kinds[row] : records/* NOT_PARSED */.ks;
                const kind = shared !== records/* NOT_PARSED */.ks ? shared & (records/* CANONICAL */.zb - 1) : (0,profile_values/* classifyRange */.iU)(text, start, end);
                if (kind === profile_values/* KIND_DATE */.UR || kind === profile_values/* KIND_TIMESTAMP */.mq)
                    time = shared !== records/* NOT_PARSED */.ks ? values[row] : profile_values/* parsedValue */.X$.value;
            }
            if (time !== undefined && time > newest)
                newest = time;
        }
        if (newest > -Infinity)
            this.freshness.newest = newest;
    }
    /**
     * The contract's results: per column rule, required and extra columns, compound keys. The row
     * count and freshness gates, which read summaries, come from the gates table
     * (`contractGates` in src/gates/contract.ts gives all of them, in the report's order).
     */
    finish(_input) {
        const results = [];
        const required = new Set((0,rules/* requiredColumns */.J1)(this.dataset));
        const checked = new Set();
        for (const check of this.columns) {
            checked.add(check.name);
            const severity = (0,rules/* ruleSeverity */.uK)(this.dataset, check.rule);
            if (!check.present) {
                results.push(this.absent(check.name, required.has(check.name), severity));
                continue;
            }
            if (required.has(check.name))
                results.push(this.presentResult(check.name, severity));
            results.push(...check.results(this.rows));
        }
        // Columns required by `schema.required` without rules of their own.
        for (const name of required) {
            if (checked.has(name))
                continue;
            const severity = (0,rules/* ruleSeverity */.uK)(this.dataset, undefined);
            results.push(this.seen.has(name) ? this.presentResult(name, severity) : this.absent(name, true, severity));
        }
        const extra = this.extraColumns();
        if (extra)
            results.push(extra);
        for (const check of this.compound)
            results.push(check.result());
        return results;
    }
    /**
     * What the freshness gate reads: whether the column was there, and its newest time — the
     * profile's, read as the column decided (dates in other formats than ISO 8601, epoch times),
     * else the newest ISO time the rows held.
     */
    freshnessOf(current) {
        const column = this.dataset.freshness ? current.columns.find((each) => each.name === this.dataset.freshness?.column) : undefined;
        return { present: this.freshness.present, newest: (0,dates/* profiledNewest */.wR)(column) ?? this.freshness.newest };
    }
    presentResult(name, severity) {
        const { dataset } = this;
        return {
            id: `${dataset.name}.contract.${name}.required`, kind: 'contract', dataset: dataset.name, column: name,
            status: 'pass', severity, message: `${JSON.stringify(name)} is present`, observed: 'present', expected: 'present',
        };
    }
    /**
     * A contract naming a column the data lacks. Only the data's header can tell, so this is a
     * failed gate rather than a config error; an optional column (`required: false`) is skipped.
     */
    absent(name, isRequired, severity) {
        const { dataset } = this;
        const where = this.where();
        const [file] = this.files;
        // A text file's header is the line to annotate; row 0 means "the header", not a data row.
        const examples = isRequired && file !== undefined && this.headerLine !== undefined
            ? { examples: [{ row: 0, line: this.headerLine, file, value: [...this.seen].join(',') }] }
            : {};
        return {
            id: `${dataset.name}.contract.${name}.required`, kind: 'contract', dataset: dataset.name, column: name,
            severity,
            status: isRequired ? (0,report_severity/* violated */.b)(severity) : 'skip',
            message: (isRequired
                ? `column ${JSON.stringify(name)} is missing from ${where}`
                : `optional column ${JSON.stringify(name)} is absent from ${where}: its rules did not run`) + this.guesser.guess(name, this.seen),
            observed: 'missing', expected: isRequired ? 'present' : 'optional',
            ...examples,
        };
    }
    /** `data/a.csv (columns: id, name)`: where the column was looked for. */
    where() {
        if (this.files.size === 0)
            return 'the data (no rows read)';
        const [first] = this.files;
        const files = this.files.size === 1 ? first : `${first} and ${this.files.size - 1} more file${this.files.size > 2 ? 's' : ''}`;
        const names = [...this.seen];
        return `${files} (columns: ${names.slice(0, 20).join(', ')}${names.length > 20 ? ', …' : ''})`;
    }
    extraColumns() {
        return extraColumnsResult(this.dataset, [...this.seen]);
    }
}

// EXTERNAL MODULE: ./src/profile/profiler.ts + 1 modules
var profile_profiler = __webpack_require__(99198);
// EXTERNAL MODULE: ./src/profile/csvReading.ts
var csvReading = __webpack_require__(22893);
// EXTERNAL MODULE: ./src/profile/parallel.ts + 2 modules
var parallel = __webpack_require__(14481);
// EXTERNAL MODULE: ./src/profile/thread.ts
var thread = __webpack_require__(85601);
;// CONCATENATED MODULE: ./src/scan/index.ts
// One read of a dataset's snapshot for `check`: the profiler, the contract validator and the row
// diff's key scan (with a key and a data baseline; the baseline is read so too) are sinks of the
// same pass. A single big CSV/TSV file is cut into parts read by worker threads,
// as `profile` does, and the sinks' states merge (profiles as profiles do; the contract's counts,
// uniqueness sets and examples in row order, src/contract/validator.ts). Anything else, or a part
// that went wrong, is read in one pass on this thread, which reports what is wrong.









async function scanDataset(dataset, files, options, onIssue, scan) {
    return await scanInParts(dataset, files, options, onIssue, scan) ?? scanInOnePass(dataset, files, options, onIssue, scan);
}
async function scanInParts(dataset, files, options, onIssue, scan) {
    if (files.length !== 1)
        return undefined;
    const [file] = files;
    const format = (0,readers.detectFormat)(file, options.format);
    if (format !== 'csv' && format !== 'tsv')
        return undefined;
    const script = scan.run ? undefined : (0,thread.workerScript)();
    const queue = scan.run ?? (script ? (0,parallel/* inWorkers */.Lr)(script) : undefined);
    if (!queue)
        return undefined;
    // The parts are queued in one go, so the first is the signal that all are.
    const run = (job, signal) => {
        const result = queue(job, signal);
        scan.begun?.();
        return result;
    };
    let bytes;
    try {
        bytes = (await (0,promises_.stat)(file)).size;
    }
    catch {
        return undefined;
    }
    const parts = scan.parts ?? (0,parallel/* partsFor */._c)(file, bytes);
    if (parts < 2)
        return undefined;
    // The workers start while this thread reads the file's first lines for its delimiter and formats.
    if (script)
        (0,thread.prewarmWorkers)(script, parts);
    const reading = await (0,csvReading/* csvReadingOf */.K)(file, format, options);
    const read = await (0,parallel/* readCsvInParts */.Cb)(file, reading.delimiter, options.nullValues, parts, onIssue, run, scan.exact, Object.fromEntries(reading.formats), { contract: dataset, ...(scan.diff ? { diff: scan.diff.partSpec(parts) } : {}) });
    if (!read)
        return undefined;
    const validator = new ContractValidator(dataset, { nullValues: dataset.null_values });
    for (const [k, { result, shift }] of read.parts.entries()) {
        const { contract, diff } = result;
        if (!contract || (scan.diff && !diff))
            return undefined;
        validator.absorb(contract, shift, k === read.parts.length - 1);
    }
    scan.diff?.join(read.parts.map(({ result }) => result.diff), read.parts.map(({ shift }) => shift.rows));
    return { profile: read.profile, validator, delimiter: reading.delimiter };
}
async function scanInOnePass(dataset, files, options, onIssue, scan) {
    scan.begun?.();
    const profiler = new profile_profiler/* Profiler */.U({ nullValues: dataset.null_values, exact: scan.exact });
    const validator = new ContractValidator(dataset, { nullValues: dataset.null_values });
    let firstRow = 1;
    let delimiter;
    for (const [index, file] of files.entries()) {
        const format = (0,readers.detectFormat)(file, options.format);
        if (format === 'csv' || format === 'tsv') {
            const reading = await (0,csvReading/* csvReadingOf */.K)(file, format, options);
            delimiter ??= reading.delimiter;
            profiler.useFormats(reading.formats);
            // Fields are profiled and checked in place; those of a column with a format (`1.234,56`,
            // `Y`) are checked as the values the profile read. The row diff's key scan, when there is
            // one, is a third sink of the same records.
            firstRow = await (0,records/* profileCsvFile */.I5)(file, reading.delimiter, firstRow, profiler, onIssue, new ContractFieldSink(validator, reading.formats), scan.diff?.csvFile(index, file));
            continue;
        }
        const fileFirstRow = firstRow;
        for await (const batch of (0,readers.readBatches)([file], options, onIssue, firstRow)) {
            profiler.add(batch);
            validator.add(batch);
            scan.diff?.batch(batch, index, fileFirstRow);
            firstRow = batch.firstRow + batch.length;
        }
    }
    return { profile: profiler.finish(), validator, ...(delimiter !== undefined ? { delimiter } : {}) };
}

// EXTERNAL MODULE: ./src/contract/validateConfig.ts
var validateConfig = __webpack_require__(6424);
;// CONCATENATED MODULE: ./src/gates/contract.ts
// Contract gates: the row-by-row checks live in src/contract (they stream over batches rather
// than evaluate a summary); this is their entry in the gates folder, and where the dataset's
// row count and freshness gates (from the table) join them.



/** A dataset's contract results once every row went through `validator`, then its row count and freshness gates. */
function contractGates(validator, { current, baseline, now }) {
    const dataset = validator.dataset;
    return [
        ...validator.finish(),
        ...(dataset.rows ? (0,src_gates/* evaluateGate */.DR)('rows', dataset.rows, { dataset: dataset.name, current: current.rows, baseline: baseline?.rows ?? null }) : []),
        ...(dataset.freshness ? (0,src_gates/* evaluateGate */.DR)('freshness', dataset.freshness, { dataset: dataset.name, ...validator.freshnessOf(current), now }) : []),
    ];
}

// EXTERNAL MODULE: ./src/gates/read.ts
var read = __webpack_require__(10858);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
;// CONCATENATED MODULE: ./src/run/dataset.ts
// One dataset through the whole flow: read once (profile + contract + the row diff's key scan in
// the same pass, src/scan/), load the baseline (a data baseline with a key: read once too),
// compare, gate.














function readOptionsOf(dataset) {
    return { format: dataset.format, delimiter: dataset.delimiter, decimal: dataset.decimal, nullValues: dataset.null_values };
}
async function checkDataset(dataset, context) {
    const { current, baseline } = dataset;
    if (!(0,config_connections/* isTableSource */._h)(current) && !(0,config_connections/* isTableSource */._h)(baseline))
        return checkFileDataset({ ...dataset, current, baseline }, context);
    return checkTableDataset(dataset, context);
}
async function checkFileDataset(dataset, context) {
    const options = readOptionsOf(dataset);
    // The pattern first (for a glob: its nearest existing folder), so nothing outside is even listed.
    (0,workspace.confinedRead)(context.workspace, external_node_path_default().resolve(context.dir, dataset.current), dataset.current);
    const files = await (0,readers.resolveFiles)(dataset.current, context.dir);
    for (const file of files) {
        // Named as the config wrote it, or for a file of a glob or folder, relative to the config.
        const shown = external_node_path_default().resolve(context.dir, dataset.current) === file ? dataset.current : external_node_path_default().relative(context.dir, file).split((external_node_path_default()).sep).join('/');
        (0,workspace.confinedRead)(context.workspace, file, shown);
    }
    const key = keyOf(dataset);
    const resolveBaseline = async () => (dataset.baseline ? await context.baselineResolver(dataset.baseline, dataset.current, { name: dataset.name, kind: 'dataset' }) : null);
    // With a key the baseline comes first: the row diff's scans are sinks of both sides' reads.
    const early = key ? await resolveBaseline() : undefined;
    const rowDiff = key ? await prepareRowDiff(dataset, key, files, early ?? null, options, context.diff) : undefined;
    try {
        return await checkScannedDataset(dataset, context, files, options, rowDiff, early === undefined ? resolveBaseline : async () => early);
    }
    finally {
        await rowDiff?.prepared?.close();
    }
}
async function checkScannedDataset(dataset, context, files, options, rowDiff, resolveBaseline) {
    const issues = new read/* IssueTally */.s();
    const prepared = rowDiff?.prepared;
    // Without a key scan, the baseline is read as soon as the current's read has begun: its parts
    // queue behind the current's on the same workers (src/profile/thread.ts) and are read while
    // this thread merges the current's. A current whose read cannot begin never starts it.
    let begun = () => undefined;
    const started = new Promise((resolve) => { begun = resolve; });
    // A current that fails stops the baseline's read: nothing waits for a read whose result is moot.
    const stop = new AbortController();
    const loading = prepared ? undefined : started.then(() => dataset_loadBaseline(resolveBaseline, (file) => (0,run_snapshot.loadSnapshotProfile)(file, options, undefined, stop.signal)));
    // Awaited after the current's read, whose errors come first.
    loading?.catch(() => undefined);
    // One read of the current snapshot: profile and contract (in parallel parts for a big CSV file), and the row diff's key scan.
    let scan;
    try {
        scan = await scanDataset(dataset, files, options, issues.add, { exact: dataset.baseline !== undefined, ...context.scan, diff: prepared?.scans.current, begun });
    }
    catch (error) {
        stop.abort();
        throw error;
    }
    const validator = scan.validator;
    const profile = { ...scan.profile, ...(scan.delimiter !== undefined ? { delimiter: scan.delimiter } : {}), source: files.map((file) => (0,paths/* shownPath */.p)(context.dir, file)) };
    const { file: baselineFile, profile: baseline } = loading ? await loading : await dataset_loadBaseline(resolveBaseline, (file) => scanBaseline(dataset, file, options, { exact: true, ...context.scan, diff: prepared?.scans.baseline }));
    const gates = issues.gates(dataset.name);
    const report = {
        name: dataset.name,
        status: 'pass',
        rows: { baseline: baseline?.rows ?? null, current: profile.rows },
        files: profile.source,
        baseline: baselineFile ? { source: baselineFile.source, ...(baselineFile.ref ? { ref: baselineFile.ref } : {}) } : null,
    };
    gates.push(...baselineGates(dataset, baseline, profile, report));
    if (baseline) {
        (0,profile_exact/* releaseExactValues */.$e)(baseline);
        (0,profile_exact/* releaseExactValues */.$e)(profile);
    }
    gates.push(...contractGates(validator, { current: profile, baseline, now: context.now }));
    if (prepared) {
        const finished = await finishRowDiff(dataset, prepared);
        report.diff = finished.diff;
        gates.push(...finished.gates);
    }
    else if (rowDiff)
        gates.push(...rowDiff.gates);
    // Like every path in the report, files are named relative to the config's folder: in examples,
    // and in messages (a runner's /home/runner/work/… says nothing to a reviewer).
    const shown = files.map((file) => [file, (0,paths/* shownPath */.p)(context.dir, file)]).filter(([file, name]) => file !== name);
    for (const gate of gates) {
        gate.dataset ??= dataset.name;
        for (const example of gate.examples ?? [])
            if (example.file)
                example.file = (0,paths/* shownPath */.p)(context.dir, external_node_path_default().resolve(context.dir, example.file));
        for (const [file, name] of shown)
            if (gate.message.includes(file))
                gate.message = gate.message.split(file).join(name);
    }
    report.status = (0,run_status.worstStatus)(gates);
    return { report, gates, profile };
}
/** The baseline file, when there is one, and its profile as `read` makes it. */
async function dataset_loadBaseline(resolveBaseline, read) {
    const file = await resolveBaseline();
    return { file, profile: file ? await read(file.path) : null };
}
/**
 * A data baseline read once for its profile and the row diff's key scan: the profile is that of
 * `loadSnapshotProfile` (every numeric value kept, parts for a big CSV file); read problems are
 * not the pull request's, so none is reported, as there.
 */
async function scanBaseline(dataset, file, options, scan) {
    // No contract checks the baseline: only the profile and the key scan read it.
    const profileOnly = { ...dataset, schema: undefined, unique: undefined, freshness: undefined };
    const outcome = await scanDataset(profileOnly, [file], options, () => undefined, scan);
    return { ...outcome.profile, ...(outcome.delimiter !== undefined ? { delimiter: outcome.delimiter } : {}), source: [external_node_path_default().relative(process.cwd(), file) || file] };
}

// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(97840);
;// CONCATENATED MODULE: ./src/github/redact.ts
// Text about to reach the log, with anything credential-like taken out: the token itself, a URL's
// user:password, signed-URL and token query values. A net under messages we do not write
// ourselves (errors from Octokit, @actions/artifact, git).
function redactSecrets(text, secrets = []) {
    let out = text;
    // Short strings would blank out ordinary words; real tokens are long.
    for (const secret of secrets)
        if (secret.length >= 8)
            out = out.split(secret).join('***');
    return out
        .replace(/(\/\/)[^/@\s:]+:[^/@\s]+@/g, '$1***@')
        .replace(/([?&](?:sig|token|access_token|X-Amz-Signature|X-Amz-Credential)=)[^&\s"']+/gi, '$1***')
        .replace(/\b(authorization:\s*(?:token|bearer|basic)\s+)\S+/gi, '$1***');
}

;// CONCATENATED MODULE: ./src/warehouse/failure.ts
// What went wrong with an engine, in words a user can act on: the client libraries' errors
// (PostgreSQL SQLSTATE codes, Node socket codes, DuckDB's "Catalog Error: …") mapped to a cause,
// with the engine's own first line kept after it.
/** SQLSTATE → cause (PostgreSQL, Redshift; the codes other engines share). */
const SQLSTATE = {
    '28P01': 'login refused: wrong user or password',
    '28000': 'login refused: this user may not connect',
    '3D000': 'the database does not exist',
    '42P01': 'the table does not exist',
    '3F000': 'the schema does not exist',
    '42703': 'a column does not exist',
    '42501': 'permission denied: the connection\'s role may not read this',
    '42601': 'the SQL is not valid',
    '42883': 'a function does not exist in this engine',
    '53300': 'the server has no free connection slots',
    '57P01': 'the server shut down during the query',
    '25006': 'datagate reads only: the query tried to write',
};
const NODE_CODES = {
    ECONNREFUSED: 'the server refused the connection (nothing listens at that host and port?)',
    ENOTFOUND: 'the host name does not resolve',
    EAI_AGAIN: 'the host name could not be resolved (DNS)',
    ETIMEDOUT: 'the server did not answer',
    EHOSTUNREACH: 'the host is unreachable',
    ENETUNREACH: 'the network is unreachable',
    ECONNRESET: 'the server closed the connection',
};
/** DuckDB (and engines with message-only errors): patterns of their first line. */
const MESSAGES = [
    [/^Catalog Error: Table with name .* does not exist/i, 'the table does not exist'],
    [/^Catalog Error: Schema with name .* does not exist/i, 'the schema does not exist'],
    [/^Binder Error: Referenced column .* not found/i, 'a column does not exist'],
    [/^Parser Error:/i, 'the SQL is not valid'],
    [/^INTERRUPT Error/i, 'the query timed out'],
    [/^Permission Error:/i, 'permission denied'],
    [/read-only mode/i, 'datagate reads only: the query tried to write'],
    [/connection timeout/i, 'the server did not answer in time'],
    [/Connection terminated unexpectedly/i, 'the server closed the connection'],
    [/password authentication failed|SASL|client password must be a string/i, 'login refused: wrong user or password'],
];
function describeEngineFailure(error, timeout) {
    const { code, message } = firstCause(error);
    const engineSays = firstLine(message);
    let cause;
    if (code === '57014')
        cause = `the query timed out (timeout: ${timeout})`;
    else if (typeof code === 'string')
        cause = SQLSTATE[code] ?? NODE_CODES[code];
    if (!cause) {
        const found = MESSAGES.find(([pattern]) => pattern.test(engineSays));
        if (found)
            cause = found[1] === 'the query timed out' || found[1] === 'the server did not answer in time' ? `${found[1]} (timeout: ${timeout})` : found[1];
    }
    cause ??= 'the query failed';
    return engineSays && engineSays !== cause ? `${cause} (${engineSays})` : cause;
}
/** Node reports a failed connect to a name with several addresses as an AggregateError of each. */
function firstCause(error) {
    const like = (error ?? {});
    if (Array.isArray(like.errors) && like.errors.length > 0 && !like.message)
        return firstCause(like.errors[0]);
    const message = typeof like.message === 'string' && like.message ? like.message : typeof like.code === 'string' ? like.code : String(error);
    return { code: like.code, message };
}
function firstLine(text) {
    const line = text.split('\n')[0].trim();
    return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

;// CONCATENATED MODULE: ./src/warehouse/connect.ts
// The config's connections for one run: each opened on first use (a client module loads only
// then), every failure a UserError naming the connection and table with the credentials taken
// out, and all of them closed at the end whatever happened.










class Connections {
    configs;
    options;
    opened = new Map();
    /** Each dataset's cost, shared by the clients of its sides. */
    costs = new Map();
    /** Resolved credential values, taken out of every message. */
    secrets = [];
    constructor(configs, options) {
        this.configs = configs;
        this.options = options;
    }
    /** The client for one dataset side, opening its connection on first use. */
    async forSource(source, dataset) {
        const config = Object.hasOwn(this.configs, source.connection) ? this.configs[source.connection] : undefined;
        // The config's own check refuses unknown names first; this is the net under it.
        if (!config)
            throw new errors/* UserError */.yo([{ file: this.options.configFile, message: `dataset ${dataset}: no connection named "${source.connection}" under connections:` }]);
        const where = `dataset ${dataset}: connection ${source.connection} (${config.engine}), ${source.table !== undefined ? `table ${source.table}` : 'query'}`;
        let opening = this.opened.get(source.connection);
        if (!opening) {
            opening = this.open(source.connection, config);
            this.opened.set(source.connection, opening);
        }
        let opened;
        try {
            opened = await opening;
        }
        catch (error) {
            throw this.failure(error, where, timeoutOf(config));
        }
        const client = {
            engine: opened.client.engine,
            query: async (sql) => {
                try {
                    return await opened.client.query(sql);
                }
                catch (error) {
                    throw this.failure(error, where, opened.timeoutMs);
                }
            },
            // The connection is shared by the sides that name it: closeAll closes it once.
            close: async () => { },
        };
        const describe = opened.client.describe?.bind(opened.client);
        if (describe) {
            client.describe = async (sql) => {
                try {
                    return await describe(sql);
                }
                catch (error) {
                    throw this.failure(error, where, opened.timeoutMs);
                }
            };
        }
        // Every statement of the dataset, on any of its sides, counts in its one cost (meter.ts).
        return { client: new MeteredClient(client, this.meterOf(dataset)), dialect: dialectOf(config.engine) };
    }
    /** What a dataset's statements cost so far (queries, rows scanned, ms); undefined before its first connection. */
    costOf(dataset) {
        const cost = this.costs.get(dataset);
        return cost ? { ...cost, ms: Math.round(cost.ms) } : undefined;
    }
    meterOf(dataset) {
        let cost = this.costs.get(dataset);
        if (!cost) {
            cost = { queries: 0, rowsScanned: 0, ms: 0 };
            this.costs.set(dataset, cost);
        }
        return cost;
    }
    /** Messages about a connection with every credential of this run taken out. */
    redact(text) {
        return redactSecrets(text, this.secrets);
    }
    /** Closes every connection that was opened; failures to close are not the run's failure. */
    async closeAll() {
        const opened = [...this.opened.values()];
        this.opened.clear();
        await Promise.all(opened.map(async (opening) => {
            try {
                await (await opening).client.close();
            }
            catch {
                // Opening failed (already reported) or the server went away: nothing is left to close.
            }
        }));
    }
    async open(name, config) {
        const timeoutMs = timeoutOf(config);
        switch (config.engine) {
            case 'postgres':
            case 'redshift': {
                const url = this.credential(name, 'url', config.url);
                const { openPostgres } = await __webpack_require__.e(/* import() */ 8473).then(__webpack_require__.bind(__webpack_require__, 58473));
                const client = await openPostgres(url, { timeoutMs });
                // Defence in depth under the role's own rights: a `query:` from a pull request reads, never writes.
                if (config.engine === 'postgres')
                    await client.query('SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY');
                return { client, timeoutMs };
            }
            case 'duckdb': {
                const memory = config.path === ':memory:';
                const file = memory ? config.path : external_node_path_default().resolve(this.options.dir, config.path);
                if (!memory) {
                    (0,workspace.confinedRead)(this.options.workspace, file, config.path);
                    // DuckDB would create a missing file: a typo must not become an empty database.
                    if (!(0,external_node_fs_.existsSync)(file))
                        throw new errors/* UserError */.yo([{ file: config.path, message: `connection ${name}: DuckDB database file not found` }]);
                }
                const { openDuckDb } = await __webpack_require__.e(/* import() */ 3341).then(__webpack_require__.bind(__webpack_require__, 53341));
                const client = await openDuckDb(file, { readOnly: !memory, timeoutMs });
                if (this.options.workspace) {
                    // A `query:` may read files (read_csv, read_parquet): only those in the workspace.
                    const root = this.options.workspace.root.replaceAll("'", "''");
                    await client.query(`SET allowed_directories = ['${root}']; SET enable_external_access = false; SET lock_configuration = true;`);
                }
                return { client, timeoutMs };
            }
            // Not yet run against a live engine in CI: their clients are tested against fake servers.
            case 'bigquery': {
                const { openBigQuery } = await __webpack_require__.e(/* import() */ 8384).then(__webpack_require__.bind(__webpack_require__, 98384));
                const credentials = config.credentials === undefined ? undefined : this.credential(name, 'credentials', config.credentials);
                return { client: await openBigQuery({ project: config.project, location: config.location, credentials, timeoutMs }), timeoutMs };
            }
            case 'snowflake': {
                const { openSnowflake } = await __webpack_require__.e(/* import() */ 3408).then(__webpack_require__.bind(__webpack_require__, 83408));
                const password = config.password === undefined ? undefined : this.credential(name, 'password', config.password);
                const privateKey = config.private_key === undefined ? undefined : this.credential(name, 'private_key', config.private_key);
                return {
                    client: await openSnowflake({
                        account: config.account, user: config.user, password, private_key: privateKey, warehouse: config.warehouse,
                        database: config.database, schema: config.schema, role: config.role, timeoutMs,
                    }),
                    timeoutMs,
                };
            }
            case 'databricks': {
                const { openDatabricks } = await __webpack_require__.e(/* import() */ 1620).then(__webpack_require__.bind(__webpack_require__, 41620));
                const token = this.credential(name, 'token', config.token);
                return { client: await openDatabricks({ host: config.host, path: config.path, token, timeoutMs }), timeoutMs };
            }
            case 'trino': {
                const { openTrino } = await __webpack_require__.e(/* import() */ 9866).then(__webpack_require__.bind(__webpack_require__, 49866));
                const password = config.password === undefined ? undefined : this.credential(name, 'password', config.password);
                return { client: await openTrino({ server: config.server, user: config.user, password, catalog: config.catalog, schema: config.schema, timeoutMs }), timeoutMs };
            }
        }
    }
    /** `env:NAME` → the variable's value (remembered, to be redacted); a literal (a password-less URL) as is. */
    credential(connection, field, value) {
        const match = config_connections/* envReferencePattern */.jb.exec(value);
        if (!match)
            return value;
        const resolved = (this.options.env ?? process.env)[match[1]];
        if (resolved === undefined || resolved === '') {
            throw new errors/* UserError */.yo([{ file: this.options.configFile, path: `connections.${connection}.${field}`, message: `environment variable ${match[1]} is not set` }]);
        }
        this.secrets.push(...secretParts(resolved));
        return resolved;
    }
    failure(error, where, timeoutMs) {
        if (error instanceof errors/* UserError */.yo) {
            // A client's own message ("Trino at …: can't connect") gains which dataset, connection and table.
            return new errors/* UserError */.yo(error.problems.map((problem) => ({
                ...problem, message: this.redact(problem.file !== undefined || problem.path !== undefined || problem.message.startsWith('dataset ') ? problem.message : `${where}: ${problem.message}`),
            })));
        }
        const described = describeEngineFailure(error, (0,duration/* formatDuration */.a)(timeoutMs));
        return new errors/* UserError */.yo([{ file: this.options.configFile, message: this.redact(`${where}: ${described}`) }]);
    }
}
function timeoutOf(config) {
    return (0,duration/* parseDuration */.E)(config.timeout) ?? 300_000;
}
/** A credential and, for a URL, its password and user:password as they may appear on their own (encoded or not). */
function secretParts(value) {
    const parts = [value];
    try {
        const url = new URL(value);
        if (url.password)
            parts.push(url.password, decodeURIComponent(url.password));
        const password = url.searchParams.get('password');
        if (password)
            parts.push(password, encodeURIComponent(password));
    }
    catch {
        // Not a URL: the whole value is the secret.
    }
    return parts;
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/run/check.ts
// `datagate check`: every dataset and model of a config through the gates, into one report.










async function runCheck(options) {
    (0,workspace.confinedRead)(options.workspace, external_node_path_default().resolve(options.cwd ?? process.cwd(), options.configPath), options.configPath);
    const { config, dir, file } = await (0,load/* loadConfig */.Z9)(options.configPath, options.cwd, options.configText);
    const now = options.now ?? new Date();
    const report = {
        version: 1, status: 'pass', datasets: [], models: [], gates: [],
        meta: { tool: 'datagate', version: version/* VERSION */.x, config: options.configPath },
    };
    const profiles = [];
    // Opened only for the datasets that name them, and closed whatever happens.
    const connections = new Connections(config.connections ?? {}, { dir, configFile: options.configPath, workspace: options.workspace, env: options.env });
    // A mistake in one dataset or model (a wrong path, a file that does not read) does not hide the
    // others': each is checked, and the run fails at the end with every problem found (exit 2).
    const problems = [];
    const orProblems = async (work) => {
        try {
            return await work();
        }
        catch (error) {
            if (!(0,errors/* isUserError */.iU)(error))
                throw error;
            // Data files named as the report names them, relative to the config's folder; the config as it was given.
            const dataFile = (file) => file !== undefined && file !== options.configPath && external_node_path_default().isAbsolute(file);
            problems.push(...error.problems.map((problem) => (dataFile(problem.file) ? { ...problem, file: (0,paths/* shownPath */.p)(dir, problem.file) } : problem)));
            return undefined;
        }
    };
    try {
        for (const dataset of config.datasets) {
            const outcome = await orProblems(() => checkDataset(dataset, { dir, baselineResolver: options.baselineResolver, now, workspace: options.workspace, connections }));
            if (!outcome)
                continue;
            report.datasets.push(outcome.report);
            report.gates.push(...outcome.gates);
            profiles.push({ dataset: dataset.name, profile: outcome.profile });
        }
    }
    finally {
        await connections.closeAll();
    }
    for (const model of config.models) {
        const outcome = await orProblems(() => checkModel(model, {
            cwd: dir,
            workspace: options.workspace,
            resolveBaseline: async (spec, currentPath) => (await options.baselineResolver(spec, currentPath, { name: model.name, kind: 'model' }))?.path ?? null,
        }));
        if (!outcome)
            continue;
        for (const gate of outcome.gates)
            gate.model ??= model.name;
        report.models.push(outcome.report);
        report.gates.push(...outcome.gates);
    }
    if (problems.length > 0)
        throw new errors/* UserError */.yo(problems);
    if (config.datasets.length === 0 && config.models.length === 0) {
        report.gates.push(nothingToCheck(options.configPath));
    }
    report.status = (0,run_status.worstStatus)(report.gates);
    return {
        report, profiles, dir, configFile: file, reportConfigured: config.report !== undefined,
        outputs: { json: config.report?.json ?? 'datagate-report.json', markdown: config.report?.markdown, html: config.report?.html, junit: config.report?.junit, sarif: config.report?.sarif },
    };
}
function nothingToCheck(configPath) {
    return { id: 'config', kind: 'config', status: 'warn', severity: 'warn', message: `${configPath} lists no datasets and no models: nothing was checked` };
}


/***/ }),

/***/ 90078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadSnapshotProfile: () => (/* binding */ loadSnapshotProfile)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/parseErrors.ts
var parseErrors = __webpack_require__(68287);
// EXTERNAL MODULE: ./src/profile/index.ts
var profile = __webpack_require__(40733);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/profile/stateVersion.ts
var stateVersion = __webpack_require__(76462);
;// CONCATENATED MODULE: ./src/profile/state.ts
// The JSON form of a column's mergeable state, and its zod schema for profiles read from disk.



const finite = schemas/* number */.aig().finite();
const count = schemas/* number */.aig().int().nonnegative();
const kllSchema = schemas/* object */.Ikc({
    k: count.min(8),
    n: count,
    levels: schemas/* array */.YOg(schemas/* array */.YOg(finite)),
    compactions: count,
});
const columnStateSchema = schemas/* object */.Ikc({
    v: schemas/* literal */.euz(stateVersion/* STATE_VERSION */.n),
    count,
    nulls: count,
    kinds: schemas/* array */.YOg(count).length(6),
    minLength: count.optional(),
    maxLength: count.optional(),
    numeric: schemas/* object */.Ikc({ n: count, mean: finite, m2: finite, min: finite, max: finite }).optional(),
    sample: schemas/* union */.KCZ([schemas/* object */.Ikc({ exact: schemas/* array */.YOg(finite) }), schemas/* object */.Ikc({ kll: kllSchema })]).optional(),
    time: schemas/* object */.Ikc({ min: finite, max: finite }).optional(),
    dates: schemas/* object */.Ikc({
        slash: count,
        formats: schemas/* array */.YOg(schemas/* object */.Ikc({ format: schemas/* string */.YjP().max(40), count, timed: count, min: finite, max: finite })).max(16),
    }).optional(),
    categories: schemas/* object */.Ikc({
        items: schemas/* array */.YOg(schemas/* tuple */.PVZ([schemas/* string */.YjP(), count])),
        numbers: schemas/* array */.YOg(count).optional(),
        times: schemas/* boolean */.zMY().optional(),
        total: count,
        error: count,
        exact: schemas/* boolean */.zMY(),
        hll: schemas/* string */.YjP().optional(),
    }),
    format: schemas/* union */.KCZ([
        schemas/* object */.Ikc({ decimal: schemas/* enum */.k5n(['.', ',']), thousands: schemas/* enum */.k5n([',', '.', ' ']).optional(), percent: schemas/* boolean */.zMY().optional() }),
        schemas/* object */.Ikc({ true: schemas/* array */.YOg(schemas/* string */.YjP()), false: schemas/* array */.YOg(schemas/* string */.YjP()) }),
    ]).optional(),
    nested: schemas/* object */.Ikc({
        type: schemas/* enum */.k5n(['list', 'struct', 'map']),
        lengths: schemas/* object */.Ikc({ n: count, min: count, max: count, sum: count }),
    }).optional(),
});

// EXTERNAL MODULE: ./src/profile/profileFile.ts
var profileFile = __webpack_require__(26394);
;// CONCATENATED MODULE: ./src/profile/load.ts
// Profiles on disk: telling a profile JSON from a data file, and validating one that was read.




const columnTypes = ['integer', 'number', 'boolean', 'string', 'date', 'timestamp', 'list', 'struct', 'map'];
const quantile = schemas/* number */.aig();
const profileSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1),
    rows: schemas/* number */.aig().int().nonnegative(),
    source: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    delimiter: schemas/* string */.YjP().optional(),
    columns: schemas/* array */.YOg(schemas/* object */.Ikc({
        name: schemas/* string */.YjP(),
        type: schemas/* enum */.k5n(columnTypes),
        count: schemas/* number */.aig().int().nonnegative(),
        nulls: schemas/* number */.aig().int().nonnegative(),
        distinct: schemas/* number */.aig().int().nonnegative().optional(),
        min: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]).optional(),
        max: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]).optional(),
        mean: schemas/* number */.aig().optional(),
        std: schemas/* number */.aig().optional(),
        quantiles: schemas/* object */.Ikc({ p01: quantile, p05: quantile, p25: quantile, p50: quantile, p75: quantile, p95: quantile, p99: quantile }).optional(),
        top: schemas/* array */.YOg(schemas/* object */.Ikc({ value: schemas/* string */.YjP(), count: schemas/* number */.aig() })).optional(),
        parsed: schemas/* object */.Ikc({ type: schemas/* enum */.k5n(columnTypes), share: schemas/* number */.aig() }).optional(),
        ambiguousFormat: schemas/* string */.YjP().optional(),
        minLength: schemas/* number */.aig().optional(),
        maxLength: schemas/* number */.aig().optional(),
        histogram: schemas/* object */.Ikc({ edges: schemas/* array */.YOg(schemas/* number */.aig()), counts: schemas/* array */.YOg(schemas/* number */.aig()) }).optional(),
        format: schemas/* union */.KCZ([schemas/* string */.YjP().max(40), columnStateSchema.shape.format.unwrap()]).optional(),
        length: schemas/* object */.Ikc({ min: schemas/* number */.aig(), max: schemas/* number */.aig(), mean: schemas/* number */.aig() }).optional(),
        state: columnStateSchema.optional(),
    })),
});
/** A parsed profile JSON, checked; a UserError naming `file` and the bad field otherwise. */
function loadProfile(json, file) {
    const result = profileSchema.safeParse(json);
    if (!result.success) {
        throw new errors/* UserError */.yo(result.error.issues.slice(0, 5).map((issue) => ({
            file,
            path: issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, ''),
            message: `not a valid datagate profile: ${issue.message}`,
        })));
    }
    return result.data;
}

;// CONCATENATED MODULE: ./src/run/snapshot.ts
// A baseline or compare input is either a stored profile JSON or a data file to profile.





/** A stored profile, or the profile of a data file; `signal` stops the read (src/profile/index.ts). */
async function loadSnapshotProfile(file, options = {}, onIssue = () => { }, signal) {
    if (await (0,profile.isProfileFile)(file)) {
        let json;
        const text = await (0,promises_.readFile)(file, 'utf8');
        try {
            json = JSON.parse(text);
        }
        catch (error) {
            const problem = (0,parseErrors/* jsonParseProblem */.jv)(error, text);
            throw new errors/* UserError */.yo([{ file, line: problem.line, message: `not valid JSON: ${problem.message}` }]);
        }
        return loadProfile(json, file);
    }
    // Compared in this run: keep every numeric value for exact drift statistics.
    return (0,profile.profileFiles)([file], options, onIssue, { exact: true, signal });
}


/***/ })

};
