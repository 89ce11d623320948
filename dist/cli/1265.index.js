export const id = 1265;
export const ids = [1265];
export const modules = {

/***/ 1265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   addParquet: () => (/* binding */ addParquet),
/* harmony export */   inParquetWorker: () => (/* binding */ inParquetWorker),
/* harmony export */   profileParquetInWorker: () => (/* binding */ profileParquetInWorker)
/* harmony export */ });
/* unused harmony exports MIN_WORKER_BYTES, profileParquetJob */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _readers_parquet_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64627);
/* harmony import */ var _profiler_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99198);
/* harmony import */ var _thread_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85601);
/* harmony import */ var _exact_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16551);
// Profiling Parquet files: column by column within each row group, in this thread or, for a
// big dataset, in one worker thread with a small young generation.
//
// The worker is for memory, not speed. The main isolate's young generation cannot be limited at
// run time, and under Node 24 V8 grew it until profiling the 10M-row bench file took ≈ 300 MB
// (Node 20: ≈ 170 MB); in a worker with an 8 MB young generation it takes ≈ 190 MB (Node 20:
// ≈ 145 MB), for ≈ 0.1–0.2 s more CPU. Two workers over halves of the row groups were faster
// on a free machine but took 260–320 MB, so the dataset is not cut.






/** Below this a worker's start (≈ 40 ms) costs more than the memory it saves is worth. */
const MIN_WORKER_BYTES = 8 << 20;
/** Adds the rows of `file` to `profiler`, numbering them from `firstRow`; returns how many. */
async function addParquet(profiler, file, firstRow, onIssue) {
    let rows = 0;
    for await (const part of (0,_readers_parquet_js__WEBPACK_IMPORTED_MODULE_2__.readParquetColumns)(file, firstRow, onIssue)) {
        // A page's nulls are the cells it lacks: `endRows` counts them as such.
        if (part.kind === 'values') {
            if (part.nested)
                profiler.declareNested(part.name, part.nested);
            profiler.addColumn(part.name, part.values, part.values.length);
        }
        else {
            profiler.endRows(part.length);
            rows += part.length;
        }
    }
    return rows;
}
/** The profile of a dataset of Parquet files, as plain data: what a worker sends back. */
async function profileParquetJob(job) {
    const issues = [];
    const profiler = new Profiler({ nullValues: job.nullValues, exact: job.exact });
    let firstRow = 1;
    try {
        for (const file of job.parquet)
            firstRow += await addParquet(profiler, file, firstRow, (issue) => issues.push(issue));
    }
    catch (error) {
        if (isUserError(error))
            return { issues, problems: error.problems };
        throw error;
    }
    const profile = profiler.finish();
    return { issues, profile, ...(job.exact ? { exact: exactTransferOf(profile) } : {}) };
}
/** Runs the job in a fresh worker thread of `script` (the bundled src/profile/worker.ts). */
function inParquetWorker(script, signal) {
    return (job) => (0,_thread_js__WEBPACK_IMPORTED_MODULE_4__/* .runInWorker */ .$)(script, job, signal);
}
/**
 * The profile of the Parquet files `files` made by `run` (a worker), or undefined when they are
 * too small for it to pay, or cannot be looked at (the caller then profiles them in this thread,
 * which reports why). Issues and errors read exactly as in this thread.
 */
async function profileParquetInWorker(files, nullValues, onIssue, run, minBytes = MIN_WORKER_BYTES, exact = false) {
    let bytes = 0;
    try {
        for (const file of files)
            bytes += (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file)).size;
    }
    catch {
        return undefined;
    }
    if (bytes < minBytes)
        return undefined;
    const result = await run({ parquet: files, nullValues, ...(exact ? { exact } : {}) });
    for (const issue of result.issues)
        onIssue(issue);
    if ('problems' in result)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(result.problems);
    (0,_exact_js__WEBPACK_IMPORTED_MODULE_5__/* .adoptExactTransfer */ .Hq)(result.profile, result.exact);
    return result.profile;
}


/***/ })

};
