export const id = 1478;
export const ids = [1478];
export const modules = {

/***/ 14650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   It: () => (/* binding */ encodeValue),
/* harmony export */   JH: () => (/* binding */ decodeCell),
/* harmony export */   MM: () => (/* binding */ rawValue),
/* harmony export */   Q2: () => (/* binding */ settleCell),
/* harmony export */   YD: () => (/* binding */ compareKeys),
/* harmony export */   b_: () => (/* binding */ FIELD),
/* harmony export */   g2: () => (/* binding */ encodeKey),
/* harmony export */   nR: () => (/* binding */ timeOf),
/* harmony export */   rl: () => (/* binding */ numberOf),
/* harmony export */   u5: () => (/* binding */ KEY_END),
/* harmony export */   wz: () => (/* binding */ decodeValue)
/* harmony export */ });
/* unused harmony exports TAG_NUMBER, TAG_TIME, TAG_BOOLEAN, TAG_TEXT, encodeKeyText, timeText */
/* harmony import */ var _profile_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45373);
// A cell as the diff compares it: one short text per value, equal when the values are equal
// across formats (`1.50` in a CSV and 1.5 in Parquet, "2024-01-02" and a Parquet date, "true"
// and true). Rows travel as these texts joined by separators, in memory and in partition files.

/** Between the cells of a row (and the columns of a key). */
const FIELD = '\u001f';
/** Between a record's key and its values. */
const KEY_END = '\u001d';
const ESCAPE = '\u001e';
// eslint-disable-next-line no-control-regex -- the separators are control characters on purpose
const SPECIAL = /[\n\u001d\u001e\u001f]/;
// eslint-disable-next-line no-control-regex -- as above
const SPECIAL_ALL = /[\n\u001d\u001e\u001f]/g;
// eslint-disable-next-line no-control-regex -- as above
const ESCAPED_ALL = /\u001e(.)/g;
const ESCAPES = { '\n': ESCAPE + 'n', '\u001d': ESCAPE + 'k', '\u001e': ESCAPE + 'e', '\u001f': ESCAPE + 'f' };
const UNESCAPES = { n: '\n', k: '\u001d', e: '\u001e', f: '\u001f' };
// Tags: the first character of an encoded non-null cell. A null is the empty text.
const TAG_NUMBER = 'n';
const TAG_TIME = 't';
const TAG_BOOLEAN = 'b';
const TAG_TEXT = 's';
function text(value) {
    return TAG_TEXT + (SPECIAL.test(value) ? value.replace(SPECIAL_ALL, (c) => ESCAPES[c]) : value);
}
/** An integer's digits without sign clutter: `+007` → `7`, `-0` → `0`. */
function integerDigits(value) {
    let start = 0;
    let negative = false;
    if (value[0] === '+' || value[0] === '-') {
        negative = value[0] === '-';
        start = 1;
    }
    while (start < value.length - 1 && value.charCodeAt(start) === 48)
        start++;
    const digits = value.slice(start);
    return negative && digits !== '0' ? '-' + digits : digits;
}
/** Beyond 2^53 a double cannot tell integers apart: keep the digits, as bigint gives them. */
const SAFE_DIGITS = 15;
function number(value) {
    return TAG_NUMBER + (Object.is(value, -0) ? '0' : String(value));
}
/**
 * The comparable text of a non-null text cell: numbers by value, dates and times as epoch ms,
 * booleans. For a key this must be exact (keys are matched by their text), so a number that is
 * not already in its shortest form is rewritten (`1.50` → `1.5`).
 */
function encodeKeyText(value) {
    const kind = (0,_profile_values_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyText */ .oF)(value);
    if (kind === _profile_values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_INTEGER */ .Ec) {
        const digits = value.length - (value[0] === '+' || value[0] === '-' ? 1 : 0);
        if (digits > SAFE_DIGITS)
            return TAG_NUMBER + integerDigits(value);
        return _profile_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parsedValue */ .X$.canonical ? TAG_NUMBER + value : number(_profile_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parsedValue */ .X$.value);
    }
    if (kind === _profile_values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_NUMBER */ .V)
        return _profile_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parsedValue */ .X$.canonical ? TAG_NUMBER + value : number(_profile_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parsedValue */ .X$.value);
    return encodeOther(value, kind);
}
/**
 * A value cell stays text, unread and untagged: equal texts are equal values (the common case,
 * compared as one line per row), and only cells whose texts differ are read (`settleCell`) and
 * compared by value. This spares the classification, and a tagged copy, of every cell.
 */
function escapeText(value) {
    return SPECIAL.test(value) ? value.replace(SPECIAL_ALL, (c) => ESCAPES[c]) : value;
}
function unescape(body) {
    return body.includes(ESCAPE) ? body.replace(ESCAPED_ALL, (_m, c) => UNESCAPES[c] ?? c) : body;
}
/** A value cell (text, see encodeValue) read as its value, tagged as keys are; null stays ''. */
function settleCell(value) {
    return value === '' ? '' : encodeKeyText(unescape(value));
}
function encodeOther(value, kind) {
    if (kind === _profile_values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_DATE */ .UR || kind === _profile_values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_TIMESTAMP */ .mq)
        return TAG_TIME + _profile_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parsedValue */ .X$.value;
    if (kind === _profile_values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_BOOLEAN */ .gN)
        return _profile_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parsedValue */ .X$.value ? 'b1' : 'b0';
    return text(value);
}
function jsonText(cell) {
    return JSON.stringify(cell, (_key, value) => (typeof value === 'bigint' ? value.toString() : value));
}
/** A key cell, tagged and exact (keys are matched by this text); `isNull` already said it is not null. */
function encodeKey(cell) {
    switch (typeof cell) {
        case 'string': return encodeKeyText(cell);
        case 'number': return Number.isInteger(cell) && Math.abs(cell) > Number.MAX_SAFE_INTEGER ? TAG_NUMBER + BigInt(cell).toString() : number(cell);
        case 'bigint': return TAG_NUMBER + cell.toString();
        case 'boolean': return cell ? 'b1' : 'b0';
        default:
            if (cell instanceof Date)
                return TAG_TIME + cell.getTime();
            return text(jsonText(cell));
    }
}
/** A value cell as text that `settleCell` reads back to the value; `isNull` already said it is not null. */
function encodeValue(cell) {
    switch (typeof cell) {
        case 'string': return escapeText(cell);
        case 'number': return Number.isInteger(cell) && Math.abs(cell) > Number.MAX_SAFE_INTEGER ? BigInt(cell).toString() : String(cell);
        case 'bigint': return cell.toString();
        case 'boolean': return cell ? 'true' : 'false';
        default:
            if (cell instanceof Date)
                return Number.isNaN(cell.getTime()) ? 'Invalid Date' : cell.toISOString();
            return escapeText(jsonText(cell));
    }
}
/**
 * A value cell's text before escaping: what a row's hash is computed over (scan.ts). Equal for a
 * text cell and a typed cell that `encodeValue` writes alike (`5` in a CSV, 5 in Parquet).
 */
function rawValue(cell) {
    switch (typeof cell) {
        case 'string': return cell;
        case 'number': return Number.isInteger(cell) && Math.abs(cell) > Number.MAX_SAFE_INTEGER ? BigInt(cell).toString() : String(cell);
        case 'bigint': return cell.toString();
        case 'boolean': return cell ? 'true' : 'false';
        default:
            if (cell instanceof Date)
                return Number.isNaN(cell.getTime()) ? 'Invalid Date' : cell.toISOString();
            return jsonText(cell);
    }
}
/** A value cell's value, for the report. */
function decodeValue(value) {
    return decodeCell(settleCell(value));
}
/** The value of an encoded cell, for the report. */
function decodeCell(encoded) {
    if (encoded === '')
        return null;
    const tag = encoded[0];
    const body = encoded.slice(1);
    if (tag === TAG_NUMBER) {
        const value = Number(body);
        // Integers beyond 2^53 stay exact as text.
        return Number.isSafeInteger(value) || !/^-?\d+$/.test(body) ? value : body;
    }
    if (tag === TAG_TIME)
        return timeText(Number(body));
    if (tag === TAG_BOOLEAN)
        return body === '1';
    return unescape(body);
}
/** ISO text of epoch milliseconds; a whole UTC day shows as the date alone. */
function timeText(ms) {
    const date = new Date(ms);
    if (Number.isNaN(date.getTime()))
        return String(ms);
    const iso = date.toISOString();
    return ms % 86_400_000 === 0 ? iso.slice(0, 10) : iso;
}
/** The number an encoded cell holds, or undefined when it is not a number. */
function numberOf(encoded) {
    return encoded.charCodeAt(0) === 110 ? Number(encoded.slice(1)) : undefined;
}
/** The epoch milliseconds an encoded cell holds, or undefined when it is not a time. */
function timeOf(encoded) {
    return encoded.charCodeAt(0) === 116 ? Number(encoded.slice(1)) : undefined;
}
/**
 * Orders encoded keys (cells joined by FIELD): cell by cell, nulls first, numbers and times by
 * value before text, so examples come out as a reader expects (key 9 before key 10).
 */
function compareKeys(a, b) {
    if (a === b)
        return 0;
    const left = a.split(FIELD);
    const right = b.split(FIELD);
    for (let i = 0; i < Math.min(left.length, right.length); i++) {
        const order = compareCells(left[i], right[i]);
        if (order !== 0)
            return order;
    }
    return left.length - right.length;
}
function compareCells(a, b) {
    if (a === b)
        return 0;
    const tagA = a.charCodeAt(0) || 0;
    const tagB = b.charCodeAt(0) || 0;
    const numericA = tagA === 110 || tagA === 116;
    const numericB = tagB === 110 || tagB === 116;
    if (numericA && numericB && tagA === tagB) {
        const difference = Number(a.slice(1)) - Number(b.slice(1));
        if (difference !== 0)
            return difference;
    }
    if (numericA !== numericB)
        return numericA ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 22004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ finishDiff)
/* harmony export */ });
/* unused harmony export decodeKey */
/* harmony import */ var _cells_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14650);
// From a tally of encoded cells to the report's diff section: values decoded, shares computed.

