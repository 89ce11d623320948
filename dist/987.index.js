export const id = 987;
export const ids = [987];
export const modules = {

/***/ 30987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkModel: () => (/* binding */ checkModel)
});

// UNUSED EXPORTS: evaluateModel

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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
var values = __webpack_require__(45373);
;// CONCATENATED MODULE: ./src/models/load/table.ts
// Rows of a small CSV/TSV file as records of text, through the shared streaming readers.



/** The whole file in memory: only for files of metrics, a handful of rows. */
async function readTextTable(file, source, format) {
    const table = { columns: [], rows: [] };
    try {
        for await (const batch of (0,readers/* readBatches */.Pu)([file], { format }, () => undefined)) {
            for (const name of batch.columns)
                if (!table.columns.includes(name))
                    table.columns.push(name);
            for (let r = 0; r < batch.length; r++) {
                const cells = {};
                batch.columns.forEach((name, c) => { cells[name] = (0,values/* cellText */.Ie)(batch.data[c][r]); });
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
        for await (const batch of (0,readers/* readBatches */.Pu)([file], { format }, () => undefined)) {
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
    const text = (0,values/* cellText */.Ie)(cell).trim();
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
    const segments = columns.segment ? columns.segment.map((cell) => (0,values/* cellText */.Ie)(cell)) : null;
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
        for await (const batch of (0,readers/* readBatches */.Pu)(files, {}, () => undefined)) {
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
    return loadPredictions(await (0,readers/* resolveFiles */.sA)(pattern, cwd), source, config);
}
async function checkModel(model, ctx) {
    const at = (file) => (0,workspace/* confinedRead */.XH)(ctx.workspace, external_node_path_default().resolve(ctx.cwd, file), file);
    const inputs = { current: null, baseline: null, predictions: null, segments: null, latency: null };
    if (model.current) {
        inputs.current = await loadMetricsFile(at(model.current), model.current);
        const baseline = await baselineFile(ctx, model.baseline, model.current);
        if (baseline)
            inputs.baseline = await loadMetricsFile(baseline.file, baseline.source);
    }
    const predictions = model.predictions;
    if (predictions) {
        (0,workspace/* confinedRead */.XH)(ctx.workspace, external_node_path_default().resolve(ctx.cwd, predictions.current), predictions.current);
        const currentFiles = await (0,readers/* resolveFiles */.sA)(predictions.current, ctx.cwd);
        for (const file of currentFiles)
            (0,workspace/* confinedRead */.XH)(ctx.workspace, file, external_node_path_default().resolve(ctx.cwd, predictions.current) === file ? predictions.current : external_node_path_default().relative(ctx.cwd, file).split((external_node_path_default()).sep).join('/'));
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


/***/ })

};
