export const id = 118;
export const ids = [118,6932,5890];
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

/***/ 16932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   baselineGates: () => (/* binding */ baselineGates)
/* harmony export */ });
/* harmony import */ var _compare_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51598);
/* harmony import */ var _gates_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4484);
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
    report.schema = (0,_compare_index_js__WEBPACK_IMPORTED_MODULE_0__/* .diffSchema */ .VG)(baseline, current, dataset.schema);
    report.drift = (0,_compare_index_js__WEBPACK_IMPORTED_MODULE_0__/* .compareDrift */ .pT)(baseline, current, dataset.drift);
    return [
        ...(0,_gates_index_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateGate */ .DR)('schema', dataset.schema_changes, { dataset: dataset.name, diff: report.schema }),
        ...(0,_gates_index_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateGate */ .DR)('drift', dataset.drift?.severity, { dataset: dataset.name, drift: report.drift }),
    ];
}


/***/ }),

/***/ 75890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  diffOptionsOf: () => (/* binding */ diffOptionsOf),
  finishRowDiff: () => (/* binding */ finishRowDiff),
  keyOf: () => (/* reexport */ datasetKey/* keyOf */.T),
  prepareRowDiff: () => (/* binding */ prepareRowDiff)
});

// EXTERNAL MODULE: ./src/diff/index.ts + 2 modules
var diff = __webpack_require__(51478);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/diff/finish.ts
var finish = __webpack_require__(22004);
// EXTERNAL MODULE: ./src/diff/keyTable.ts
var keyTable = __webpack_require__(19402);
// EXTERNAL MODULE: ./src/diff/keyMatch.ts
var keyMatch = __webpack_require__(97947);
// EXTERNAL MODULE: ./src/readers/index.ts + 5 modules
var readers = __webpack_require__(72822);
// EXTERNAL MODULE: ./src/diff/match.ts
var match = __webpack_require__(82826);
// EXTERNAL MODULE: ./src/diff/partition.ts
var partition = __webpack_require__(11777);
// EXTERNAL MODULE: ./src/diff/scan.ts
var scan = __webpack_require__(17438);
// EXTERNAL MODULE: ./src/diff/tally.ts
var tally = __webpack_require__(72353);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./src/readers/format.ts
var format = __webpack_require__(88185);
// EXTERNAL MODULE: ./src/profile/values.ts + 1 modules
var values = __webpack_require__(45373);
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
        this.isNull = (0,values/* makeNullTest */.sM)(spec.layout.nullValues);
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
                return (0,finish/* finishDiff */.d)(await (0,diff/* settle */.G9)(plan, keys, nullKeys, async () => workers?.close()), layout, notCompared, spilled ? parts : undefined);
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

// EXTERNAL MODULE: ./src/gates/index.ts + 3 modules
var gates = __webpack_require__(4484);
// EXTERNAL MODULE: ./src/profile/index.ts
var profile = __webpack_require__(40733);
// EXTERNAL MODULE: ./src/run/datasetKey.ts
var datasetKey = __webpack_require__(26186);
;// CONCATENATED MODULE: ./src/run/diffDataset.ts
// A dataset's row diff inside `check`: with a key and a data baseline, the rows of both sides by
// key, scanned by the reads that profile them; with a profile baseline (or none) the diff is
// skipped and a gate says why.





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
    return { diff, gates: (0,gates/* evaluateGate */.DR)('diff', dataset.diff, { dataset: dataset.name, diff }) };
}


/***/ }),

/***/ 30118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkTableDataset: () => (/* binding */ checkTableDataset)
});

// EXTERNAL MODULE: ./src/run/baselineGates.ts
var baselineGates = __webpack_require__(16932);
// EXTERNAL MODULE: ./src/config/connections.ts
var config_connections = __webpack_require__(25467);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
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
// EXTERNAL MODULE: ./src/warehouse/dialect.ts
var warehouse_dialect = __webpack_require__(68181);
;// CONCATENATED MODULE: ./src/warehouse/catalog.ts
// A table's columns from the engine's catalog, read once per table in one statement: each
// column's name, the engine's type and its declared nullability (NOT NULL). The profile, the
// contract and the schema diff all read them here. A `query:` source has no catalog entry: its
// columns come from the result's metadata where the client has it. Types are mapped two ways:
// to the profile's types (a type datagate does not have — JSON, arrays, geometry, intervals,
// binary… — is listed, counted and not profiled, with the reason) and to the contract's kinds.