function decodeKey(layout, key) {
    const cells = key.split(_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD */ .b_);
    return Object.fromEntries(layout.key.map((name, i) => [name, (0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeCell */ .JH)(cells[i] ?? '')]));
}
function decodeRow(layout, values) {
    const cells = values.split(_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD */ .b_);
    return Object.fromEntries(layout.columns.map((name, i) => [name, (0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeValue */ .wz)(cells[i] ?? '')]));
}
function finishDiff(tally, layout, notCompared, partitions) {
    const matched = tally.changed + tally.unchanged;
    const columns = layout.columns.map((name, c) => {
        const column = tally.columns[c];
        const result = { name, changed: column.changed, share: matched ? column.changed / matched : 0, examples: [] };
        if (column.deltaCount > 0)
            result.meanDelta = column.deltaSum / column.deltaCount;
        let top;
        for (const entry of column.transitions) {
            // Ties go to the smaller text, so the choice does not depend on the order rows came in.
            if (!top || entry[1] > top[1] || (entry[1] === top[1] && entry[0] < top[0]))
                top = entry;
        }
        if (top) {
            const [before, after] = top[0].split(_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD */ .b_);
            result.typical = { before: (0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeCell */ .JH)(before), after: (0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeCell */ .JH)(after), count: top[1] };
        }
        result.examples = column.examples.entries.map(({ key, item }) => ({ key: decodeKey(layout, key), before: (0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeCell */ .JH)(item[0]), after: (0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeCell */ .JH)(item[1]) }));
        return result;
    });
    const report = {
        key: layout.key,
        // Null keys never reach a partition: they are rows read all the same.
        rows: { baseline: tally.rows.baseline + tally.nullKeys.baseline, current: tally.rows.current + tally.nullKeys.current },
        added: tally.added,
        removed: tally.removed,
        changed: tally.changed,
        unchanged: tally.unchanged,
        duplicateKeys: {
            baseline: tally.duplicates.baseline,
            current: tally.duplicates.current,
            examples: tally.duplicates.examples.entries.map(({ key }) => decodeKey(layout, key)),
        },
        nullKeys: { ...tally.nullKeys },
        columns,
        notCompared,
        examples: {
            added: tally.addedExamples.entries.map(({ key, item }) => ({ key: decodeKey(layout, key), row: decodeRow(layout, item) })),
            removed: tally.removedExamples.entries.map(({ key, item }) => ({ key: decodeKey(layout, key), row: decodeRow(layout, item) })),
            changed: tally.changedExamples.entries.map(({ key, item }) => ({
                key: decodeKey(layout, key),
                changes: item.map(([c, before, after]) => ({ column: layout.columns[c], before: (0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeCell */ .JH)(before), after: (0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeCell */ .JH)(after) })),
            })),
        },
    };
    if (partitions !== undefined)
        report.partitions = partitions;
    return report;
}


/***/ }),

/***/ 51478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AZ: () => (/* binding */ DEFAULT_MEMORY_BUDGET),
  lf: () => (/* binding */ KEY_PARTITION_CHARS),
  qy: () => (/* binding */ MAX_CANDIDATES),
  Zx: () => (/* binding */ SURELY_BEYOND),
  C0: () => (/* reexport */ columnRuleOf),
  OM: () => (/* binding */ diffRecords),
  V1: () => (/* binding */ diffSnapshots),
  _c: () => (/* binding */ partsFor),
  YW: () => (/* binding */ planSides),
  G9: () => (/* binding */ settle),
  OW: () => (/* binding */ sideLayout)
});

// UNUSED EXPORTS: estimateChars, layoutOf, missingKeys, open

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/readers/index.ts + 5 modules
var readers = __webpack_require__(72822);
// EXTERNAL MODULE: ./src/diff/finish.ts
var finish = __webpack_require__(22004);
// EXTERNAL MODULE: ./src/diff/match.ts
var match = __webpack_require__(82826);
// EXTERNAL MODULE: ./src/diff/partition.ts
var partition = __webpack_require__(11777);
// EXTERNAL MODULE: ./src/diff/keyTable.ts
var keyTable = __webpack_require__(19402);
// EXTERNAL MODULE: ./src/diff/keyMatch.ts
var keyMatch = __webpack_require__(97947);
// EXTERNAL MODULE: ./src/diff/scan.ts
var scan = __webpack_require__(17438);
// EXTERNAL MODULE: ./src/diff/tally.ts
var diff_tally = __webpack_require__(72353);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/diff/thread.ts
// Running a diff job in a worker thread of the bundled diff worker (dist/cli/diff-worker/index.js);
// a user mistake found there (an unreadable row) comes back as the same UserError.





/** The bundled worker beside the running bundle (the CLI's), or the CLI's from the action bundle. None from sources. */
function diffWorkerScript(bundleDir = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url))) {
    return [external_node_path_default().join(bundleDir, 'diff-worker', 'index.js'), external_node_path_default().join(bundleDir, 'cli', 'diff-worker', 'index.js')].find((file) => (0,external_node_fs_.existsSync)(file));
}
/** Measured on the 1M-row bench: 16 and 48 MB cost the same CPU time; 16 keeps RSS lower. */
const YOUNG_MB = 16;
/**
 * Without a cap V8 let each worker's old generation grow (10M rows a side: 1.2 GB RSS); capped,
 * it collects sooner at no cost in time measured (1M rows: RSS 459 → 339 MB). A worker holds one
 * partition of each side at most (≈ 8M characters each), well within it.
 */
const OLD_MB = 128;
function inDiffWorkers(script) {
    const idle = [];
    const all = new Set();
    const run = (job) => new Promise((resolve, reject) => {
        let worker = idle.pop();
        if (!worker) {
            worker = new external_node_worker_threads_.Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB, maxOldGenerationSizeMb: OLD_MB } });
            all.add(worker);
        }
        const current = worker;
        const done = () => {
            current.off('message', onMessage);
            current.off('error', onError);
        };
        const onMessage = (message) => {
            done();
            idle.push(current);
            if (!Array.isArray(message) && 'bug' in message)
                reject(new Error(`diff worker failed: ${message.bug}`));
            else if (!Array.isArray(message) && 'problems' in message)
                reject(new errors/* UserError */.yo(message.problems));
            else
                resolve(message);
        };
        const onError = (error) => {
            done();
            all.delete(current);
            void current.terminate();
            reject(error);
        };
        current.on('message', onMessage);
        current.on('error', onError);
        current.postMessage(job);
    });
    return {
        run,
        async close() {
            await Promise.all([...all].map((worker) => worker.terminate()));
            all.clear();
            idle.length = 0;
        },
    };
}

;// CONCATENATED MODULE: ./src/diff/rules.ts
// A column's diff rule from the config: `tolerance: 0.005` (absolute), `tolerance: 0.5%`
// (relative), `tolerance: 2s` (times, a duration), and `unit: s` (times compared to the second).

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
/** `0.5%`. */
const RELATIVE_TOLERANCE = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/;
/** `250ms`, `2s`, `5m`, `1h`, `1d`, `1w`. */
const DURATION_TOLERANCE = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)\s*$/;
/** The rule, or a UserError naming the config path when the tolerance does not parse. */
function columnRuleOf(config, where = 'tolerance') {
    const rule = {};
    if (config.unit)
        rule.unitMs = UNIT_MS[config.unit];
    const tolerance = config.tolerance;
    if (typeof tolerance === 'number')
        rule.absolute = tolerance;
    else if (typeof tolerance === 'string') {
        const relative = RELATIVE_TOLERANCE.exec(tolerance);
        const duration = DURATION_TOLERANCE.exec(tolerance);
        if (relative)
            rule.relative = Number(relative[1]) / 100;
        else if (duration)
            rule.absolute = Number(duration[1]) * UNIT_MS[duration[2]];
        else
            throw new errors/* UserError */.yo([{ path: where, message: `expected a number, a percentage (0.5%) or a duration (2s); got ${JSON.stringify(tolerance)}` }]);
    }
    return rule;
}

;// CONCATENATED MODULE: ./src/diff/index.ts
// The row diff of two snapshots by key. Each side is read once into key tables: per row its key
// and a 64-bit hash of its compared cells, hash-partitioned by key (in memory, or on disk beyond
// the budget). Partitions are matched by key; rows whose hashes agree are unchanged, and only the
// rows whose hashes differ (and the added and removed rows shown as examples) are read a second
// time, cell by cell, to be compared by value. When too many rows hash apart to hold (a side
// whose every number is written otherwise), every row's cells are partitioned instead.














const DEFAULT_MEMORY_BUDGET = 48 << 20;
/** Aimed size of one partition of one side, in record characters. */
const PARTITION_CHARS = 8 << 20;
const MIN_PARTS = 16;
const MAX_PARTS = 512;
/** Record characters per byte of file, by format: Parquet is compressed, gzip too. */
function expansion(file, options) {
    const format = (0,readers.detectFormat)(file, options.format);
    if (format === 'parquet')
        return 8;
    return /\.gz$/i.test(file) ? 6 : 1.5;
}
async function estimateChars(side) {
    let total = 0;
    for (const file of side.files)
        total += (await (0,promises_.stat)(file)).size * expansion(file, side.options);
    return total;
}
async function diff_open(side, onIssue) {
    const rest = (0,readers.readBatches)(side.files, side.options, onIssue)[Symbol.asyncIterator]();
    const first = await rest.next();
    return { first: first.done ? undefined : first.value, rest };
}
/** Every key column that a non-empty side lacks, each naming the side's file. */
function missingKeys(key, sides) {
    const problems = [];
    for (const [side, opened, spec] of sides) {
        if (!opened.first)
            continue;
        const columns = new Set(opened.first.columns);
        for (const name of key) {
            if (columns.has(name))
                continue;
            problems.push({
                file: spec.label ?? opened.first.file,
                message: `the key column ${JSON.stringify(name)} is missing on the ${side} side (its columns: ${opened.first.columns.map((c) => JSON.stringify(c)).join(', ')})`,
            });
        }
    }
    return problems;
}
/** The compared columns (baseline order) and those left out, from both sides' first batches. */
function layoutOf(options, baseline, current) {
    const skip = new Set([...options.key, ...(options.ignore ?? [])]);
    const ignoreSet = new Set(options.ignore ?? []);
    const base = baseline ?? current ?? [];
    const other = new Set(current ?? baseline ?? []);
    const columns = base.filter((name) => other.has(name) && !skip.has(name));
    const inBaseline = new Set(base);
    const notCompared = {
        baseline: baseline && current ? baseline.filter((name) => !other.has(name) && !skip.has(name)) : [],
        current: baseline && current ? current.filter((name) => !inBaseline.has(name) && !skip.has(name)) : [],
        ignored: [...new Set([...(baseline ?? []), ...(current ?? [])])].filter((name) => ignoreSet.has(name) && !options.key.includes(name)),
    };
    const rules = columns.map((name) => options.columns?.[name]);
    return { layout: { key: options.key, columns, rules, examples: options.examples ?? 5 }, notCompared };
}
/**
 * Estimated record characters per budget byte beyond which a side's key tables surely exceed the
 * budget (a row's key table entry is ≈ 1/7 of its record on the bench file): written to disk from
 * the start, in small blocks, rather than first grown to the budget in memory (10M rows: peak RSS
 * 437 MB that way).
 */
const SURELY_BEYOND = 16;
/** Aimed size of one partition of one side's key tables, in estimated record characters. */
const KEY_PARTITION_CHARS = 32 << 20;
/**
 * Rows hashing apart whose cells are fetched and compared; beyond it (a side whose every cell is
 * written otherwise, say) the diff partitions every row's cells instead, as bounded in memory.
 */
