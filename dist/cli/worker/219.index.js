export const id = 219;
export const ids = [219];
export const modules = {

/***/ 219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  profileParquetJob: () => (/* binding */ profileParquetJob)
});

// UNUSED EXPORTS: MIN_WORKER_BYTES, addParquet, inParquetWorker, profileParquetInWorker

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(916);
// EXTERNAL MODULE: ./src/readers/parquet.ts + 3 modules
var parquet = __webpack_require__(627);
// EXTERNAL MODULE: ./src/profile/profiler.ts + 28 modules
var profile_profiler = __webpack_require__(163);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(919);
;// CONCATENATED MODULE: ./src/profile/thread.ts
// Running profiling jobs on a pool of worker threads of the bundled worker script
// (src/profile/worker.ts, bundled as dist/cli/worker/index.js): used for the parts of a big CSV
// file and for Parquet datasets.





/**
 * The bundled worker script: worker/index.js beside the running bundle (the CLI's), or the
 * CLI's from the action bundle (dist/index.js), which shares it. None when run from sources.
 */
function workerScript(bundleDir = path.dirname(fileURLToPath(import.meta.url))) {
    return [path.join(bundleDir, 'worker', 'index.js'), path.join(bundleDir, 'cli', 'worker', 'index.js')].find((file) => existsSync(file));
}
/** Below this a worker's start (≈ 40 ms) and the merge cost more than they save. */
const MIN_PARALLEL_BYTES = (/* unused pure expression or super */ null && (32 << 20));
const MAX_PARTS = 4;
/** How many parts to cut a plain (not gzip) CSV file of `bytes` into: one per core, at most MAX_PARTS; 1 means no workers. */
function partsForBytes(bytes) {
    return bytes < MIN_PARALLEL_BYTES ? 1 : Math.min(MAX_PARTS, availableParallelism());
}
/**
 * Young generation of a worker. With V8's default each isolate's heap grew to ≈ 150 MB and two
 * workers took the process to 280–330 MB on the 1M-row bench file; at 8 MB it stays low, with
 * no difference in time we could measure on the shared 2-core machine (16–64 MB tried).
 */
const WORKER_YOUNG_MB = 8;
function startWorker(script) {
    return new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
}
/** Jobs run at most this many at a time per script: one per core, as the parts are cut. */
function poolSize() {
    return Math.max(1, Math.min(MAX_PARTS, availableParallelism()));
}
/**
 * The workers of one script. Jobs queue here so that no more run than there are cores, and a
 * worker that ends a job while another waits takes it: `check` reads the current snapshot's
 * parts and then the baseline's on the same two workers, whose start (≈ 0.1 s of CPU each) and
 * compiled code are paid once. Prewarmed workers are unreferenced until a job takes them, so they
 * never hold the process.
 */