const INTEGER = /^(tinyint|smallint|mediumint|integer|int|bigint|int1|int2|int4|int8|int16|int32|int64|int128|hugeint|uhugeint|utinyint|usmallint|uinteger|ubigint|byteint|serial|smallserial|bigserial|long|short|byte)$/;
const NUMBER = /^(real|float|float4|float8|float32|float64|double|double precision|numeric|decimal|dec|number|bignumeric|bigdecimal|decfloat|money)$/;
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
    if (NUMBER.test(base))
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
    const parts = (0,warehouse_dialect/* tableParts */.vg)(table);
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
        const missing = `${(0,warehouse_dialect/* sourceLabel */.en)(source)}: no such table (or no permission to see its columns)`;
        try {
            await client.query(`SELECT * FROM ${(0,warehouse_dialect/* relationSql */.jK)(dialect, source)} WHERE 1 = 0`);
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
    const relation = (0,warehouse_dialect/* relationSql */.jK)(dialect, source);
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

// EXTERNAL MODULE: ./src/contract/extraColumns.ts
var extraColumns = __webpack_require__(85257);
// EXTERNAL MODULE: ./src/report/severity.ts
var report_severity = __webpack_require__(59179);
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

// EXTERNAL MODULE: ./src/contract/columnResults.ts
var columnResults = __webpack_require__(60550);
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

// EXTERNAL MODULE: ./src/warehouse/meter.ts
var warehouse_meter = __webpack_require__(8146);
// EXTERNAL MODULE: ./src/contract/guess.ts
var guess = __webpack_require__(75395);
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
    const run = (0,warehouse_meter/* metered */.F3)(client);
    const before = (0,warehouse_meter/* snapshot */.P9)(run);
    const catalog = await catalogColumns(run, dialect, source);
    const check = new TableContract(run, dialect, source, dataset, catalog);
    const gates = await check.gates(context);
    run.scanned(check.rowsScanned);
    return { gates, cost: (0,warehouse_meter/* costSince */.iD)(run, before) };
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
        this.relation = (0,warehouse_dialect/* relationSql */.jK)(dialect, source);
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
        const guesser = new guess/* ColumnGuesser */.R();
        for (const [name, rule] of Object.entries(dataset.schema?.columns ?? {})) {
            const severity = (0,rules/* ruleSeverity */.uK)(dataset, rule);
            if (!this.columns.has(name)) {
                results.push(absentResult(dataset.name, name, required.has(name), severity, where, guesser.guess(name, this.columns.keys())));
                continue;
            }
            if (required.has(name))
                results.push(presentResult(dataset.name, name, severity));
            const plan = columnPlans.find((each) => each.name === name).plan;
            results.push(...(0,columnResults/* columnResults */.P)(dataset.name, name, rule, severity, await plan(row), current.rows));
        }
        for (const name of required) {
            if (dataset.schema?.columns[name])
                continue;
            const severity = (0,rules/* ruleSeverity */.uK)(dataset, undefined);
            results.push(this.columns.has(name) ? presentResult(dataset.name, name, severity) : absentResult(dataset.name, name, true, severity, where, guesser.guess(name, this.columns.keys())));
        }
        const extra = (0,extraColumns/* extraColumnsResult */.Z)(dataset, [...this.columns.keys()]);
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
        return `${(0,warehouse_dialect/* sourceLabel */.en)(this.source)} (columns: ${names.slice(0, 20).join(', ')}${names.length > 20 ? ', …' : ''})`;
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
            throw new errors/* UserError */.yo(`${(0,warehouse_dialect/* sourceLabel */.en)(this.source)}: column ${JSON.stringify(name)}: pattern /${pattern}/ cannot run in ${this.dialect.engine} with the meaning it has for files: ${error.message}`);
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
        const file = (0,warehouse_dialect/* sourceLabel */.en)(this.source);
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
// EXTERNAL MODULE: ./src/gates/index.ts + 3 modules
var gates = __webpack_require__(4484);
// EXTERNAL MODULE: ./src/run/diffDataset.ts + 3 modules
var diffDataset = __webpack_require__(75890);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/diff/index.ts + 2 modules
var diff = __webpack_require__(51478);
// EXTERNAL MODULE: ./src/diff/match.ts
var match = __webpack_require__(82826);
// EXTERNAL MODULE: ./src/diff/partition.ts
var partition = __webpack_require__(11777);
// EXTERNAL MODULE: ./src/diff/tally.ts
var diff_tally = __webpack_require__(72353);
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
        file: typeof source === 'string' ? source : (0,warehouse_dialect/* sourceLabel */.en)(source),
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
    return (0,warehouse_dialect/* relationSql */.jK)(side.dialect, side.source);
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
    return { columns: names, data, length: ordered.length, firstRow: 1, file: (0,warehouse_dialect/* sourceLabel */.en)(side.source) };
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

// EXTERNAL MODULE: ./src/readers/index.ts + 5 modules
var readers = __webpack_require__(72822);
// EXTERNAL MODULE: ./src/profile/values.ts + 1 modules
var values = __webpack_require__(45373);
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
            const kind = (0,values/* classifyText */.oF)(cell);
            if (kind === values/* KIND_INTEGER */.Ec) {
                if (Number.isSafeInteger(values/* parsedValue */.X$.value))
                    return String(values/* parsedValue */.X$.value === 0 ? 0 : values/* parsedValue */.X$.value);
                try {
                    return BigInt(cell.trim()).toString();
                }
                catch {
                    return undefined;
                }
            }
            if (kind === values/* KIND_NUMBER */.V && Number.isSafeInteger(values/* parsedValue */.X$.value))
                return String(values/* parsedValue */.X$.value === 0 ? 0 : values/* parsedValue */.X$.value);
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
            const kind = (0,values/* classifyText */.oF)(cell);
            return kind === values/* KIND_INTEGER */.Ec || kind === values/* KIND_NUMBER */.V ? values/* parsedValue */.X$.value : undefined;
        }
        default: return undefined;
    }
}
function timeOfCell(cell) {
    if (cell instanceof Date)
        return cell.getTime();
    if (typeof cell !== 'string')
        return undefined;
    const kind = (0,values/* classifyText */.oF)(cell);
    return kind === values/* KIND_DATE */.UR || kind === values/* KIND_TIMESTAMP */.mq ? values/* parsedValue */.X$.value : undefined;
}
function booleanOfCell(cell) {
    if (typeof cell === 'boolean')
        return cell;
    if (typeof cell !== 'string')
        return undefined;
    return (0,values/* classifyText */.oF)(cell) === values/* KIND_BOOLEAN */.gN ? values/* parsedValue */.X$.value === 1 : undefined;
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
    const isNull = (0,values/* makeNullTest */.sM)(spec.options.nullValues);
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
            throw new errors/* UserError */.yo([{ file: (0,warehouse_dialect/* sourceLabel */.en)(source), message: `no table or view ${JSON.stringify(source.table)} (or no permission to read it)` }]);
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
    const parts = (0,warehouse_dialect/* tableParts */.vg)(table);
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
            const rows = await client.query(`DESCRIBE SELECT * FROM ${(0,warehouse_dialect/* relationSql */.jK)(dialect, source)}`);
            columns = rows.map((row) => ({ name: diffColumns_text(row.column_name), type: diffColumns_text(row.column_type), kind: kindOfType(diffColumns_text(row.column_type)) }));
        }
        else {
            if (source.table === undefined)
                throw new errors/* UserError */.yo([{ file: (0,warehouse_dialect/* sourceLabel */.en)(source), message: `a row diff over a query is not supported on ${dialect.engine} yet: name a table` }]);
            const rows = await client.query(informationSchemaSql(dialect, source.table));
            columns = rows.map((row) => ({ name: diffColumns_text(row.name), type: diffColumns_text(row.type), kind: kindOfType(diffColumns_text(row.type)) }));
        }
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw error;
        const message = error instanceof Error ? error.message : String(error);
        throw new errors/* UserError */.yo([{ file: (0,warehouse_dialect/* sourceLabel */.en)(source), message: `could not read the columns: ${message}` }]);
    }
    if (columns.length === 0)
        throw new errors/* UserError */.yo([{ file: (0,warehouse_dialect/* sourceLabel */.en)(source), message: `no table or view ${JSON.stringify(source.table ?? 'query')} (or no permission to read it)` }]);
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
    const baselineMeter = (0,warehouse_meter/* metered */.F3)(sides.baseline.client);
    const meters = { baseline: baselineMeter, current: sameClient ? baselineMeter : (0,warehouse_meter/* metered */.F3)(sides.current.client) };
    const before = { baseline: (0,warehouse_meter/* snapshot */.P9)(meters.baseline), current: (0,warehouse_meter/* snapshot */.P9)(meters.current) };
    const spent = (rowsScanned) => {
        meters.baseline.scanned(rowsScanned);
        const baselineCost = (0,warehouse_meter/* costSince */.iD)(meters.baseline, before.baseline);
        // Two sides of one dataset from the run's Connections share one cost: count it once.
        if (meters.current.cost === meters.baseline.cost)
            return baselineCost;
        const currentCost = (0,warehouse_meter/* costSince */.iD)(meters.current, before.current);
        return { queries: baselineCost.queries + currentCost.queries, rowsScanned: baselineCost.rowsScanned + currentCost.rowsScanned, ms: baselineCost.ms + currentCost.ms };
    };
    const baselineLabel = (0,warehouse_dialect/* sourceLabel */.en)(sides.baseline.source);
    const currentLabel = (0,warehouse_dialect/* sourceLabel */.en)(sides.current.source);
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
    const key = (0,diffDataset.keyOf)(dataset);
    if (!key)
        return { gates: [], cost: { queries: 0, rowsScanned: 0, rowsPulled: 0, ms: 0, strategy: 'join' } };
    const { diff, cost } = await diffTableSides(sides, (0,diffDataset.diffOptionsOf)(dataset, key), tableOptions);
    return { diff, gates: (0,gates/* evaluateGate */.DR)('diff', dataset.diff, { dataset: dataset.name, diff }), cost };
}
/**
 * The diff of a table side and a data file side (#14): the file is hashed here while it streams
 * (diffFileSide.ts), its cells typed toward the table's column kinds, and checksummed against the
 * table's segments as a second engine would be; no second engine, no native module. The result
 * is the file diff of the table's CSV export against the file. `cost` is the table's: its
 * statements, the rows its engine read, the rows it sent back.
 */