const MAX_CANDIDATES = 1_000_000;
function partsFor(estimate, chars) {
    return Math.min(MAX_PARTS, Math.max(MIN_PARTS, Math.ceil(estimate / chars)));
}
function sideLayout(layout, side) {
    return { key: layout.key, columns: layout.columns, nullValues: side.options.nullValues };
}
/** Scans both sides into key tables and matches them: counts, and the keys whose rows hash apart. */
async function matchByKey(plan, parts, onIssue) {
    const { run, layout, dir, budget } = plan;
    const keys = (0,keyMatch/* newKeyTally */.MW)(layout.examples);
    if (run) {
        // Two cores: each side is scanned in a worker of its own, then `threads` workers match the
        // partitions.
        const scan = (side, which) => run({
            kind: 'encode', files: side.files, options: side.options, layout: sideLayout(layout, side), parts, budget, dir, side: which,
            spill: plan.estimate > SURELY_BEYOND * budget,
        });
        const [baselineScan, currentScan] = await Promise.all([scan(plan.baseline, 'baseline'), scan(plan.current, 'current')]);
        for (const issue of [...baselineScan.issues, ...currentScan.issues])
            onIssue(issue);
        const nullKeys = { baseline: baselineScan.nullKeys, current: currentScan.nullKeys };
        if (baselineScan.tables && currentScan.tables) {
            // Both sides within the budget: matched here, with no file written or read.
            for (let p = 0; p < parts; p++)
                (0,keyMatch/* matchKeys */.qL)(baselineScan.tables[p], currentScan.tables[p], keys);
            return { keys, nullKeys, spilled: false };
        }
        if (baselineScan.tables)
            (0,keyTable/* writeKeyTables */.a9)(dir, 'baseline', baselineScan.tables);
        if (currentScan.tables)
            (0,keyTable/* writeKeyTables */.a9)(dir, 'current', currentScan.tables);
        const jobs = Array.from({ length: plan.threads }, (_, w) => ({
            kind: 'match', dir, examples: layout.examples, parts: Array.from({ length: parts }, (_, p) => p).filter((p) => p % plan.threads === w),
        }));
        for (const result of await Promise.all(jobs.map((job) => run(job))))
            (0,keyMatch/* mergeKeyTally */.aw)(keys, result);
        return { keys, nullKeys, spilled: true };
    }
    const baselineSink = new keyTable/* KeySink */.BV({ parts, budget, dir, side: 'baseline' });
    const baselineScan = await (0,scan/* scanSide */.fg)(plan.baseline.files, plan.baseline.options, sideLayout(layout, plan.baseline), baselineSink, onIssue);
    baselineSink.close();
    const currentSink = new keyTable/* KeySink */.BV({ parts, budget, dir, side: 'current' });
    const currentScan = await (0,scan/* scanSide */.fg)(plan.current.files, plan.current.options, sideLayout(layout, plan.current), currentSink, onIssue);
    currentSink.close();
    for (let p = 0; p < parts; p++) {
        const part = (0,keyMatch/* newKeyTally */.MW)(layout.examples);
        (0,keyMatch/* matchKeys */.qL)(baselineSink.table(p), currentSink.table(p), part);
        baselineSink.release(p);
        currentSink.release(p);
        (0,keyMatch/* mergeKeyTally */.aw)(keys, part);
    }
    return { keys, nullKeys: { baseline: baselineScan.nullKeys, current: currentScan.nullKeys }, spilled: baselineSink.spilled || currentSink.spilled };
}
function sortedUnique(rows) {
    const sorted = Float64Array.from(rows).sort();
    const out = [];
    for (let i = 0; i < sorted.length; i++)
        if (i === 0 || sorted[i] !== sorted[i - 1])
            out.push(sorted[i]);
    return out;
}
/** The values of the given rows of a side, by row number. */
async function fetchSide(plan, side, which, wanted) {
    const rows = sortedUnique(wanted);
    if (rows.length === 0)
        return new Map();
    const layout = sideLayout(plan.layout, side);
    const values = plan.run
        ? await plan.run({ kind: 'fetch', files: side.files, options: side.options, layout, rows, side: which })
        : await (0,scan/* fetchRows */.s8)(side.files, side.options, layout, rows);
    return new Map(rows.map((row, i) => [row, values[i]]));
}
/**
 * The tally of a key match, its candidates' cells fetched and compared. `fetched`: called once the
 * rows are read, the workers' last job (`diffSnapshots` ends them there: at 10M rows a side their
 * heaps, kept until the end, were a third of the peak RSS while this thread compared 100,000 rows).
 */
async function settle(plan, keys, nullKeys, fetched) {
    const { layout } = plan;
    const { candidates } = keys;
    const [before, after] = await Promise.all([
        fetchSide(plan, plan.baseline, 'baseline', [...candidates.baseline, ...keys.removedExamples.entries.map((entry) => entry.item)]),
        fetchSide(plan, plan.current, 'current', [...candidates.current, ...keys.addedExamples.entries.map((entry) => entry.item)]),
    ]);
    await fetched?.();
    const tally = (0,diff_tally/* newTally */.l4)(layout);
    tally.rows = { ...keys.rows };
    tally.added = keys.added;
    tally.removed = keys.removed;
    tally.unchanged = keys.unchanged;
    tally.duplicates = keys.duplicates;
    tally.nullKeys = nullKeys;
    for (let i = 0; i < candidates.keys.length; i++) {
        (0,diff_tally/* tallyPair */.Fs)(tally, layout, candidates.keys[i], before.get(candidates.baseline[i]), after.get(candidates.current[i]));
    }
    tally.addedExamples.entries = keys.addedExamples.entries.map(({ key, item }) => ({ key, item: after.get(item) }));
    tally.removedExamples.entries = keys.removedExamples.entries.map(({ key, item }) => ({ key, item: before.get(item) }));
    return tally;
}
/** The fallback: every row's cells partitioned by key and matched record by record. */
async function diffRecords(plan) {
    const { run, layout, dir, budget } = plan;
    const parts = partsFor(plan.estimate, PARTITION_CHARS);
    // Read issues were reported by the scan of the same files.
    const ignore = () => undefined;
    const tally = (0,diff_tally/* newTally */.l4)(layout);
    if (run) {
        const encodeJob = (side, which) => run({
            kind: 'encode-records', files: side.files, options: side.options, layout: sideLayout(layout, side), parts, budget, dir, side: which,
        });
        const [baselineEncoded, currentEncoded] = await Promise.all([encodeJob(plan.baseline, 'baseline'), encodeJob(plan.current, 'current')]);
        tally.nullKeys = { baseline: baselineEncoded.nullKeys, current: currentEncoded.nullKeys };
        const jobs = Array.from({ length: plan.threads }, (_, w) => ({
            kind: 'match-records', dir, layout, parts: Array.from({ length: parts }, (_, p) => p).filter((p) => p % plan.threads === w),
        }));
        for (const result of await Promise.all(jobs.map((job) => run(job))))
            (0,diff_tally/* mergeTally */.vc)(tally, result);
        return { tally, spilled: true, parts };
    }
    const sinks = { baseline: new partition/* PartitionSink */._j({ parts, budget, dir, side: 'baseline' }), current: new partition/* PartitionSink */._j({ parts, budget, dir, side: 'current' }) };
    const nullKeys = { baseline: 0, current: 0 };
    for (const which of ['baseline', 'current']) {
        const side = plan[which];
        const encoder = new partition/* SideEncoder */.u3(sideLayout(layout, side), sinks[which]);
        for await (const batch of (0,readers.readBatches)(side.files, side.options, ignore))
            encoder.add(batch);
        sinks[which].close();
        nullKeys[which] = encoder.nullKeys;
    }
    tally.nullKeys = nullKeys;
    for (let p = 0; p < parts; p++) {
        const part = (0,diff_tally/* newTally */.l4)(layout);
        (0,match/* matchPartition */.c)(sinks.baseline.records(p), sinks.current.records(p), part, layout);
        sinks.baseline.release(p);
        sinks.current.release(p);
        (0,diff_tally/* mergeTally */.vc)(tally, part);
    }
    return { tally, spilled: sinks.baseline.spilled || sinks.current.spilled, parts };
}
/**
 * Both sides' headers read and the key checked on each (a UserError naming the file and column),
 * then the plan: compared columns, memory budget, a temp folder, diff workers for big sides. The
 * caller closes the workers and removes the folder. For `diffSnapshots` and `check`'s prepareDiff.
 */
async function planSides(baseline, current, options, limits) {
    // The first batches only name the columns; read issues are counted by the reads that follow.
    const baselineSide = await diff_open(baseline, () => undefined);
    const currentSide = await diff_open(current, () => undefined);
    // The sides are read again from the start: close the files the read-ahead opened.
    await baselineSide.rest.return?.();
    await currentSide.rest.return?.();
    const problems = missingKeys(options.key, [['baseline', baselineSide, baseline], ['current', currentSide, current]]);
    if (problems.length)
        throw new errors/* UserError */.yo(problems);
    const { layout, notCompared } = layoutOf(options, baselineSide.first?.columns, currentSide.first?.columns);
    const estimate = Math.max(await estimateChars(baseline), await estimateChars(current));
    const budget = limits.memoryBudget ?? DEFAULT_MEMORY_BUDGET;
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(limits.tempDir ?? external_node_os_default().tmpdir(), 'datagate-diff-'));
    const script = diffWorkerScript();
    const workers = !limits.run && script && estimate > budget ? inDiffWorkers(script) : undefined;
    const run = limits.run ?? workers?.run;
    return { plan: { baseline, current, layout, estimate, budget, dir, run, threads: Math.max(1, limits.threads ?? 2) }, notCompared, workers };
}
async function diffSnapshots(baseline, current, options, limits = {}, onIssue = () => undefined) {
    const { plan, notCompared, workers } = await planSides(baseline, current, options, limits);
    const { layout, dir } = plan;
    try {
        const parts = partsFor(plan.estimate, KEY_PARTITION_CHARS);
        const { keys, nullKeys, spilled } = await matchByKey(plan, parts, onIssue);
        if (keys.candidates.keys.length <= (limits.maxCandidates ?? MAX_CANDIDATES)) {
            return (0,finish/* finishDiff */.d)(await settle(plan, keys, nullKeys, async () => workers?.close()), layout, notCompared, spilled ? parts : undefined);
        }
        const records = await diffRecords(plan);
        return (0,finish/* finishDiff */.d)(records.tally, layout, notCompared, records.spilled ? records.parts : undefined);
    }
    finally {
        await workers?.close();
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 97947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MW: () => (/* binding */ newKeyTally),
/* harmony export */   aw: () => (/* binding */ mergeKeyTally),
/* harmony export */   qL: () => (/* binding */ matchKeys)
/* harmony export */ });
/* unused harmony export numberKeyText */
/* harmony import */ var _keyTable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19402);
/* harmony import */ var _tally_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72353);
// Matching one partition's keys: the baseline's keys in a map, the current's streamed past it.
// Rows whose hashes agree are unchanged; the others become candidates, whose cells are read
// again and compared cell by cell (tallyPair). Within a side rows keep file order, so the first
// row of a key is the one diffed and later rows of the same key count as duplicates.


