export const id = 5601;
export const ids = [5601];
export const modules = {

/***/ 85601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ runInWorker),
/* harmony export */   partsForBytes: () => (/* binding */ partsForBytes),
/* harmony export */   prewarmWorkers: () => (/* binding */ prewarmWorkers),
/* harmony export */   workerScript: () => (/* binding */ workerScript)
/* harmony export */ });
/* unused harmony export MIN_PARALLEL_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_4__);
// Running profiling jobs on a pool of worker threads of the bundled worker script
// (src/profile/worker.ts, bundled as dist/cli/worker/index.js): used for the parts of a big CSV
// file and for Parquet datasets.





/**
 * The bundled worker script: worker/index.js beside the running bundle (the CLI's), or the
 * CLI's from the action bundle (dist/index.js), which shares it. None when run from sources.
 */
function workerScript(bundleDir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url))) {
    return [node_path__WEBPACK_IMPORTED_MODULE_2___default().join(bundleDir, 'worker', 'index.js'), node_path__WEBPACK_IMPORTED_MODULE_2___default().join(bundleDir, 'cli', 'worker', 'index.js')].find((file) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file));
}
/** Below this a worker's start (≈ 40 ms) and the merge cost more than they save. */
const MIN_PARALLEL_BYTES = 32 << 20;
const MAX_PARTS = 4;
/** How many parts to cut a plain (not gzip) CSV file of `bytes` into: one per core, at most MAX_PARTS; 1 means no workers. */
function partsForBytes(bytes) {
    return bytes < MIN_PARALLEL_BYTES ? 1 : Math.min(MAX_PARTS, (0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)());
}
/**
 * Young generation of a worker. With V8's default each isolate's heap grew to ≈ 150 MB and two
 * workers took the process to 280–330 MB on the 1M-row bench file; at 8 MB it stays low, with
 * no difference in time we could measure on the shared 2-core machine (16–64 MB tried).
 */
const WORKER_YOUNG_MB = 8;
function startWorker(script) {
    return new node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
}
/** Jobs run at most this many at a time per script: one per core, as the parts are cut. */
function poolSize() {
    return Math.max(1, Math.min(MAX_PARTS, (0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)()));
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
        const { signal } = pending;
        if (signal?.aborted) {
            pending.reject(new Error('profiling job aborted'));
            return;
        }
        // A job stopped while it waits leaves the queue at once, not when a worker would take it.
        if (signal) {
            pending.onQueuedAbort = () => {
                const at = this.queue.indexOf(pending);
                if (at < 0)
                    return;
                this.queue.splice(at, 1);
                pending.reject(new Error('profiling job aborted'));
            };
            signal.addEventListener('abort', pending.onQueuedAbort, { once: true });
        }
        this.queue.push(pending);
        this.next();
    }
    /** The next waiting job, no longer listening for an abort while queued (`assign` listens from now on). */
    dequeue() {
        const pending = this.queue.shift();
        if (pending?.onQueuedAbort)
            pending.signal?.removeEventListener('abort', pending.onQueuedAbort);
        return pending;
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
            this.assign(this.idle.shift() ?? this.start(), this.dequeue());
        }
    }
    /**
     * A worker that ended its job takes the next waiting one, or ends: kept idle, it would hold its
     * heap (a part's garbage, hundreds of MB for a file of huge fields) while this thread merges.
     */
    reuse(worker) {
        const pending = this.dequeue();
        if (pending)
            this.assign(worker, pending);
        else
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
        try {
            worker.postMessage(job);
        }
        catch (error) {
            // A job that cannot be sent (not cloneable): its worker would wait, referenced, forever.
            settle();
            this.drop(worker);
            void worker.terminate();
            reject(error);
            this.next();
        }
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
function runInWorker(script, job, signal) {
    return new Promise((resolve, reject) => poolOf(script).run({ job, resolve: resolve, reject, signal }));
}


/***/ })

};
