export const id = 1255;
export const ids = [1255];
export const modules = {

/***/ 71255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inferContract: () => (/* reexport */ inferContract),
  nullTokensOf: () => (/* reexport */ nullTokensOf)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/init/margins.ts
// Turning what one snapshot showed into limits that tomorrow's snapshot should still meet.
/** The observed range widened by 10% of its span, rounded outward to a round step. */
function widenRange(min, max, integer) {
    const span = max - min;
    const margin = span > 0 ? span * 0.1 : Math.max(Math.abs(max) * 0.1, integer ? 1 : 0.1);
    let step = 10 ** Math.floor(Math.log10(margin));
    if (integer)
        step = Math.max(1, step);
    const decimals = Math.max(0, -Math.floor(Math.log10(step)));
    const round = (value) => Number(value.toFixed(decimals));
    // The epsilon keeps 0.04 / 0.01 = 3.9999999999999996 from rounding down a whole step.
    let low = round(Math.floor((min - margin) / step + 1e-9) * step);
    const high = round(Math.ceil((max + margin) / step - 1e-9) * step);
    // Counts, ages and prices that were never negative should not be allowed to become so.
    if (min >= 0 && low < 0)
        low = 0;
    return { min: low, max: high };
}
/** A ceiling on the null fraction: half again the observed one plus a point, two significant digits. */
function nullFractionLimit(observed) {
    const limit = Math.min(1, observed * 1.5 + 0.01);
    const scale = 10 ** (1 - Math.floor(Math.log10(limit)));
    return Math.min(1, Math.ceil(Number((limit * scale).toFixed(6))) / scale);
}
/** The smallest row count to accept: half of today's. */
function rowFloor(rows) {
    return Math.max(1, Math.floor(rows / 2));
}

// EXTERNAL MODULE: ./src/report/percent.ts
var percent = __webpack_require__(23747);
// EXTERNAL MODULE: ./src/profile/index.ts
var src_profile = __webpack_require__(40733);
;// CONCATENATED MODULE: ./src/init/rules.ts
// The rules `init` proposes for one column, each with the reason it was proposed: only what the
// snapshot shows, with natural bounds kept exact and margins only where a measure is open-ended.


/** Categories with at most this many values become `allowed` sets. */
const MAX_CATEGORIES = 20;
/** Names that say a column is a key: `id`, `order_id`, `customerKey`, `sku`, `uuid`. */
const KEY_NAME = /(?:^|[_\-\s.])(?:id|key|uuid|guid|sku)$/i;
const CAMEL_KEY_NAME = /[a-z](?:Id|ID|Key|Uuid)$/;
const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const PERCENT_NAME = /pct|percent|percentage/i;
const RATING_NAME = /rating|score|stars?$|grade|satisfaction/i;
const COUNT_NAME = /count|(?:^|_)(?:n|num|qty)(?:_|$)|quantity|units|items|visits|clicks|views|orders|days|hours|minutes|seconds/i;
function columnRules(column, rows) {
    const rules = new Map();
    if (column.count === 0)
        return rules;
    rules.set('type', { value: column.type, why: `every value is ${article(column.type)}` });
    const total = column.count + column.nulls;
    if (column.nulls === 0) {
        rules.set('nullable', { value: false, why: `no nulls in ${plural(rows, 'row')}` });
    }
    else {
        const observed = column.nulls / total;
        const limit = nullFractionLimit(observed);
        // A limit of 1 could never fail: say so in the column's note instead.
        if (limit < 1)
            rules.set('max_null_fraction', { value: limit, why: `${rules_percent(observed)} null now; allows half again plus a point` });
    }
    const key = keyEvidence(column);
    if (key)
        rules.set('unique', { value: true, why: `all ${column.count} values distinct, and ${key}` });
    const numeric = column.type === 'integer' || column.type === 'number';
    // Identifiers grow with the data: a range on them would fail as soon as it does.
    if (numeric && !key && typeof column.min === 'number' && typeof column.max === 'number') {
        for (const [name, rule] of Object.entries(bounds(column.name, column.min, column.max, column.type === 'integer')))
            rules.set(name, rule);
    }
    const categories = categoriesOf(column);
    if (categories)
        rules.set('allowed', { value: categories, why: `the only ${categories.length} values seen, each at least twice` });
    return rules;
}
/** What proves a column is a key, or undefined: all values distinct is not enough (a price can be). */
function keyEvidence(column) {
    if (!allDistinct(column))
        return undefined;
    if (KEY_NAME.test(column.name) || CAMEL_KEY_NAME.test(column.name))
        return 'the name says it is a key';
    if (column.type === 'integer' && typeof column.min === 'number' && typeof column.max === 'number'
        && column.max - column.min + 1 <= column.count * 1.1) {
        return `they run almost without gaps from ${column.min} to ${column.max}, as row numbers do`;
    }
    if (column.type === 'string' && (column.top?.length ?? 0) > 0 && column.top.every((entry) => UUID.test(entry.value))
        && (column.minLength === 32 || column.minLength === 36) && column.minLength === column.maxLength) {
        return 'they look like UUIDs';
    }
    return undefined;
}
/** Unique for certain (counted exactly), in a column that could hold a key. */
function allDistinct(column) {
    return keyLike(column) && column.distinct === column.count && distinctIsExact(column);
}
/**
 * A big column's distinct count is a HyperLogLog estimate (±2%), which cannot prove uniqueness:
 * such a column only gets a hint in its comment, so the first check cannot fail on a guess.
 */
function looksUnique(column) {
    return keyLike(column) && !distinctIsExact(column) && column.distinct !== undefined && column.distinct >= 0.97 * column.count;
}
/** Only integers and strings can be keys; floats and times repeat by accident. */
function keyLike(column) {
    return (column.type === 'integer' || column.type === 'string') && column.count >= 2;
}
/**
 * `min` / `max` for a measure. Natural bounds stay exact: a 0/1 flag, a fraction in [0, 1], a
 * percentage or a rating on a 0–100 (or 1–5, 1–10) scale, a count that cannot be negative.
 * Only open-ended sides get a margin (a tenth of the range, rounded outward).
 */
function bounds(name, min, max, integer) {
    if (min >= 0 && max <= 1) {
        const what = integer ? 'a 0/1 flag' : 'a fraction';
        return { min: { value: 0, why: `${what}: values lie in [0, 1]` }, max: { value: 1, why: `${what}: values lie in [0, 1]` } };
    }
    const scale = naturalScale(name, min, max);
    if (scale) {
        const why = `${scale.what}: values lie in [${scale.min}, ${scale.max}]`;
        return { min: { value: scale.min, why }, max: { value: scale.max, why } };
    }
    const widened = widenRange(min, max, integer);
    const span = `the highest seen (${max}) plus a tenth of the range, rounded: open-ended`;
    if (min >= 0 && (COUNT_NAME.test(name) || widened.min === 0)) {
        return { min: { value: 0, why: `never negative (lowest ${min})` }, max: { value: widened.max, why: span } };
    }
    return {
        min: { value: widened.min, why: `the lowest seen (${min}) less a tenth of the range, rounded` },
        max: { value: widened.max, why: span },
    };
}
function naturalScale(name, min, max) {
    if (min < 0 || max > 100)
        return undefined;
    if (RATING_NAME.test(name) && max <= 10) {
        const top = max <= 5 ? 5 : 10;
        return { min: min >= 1 ? 1 : 0, max: top, what: `a rating from ${min >= 1 ? 1 : 0} to ${top}` };
    }
    if (PERCENT_NAME.test(name))
        return { min: 0, max: 100, what: 'a percentage' };
    if (RATING_NAME.test(name) || max === 100)
        return { min: 0, max: 100, what: 'a 0–100 scale' };
    return undefined;
}
function distinctIsExact(column) {
    return exactCounts(column)?.exact ?? true;
}
function exactCounts(column) {
    try {
        return (0,src_profile.categoryCounts)(column);
    }
    catch {
        // A profile from another tool may carry sketch state this version cannot read.
        return undefined;
    }
}
/** The full, small set of values of a string column when every value repeats. */
function categoriesOf(column) {
    if (column.type !== 'string')
        return undefined;
    if (column.distinct !== undefined && column.distinct > MAX_CATEGORIES)
        return undefined;
    // The profile's `top` lists only the most common values; the sketch state has them all.
    const counts = exactCounts(column);
    const entries = counts?.exact
        ? [...counts.counts].map(([value, count]) => ({ value, count }))
        : column.top ?? [];
    if (entries.length === 0 || entries.length > MAX_CATEGORIES)
        return undefined;
    const covered = entries.reduce((sum, entry) => sum + entry.count, 0);
    // Values seen once suggest free text or identifiers, not a closed set.
    if (covered !== column.count || entries.some((entry) => entry.count < 2))
        return undefined;
    return entries
        .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
        .map((entry) => entry.value);
}
function article(type) {
    return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}
function plural(n, word) {
    return `${n} ${n === 1 ? word : word + 's'}`;
}
function rules_percent(share) {
    return `${Number((share * 100).toPrecision(2))}%`;
}

;// CONCATENATED MODULE: ./src/init/inferContract.ts
// `datagate init`: a commented datagate.yml inferred from one snapshot's profile — the rules
// that held for it, with margins, for the user to review rather than trust.




function inferContract(profile, options) {
    const columns = new Map();
    const reasons = new Map();
    const notes = new Map();
    for (const column of profile.columns) {
        const rules = columnRules(column, profile.rows);
        reasons.set(column.name, rules);
        columns.set(column.name, new Map([...rules].map(([name, rule]) => [name, rule.value])));
        notes.set(column.name, describe(column, profile.rows));
    }
    const freshnessColumn = profile.columns.find((column) => column.type === 'timestamp' && column.count > 0)
        ?? profile.columns.find((column) => column.type === 'date' && column.count > 0);
    const tokens = options.nullTokens ?? [];
    const dataset = new Map([
        ['name', options.name],
        ['current', options.current],
        ...(tokens.length > 0 ? [['null_values', tokens.map(({ token }) => token)]] : []),
        ['schema', new Map([['allow_extra_columns', true], ['columns', columns]])],
    ]);
    if (profile.rows > 0)
        dataset.set('rows', new Map([['min', rowFloor(profile.rows)]]));
    dataset.set('drift', new Map([['method', 'robust'], ['share', 0.5]]));
    const doc = new dist.Document(new Map([['version', 1], ['datasets', [dataset]]]));
    doc.commentBefore = (profile.rows === 0 ? [
        ` datagate.yml: a starting contract inferred by \`datagate init\` from ${oneLine(options.current)}.`,
        ' The snapshot had NO ROWS, so no rule could be inferred'
            + (profile.columns.length > 0 ? `: its ${plural(profile.columns.length, 'column')} are listed, and check fails when one goes missing.` : '.'),
        ' Run `datagate init` again on a snapshot with data, or add rules by hand.',
    ] : [
        ` datagate.yml: a starting contract inferred by \`datagate init\` from ${oneLine(options.current)}`,
        ` (${profile.rows} rows, ${profile.columns.length} columns). Every rule held for that snapshot, and the`,
        ' comment beside it says why it was proposed: review them, tighten what you know, loosen what',
        ' will change, then run `datagate check`.',
    ]).join('\n');
    const datasetNode = doc.getIn(['datasets', 0]);
    const pairOf = (key) => datasetNode.items.find((pair) => (0,dist.isScalar)(pair.key) && pair.key.value === key);
    if (tokens.length > 0) {
        const pair = pairOf('null_values');
        pair.value.flow = true;
        commentKey(pair, [
            ' Read as missing values: the only text in columns of other values (remove to read it as text):',
            ...tokens.map(({ token, columns }) => ` ${JSON.stringify(token)} in ${columns.slice(0, 5).map((column) => `${column.name} (${column.type}, ${plural(column.count, 'time')})`).join(', ')}${columns.length > 5 ? `, and ${columns.length - 5} more` : ''}`),
        ]);
    }
    commentKey(pairOf('schema'), [
        ' Compare with a baseline for a schema diff, drift and row count change, e.g. the pull',
        " request's base branch:",
        ' baseline: { git: base }',
    ]);
    const schemaNode = pairOf('schema').value;
    commentKey(schemaNode.items[0], [' false: fail when a column appears that is not listed below']);
    const columnsNode = schemaNode.items[1].value;
    for (const pair of columnsNode.items) {
        const name = (0,dist.isScalar)(pair.key) ? String(pair.key.value) : '';
        commentKey(pair, [` ${notes.get(name) ?? ''}`]);
        if (!(0,dist.isMap)(pair.value))
            continue;
        const rules = reasons.get(name);
        if (!rules || rules.size === 0)
            pair.value.flow = true;
        for (const rule of pair.value.items) {
            const why = (0,dist.isScalar)(rule.key) ? rules?.get(String(rule.key.value))?.why : undefined;
            const value = rule.value;
            if (value && (0,dist.isSeq)(value))
                value.flow = true;
            if (value && why)
                value.comment = `${RULE_COMMENT}${oneLine(why)}`;
        }
    }
    const rows = profile.rows > 0 ? pairOf('rows') : undefined;
    if (rows) {
        commentKey(rows, [` The snapshot has ${profile.rows} rows; fewer than half of that fails.`]);
        rows.value.comment = ' max_change: 0.5   # against the baseline: fail when the row count moves more than 50%';
    }
    const drift = pairOf('drift');
    drift.value.flow = true;
    const driftNotes = [
        ' Drift of each column against the baseline; per column: columns: { age: { method: psi, threshold: 0.2 } }',
    ];
    if (freshnessColumn) {
        driftNotes.unshift(` The newest ${oneLine(freshnessColumn.name)} in the snapshot is ${String(freshnessColumn.max ?? 'unknown')}; to fail on stale data:`, ` ${freshnessLine(freshnessColumn.name)}`);
    }
    commentKey(drift, driftNotes);
    quoteOldBooleans(doc);
    return alignRuleComments(doc.toString({ lineWidth: 0 }));
}
/** Marks the comments beside rules; YAML writes a NUL in data as an escape, so only ours carry one. */
const RULE_COMMENT = '\u0000';
/** Lines up the comments beside a column's rules, so the reasons read as a column. */
function alignRuleComments(text) {
    const lines = text.split('\n');
    const marker = ' #' + RULE_COMMENT;
    for (let start = 0; start < lines.length;) {
        let end = start;
        while (end < lines.length && lines[end].includes(marker))
            end++;
        if (end === start) {
            start++;
            continue;
        }
        const width = Math.max(...lines.slice(start, end).map((line) => line.indexOf(marker)));
        for (let i = start; i < end; i++) {
            const at = lines[i].indexOf(marker);
            lines[i] = lines[i].slice(0, at).padEnd(width) + '  # ' + lines[i].slice(at + marker.length);
        }
        start = end;
    }
    return lines.join('\n');
}
/** `integer · 998 values, 2 nulls (0.2%) · 18 to 91 · 57 distinct`. */
function describe(column, rows) {
    if (rows === 0)
        return 'no rows in the snapshot: no rules inferred';
    if (column.count === 0)
        return 'always null in the snapshot: no rules inferred';
    const parts = [column.type];
    let counts = plural(column.count, 'value');
    if (column.nulls > 0)
        counts += `, ${column.nulls} nulls (${Number(((column.nulls / Math.max(rows, 1)) * 100).toPrecision(2))}%)`;
    parts.push(counts);
    if (column.min !== undefined && column.max !== undefined)
        parts.push(`${column.min} to ${column.max}`);
    if (looksUnique(column))
        parts.push(`about ${column.distinct} distinct (estimated): add unique: true if this is a key`);
    else if (allDistinct(column) && !keyEvidence(column))
        parts.push('all distinct, but neither its name nor its values say key: add unique: true if it is one');
    else if (column.distinct !== undefined)
        parts.push(column.distinct === column.count ? 'all distinct' : `${column.distinct} distinct`);
    if (column.parsed)
        parts.push(`${(0,percent/* percentOf */.p)(column.parsed.share)} parse as ${column.parsed.type}`);
    const nullShare = column.nulls / (column.count + column.nulls);
    if (column.nulls > 0 && nullFractionLimit(nullShare) >= 1)
        parts.push(`no null limit proposed: at ${rules_percent(nullShare)} nulls it could not fail`);
    return oneLine(parts.join(' · '));
}
/** `freshness: { column: signup_at, max_age: 2d }`, quoted as YAML needs, ready to uncomment. */
function freshnessLine(column) {
    const line = new dist.Document({ freshness: { column, max_age: '2d' } });
    const pair = line.contents.items[0];
    if ((0,dist.isPair)(pair) && (0,dist.isMap)(pair.value))
        pair.value.flow = true;
    return line.toString({ lineWidth: 0 }).trim();
}
/**
 * `yes`, `no`, `on`, `off` are strings in YAML 1.2 but booleans to YAML 1.1 tools (PyYAML, older
 * editors): quote them so every reader of the file sees the same value.
 */
function quoteOldBooleans(doc) {
    (0,dist.visit)(doc, {
        Scalar(_key, node) {
            if (typeof node.value === 'string' && /^(?:y|yes|n|no|on|off)$/i.test(node.value))
                node.type = dist.Scalar.QUOTE_DOUBLE;
        },
    });
}
function commentKey(pair, lines) {
    const key = pair.key;
    key.commentBefore = lines.map(oneLine).join('\n');
}
/** Comments are one line each: a newline in a column name must not end the comment. */
function oneLine(text) {
    return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

;// CONCATENATED MODULE: ./src/init/nullTokens.ts
// Text that stands for a missing value: R writes `NA`, SAS and Stata `.`, Excel `#N/A`, UCI files
// `?`. Read as text, it makes a column of numbers a column of strings, with no range and no
// numeric drift. `init` proposes such a token as a null value where it is the only text of a
// column whose other values all read as numbers, dates or booleans.

/**
 * The tokens considered: pandas' default `na_values` (read_csv), and `.`, `-` and `?`. Fixed in
 * advance, not tuned on data: bench/README.md ("Missing-value tokens") measures them on real tables.
 */
const NULL_TOKENS = new Set([
    '#N/A', '#N/A N/A', '#NA', '-1.#IND', '-1.#QNAN', '-NaN', '-nan', '1.#IND', '1.#QNAN', '<NA>', 'N/A', 'NA', 'NULL', 'NaN', 'None',
    'n/a', 'nan', 'null', '.', '-', '?',
]);
/**
 * Tokens that are the only non-parsing text of a column that otherwise reads as another type.
 * The counts must add up exactly (every value that did not parse is a token), so a column whose
 * categories are sketched never proposes one. `null_values` holds for every column of the
 * dataset: a token that is also a real value of a text column (`NA` for Namibia) is not proposed.
 */
function nullTokensOf(profile) {
    const found = new Map();
    const refused = new Set();
    for (const column of profile.columns) {
        const counts = (0,src_profile.categoryCounts)(column);
        if (!counts)
            continue;
        const tokens = onlyTextTokens(column, counts);
        if (tokens === undefined) {
            // A text column: any token among its values stays a value.
            for (const value of counts.counts.keys())
                if (NULL_TOKENS.has(value.trim()))
                    refused.add(value);
            continue;
        }
        for (const [token, count] of tokens) {
            const entry = found.get(token) ?? { token, columns: [] };
            entry.columns.push({ name: column.name, count, type: column.parsed?.type ?? column.type });
            found.set(token, entry);
        }
    }
    return [...found.values()].filter(({ token }) => !refused.has(token));
}
/**
 * The tokens of a column of other values (none when there are none), or undefined for a text
 * column: one whose values do not mostly read as another type, or whose other text is not all tokens.
 */
function onlyTextTokens(column, counts) {
    const parsed = column.parsed;
    if (column.type !== 'string')
        return new Map();
    if (!parsed || parsed.type === 'string' || parsed.share < 0.5 || !counts.exact)
        return undefined;
    const text = column.count - Math.round(parsed.share * column.count);
    const tokens = new Map([...counts.counts].filter(([value]) => NULL_TOKENS.has(value.trim())));
    const total = [...tokens.values()].reduce((sum, count) => sum + count, 0);
    return text > 0 && total === text ? tokens : undefined;
}

;// CONCATENATED MODULE: ./src/init/index.ts
// `datagate init`: infer a starting contract from a snapshot.




/***/ }),

/***/ 23747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ percentOf)
/* harmony export */ });
// A share as every message writes it (gates, drift, the contract's checks, `init`).
/** A share as a percentage with three significant digits: 0.571 → 57.1%, 0.5 → 50%. */
function percentOf(share) {
    return `${Number((share * 100).toPrecision(3))}%`;
}


/***/ })

};