function newKeyTally(examples) {
    return {
        rows: { baseline: 0, current: 0 },
        added: 0, removed: 0, unchanged: 0,
        duplicates: { baseline: 0, current: 0, examples: (0,_tally_js__WEBPACK_IMPORTED_MODULE_1__/* .smallest */ .o9)(examples) },
        addedExamples: (0,_tally_js__WEBPACK_IMPORTED_MODULE_1__/* .smallest */ .o9)(examples), removedExamples: (0,_tally_js__WEBPACK_IMPORTED_MODULE_1__/* .smallest */ .o9)(examples),
        candidates: { keys: [], baseline: [], current: [] },
    };
}
/** An integer key as the diff encodes it (cells.ts): for examples and candidates. */
function numberKeyText(key) {
    return 'n' + String(key);
}
/** Marks a baseline key that the current side has had. */
const MATCHED = -1;
function matchTexts(baseline, current, tally) {
    const byKey = new Map();
    const { keys: baselineKeys } = baseline;
    for (let i = 0; i < baselineKeys.length; i++) {
        const key = baselineKeys[i];
        if (byKey.has(key)) {
            tally.duplicates.baseline++;
            (0,_tally_js__WEBPACK_IMPORTED_MODULE_1__/* .offer */ .x)(tally.duplicates.examples, key, () => null);
            continue;
        }
        byKey.set(key, i);
    }
    const { keys, hash, at } = current;
    const candidates = tally.candidates;
    for (let j = 0; j < keys.length; j++) {
        const key = keys[j];
        const i = byKey.get(key);
        if (i === MATCHED) {
            tally.duplicates.current++;
            (0,_tally_js__WEBPACK_IMPORTED_MODULE_1__/* .offer */ .x)(tally.duplicates.examples, key, () => null);
            continue;
        }
        // Marked rather than deleted: a later row of the same key is a duplicate.
        byKey.set(key, MATCHED);
        if (i === undefined) {
            tally.added++;
            offerRow(tally.addedExamples, key, at, j);
        }
        else if (baseline.hash[2 * i] === hash[2 * j] && baseline.hash[2 * i + 1] === hash[2 * j + 1]) {
            tally.unchanged++;
        }
        else {
            candidates.keys.push(key);
            candidates.baseline.push(baseline.at[i]);
            candidates.current.push(at[j]);
        }
    }
    for (const [key, i] of byKey) {
        if (i === MATCHED)
            continue;
        tally.removed++;
        offerRow(tally.removedExamples, key, baseline.at, i);
    }
}
// Baseline row states while integer keys are matched.
const FIRST = 0;
const DUPLICATE = 1;
const PAIRED = 2;
// What became of a current row, where it is not the baseline row it pairs with (≥ 0).
const ADDED = -1;
const REPEATED = -2;
/**
 * The slot table, the baseline rows' states and the current rows' outcomes, kept from one
 * partition's match to the next: fresh memory a partition cost page faults (16 partitions of the
 * 1M-row bench diff: 4,000 faults, ≈ 45 ms).
 */
let slotBuffer = new Int32Array(0);
let stateBuffer = new Uint8Array(0);
let outcomeBuffer = new Int32Array(0);
function scratch(buffer, size, make) {
    return buffer.length >= size ? buffer : make(Math.max(size, 2 * buffer.length));
}
/**
 * Integer keys in an open-addressing table of typed arrays: no string and no Map entry per row.
 * A slot holds i + 1 for the baseline's row i, or −(j + 1) for the current's row j of a key the
 * baseline lacks (so that a later row of it is a duplicate).
 *
 * The probing loops touch typed arrays only; what they find is tallied by plain loops after them.
 * With the tally's objects in the probing loops, V8 compiled each loop on stack, then threw the
 * code away at the first added, repeated or changed row (a branch it had no feedback for), and so
 * again in the next partition: on a cold start the match took 4–5 times its warm time.
 */
function matchNumbers(baseline, current, tally) {
    const b = baseline.nums;
    const c = current.nums;
    let bits = 4;
    while (1 << bits < 2 * (b.length + c.length))
        bits++;
    slotBuffer = scratch(slotBuffer, 1 << bits, (size) => new Int32Array(size));
    stateBuffer = scratch(stateBuffer, b.length, (size) => new Uint8Array(size));
    outcomeBuffer = scratch(outcomeBuffer, c.length, (size) => new Int32Array(size));
    const slots = slotBuffer.subarray(0, 1 << bits).fill(0);
    const state = stateBuffer.subarray(0, b.length).fill(FIRST);
    const outcome = outcomeBuffer.subarray(0, c.length);
    probeNumbers(b, c, slots, bits, state, outcome);
    for (let i = 0; i < b.length; i++) {
        if (state[i] !== DUPLICATE)
            continue;
        tally.duplicates.baseline++;
        (0,_tally_js__WEBPACK_IMPORTED_MODULE_1__/* .offer */ .x)(tally.duplicates.examples, numberKeyText(b[i]), () => null);
    }
    const { numHash: hash, numAt: at } = current;
    const baselineHash = baseline.numHash;
    const candidates = tally.candidates;
    let unchanged = 0;
    for (let j = 0; j < c.length; j++) {
        const i = outcome[j];
        if (i >= 0) {
            if (baselineHash[2 * i] === hash[2 * j] && baselineHash[2 * i + 1] === hash[2 * j + 1])
                unchanged++;
            else {
                candidates.keys.push(numberKeyText(c[j]));
                candidates.baseline.push(baseline.numAt[i]);
                candidates.current.push(at[j]);
            }
        }
        else if (i === ADDED) {
            tally.added++;
            offerRow(tally.addedExamples, numberKeyText(c[j]), at, j);
        }
        else {
            tally.duplicates.current++;
            (0,_tally_js__WEBPACK_IMPORTED_MODULE_1__/* .offer */ .x)(tally.duplicates.examples, numberKeyText(c[j]), () => null);
        }
    }
    tally.unchanged += unchanged;
    for (let i = 0; i < b.length; i++) {
        if (state[i] === DUPLICATE || state[i] === PAIRED)
            continue;
        tally.removed++;
        offerRow(tally.removedExamples, numberKeyText(b[i]), baseline.numAt, i);
    }
}
/**
 * `offer` of row `index`'s place: a closure over the loop's index would make V8 allocate the
 * loop body's scope on every turn of it, a million times a side.
 */
function offerRow(examples, key, places, index) {
    (0,_tally_js__WEBPACK_IMPORTED_MODULE_1__/* .offer */ .x)(examples, key, () => places[index]);
}
/**
 * Both sides' keys through the slot table: each baseline row's state (first of its key, or a
 * duplicate; paired once the current has its key) and each current row's outcome (the baseline
 * row it pairs with, ADDED, or REPEATED for a later row of a key already seen). A function a
 * loop: V8 compiles a loop on stack, and one compiled with the next loop's code lost it on entering
 * that loop, for want of feedback there.
 */
function probeNumbers(b, c, slots, bits, state, outcome) {
    insertBaseline(b, c, slots, bits, state);
    probeCurrent(b, c, slots, bits, state, outcome);
}
function insertBaseline(b, c, slots, bits, state) {
    const mask = (1 << bits) - 1;
    const shift = 32 - bits;
    // The probe (hash, then linear) is written out in both loops: as a closure it was not inlined.
    // Partitions are hash % parts (low bits), slots the high bits.
    for (let i = 0; i < b.length; i++) {
        const key = b[i];
        let s = (0,_keyTable_js__WEBPACK_IMPORTED_MODULE_0__/* .hashNumber */ .YR)(key) >>> shift;
        for (let held = slots[s]; held !== 0 && (held > 0 ? b[held - 1] : c[-held - 1]) !== key; held = slots[s])
            s = (s + 1) & mask;
        if (slots[s] !== 0)
            state[i] = DUPLICATE;
        else
            slots[s] = i + 1;
    }
}
function probeCurrent(b, c, slots, bits, state, outcome) {
    const mask = (1 << bits) - 1;
    const shift = 32 - bits;
    for (let j = 0; j < c.length; j++) {
        const key = c[j];
        let s = (0,_keyTable_js__WEBPACK_IMPORTED_MODULE_0__/* .hashNumber */ .YR)(key) >>> shift;
        for (let held = slots[s]; held !== 0 && (held > 0 ? b[held - 1] : c[-held - 1]) !== key; held = slots[s])
            s = (s + 1) & mask;
        const held = slots[s];
        if (held === 0) {
            slots[s] = -(j + 1);
            outcome[j] = ADDED;
        }
        else if (held < 0 || state[held - 1] === PAIRED)
            outcome[j] = REPEATED;
        else {
            state[held - 1] = PAIRED;
            outcome[j] = held - 1;
        }
    }
}
function matchKeys(baseline, current, tally) {
    tally.rows.baseline += baseline.nums.length + baseline.keys.length;
    tally.rows.current += current.nums.length + current.keys.length;
    matchNumbers(baseline, current, tally);
    matchTexts(baseline, current, tally);
}
function mergeSmallest(into, from) {
    for (const entry of from.entries)
        (0,_tally_js__WEBPACK_IMPORTED_MODULE_1__/* .offer */ .x)(into, entry.key, () => entry.item);
}
function mergeKeyTally(into, from) {
    into.rows.baseline += from.rows.baseline;
    into.rows.current += from.rows.current;
    into.added += from.added;
    into.removed += from.removed;
    into.unchanged += from.unchanged;
    into.duplicates.baseline += from.duplicates.baseline;
    into.duplicates.current += from.duplicates.current;
    mergeSmallest(into.duplicates.examples, from.duplicates.examples);
    mergeSmallest(into.addedExamples, from.addedExamples);
    mergeSmallest(into.removedExamples, from.removedExamples);
    const { keys, baseline, current } = from.candidates;
    for (let i = 0; i < keys.length; i++) {
        into.candidates.keys.push(keys[i]);
        into.candidates.baseline.push(baseline[i]);
        into.candidates.current.push(current[i]);
    }
}


/***/ }),

/***/ 19402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BV: () => (/* binding */ KeySink),
/* harmony export */   YR: () => (/* binding */ hashNumber),
/* harmony export */   _$: () => (/* binding */ keyFile),
/* harmony export */   a9: () => (/* binding */ writeKeyTables),
/* harmony export */   mg: () => (/* binding */ readKeyTable),
/* harmony export */   om: () => (/* binding */ block)
/* harmony export */ });
/* unused harmony exports partitionOfNumber, tableBuffers */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _partition_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11777);
// One side of a diff as key tables: per row its key, a 64-bit hash of its compared cells and
// where it is (`at`, see scan.ts), hash-partitioned by key. No row's values are kept: rows whose
// hashes differ are read again later. A key that is an integer (a key column of ids, the common
// case) is held as a number, never as a string; other keys as their encoded text (cells.ts). A
// partition lives in memory while the side fits the budget, else in a file of binary blocks
// appended in row order.



