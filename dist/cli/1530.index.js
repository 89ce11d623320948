export const id = 1530;
export const ids = [1530,78];
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

/***/ 11530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareProfiles: () => (/* binding */ compareProfiles),
/* harmony export */   compareSnapshots: () => (/* binding */ compareSnapshots)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _compare_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51598);
/* harmony import */ var _gates_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4484);
/* harmony import */ var _gates_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10858);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90078);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2615);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(311);
// `datagate compare`: two snapshots (data or profiles), schema diff and drift, as a report.







async function compareSnapshots(baselinePath, currentPath, options = {}) {
    const issues = new _gates_read_js__WEBPACK_IMPORTED_MODULE_4__/* .IssueTally */ .s();
    const readOptions = { format: options.format, delimiter: options.delimiter, decimal: options.decimal };
    const baseline = await (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_3__.loadSnapshotProfile)(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(baselinePath), readOptions, issues.add);
    const current = await (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_3__.loadSnapshotProfile)(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(currentPath), readOptions, issues.add);
    const name = node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(currentPath);
    const { schema, drift, gates: compareGates } = compareProfiles(name, baseline, current, options);
    const gates = [...issues.gates(name), ...compareGates];
    const status = (0,_status_js__WEBPACK_IMPORTED_MODULE_5__.worstStatus)(gates);
    return {
        version: 1,
        status,
        datasets: [{ name, status, rows: { baseline: baseline.rows, current: current.rows }, schema, drift, baseline: { source: baselinePath } }],
        models: [],
        gates,
        meta: { tool: 'datagate', version: _version_js__WEBPACK_IMPORTED_MODULE_6__/* .VERSION */ .x },
    };
}
/** The comparison `compare` makes of two loaded profiles (also what bench/drift-real measures). */
function compareProfiles(name, baseline, current, options = {}) {
    const schema = (0,_compare_index_js__WEBPACK_IMPORTED_MODULE_1__/* .diffSchema */ .VG)(baseline, current);
    const drift = (0,_compare_index_js__WEBPACK_IMPORTED_MODULE_1__/* .compareDrift */ .pT)(baseline, current, { method: options.method ?? _compare_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_METHOD */ .AA, share: 0.5, fdr: false, columns: {} });
    return { schema, drift, gates: [...(0,_gates_index_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateGate */ .DR)('schema', undefined, { dataset: name, diff: schema }), ...(0,_gates_index_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateGate */ .DR)('drift', undefined, { dataset: name, drift })] };
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
