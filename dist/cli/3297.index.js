export const id = 3297;
export const ids = [3297,161,2542,5601];
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


/***/ }),

/***/ 3297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   plainFiles: () => (/* binding */ plainFiles),
/* harmony export */   prewarmForConfig: () => (/* binding */ prewarmForConfig)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _profile_thread_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85601);
/* harmony import */ var _workspace_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40161);
// A first look at a check's config, before the check's own modules load: when a dataset reads one
// big CSV/TSV file, the part workers start now, so their start (≈ 0.1 s of CPU each, compiling
// the worker bundle) overlaps this thread's loading and config checks instead of following them.
// Only a hint: anything unusual (a config that does not parse, a glob, a table) starts nothing,
// and the real load of the config reports what is wrong.





const PLAIN = /\.(csv|tsv)$/i;
/** The files the config's datasets read as plain CSV/TSV, relative to `dir`; none for a config that does not parse. */
function plainFiles(text) {
    let config;
    try {
        config = (0,yaml__WEBPACK_IMPORTED_MODULE_2__.parse)(text);
    }
    catch {
        return [];
    }
    const datasets = config?.datasets;
    if (!Array.isArray(datasets))
        return [];
    return datasets.flatMap((dataset) => {
        const file = dataset?.current;
        const format = dataset?.format;
        const plain = format === 'csv' || format === 'tsv' || (format === undefined && typeof file === 'string' && PLAIN.test(file));
        // A glob reads many files, and a gzip file one pass: neither is cut into parts.
        return typeof file === 'string' && plain && !/[*?[{]/.test(file) && !/\.gz$/i.test(file) ? [file] : [];
    });
}
/**
 * Starts the part workers when a dataset of the config at `file` reads a CSV/TSV file big enough
 * for parts. Nothing outside `workspace` is read, not even for a hint.
 */
async function prewarmForConfig(file, workspace) {
    const script = (0,_profile_thread_js__WEBPACK_IMPORTED_MODULE_3__.workerScript)();
    if (!script || !(0,_workspace_index_js__WEBPACK_IMPORTED_MODULE_4__.mayRead)(workspace, file))
        return;
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8').catch(() => '');
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file);
    for (const current of plainFiles(text)) {
        const data = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir, current);
        const found = (0,_workspace_index_js__WEBPACK_IMPORTED_MODULE_4__.mayRead)(workspace, data) ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(data).catch(() => undefined) : undefined;
        const parts = found?.isFile() ? (0,_profile_thread_js__WEBPACK_IMPORTED_MODULE_3__.partsForBytes)(found.size) : 1;
        if (parts > 1) {
            (0,_profile_thread_js__WEBPACK_IMPORTED_MODULE_3__.prewarmWorkers)(script, parts);
            return;
        }
    }
}


/***/ }),

/***/ 40161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   confinedRead: () => (/* binding */ confinedRead),
/* harmony export */   confinedWrite: () => (/* binding */ confinedWrite),
/* harmony export */   confinedWrites: () => (/* binding */ confinedWrites),
/* harmony export */   isInside: () => (/* binding */ isInside),
/* harmony export */   mayRead: () => (/* binding */ mayRead),
/* harmony export */   workspaceAt: () => (/* binding */ workspaceAt)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
// Keeps every path a config names inside the workspace: the action's rule (GITHUB_WORKSPACE,
// outputs also RUNNER_TEMP), the CLI's behind `--workspace DIR`. Symlinks are followed before the
// check, and nothing under a `.git` folder is read or written.



/** A workspace rooted at `root`; `outputRoots` are extra folders only outputs may go to. */
function workspaceAt(root, options = {}) {
    return {
        root: realFolder(root),
        outputRoots: (options.outputRoots ?? []).filter((folder) => folder !== '').map(realFolder),
        rule: options.rule ?? 'the workspace',
    };
}
/**
 * `file` as given when its real path (symlinks followed; for a path that does not exist yet, its
 * nearest existing folder's real path and the rest) is inside the workspace and not under
 * `.git`; a UserError naming `shown` and the rule otherwise. Without a workspace, no check.
 */
function confinedRead(workspace, file, shown = file) {
    if (!workspace)
        return file;
    return confine(workspace, file, shown, [workspace.root], 'read');
}
/** confinedRead as a yes/no, for callers that skip rather than refuse. */
function mayRead(workspace, file) {
    try {
        confinedRead(workspace, file);
        return true;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo)
            return false;
        throw error;
    }
}
/** As confinedRead, for a file about to be written (outputs may also go to the output roots). */
function confinedWrite(workspace, file, shown = file) {
    if (!workspace)
        return file;
    return confine(workspace, file, shown, [workspace.root, ...workspace.outputRoots], 'written');
}
/** confinedWrite for several outputs at once: every refusal in one UserError, before any is written. */
function confinedWrites(workspace, outputs) {
    const problems = [];
    for (const { file, shown } of outputs) {
        try {
            confinedWrite(workspace, file, shown);
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo))
                throw error;
            problems.push(...error.problems);
        }
    }
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(problems);
}
/** True when `file` (already real) is inside `folder` (already real). */
function isInside(file, folder) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(folder, file);
    return relative === '' || (!relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative));
}
function confine(workspace, file, shown, roots, verb) {
    // Not normalised first: `link/../x` must be resolved as the system will open it, through the link.
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(file) ? file : node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(file);
    const real = realPath(absolute);
    const root = roots.find((folder) => isInside(real, folder));
    if (!root) {
        const where = roots.length > 1 ? `${workspace.root} or ${roots.slice(1).join(', ')}` : workspace.root;
        const resolved = real === node_path__WEBPACK_IMPORTED_MODULE_1___default().normalize(absolute) ? '' : ` (it resolves to ${real})`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo([{ file: shown, message: `is outside ${workspace.rule}${resolved}: only files inside ${where} are ${verb} here` }]);
    }
    const parts = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, real).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
    // Case-insensitive: on macOS and Windows `.GIT` is the same folder.
    if (parts.some((part) => part.toLowerCase() === '.git')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo([{ file: shown, message: `is inside a .git folder: git's own files (config, credentials, hooks) are never ${verb} as data or reports` }]);
    }
    return file;
}
function realFolder(folder) {
    return realPath(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(folder));
}
/** realpath of the longest existing prefix, plus the rest as written. */
function realPath(absolute) {
    const missing = [];
    let current = absolute;
    for (;;) {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(current), ...missing.reverse());
        }
        catch {
            const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(current);
            if (parent === current)
                return absolute;
            missing.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(current));
            current = parent;
        }
    }
}


/***/ })

};