/** Growable columns of one partition's rows while a side is read. */
class Rows {
    nums = new Float64Array(1024);
    numAt = new Float64Array(1024);
    numHash = new Int32Array(2048);
    numLength = 0;
    keys = [];
    at = new Float64Array(64);
    hash = new Int32Array(128);
    pushNumber(key, lo, hi, at) {
        const n = this.numLength;
        if (n === this.nums.length) {
            this.nums = growFloats(this.nums, n * 2);
            this.numAt = growFloats(this.numAt, n * 2);
            this.numHash = growInts(this.numHash, n * 4);
        }
        this.nums[n] = key;
        this.numAt[n] = at;
        this.numHash[2 * n] = lo;
        this.numHash[2 * n + 1] = hi;
        this.numLength = n + 1;
    }
    pushText(key, lo, hi, at) {
        const n = this.keys.length;
        if (n === this.at.length) {
            this.at = growFloats(this.at, n * 2);
            this.hash = growInts(this.hash, n * 4);
        }
        this.keys.push(key);
        this.at[n] = at;
        this.hash[2 * n] = lo;
        this.hash[2 * n + 1] = hi;
    }
    get length() {
        return this.numLength + this.keys.length;
    }
    /** Empties the rows, keeping the arrays (a side on disk fills them again after each write). */
    reset() {
        this.numLength = 0;
        this.keys = [];
    }
    table() {
        const n = this.numLength;
        const m = this.keys.length;
        return { nums: this.nums.subarray(0, n), numAt: this.numAt.subarray(0, n), numHash: this.numHash.subarray(0, 2 * n), keys: this.keys, at: this.at.subarray(0, m), hash: this.hash.subarray(0, 2 * m) };
    }
}
function growFloats(array, size) {
    const grown = new Float64Array(size);
    grown.set(array);
    return grown;
}
function growInts(array, size) {
    const grown = new Int32Array(size);
    grown.set(array);
    return grown;
}
/**
 * A 32-bit hash of an integer key (safe integers: both 32-bit halves), murmur3's finaliser: every
 * bit of the key moves every bit of the hash, so the low bits (partitions) and the high bits (the
 * match's table slots) are both even. A plain multiplicative hash left the low bits to the key's
 * low bits: each partition held one residue of the keys, and the table slots clustered.
 */
function hashNumber(key) {
    let h = (key | 0) ^ Math.imul((key / 4294967296) | 0, 0x27d4eb2f);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
}
/** The partition of an integer key. */
function partitionOfNumber(key, parts) {
    if (parts === 1)
        return 0;
    return (hashNumber(key) >>> 0) % parts;
}
/** A partition's file; `piece` names the file one part of a file split for workers wrote (sideScan.ts). */
function keyFile(dir, side, part, piece) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, piece === undefined ? `${side}-${part}.keys` : `${side}-${part}.${piece}.keys`);
}
/** Bytes buffered between writes of a side that is on disk: small writes keep memory flat. */
const FLUSH_BYTES = 4 << 20;
/** Rows a partition's arrays may keep between writes. */
const KEEP_ROWS = 1 << 16;
/** What a row costs in the budget besides a text key's characters. */
const ROW_BYTES = 24;
/** Receives a side's rows (key, hash, where) and partitions them. */
class KeySink {
    options;
    buffers;
    buffered = 0;
    files;
    limit;
    constructor(options) {
        this.options = options;
        this.buffers = Array.from({ length: options.parts }, () => new Rows());
        this.limit = options.dir ? (options.spill ? Math.min(FLUSH_BYTES, options.budget) : options.budget) : Infinity;
    }
    get spilled() {
        return this.files !== undefined;
    }
    addNumber(key, lo, hi, at) {
        this.buffers[partitionOfNumber(key, this.options.parts)].pushNumber(key, lo, hi, at);
        this.buffered += ROW_BYTES;
        if (this.buffered > this.limit)
            this.flush();
    }
    addText(key, lo, hi, at) {
        this.buffers[(0,_partition_js__WEBPACK_IMPORTED_MODULE_2__/* .partitionOf */ .iQ)(key, this.options.parts)].pushText(key, lo, hi, at);
        this.buffered += ROW_BYTES + key.length;
        if (this.buffered > this.limit)
            this.flush();
    }
    /** Appends each partition's buffered rows to its file as one block. */
    flush() {
        const dir = this.options.dir;
        this.files ??= this.buffers.map((_, p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(keyFile(dir, this.options.side, p, this.options.piece), 'w'));
        this.buffers.forEach((rows, p) => {
            if (rows.length)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.files[p], block(rows.table()));
            // Arrays grown while the side was held in memory are dropped: from now on writes are small.
            if (rows.nums.length > KEEP_ROWS || rows.at.length > KEEP_ROWS)
                this.buffers[p] = new Rows();
            else
                rows.reset();
        });
        this.buffered = 0;
        // Once a side goes to disk it goes in small writes.
        this.limit = Math.min(FLUSH_BYTES, this.options.budget);
    }
    /** Ends writing: a spilled side goes to disk entirely; a side in memory stays there. */
    close() {
        if (this.options.spill && !this.files)
            this.flush();
        if (!this.files)
            return;
        this.flush();
        for (const fd of this.files)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    /** Partition `p`'s rows in the order they were added. */
    table(p) {
        if (!this.spilled)
            return this.buffers[p].table();
        return readKeyTable(keyFile(this.options.dir, this.options.side, p, this.options.piece));
    }
    /** Every partition's rows, when the side stayed in memory. */
    tables() {
        return this.spilled ? undefined : this.buffers.map((rows) => rows.table());
    }
    /** Frees a partition in memory once it is diffed. */
    release(p) {
        this.buffers[p] = new Rows();
    }
}
const HEADER = 16;
// A block: u32 integer-key rows n, u32 text-key rows m, u32 key bytes, u32 0; then n keys (f64),
// n at (f64), 2n hash (i32), m at (f64), 2m hash (i32), the text keys in UTF-8 joined by newlines
// (an encoded key holds none: cells.ts escapes them), padded to 8 bytes.
function block(table) {
    const n = table.nums.length;
    const m = table.keys.length;
    const keys = m ? Buffer.from(table.keys.join('\n'), 'utf8') : Buffer.alloc(0);
    const size = HEADER + 24 * n + 16 * m + ((keys.length + 7) & ~7);
    const out = Buffer.allocUnsafe(size);
    out.writeUInt32LE(n, 0);
    out.writeUInt32LE(m, 4);
    out.writeUInt32LE(keys.length, 8);
    let at = HEADER;
    for (const part of [table.nums, table.numAt, table.numHash, table.at, table.hash]) {
        const bytes = new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
        out.set(bytes, at);
        at += bytes.length;
    }
    keys.copy(out, at);
    out.fill(0, at + keys.length);
    return out;
}
function blockSize(data, at) {
    return HEADER + 24 * data.readUInt32LE(at) + 16 * data.readUInt32LE(at + 4) + ((data.readUInt32LE(at + 8) + 7) & ~7);
}
/** Writes a side's in-memory tables to its partition files (for match jobs that read them). */
function writeKeyTables(dir, side, tables) {
    tables.forEach((table, p) => {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(keyFile(dir, side, p), 'w');
        try {
            if (table.nums.length + table.keys.length)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, block(table));
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    });
}
/** The ArrayBuffers of tables, to transfer them to another thread rather than copy them. */
function tableBuffers(tables) {
    const buffers = new Set();
    for (const table of tables)
        for (const part of [table.nums, table.numAt, table.numHash, table.at, table.hash])
            buffers.add(part.buffer);
    return [...buffers];
}
function readKeyTable(file) {
    let data;
    try {
        data = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file);
    }
    catch (error) {
        // A side that wrote nothing (no rows at all) has no files.
        if (error.code === 'ENOENT')
            data = Buffer.alloc(0);
        else
            throw error;
    }
    let n = 0;
    let m = 0;
    for (let at = 0; at < data.length; at += blockSize(data, at)) {
        n += data.readUInt32LE(at);
        m += data.readUInt32LE(at + 4);
    }
    const table = { nums: new Float64Array(n), numAt: new Float64Array(n), numHash: new Int32Array(2 * n), keys: [], at: new Float64Array(m), hash: new Int32Array(2 * m) };
    let filledN = 0;
    let filledM = 0;
    // Copied out byte by byte: a block's arrays need not be aligned in the Buffer's pool.
    const copy = (into, offset, from, bytes) => {
        new Uint8Array(into.buffer, into.byteOffset + offset * into.BYTES_PER_ELEMENT, bytes).set(data.subarray(from, from + bytes));
        return from + bytes;
    };
    for (let at = 0; at < data.length;) {
        const count = data.readUInt32LE(at);
        const texts = data.readUInt32LE(at + 4);
        const keyBytes = data.readUInt32LE(at + 8);
        let from = at + HEADER;
        from = copy(table.nums, filledN, from, 8 * count);
        from = copy(table.numAt, filledN, from, 8 * count);
        from = copy(table.numHash, 2 * filledN, from, 8 * count);
        from = copy(table.at, filledM, from, 8 * texts);
        from = copy(table.hash, 2 * filledM, from, 8 * texts);
        if (texts)
            for (const key of data.toString('utf8', from, from + keyBytes).split('\n'))
                table.keys.push(key);
        filledN += count;
        filledM += texts;
        at = from + ((keyBytes + 7) & ~7);
    }
    return table;
}


/***/ }),

/***/ 82826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ matchPartition)
/* harmony export */ });
/* harmony import */ var _cells_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14650);
/* harmony import */ var _tally_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72353);
// Diffs one partition: the baseline's records by key in a map, the current's streamed past it.
// A record is `key KEY_END values` (see cells.ts); within a side, records keep file order, so
// the first row of a key is the one diffed and later rows of the same key count as duplicates.


/** Marks a key the current side has had; no record's values are this text (they never hold U+001D). */
const MATCHED = _cells_js__WEBPACK_IMPORTED_MODULE_0__/* .KEY_END */ .u5;
function matchPartition(baseline, current, tally, layout) {
    const byKey = new Map();
    for (const record of baseline) {
        const split = record.indexOf(_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .KEY_END */ .u5);
        const key = record.slice(0, split);
        tally.rows.baseline++;
        if (byKey.has(key)) {
            tally.duplicates.baseline++;
            (0,_tally_js__WEBPACK_IMPORTED_MODULE_1__/* .offer */ .x)(tally.duplicates.examples, key, () => null);
            continue;
        }
        byKey.set(key, record.slice(split + 1));
    }
    for (const record of current) {
        const split = record.indexOf(_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .KEY_END */ .u5);
        const key = record.slice(0, split);
        tally.rows.current++;
        const before = byKey.get(key);
        if (before === MATCHED) {
            tally.duplicates.current++;
            (0,_tally_js__WEBPACK_IMPORTED_MODULE_1__/* .offer */ .x)(tally.duplicates.examples, key, () => null);
            continue;
        }
        // Marked rather than deleted: a later row of the same key is a duplicate.
        byKey.set(key, MATCHED);
        const values = record.slice(split + 1);
        if (before === undefined) {
            tally.added++;
            (0,_tally_js__WEBPACK_IMPORTED_MODULE_1__/* .offer */ .x)(tally.addedExamples, key, () => values);
            continue;
        }
        (0,_tally_js__WEBPACK_IMPORTED_MODULE_1__/* .tallyPair */ .Fs)(tally, layout, key, before, values);
    }
    for (const [key, values] of byKey) {
        if (values === MATCHED)
            continue;
        tally.removed++;
        (0,_tally_js__WEBPACK_IMPORTED_MODULE_1__/* .offer */ .x)(tally.removedExamples, key, () => values);
    }
}


