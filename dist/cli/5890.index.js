export const id = 5890;
export const ids = [5890];
export const modules = {

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


/***/ })

};
