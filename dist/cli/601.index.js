export const id = 601;
export const ids = [601];
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
// Running one profiling job in a fresh worker thread of the bundled worker script
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
/** Workers started ahead of their jobs, by script; unreferenced, so unused ones never hold the process. */
const warm = new Map();
/**
 * Starts `count` workers of `script` now: each spends ≈ 70–100 ms compiling its bundle, which
 * then overlaps this thread's own start (loading modules, sniffing the file's delimiter and
 * formats) instead of following it. `runInWorker` takes them first.
 */
function prewarmWorkers(script, count) {
    const started = warm.get(script) ?? [];
    while (started.length < count) {
        const worker = startWorker(script);
        worker.unref();
        // A warm worker that fails to start is dropped; a job then starts a fresh one and sees why.
        worker.once('error', () => {
            const at = started.indexOf(worker);
            if (at >= 0)
                started.splice(at, 1);
        });
        started.push(worker);
    }
    warm.set(script, started);
}
/** Runs `job` in a fresh worker thread of `script` (a prewarmed one when there is one); an aborted `signal` stops it and rejects. */
function runInWorker(script, job, signal) {
    return new Promise((resolve, reject) => {
        const ready = warm.get(script)?.shift();
        ready?.removeAllListeners('error');
        ready?.ref();
        const worker = ready ?? startWorker(script);
        signal?.addEventListener('abort', () => {
            void worker.terminate();
            reject(new Error('profiling job aborted'));
        }, { once: true });
        worker.once('message', (message) => {
            void worker.terminate();
            if (message !== null && typeof message === 'object' && 'bug' in message)
                reject(new Error(`profiling worker failed: ${message.bug}`));
            else
                resolve(message);
        });
        worker.once('error', reject);
        worker.postMessage(job);
    });
}


/***/ })

};