/***/ }),

/***/ 11777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _j: () => (/* binding */ PartitionSink),
/* harmony export */   iQ: () => (/* binding */ partitionOf),
/* harmony export */   u3: () => (/* binding */ SideEncoder)
/* harmony export */ });
/* unused harmony exports partitionFile, readRecords */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _profile_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45373);
/* harmony import */ var _cells_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14650);
// One side of a diff, from batches of cells to records `key KEY_END values`, hash-partitioned
// by key. Records stay in memory while the side fits the budget; beyond it every partition is
// appended to its own file in a temp folder, so memory stays bounded by the budget whatever
// the size of the file.




/** FNV-1a over the UTF-16 units of the key: cheap, and spreads keys of one shape evenly. */
function partitionOf(key, parts) {
    if (parts === 1)
        return 0;
    let hash = 0x811c9dc5;
    for (let i = 0; i < key.length; i++)
        hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
    return (hash >>> 0) % parts;
}
/** Characters buffered between writes of a side that is on disk. */
const FLUSH_CHARS = 4 << 20;
function partitionFile(dir, side, part) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, `${side}-${part}.records`);
}
class PartitionSink {
    options;
    buffers;
    buffered = 0;
    files;
    constructor(options) {
        this.options = options;
        this.buffers = Array.from({ length: options.parts }, () => []);
    }
    get spilled() {
        return this.files !== undefined;
    }
    add(key, values) {
        const record = key + _cells_js__WEBPACK_IMPORTED_MODULE_3__/* .KEY_END */ .u5 + values;
        this.buffers[partitionOf(key, this.options.parts)].push(record);
        this.buffered += record.length + 1;
        // Once a side goes to disk it goes in small writes: records then die young, cheap to collect.
        const limit = this.files || this.options.spill ? Math.min(FLUSH_CHARS, this.options.budget) : this.options.budget;
        if (this.buffered > limit && this.options.dir)
            this.flush();
    }
    /** Appends what is buffered to the partition files. */
    flush() {
        const dir = this.options.dir;
        if (!dir)
            return;
        this.files ??= this.buffers.map((_, p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(partitionFile(dir, this.options.side, p), 'w'));
        this.buffers.forEach((records, p) => {
            if (records.length)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.files[p], records.join('\n') + '\n');
            this.buffers[p] = [];
        });
        this.buffered = 0;
    }
    /** Ends writing: a spilled side goes to disk entirely; a side in memory stays there. */
    close() {
        if (this.options.spill && !this.files)
            this.flush();
        if (!this.files)
            return;
        this.flush();
        for (const fd of this.files)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    /** The records of partition `p`, in the order they were added. */
    records(p) {
        if (!this.spilled)
            return this.buffers[p];
        return readRecords(partitionFile(this.options.dir, this.options.side, p));
    }
    /** Frees a partition in memory once it is diffed. */
    release(p) {
        this.buffers[p] = [];
    }
}
function readRecords(file) {
    const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    if (text.length === 0)
        return [];
    const records = text.split('\n');
    records.pop();
    return records;
}
/** Encodes the rows of batches into records; rows with a null key are counted, not kept. */
class SideEncoder {
    layout;
    sink;
    nullKeys = 0;
    isNull;
    constructor(layout, sink) {
        this.layout = layout;
        this.sink = sink;
        this.isNull = (0,_profile_values_js__WEBPACK_IMPORTED_MODULE_2__/* .makeNullTest */ .sM)(layout.nullValues);
    }
    add(batch) {
        const index = new Map(batch.columns.map((name, c) => [name, c]));
        const column = (name) => {
            const c = index.get(name);
            return c === undefined ? undefined : batch.data[c];
        };
        const keyColumns = this.layout.key.map(column);
        const valueColumns = this.layout.columns.map(column);
        const isNull = this.isNull;
        const keyCells = new Array(keyColumns.length);
        const valueCells = new Array(valueColumns.length);
        rows: for (let r = 0; r < batch.length; r++) {
            for (let k = 0; k < keyColumns.length; k++) {
                const cell = keyColumns[k]?.[r];
                if (isNull(cell)) {
                    this.nullKeys++;
                    continue rows;
                }
                keyCells[k] = (0,_cells_js__WEBPACK_IMPORTED_MODULE_3__/* .encodeKey */ .g2)(cell);
            }
            for (let c = 0; c < valueColumns.length; c++) {
                const cell = valueColumns[c]?.[r];
                valueCells[c] = isNull(cell) ? '' : (0,_cells_js__WEBPACK_IMPORTED_MODULE_3__/* .encodeValue */ .It)(cell);
            }
            this.sink.add(keyCells.length === 1 ? keyCells[0] : keyCells.join(_cells_js__WEBPACK_IMPORTED_MODULE_3__/* .FIELD */ .b_), valueCells.join(_cells_js__WEBPACK_IMPORTED_MODULE_3__/* .FIELD */ .b_));
        }
    }
}


/***/ }),

/***/ 17438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ab: () => (/* binding */ scanBatch),
/* harmony export */   Eq: () => (/* binding */ AT_OFFSET),
/* harmony export */   Gi: () => (/* binding */ bomBytes),
/* harmony export */   UE: () => (/* binding */ CsvScan),
/* harmony export */   b0: () => (/* binding */ AT_FILE),
/* harmony export */   fg: () => (/* binding */ scanSide),
/* harmony export */   s8: () => (/* binding */ fetchRows)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _profile_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45373);
/* harmony import */ var _readers_csv_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23296);
/* harmony import */ var _readers_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72822);
/* harmony import */ var _readers_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88185);
/* harmony import */ var _readers_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3833);
/* harmony import */ var _cells_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14650);
// Reading a side of a diff: each row's key, and a 64-bit hash of its compared cells (scanSide);
// then, once the keys are matched, the cells of the few rows whose hashes differed (fetchRows).
// CSV and TSV rows are read in place from the parser's text (`RecordSink`): a value cell never
// becomes a string of its own, which is what made the diff slow (a string per cell and per row).
// Other formats go through their batches. Both reads number rows alike (0-based, every row read,
// null keys included), so a row number from the scan finds the same row in the fetch.







// Two lanes of FNV-1a-like hashing over the UTF-16 units of the cells (the second with another
// multiplier and an xorshift), 64 bits in all. Each step is a bijection of the state, so rows
// that differ in one character always hash apart; other differences collide with odds near 2⁻⁶⁴.
const SEED_LO = 0x811c9dc5 | 0;
const SEED_HI = 0x3c6ef372 | 0;
const PRIME_LO = 0x01000193;
const PRIME_HI = 0x5bd1e995;
/** Mixed in after each cell: beyond any UTF-16 unit, so cell boundaries cannot be forged by text. */
const END_OF_CELL = 0x10000;
/** The hash of a row, as two int32 lanes (`hashLo`, `hashHi` after `hashRow…`). */
let hashLo = 0;
let hashHi = 0;
function hashString(text, from, to) {
    let lo = hashLo;
    let hi = hashHi;
    for (let i = from; i < to; i++) {
        const unit = text.charCodeAt(i);
        lo = Math.imul(lo ^ unit, PRIME_LO);
        hi = Math.imul(hi ^ unit, PRIME_HI);
        hi ^= hi >>> 15;
    }
    hashLo = Math.imul(lo ^ END_OF_CELL, PRIME_LO);
    hi = Math.imul(hi ^ END_OF_CELL, PRIME_HI);
    hashHi = hi ^ (hi >>> 15);
}
// Where a row is (`at`): its file's index in the side times AT_FILE, plus either AT_OFFSET and
// the byte offset of the row in the file (CSV/TSV read so far as ASCII, not gzipped: the row is
// read back with one small read), or its 0-based number in the file (read back by reading the
// file again up to it).
const AT_FILE = 2 ** 41;
const AT_OFFSET = 2 ** 40;
function locate(at) {
    const file = Math.floor(at / AT_FILE);
    const rest = at - file * AT_FILE;
    return rest >= AT_OFFSET ? { file, offset: rest - AT_OFFSET } : { file, row: rest };
}
/** 3 when the file starts with a UTF-8 BOM (readText drops it, so text offsets are 3 bytes short). */
function bomBytes(file) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
    try {
        const head = Buffer.alloc(3);
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, head, 0, 3, 0);
        return read === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Field index of each name in the header, or -1. */