async function diffTableAndFile(table, file, fileSide, options, tableOptions = {}) {
    const meter = (0,warehouse_meter/* metered */.F3)(table.client);
    const before = (0,warehouse_meter/* snapshot */.P9)(meter);
    const tableSide = fileSide === 'baseline' ? 'current' : 'baseline';
    const wrapped = { ...table, client: labelled(meter, (0,warehouse_dialect/* sourceLabel */.en)(table.source)) };
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
    return { diff, cost: { ...(0,warehouse_meter/* costSince */.iD)(meter, before), rowsPulled: tablePulled, strategy: 'checksum' } };
}
/** A dataset's row diff between a table (current) and a data file (baseline), with its gates. */
async function diffTableWithFile(table, file, dataset, tableOptions = {}) {
    const key = (0,diffDataset.keyOf)(dataset);
    if (!key)
        return { gates: [], cost: { queries: 0, rowsScanned: 0, rowsPulled: 0, ms: 0, strategy: 'checksum' } };
    const { diff, cost } = await diffTableAndFile(table, file, 'baseline', (0,diffDataset.diffOptionsOf)(dataset, key), tableOptions);
    return { diff, gates: (0,gates/* evaluateGate */.DR)('diff', dataset.diff, { dataset: dataset.name, diff }), cost };
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
function percent(sample) {
    return Math.min(100, Math.max(0, sample.percent ?? 100));
}
/** The share as a bound on a 32-bit hash: a row is kept when its hash is below it. */
function hashBound(sample) {
    return Math.round((percent(sample) / 100) * 2 ** 32);
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
            ? `${relation} TABLESAMPLE BERNOULLI (${percent(sample)}) REPEATABLE (${SAMPLE_SEED})`
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
            : `(SELECT * FROM ${relation} WHERE random() < ${percent(sample) / 100}) AS datagate_sample`),
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
            : `(SELECT * FROM ${relation} USING SAMPLE ${percent(sample)} PERCENT (bernoulli, ${SAMPLE_SEED})) AS datagate_sample`),
    },
    bigquery: {
        text: 'STRING',
        double: 'FLOAT64',
        length: (e) => `LENGTH(${e})`,
        epochMs: (e, c) => (/^timestamp/i.test(c.engineType) ? `UNIX_MILLIS(${e})` : `UNIX_MILLIS(TIMESTAMP(${e}))`),
        ranks: { kind: 'grid', points: ARRAY_GRID, select: (e, points) => [`APPROX_QUANTILES(${e}, ${points})`] },
        sample: (relation, isTable, sample) => (isTable
            ? `${relation} TABLESAMPLE SYSTEM (${percent(sample)} PERCENT)`
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
            : `(SELECT * FROM ${relation} SAMPLE BERNOULLI (${percent(sample)}) SEED (${SAMPLE_SEED})) AS datagate_sample`),
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
            return isTable ? `${relation} TABLESAMPLE BERNOULLI (${percent(sample)})` : `(SELECT * FROM ${relation} WHERE rand() < ${percent(sample) / 100}) AS datagate_sample`;
        },
    },
    databricks: {
        text: 'STRING',
        double: 'DOUBLE',
        length: (e) => `char_length(${e})`,
        epochMs: (e, c) => (c.type === 'date' ? `unix_date(${e}) * 86400000` : `unix_millis(CAST(${e} AS TIMESTAMP))`),
        ranks: { kind: 'probabilities', select: (e, ps) => `percentile_approx(${e}, array(${ps.map(probability).join(', ')}), 10000)` },
        sample: (relation, isTable, sample) => (isTable
            ? `${relation} TABLESAMPLE (${sample.rows !== undefined ? `${Math.floor(sample.rows)} ROWS` : `${percent(sample)} PERCENT`}) REPEATABLE (${SAMPLE_SEED})`
            : `(SELECT * FROM ${relation} WHERE rand(${SAMPLE_SEED}) < ${percent(sample) / 100}) AS datagate_sample`),
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
    integer: values/* KIND_INTEGER */.Ec, number: values/* KIND_NUMBER */.V, boolean: values/* KIND_BOOLEAN */.gN, date: values/* KIND_DATE */.UR, timestamp: values/* KIND_TIMESTAMP */.mq, string: values/* KIND_STRING */.jr,
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
    kinds[KIND_OF[column.type] ?? values/* KIND_STRING */.jr] = count;
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
    const label = (0,warehouse_dialect/* sourceLabel */.en)(source);
    const meter = (0,warehouse_meter/* metered */.F3)(client);
    const before = (0,warehouse_meter/* snapshot */.P9)(meter);
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
    const base = (0,warehouse_dialect/* relationSql */.jK)(dialect, source);
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
    return { profile: { version: 1, rows, columns: profiles, source: [label] }, cost: (0,warehouse_meter/* costSince */.iD)(meter, before) };
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

// EXTERNAL MODULE: ./src/run/dataset.ts + 1 modules
var run_dataset = __webpack_require__(5448);
// EXTERNAL MODULE: ./src/run/snapshot.ts + 2 modules
var snapshot = __webpack_require__(90078);
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
        source: (0,warehouse_dialect/* sourceLabel */.en)(currentSource),
        baseline: described,
    };
    gates.push(...(0,baselineGates.baselineGates)(dataset, baseline, profile, report));
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
        const fileOptions = (0,run_dataset/* readOptionsOf */.M)(dataset);
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
        return { baseline: profiled.profile, described: { source: (0,warehouse_dialect/* sourceLabel */.en)(spec) } };
    }
    // A file or stored profile: named as for a file dataset; `current` for the resolver is the table's label.
    const label = (0,config_connections/* isTableSource */._h)(dataset.current) ? (0,warehouse_dialect/* sourceLabel */.en)(dataset.current) : dataset.current;
    const file = await context.baselineResolver(spec, label, { name: dataset.name, kind: 'dataset' });
    if (!file)
        return { baseline: null, described: null };
    const fileOptions = (0,run_dataset/* readOptionsOf */.M)(dataset);
    return {
        baseline: await (0,snapshot.loadSnapshotProfile)(file.path, fileOptions),
        described: { source: file.source, ...(file.ref ? { ref: file.ref } : {}) },
        file,
    };
}


/***/ })

};