class Pool {
    script;
    idle = [];
    busy = new Set();
    queue = [];
    constructor(script) {
        this.script = script;
    }
    /** Starts workers until `count` exist (at most one per core). */
    warm(count) {
        while (this.idle.length + this.busy.size < Math.min(count, poolSize()))
            this.idle.push(this.start());
    }
    run(pending) {
        if (pending.signal?.aborted) {
            pending.reject(new Error('profiling job aborted'));
            return;
        }
        this.queue.push(pending);
        this.next();
    }
    start() {
        const worker = startWorker(this.script);
        worker.unref();
        // A worker that fails to start is dropped; a job then starts a fresh one and sees why.
        worker.on('error', () => this.drop(worker));
        worker.on('exit', () => this.drop(worker));
        return worker;
    }
    drop(worker) {
        const at = this.idle.indexOf(worker);
        if (at >= 0)
            this.idle.splice(at, 1);
        this.busy.delete(worker);
    }
    next() {
        while (this.queue.length > 0 && (this.idle.length > 0 || this.busy.size < poolSize())) {
            const pending = this.queue.shift();
            if (pending.signal?.aborted) {
                pending.reject(new Error('profiling job aborted'));
                continue;
            }
            this.assign(this.idle.shift() ?? this.start(), pending);
        }
    }
    /**
     * A worker that ended its job takes the next waiting one, or ends: kept idle, it would hold its
     * heap (a part's garbage, hundreds of MB for a file of huge fields) while this thread merges.
     */
    reuse(worker) {
        for (let pending = this.queue.shift(); pending; pending = this.queue.shift()) {
            if (pending.signal?.aborted)
                pending.reject(new Error('profiling job aborted'));
            else {
                this.assign(worker, pending);
                return;
            }
        }
        void worker.terminate();
    }
    assign(worker, { job, resolve, reject, signal }) {
        this.busy.add(worker);
        worker.ref();
        const settle = () => {
            worker.off('message', onMessage);
            worker.off('error', onError);
            worker.off('exit', onExit);
            signal?.removeEventListener('abort', onAbort);
        };
        const onMessage = (message) => {
            settle();
            this.busy.delete(worker);
            if (message !== null && typeof message === 'object' && 'bug' in message)
                reject(new Error(`profiling worker failed: ${String(message.bug)}`));
            else
                resolve(message);
            this.reuse(worker);
        };
        const onError = (error) => {
            settle();
            void worker.terminate();
            reject(error);
            this.next();
        };
        const onExit = (code) => {
            settle();
            reject(new Error(`profiling worker stopped (exit code ${code})`));
            this.next();
        };
        // A stopped job's worker may still be reading a part: it is ended, not kept.
        const onAbort = () => {
            settle();
            this.drop(worker);
            void worker.terminate();
            reject(new Error('profiling job aborted'));
            this.next();
        };
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        signal?.addEventListener('abort', onAbort, { once: true });
        worker.postMessage(job);
    }
}
const pools = new Map();
function poolOf(script) {
    let pool = pools.get(script);
    if (!pool)
        pools.set(script, pool = new Pool(script));
    return pool;
}
/**
 * Starts `count` workers of `script` now (at most one per core): each spends ≈ 70–100 ms
 * compiling its bundle, which then overlaps this thread's own start (loading modules, sniffing
 * the file's delimiter and formats) instead of following it.
 */
function prewarmWorkers(script, count) {
    poolOf(script).warm(count);
}
/** Runs `job` on a worker of `script`, queued while every core's worker is busy; an aborted `signal` stops it and rejects. */
function thread_runInWorker(script, job, signal) {
    return new Promise((resolve, reject) => poolOf(script).run({ job, resolve: resolve, reject, signal }));
}

// EXTERNAL MODULE: ./src/profile/exact.ts + 1 modules
var exact = __webpack_require__(630);
;// CONCATENATED MODULE: ./src/profile/parquet.ts
// Profiling Parquet files: column by column within each row group, in this thread or, for a
// big dataset, in one worker thread with a small young generation.
//
// The worker is for memory, not speed. The main isolate's young generation cannot be limited at
// run time, and under Node 24 V8 grew it until profiling the 10M-row bench file took ≈ 300 MB
// (Node 20: ≈ 170 MB); in a worker with an 8 MB young generation it takes ≈ 190 MB (Node 20:
// ≈ 145 MB), for ≈ 0.1–0.2 s more CPU. Two workers over halves of the row groups were faster
// on a free machine but took 260–320 MB, so the dataset is not cut.






/** Below this a worker's start (≈ 40 ms) costs more than the memory it saves is worth. */
const MIN_WORKER_BYTES = (/* unused pure expression or super */ null && (8 << 20));
/** Adds the rows of `file` to `profiler`, numbering them from `firstRow`; returns how many. */
async function addParquet(profiler, file, firstRow, onIssue) {
    let rows = 0;
    for await (const part of (0,parquet/* readParquetColumns */.G)(file, firstRow, onIssue)) {
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
    const profiler = new profile_profiler/* Profiler */.U({ nullValues: job.nullValues, exact: job.exact });
    let firstRow = 1;
    try {
        for (const file of job.parquet)
            firstRow += await addParquet(profiler, file, firstRow, (issue) => issues.push(issue));
    }
    catch (error) {
        if ((0,errors/* isUserError */.iU)(error))
            return { issues, problems: error.problems };
        throw error;
    }
    const profile = profiler.finish();
    return { issues, profile, ...(job.exact ? { exact: (0,exact/* exactTransferOf */.oW)(profile) } : {}) };
}
/** Runs the job in a fresh worker thread of `script` (the bundled src/profile/worker.ts). */
function inParquetWorker(script) {
    return (job) => runInWorker(script, job);
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
            bytes += (await stat(file)).size;
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
        throw new UserError(result.problems);
    adoptExactTransfer(result.profile, result.exact);
    return result.profile;
}


/***/ })

};