function positions(header, names) {
    const index = new Map();
    header.forEach((name, c) => { if (!index.has(name))
        index.set(name, c); });
    return Int32Array.from(names, (name) => index.get(name) ?? -1);
}
/** An encoded key that is an integer "n<digits>" as `numberKeyText` writes it, as a number; else NaN. */
function numericKey(encoded) {
    if (encoded.charCodeAt(0) !== 110)
        return NaN;
    const body = encoded.slice(1);
    const value = Number(body);
    return Number.isSafeInteger(value) && String(value) === body ? value : NaN;
}
/** The integer a key field's text is in its shortest form (`7`, `-12`, at most 15 digits); else NaN. */
function integerText(text, from, to) {
    let i = from;
    const negative = text.charCodeAt(i) === 45;
    if (negative)
        i++;
    if (i >= to || to - i > 15)
        return NaN;
    if (text.charCodeAt(i) === 48)
        return to - i === 1 && !negative ? 0 : NaN;
    let value = 0;
    for (; i < to; i++) {
        const digit = text.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9)
            return NaN;
        value = value * 10 + digit;
    }
    return negative ? -value : value;
}
function addKey(sink, encoded, at) {
    const value = numericKey(encoded);
    if (value === value)
        sink.addNumber(value, hashLo, hashHi, at);
    else
        sink.addText(encoded, hashLo, hashHi, at);
}
/** A side's rows in place from a CSV parser's text, into key tables (`scanSide`, or a sink of another read, sideScan.ts). */
class CsvScan {
    layout;
    sink;
    target;
    header;
    keyAt = new Int32Array(0);
    valueAt = new Int32Array(0);
    tokens;
    keyCells;
    /**
     * The current file (or part of a file): its `at` base, rows so far, whether offsets hold,
     * characters pushed, and the byte in the file where its text starts (a BOM's 3, or a part's start).
     */
    base = 0;
    fileRows = 0;
    ascii = false;
    pushed = 0;
    bom = 0;
    /** Starts the text of file `index` of the side, read from byte `offset` (its BOM, or where a part starts). */
    beginFile(index, ascii, offset) {
        Object.assign(this, { base: index * AT_FILE, fileRows: 0, pushed: 0, ascii, bom: offset });
    }
    chunk(text) {
        this.pushed += text.length;
        if (this.ascii && Buffer.byteLength(text, 'utf8') !== text.length)
            this.ascii = false;
    }
    constructor(layout, sink, target) {
        this.layout = layout;
        this.sink = sink;
        this.target = target;
        this.tokens = new Set(layout.nullValues ?? []);
        this.keyCells = new Array(layout.key.length);
    }
    record(text, fields, count, header, _line, start = 0) {
        if (header !== this.header) {
            this.header = header;
            this.keyAt = positions(header, this.layout.key);
            this.valueAt = positions(header, this.layout.columns);
        }
        this.target.rows++;
        const at = this.ascii ? this.base + AT_OFFSET + this.bom + this.pushed - text.length + start : this.base + this.fileRows;
        this.fileRows++;
        const { starts, ends, built } = fields;
        const tokens = this.tokens;
        const keyCells = this.keyCells;
        let integer = NaN;
        for (let k = 0; k < keyCells.length; k++) {
            const c = this.keyAt[k];
            if (keyCells.length === 1 && c >= 0 && c < count && ends[c] !== _readers_csv_js__WEBPACK_IMPORTED_MODULE_2__/* .BUILT */ .BT && tokens.size === 0) {
                integer = integerText(text, starts[c], ends[c]);
                if (integer === integer)
                    break;
            }
            const cell = c < 0 || c >= count ? '' : ends[c] === _readers_csv_js__WEBPACK_IMPORTED_MODULE_2__/* .BUILT */ .BT ? built[c] : text.slice(starts[c], ends[c]);
            if (cell === '' || (tokens.size > 0 && tokens.has(cell))) {
                this.target.nullKeys++;
                return;
            }
            keyCells[k] = (0,_cells_js__WEBPACK_IMPORTED_MODULE_6__/* .encodeKey */ .g2)(cell);
        }
        // hashString, inlined with the state in locals: this loop runs over every character of the side.
        let lo = SEED_LO;
        let hi = SEED_HI;
        const valueAt = this.valueAt;
        const noTokens = tokens.size === 0;
        for (let v = 0; v < valueAt.length; v++) {
            const c = valueAt[v];
            let source = text;
            let from = 0;
            let to = 0;
            if (c >= 0 && c < count) {
                if (ends[c] === _readers_csv_js__WEBPACK_IMPORTED_MODULE_2__/* .BUILT */ .BT) {
                    source = built[c];
                    to = source.length;
                }
                else {
                    from = starts[c];
                    to = ends[c];
                }
                if (!noTokens && tokens.has(source.slice(from, to)))
                    to = from;
            }
            for (let i = from; i < to; i++) {
                const unit = source.charCodeAt(i);
                lo = Math.imul(lo ^ unit, PRIME_LO);
                hi = Math.imul(hi ^ unit, PRIME_HI);
                hi ^= hi >>> 15;
            }
            lo = Math.imul(lo ^ END_OF_CELL, PRIME_LO);
            hi = Math.imul(hi ^ END_OF_CELL, PRIME_HI);
            hi ^= hi >>> 15;
        }
        hashLo = lo;
        hashHi = hi;
        if (integer === integer)
            this.sink.addNumber(integer, lo, hi, at);
        else
            addKey(this.sink, keyCells.length === 1 ? keyCells[0] : keyCells.join(_cells_js__WEBPACK_IMPORTED_MODULE_6__/* .FIELD */ .b_), at);
    }
}
/** Scans a batch of a file whose rows' places start at `base` (the file's index times AT_FILE). */
function scanBatch(batch, layout, isNull, sink, target, base) {
    const index = positions(batch.columns, [...layout.key, ...layout.columns]);
    const keyColumns = layout.key.map((_, k) => (index[k] < 0 ? undefined : batch.data[index[k]]));
    const valueColumns = layout.columns.map((_, v) => (index[layout.key.length + v] < 0 ? undefined : batch.data[index[layout.key.length + v]]));
    const keyCells = new Array(keyColumns.length);
    rows: for (let r = 0; r < batch.length; r++) {
        const at = base + batch.firstRow - 1 + r;
        target.rows++;
        for (let k = 0; k < keyColumns.length; k++) {
            const cell = keyColumns[k]?.[r];
            if (isNull(cell)) {
                target.nullKeys++;
                continue rows;
            }
            keyCells[k] = (0,_cells_js__WEBPACK_IMPORTED_MODULE_6__/* .encodeKey */ .g2)(cell);
        }
        hashLo = SEED_LO;
        hashHi = SEED_HI;
        for (let v = 0; v < valueColumns.length; v++) {
            const cell = valueColumns[v]?.[r];
            const text = isNull(cell) ? '' : (0,_cells_js__WEBPACK_IMPORTED_MODULE_6__/* .rawValue */ .MM)(cell);
            hashString(text, 0, text.length);
        }
        addKey(sink, keyCells.length === 1 ? keyCells[0] : keyCells.join(_cells_js__WEBPACK_IMPORTED_MODULE_6__/* .FIELD */ .b_), at);
    }
}
function isDelimited(file, options) {
    const format = (0,_readers_index_js__WEBPACK_IMPORTED_MODULE_3__.detectFormat)(file, options.format);
    return format === 'csv' || format === 'tsv';
}
async function delimiterOf(file, options) {
    return (0,_readers_index_js__WEBPACK_IMPORTED_MODULE_3__.csvDelimiter)(file, (0,_readers_index_js__WEBPACK_IMPORTED_MODULE_3__.detectFormat)(file, options.format), options);
}
/** Reads a side's files into `sink`: every row's key, hash and place. */
async function scanSide(files, options, layout, sink, onIssue) {
    const target = { nullKeys: 0, rows: 0 };
    const isNull = (0,_profile_values_js__WEBPACK_IMPORTED_MODULE_1__/* .makeNullTest */ .sM)(layout.nullValues);
    const scan = new CsvScan(layout, sink, target);
    for (let f = 0; f < files.length; f++) {
        const file = files[f];
        if (isDelimited(file, options)) {
            const parser = new _readers_csv_js__WEBPACK_IMPORTED_MODULE_2__/* .CsvParser */ .C2({ file, delimiter: await delimiterOf(file, options), firstRow: 1, onIssue });
            scan.beginFile(f, !(0,_readers_format_js__WEBPACK_IMPORTED_MODULE_4__/* .isGzip */ .bf)(file), bomBytes(file));
            for await (const chunk of (0,_readers_text_js__WEBPACK_IMPORTED_MODULE_5__/* .readText */ .yR)(file)) {
                scan.chunk(chunk);
                parser.push(chunk);
                parser.drain(scan);
            }
            parser.end();
            parser.drain(scan);
        }
        else {
            for await (const batch of (0,_readers_index_js__WEBPACK_IMPORTED_MODULE_3__.readBatches)([file], options, onIssue))
                scanBatch(batch, layout, isNull, sink, target, f * AT_FILE);
        }
    }
    return target;
}
/** The values of a row as the diff compares them: encoded cells joined by FIELD (see cells.ts). */
function valuesOf(cells, isNull) {
    return cells.map((cell) => (isNull(cell) ? '' : (0,_cells_js__WEBPACK_IMPORTED_MODULE_6__/* .encodeValue */ .It)(cell))).join(_cells_js__WEBPACK_IMPORTED_MODULE_6__/* .FIELD */ .b_);
}
/** The values of row r of a batch. */
function batchValues(batch, layout, r, isNull) {
    return valuesOf(Array.from(positions(batch.columns, layout.columns), (c) => (c < 0 ? null : batch.data[c][r])), isNull);
}
const ignore = () => undefined;
/** The values of a record a parser handed over (its fields in `text`), the columns at `valueAt`. */
function recordValues(text, fields, count, valueAt, isNull) {
    return valuesOf(Array.from(valueAt, (c) => (c < 0 || c >= count ? null : fields.ends[c] === _readers_csv_js__WEBPACK_IMPORTED_MODULE_2__/* .BUILT */ .BT ? fields.built[c] : text.slice(fields.starts[c], fields.ends[c]))), isNull);
}
/** Reads a CSV/TSV file again, taking the values of the given rows (0-based, ascending). */
class CsvRows {
    rows;
    layout;
    isNull;
    values = [];
    row = 0;
    next = 0;
    constructor(rows, layout, isNull) {
        this.rows = rows;
        this.layout = layout;
        this.isNull = isNull;
    }
    get done() {
        return this.next >= this.rows.length;
    }
    record(text, fields, count, header) {
        const row = this.row++;
        if (this.done || this.rows[this.next] !== row)
            return;
        this.values.push(recordValues(text, fields, count, positions(header, this.layout.columns), this.isNull));
        this.next++;
    }
}
async function csvRows(file, delimiter, rows, layout, isNull) {
    const sink = new CsvRows(rows, layout, isNull);
    const parser = new _readers_csv_js__WEBPACK_IMPORTED_MODULE_2__/* .CsvParser */ .C2({ file, delimiter, firstRow: 1, onIssue: ignore });
    const texts = (0,_readers_text_js__WEBPACK_IMPORTED_MODULE_5__/* .readText */ .yR)(file);
    for await (const chunk of texts) {
        parser.push(chunk);
        parser.drain(sink);
        if (sink.done) {
            await texts.return(undefined);
            return sink.values;
        }
    }
    parser.end();
    parser.drain(sink);
    return sink.values;
}
async function batchRows(file, options, rows, layout, isNull) {
    const values = [];
    let next = 0;
    const batches = (0,_readers_index_js__WEBPACK_IMPORTED_MODULE_3__.readBatches)([file], options, ignore);
    for await (const batch of batches) {
        const first = batch.firstRow - 1;
        while (next < rows.length && rows[next] < first + batch.length)
            values.push(batchValues(batch, layout, rows[next++] - first, isNull));
        if (next >= rows.length) {
            await batches.return(undefined);
            break;
        }
    }
    return values;
}
/** The header of a CSV/TSV file, as its reader names the columns. */
async function csvHeader(file, delimiter) {
    const parser = new _readers_csv_js__WEBPACK_IMPORTED_MODULE_2__/* .CsvParser */ .C2({ file, delimiter, firstRow: 1, onIssue: ignore, batchRows: 1 });
    const texts = (0,_readers_text_js__WEBPACK_IMPORTED_MODULE_5__/* .readText */ .yR)(file);
    for await (const chunk of texts) {
        parser.push(chunk);
        parser.next();
        if (parser.columns) {
            await texts.return(undefined);
            return parser.columns;
        }
    }
    parser.end();
    parser.next();
    return parser.columns ?? [];
}
/**
 * Bytes read at once for the rows wanted near each other: one read serves every wanted row it
 * holds. A read a row cost 77–84 ms of system calls for the 11,000 rows a side of the bench diff.
 */
const FETCH_BLOCK = 64 << 10;
/** The rows of a CSV/TSV file that start at the given byte offsets (ascending), read a block at a time. */
async function csvOffsets(file, delimiter, offsets, layout, isNull) {
    const header = await csvHeader(file, delimiter);
    const valueAt = positions(header, layout.columns);
    const newParser = () => new _readers_csv_js__WEBPACK_IMPORTED_MODULE_2__/* .CsvParser */ .C2({ file, delimiter, firstRow: 1, onIssue: ignore, header });
    // One parser for the rows while each piece of text is one whole record or more (as the text to
    // a row's newline is): it stands at a record's start after each. A fresh one after any other.
    let parser = newParser();
    /** The first record of `text` (`final`: the file ends with it), as values; undefined while incomplete. */
    const recordOf = (text, final) => {
        const sink = new FirstRecord(valueAt, isNull);
        parser.push(text);
        if (final)
            parser.end();
        parser.drain(sink);
        if (final || parser.pending)
            parser = newParser();
        return sink.value;
    };
    const values = [];
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
    try {
        const block = Buffer.allocUnsafe(FETCH_BLOCK);
        let blockStart = 0;
        let blockBytes = 0;
        for (const offset of offsets) {
            if (offset < blockStart || offset >= blockStart + blockBytes) {
                blockStart = offset;
                blockBytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, block, 0, FETCH_BLOCK, offset);
            }
            // Within the block: to its first newline (the whole record, unless a quoted field holds one),
            // then from a short piece of text up; a record that runs past the block is read on its own.
            const from = offset - blockStart;
            const newline = block.indexOf(NEWLINE, from);
            let record = newline >= 0 && newline < blockBytes ? recordOf(block.toString('utf8', from, newline + 1), false) : undefined;
            for (let size = 512; record === undefined; size *= 2) {
                const to = Math.min(blockBytes, from + size);
                const final = to === blockBytes && blockBytes < FETCH_BLOCK;
                record = recordOf(block.toString('utf8', from, to), final);
                if (record === undefined && (final || to === blockBytes))
                    break;
            }
            values.push(record ?? longRecordAt(fd, offset, recordOf, file));
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    return values;
}
const NEWLINE = 10;
/** The first record a parser hands it, as values: the cells of the columns at `valueAt`. */
class FirstRecord {
    valueAt;
    isNull;
    value;
    constructor(valueAt, isNull) {
        this.valueAt = valueAt;
        this.isNull = isNull;
    }
    record(text, fields, count) {
        if (this.value === undefined)
            this.value = recordValues(text, fields, count, this.valueAt, this.isNull);
    }
}
/** The record at `offset` read on its own, in windows doubling until it is whole. */
function longRecordAt(fd, offset, recordOf, file) {
    for (let window = Buffer.alloc(FETCH_BLOCK * 2);; window = Buffer.alloc(window.length * 2)) {
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, window, 0, window.length, offset);
        const final = read < window.length;
        const record = recordOf(window.toString('utf8', 0, read), final);
        if (record !== undefined)
            return record;
        if (final)
            throw new Error(`diff: no row at byte ${offset} of ${file}`);
    }
}
function append(into, from) {
    for (const value of from)
        into.push(value);
}
/** The values (encoded, joined by FIELD) of the rows at the given places (`at`, ascending) of a side. */
async function fetchRows(files, options, layout, at) {
    const isNull = (0,_profile_values_js__WEBPACK_IMPORTED_MODULE_1__/* .makeNullTest */ .sM)(layout.nullValues);
    const values = [];
    for (let i = 0; i < at.length;) {
        const { file: f } = locate(at[i]);
        const offsets = [];
        const rows = [];
        for (; i < at.length && locate(at[i]).file === f; i++) {
            const place = locate(at[i]);
            if (place.offset !== undefined)
                offsets.push(place.offset);
            else
                rows.push(place.row);
        }
        const file = files[f];
        // Rows by number come first in `at` (offsets are past AT_OFFSET), as they are pushed here.
        if (isDelimited(file, options)) {
            const delimiter = await delimiterOf(file, options);
            if (rows.length)
                append(values, await csvRows(file, delimiter, rows, layout, isNull));
            if (offsets.length)
                append(values, await csvOffsets(file, delimiter, offsets, layout, isNull));
        }
        else {
            append(values, await batchRows(file, options, rows, layout, isNull));
        }
    }
    return values;
}


/***/ }),

/***/ 72353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fs: () => (/* binding */ tallyPair),
/* harmony export */   l4: () => (/* binding */ newTally),
/* harmony export */   o9: () => (/* binding */ smallest),
/* harmony export */   vc: () => (/* binding */ mergeTally),
/* harmony export */   x: () => (/* binding */ offer)
/* harmony export */ });
/* unused harmony export cellsEqual */
/* harmony import */ var _cells_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14650);
// The diff's counts as rows are matched: pure, serialisable (worker threads hand it back) and
// mergeable (partitions are diffed apart and their tallies added up). Cells stay encoded here;
// `finishDiff` turns them into report values.

function smallest(k) {
    return { k, entries: [] };
}
/** Keeps `item()` when `key` is among the k smallest so far; builds the item only then. */
function offer(list, key, item) {
    const entries = list.entries;
    if (list.k <= 0)
        return;
    if (entries.length >= list.k && (0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .compareKeys */ .YD)(key, entries[entries.length - 1].key) >= 0)
        return;
    let at = entries.length;
    while (at > 0 && (0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .compareKeys */ .YD)(key, entries[at - 1].key) < 0)
        at--;
    entries.splice(at, 0, { key, item: item() });
    if (entries.length > list.k)
        entries.pop();
}
function mergeSmallest(into, from) {
    for (const entry of from.entries)
        offer(into, entry.key, () => entry.item);
}
/** Distinct before → after pairs counted per column; beyond this many, only known pairs count on. */
const MAX_TRANSITIONS = 1000;
function newTally(layout) {
    const k = layout.examples;
    return {
        rows: { baseline: 0, current: 0 },
        added: 0, removed: 0, changed: 0, unchanged: 0,
        duplicates: { baseline: 0, current: 0, examples: smallest(k) },
        nullKeys: { baseline: 0, current: 0 },
        columns: layout.columns.map(() => ({ changed: 0, deltaSum: 0, deltaCount: 0, transitions: new Map(), examples: smallest(k) })),
        addedExamples: smallest(k), removedExamples: smallest(k), changedExamples: smallest(k),
    };
}
/** Numbers within the tolerance, or times equal to the unit (and within the tolerance, in ms). */
function cellsEqual(before, after, rule) {
    if (before === after)
        return true;
    let a = (0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .numberOf */ .rl)(before);
    let b = (0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .numberOf */ .rl)(after);
    // Numbers keep their text (cells.ts): `1.50` and `1.5` differ as text, not as numbers.
    if (a !== undefined && b !== undefined && a === b)
        return true;
    if (!rule)
        return false;
    if (a === undefined || b === undefined) {
        a = (0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .timeOf */ .nR)(before);
        b = (0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .timeOf */ .nR)(after);
        if (a === undefined || b === undefined)
            return false;
        if (rule.unitMs) {
            a = Math.floor(a / rule.unitMs);
            b = Math.floor(b / rule.unitMs);
            if (a === b)
                return true;
            if (rule.absolute === undefined)
                return false;
            a *= rule.unitMs;
            b *= rule.unitMs;
        }
    }
    const delta = Math.abs(a - b);
    const scale = Math.max(Math.abs(a), Math.abs(b));
    // A few units in the last place of slack: 1.1 − 1.0 is 0.10000000000000009 in doubles.
    const slack = 4 * Number.EPSILON * scale;
    if (rule.absolute !== undefined && delta <= rule.absolute + slack)
        return true;
    if (rule.relative !== undefined && delta <= rule.relative * scale + slack)
        return true;
    return false;
}
/** Tallies one key present on both sides (first rows of the key on each side). */
function tallyPair(tally, layout, key, before, after) {
    if (before === after) {
        tally.unchanged++;
        return;
    }
    const left = before.split(_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD */ .b_);
    const right = after.split(_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD */ .b_);
    let differing;
    for (let c = 0; c < layout.columns.length; c++) {
        let a = left[c] ?? '';
        let b = right[c] ?? '';
        if (a === b)
            continue;
        // Raw texts that differ are read now, so `1.50` meets `1.5` as a number.
        left[c] = a = (0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .settleCell */ .Q2)(a);
        right[c] = b = (0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .settleCell */ .Q2)(b);
        if (cellsEqual(a, b, layout.rules[c]))
            continue;
        (differing ??= []).push(c);
    }
    if (!differing) {
        tally.unchanged++;
        return;
    }
    tally.changed++;
    for (const c of differing) {
        const column = tally.columns[c];
        const a = left[c] ?? '';
        const b = right[c] ?? '';
        column.changed++;
        const x = (0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .numberOf */ .rl)(a);
        const y = (0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .numberOf */ .rl)(b);
        if (x !== undefined && y !== undefined) {
            column.deltaSum += y - x;
            column.deltaCount++;
        }
        else {
            const transition = a + _cells_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD */ .b_ + b;
            const count = column.transitions.get(transition);
            if (count !== undefined)
                column.transitions.set(transition, count + 1);
            else if (column.transitions.size < MAX_TRANSITIONS)
                column.transitions.set(transition, 1);
        }
        offer(column.examples, key, () => [a, b]);
    }
    offer(tally.changedExamples, key, () => differing.map((c) => [c, left[c] ?? '', right[c] ?? '']));
}
/** Adds `from` into `into` (same layout). */
function mergeTally(into, from) {
    into.rows.baseline += from.rows.baseline;
    into.rows.current += from.rows.current;
    into.added += from.added;
    into.removed += from.removed;
    into.changed += from.changed;
    into.unchanged += from.unchanged;
    into.duplicates.baseline += from.duplicates.baseline;
    into.duplicates.current += from.duplicates.current;
    mergeSmallest(into.duplicates.examples, from.duplicates.examples);
    into.nullKeys.baseline += from.nullKeys.baseline;
    into.nullKeys.current += from.nullKeys.current;
    into.columns.forEach((column, c) => {
        const other = from.columns[c];
        column.changed += other.changed;
        column.deltaSum += other.deltaSum;
        column.deltaCount += other.deltaCount;
        for (const [transition, count] of other.transitions) {
            const known = column.transitions.get(transition);
            if (known !== undefined)
                column.transitions.set(transition, known + count);
            else if (column.transitions.size < MAX_TRANSITIONS)
                column.transitions.set(transition, count);
        }
        mergeSmallest(column.examples, other.examples);
    });
    mergeSmallest(into.addedExamples, from.addedExamples);
    mergeSmallest(into.removedExamples, from.removedExamples);
    mergeSmallest(into.changedExamples, from.changedExamples);
}


/***/ })

};
