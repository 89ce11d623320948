export const id = 8384;
export const ids = [8384];
export const modules = {

/***/ 98384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openBigQuery: () => (/* binding */ openBigQuery)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59897);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69593);
// BigQuery through @google-cloud/bigquery: standard SQL over the REST `jobs.query` call (the
// client polls `getQueryResults` while a job runs). Credentials are a service account's JSON key
// text from the environment, or else Application Default Credentials (what
// google-github-actions/auth sets up on a runner, e.g. for Workload Identity Federation).



function parseCredentials(text) {
    let key;
    try {
        key = JSON.parse(text);
    }
    catch {
        // Never the text itself: it is a secret.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('BigQuery: credentials are not valid JSON (expected a service account key file\'s contents)');
    }
    const account = key;
    if (!key || typeof key !== 'object' || account.type !== 'service_account' || typeof account.client_email !== 'string' || typeof account.private_key !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('BigQuery: credentials must be a service account key (JSON with type "service_account", client_email and private_key); ' +
            'for Workload Identity Federation leave credentials out and let google-github-actions/auth set up Application Default Credentials');
    }
    return account;
}
const BIGQUERY_SCOPE = 'https://www.googleapis.com/auth/bigquery';
async function openBigQuery(options) {
    const where = `BigQuery project ${options.project}`;
    const credentials = options.credentials !== undefined ? parseCredentials(options.credentials) : undefined;
    const { BigQuery, JWT } = await (0,_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadBigQuery */ .l5)();
    let authClient;
    if (credentials) {
        authClient = new JWT({ email: credentials.client_email, key: credentials.private_key, keyId: credentials.private_key_id, scopes: [BIGQUERY_SCOPE] });
        // The service account signs its own JWT for the BigQuery scope instead of trading it at the
        // token endpoint first: one round trip less (Google's client libraries do the same).
        authClient.useJWTAccessWithScope = true;
    }
    const bigquery = new BigQuery({
        projectId: options.project,
        location: options.location,
        ...(authClient ? { authClient } : {}),
        ...(options.apiEndpoint ? { apiEndpoint: options.apiEndpoint } : {}),
        maxRetries: 2,
    });
    // The same for a service account key found through Application Default Credentials.
    bigquery.authClient.useJWTAccessWithScope = true;
    const timeoutMs = options.timeoutMs ?? _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_TIMEOUT_MS */ .t1;
    return {
        engine: 'bigquery',
        async query(sql) {
            try {
                const [rows] = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .withDeadline */ .NE)(bigquery.query({ query: sql, location: options.location, useLegacySql: false, wrapIntegers: true, labels: { tool: 'datagate' } }), timeoutMs, where);
                return rows.map((row) => {
                    const plain = {};
                    for (const [name, value] of Object.entries(row))
                        plain[name] = plainValue(value);
                    return plain;
                });
            }
            catch (error) {
                throw bigQueryError(where, error);
            }
        },
        async close() {
            // REST: nothing stays open between queries.
        },
    };
}
/** INT64 as a number (a bigint past 2^53), NUMERIC as decimal text, DATE/TIMESTAMP/… as their text. */
function plainValue(value) {
    if (value === null || typeof value !== 'object')
        return value;
    if (Array.isArray(value))
        return value.map(plainValue);
    const name = value.constructor?.name;
    if (name === 'BigQueryInt') {
        const text = value.value;
        const number = Number(text);
        return Number.isSafeInteger(number) ? number : BigInt(text);
    }
    if (name === 'Big')
        return value.toFixed();
    if (typeof value.value === 'string' && name?.startsWith('BigQuery'))
        return value.value;
    if (value instanceof Buffer || value instanceof Date)
        return value;
    const plain = {};
    for (const [key, inner] of Object.entries(value))
        plain[key] = plainValue(inner);
    return plain;
}
function bigQueryError(where, error) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
        return error;
    const record = error;
    if (typeof record.code === 'number' && record.code >= 400) {
        const detail = record.code === 401 ? '' : typeof record.message === 'string' && record.message ? `: ${record.message}` : '';
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .httpProblem */ .SK)(record.code)}${detail}`);
    }
    const network = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .unreachable */ .HB)(where, error);
    if (network)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(network);
    const message = error instanceof Error ? error.message : String(error);
    if (/DECODER|PEM|private key|invalid_grant|client_email|Could not load the default credentials/i.test(message)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: the credentials can't be used (a service account key's JSON, or Application Default Credentials, is needed)`);
    }
    // A new error without the original attached: request errors can carry the request's configuration.
    return new Error(`${where}: ${message}`);
}


/***/ }),

/***/ 69593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HB: () => (/* binding */ unreachable),
/* harmony export */   NE: () => (/* binding */ withDeadline),
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   SK: () => (/* binding */ httpProblem),
/* harmony export */   t1: () => (/* binding */ DEFAULT_TIMEOUT_MS)
/* harmony export */ });
/* unused harmony export networkCode */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// What the engine clients share: a deadline per query, and errors a user can act on that never
// carry a credential (messages are built from status codes and error codes, not from the
// client library's error text, which can hold the request's configuration).

/** A connection's `timeout:` when the config gives none: 5 minutes. */
const DEFAULT_TIMEOUT_MS = 5 * 60_000;
/** `work`, or a UserError once `timeoutMs` passes (after `onTimeout`, e.g. cancelling the query). */
async function withDeadline(work, timeoutMs, what, onTimeout) {
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => {
            void Promise.resolve()
                .then(onTimeout)
                .catch(() => undefined);
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what}: timed out after ${formatMs(timeoutMs)} (the connection's timeout)`));
        }, timeoutMs);
    });
    try {
        return await Promise.race([work, deadline]);
    }
    finally {
        clearTimeout(timer);
    }
}
function formatMs(ms) {
    return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
/** A URL as it may be printed: no user name, no password, no query string. */
function safeUrl(url) {
    try {
        const parsed = new URL(url);
        parsed.username = '';
        parsed.password = '';
        parsed.search = '';
        return parsed.toString().replace(/\/$/, '');
    }
    catch {
        return 'an invalid URL';
    }
}
const NETWORK_CODES = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host not found (DNS)',
    ECONNRESET: 'connection reset',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    CERT_HAS_EXPIRED: 'TLS certificate expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate not trusted',
};
/** The network error code somewhere in an error's chain (`cause`, nested `errors`), or null. */
function networkCode(error, depth = 0) {
    if (!error || typeof error !== 'object' || depth > 5)
        return null;
    const record = error;
    if (typeof record.code === 'string' && record.code in NETWORK_CODES)
        return record.code;
    const fromCause = networkCode(record.cause, depth + 1);
    if (fromCause)
        return fromCause;
    if (Array.isArray(record.errors))
        for (const inner of record.errors) {
            const code = networkCode(inner, depth + 1);
            if (code)
                return code;
        }
    return null;
}
/** `Trino at http://host:8080: can't connect: connection refused (ECONNREFUSED)`, or null when not a network error. */
function unreachable(where, error) {
    const code = networkCode(error);
    return code ? `${where}: can't connect: ${NETWORK_CODES[code]} (${code})` : null;
}
/** An HTTP status as a user reads it. */
function httpProblem(status) {
    if (status === 401)
        return 'authentication failed (HTTP 401): check the credentials in the environment';
    if (status === 403)
        return 'permission denied (HTTP 403)';
    if (status === 404)
        return 'not found (HTTP 404): check the server address';
    return `the server answered HTTP ${status}`;
}


/***/ }),

/***/ 59897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l5: () => (/* binding */ loadBigQuery),
  hb: () => (/* binding */ loadDatabricks),
  Gp: () => (/* binding */ loadDuckDb),
  QZ: () => (/* binding */ loadPg),
  Nd: () => (/* binding */ loadSnowflake),
  hA: () => (/* binding */ loadTrino)
});

// UNUSED EXPORTS: RUNTIME_PACKAGES

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/warehouse/runtimePackage.ts
// Engine clients that can't live in the action's bundle (native modules, or too heavy) are found
// at run time: in the workspace's node_modules first, else installed once, at a pinned version,
// into a cache folder (the runner's tool cache, or a temp folder) and imported from there.






const installing = new Map();
/**
 * The package's exports, loaded with `require` from createRequire (the bundler leaves it alone):
 * the clients are CommonJS, and some of their dependencies are ESM-only packages that Node loads
 * through require(esm) (Node 20.19+, 22.12+; the action runs on 24).
 */
async function importRuntimePackage(pkg, options = {}) {
    const workspace = options.workspace ?? (process.env.GITHUB_WORKSPACE || process.cwd());
    const file = resolveFrom(workspace, pkg.name) ?? (await installed(pkg, options.cacheRoot ?? defaultCacheRoot()));
    return (0,external_node_module_.createRequire)(file)(file);
}
function defaultCacheRoot() {
    return external_node_path_default().join(process.env.RUNNER_TOOL_CACHE || (0,external_node_os_.tmpdir)(), 'datagate');
}
/** The package's entry file as `require` would find it from `dir`, or null. */
function resolveFrom(dir, name) {
    try {
        return (0,external_node_module_.createRequire)(external_node_path_default().join(external_node_path_default().resolve(dir), 'package.json')).resolve(name);
    }
    catch {
        return null;
    }
}
function installedVersion(prefix, name) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(prefix, 'node_modules', name, 'package.json'), 'utf8')).version ?? null;
    }
    catch {
        return null;
    }
}
/** Installs `name@version` under the cache root once (per process, and across runs), and resolves it there. */
async function installed(pkg, cacheRoot) {
    const prefix = external_node_path_default().join(cacheRoot, `${pkg.name.replace('/', '+')}@${pkg.version}`);
    let pending = installing.get(prefix);
    if (!pending) {
        pending = install(pkg, cacheRoot, prefix);
        installing.set(prefix, pending);
        pending.catch(() => installing.delete(prefix));
    }
    return pending;
}
async function install(pkg, cacheRoot, prefix) {
    if (installedVersion(prefix, pkg.name) !== pkg.version) {
        // Into a fresh folder beside the final one, then renamed: a second run (or job) never sees
        // half an install, and whichever rename lands first is used by both.
        (0,external_node_fs_.mkdirSync)(cacheRoot, { recursive: true });
        const staging = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(cacheRoot, '.install-'));
        try {
            await runNpm(cacheRoot, ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', '--prefix', staging, `${pkg.name}@${pkg.version}`]);
            if (installedVersion(staging, pkg.name) !== pkg.version)
                throw new Error(`npm finished but ${pkg.name}@${pkg.version} is not in ${staging}`);
            if ((0,external_node_fs_.existsSync)(prefix))
                (0,external_node_fs_.rmSync)(prefix, { recursive: true, force: true });
            try {
                (0,external_node_fs_.renameSync)(staging, prefix);
            }
            catch (error) {
                if (installedVersion(prefix, pkg.name) !== pkg.version)
                    throw error;
            }
        }
        catch (error) {
            throw new errors/* UserError */.yo(`${pkg.label} (${pkg.name}@${pkg.version}) is not installed in the workspace, and installing it into ${prefix} failed: ${reason(error)}. ` +
                `Install it in a workflow step before datagate (npm install --no-save ${pkg.name}@${pkg.version}).`);
        }
        finally {
            (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
        }
    }
    const file = resolveFrom(prefix, pkg.name);
    if (!file)
        throw new errors/* UserError */.yo(`${pkg.label} (${pkg.name}@${pkg.version}) was installed into ${prefix} but can't be resolved there`);
    return file;
}
function reason(error) {
    const text = error instanceof Error ? error.message : String(error);
    const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
    return lines.slice(-4).join(' / ') || 'unknown error';
}
/**
 * npm without a shell: the npm that came with this Node (`npm-cli.js` beside it), else `npm` on
 * PATH. Fixed arguments only; nothing from a config reaches the command line.
 */
function npmCommand() {
    const candidates = [
        process.env.npm_execpath,
        external_node_path_default().join(external_node_path_default().dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
        external_node_path_default().join(external_node_path_default().dirname(process.execPath), 'node_modules', 'npm', 'bin', 'npm-cli.js'),
    ];
    const cli = candidates.find((file) => file && file.endsWith('npm-cli.js') && (0,external_node_fs_.existsSync)(file));
    return cli ? [process.execPath, [cli]] : ['npm', []];
}
/** Run in the cache folder, not the workspace: a pull request's `.npmrc` must not pick the registry. */
function runNpm(cwd, args) {
    const [command, prefixArgs] = npmCommand();
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)(command, [...prefixArgs, ...args], { cwd, maxBuffer: 16 * 1024 * 1024, timeout: 10 * 60_000, windowsHide: true }, (error, _stdout, stderr) => {
            if (error)
                reject(new Error(`${stderr || error.message}`));
            else
                resolve();
        });
    });
}

;// CONCATENATED MODULE: ./src/warehouse/load.ts
// Engine clients load only when a config names the engine: nothing of any client is evaluated
// for a run over files. Pure-JavaScript clients (pg, trino-client, @google-cloud/bigquery) are
// bundled as chunks of their own; native or heavy ones (DuckDB, Snowflake, Databricks) are found
// at run time in the workspace, else installed at the version pinned here (runtimePackage.ts).

/** The versions installed at run time: package.json's devDependencies (a test keeps them equal). */
const RUNTIME_PACKAGES = {
    duckdb: { name: '@duckdb/node-api', version: '1.5.5-r.5', label: "DuckDB's Node client" },
    snowflake: { name: 'snowflake-sdk', version: '3.4.1', label: "Snowflake's Node client" },
    databricks: { name: '@databricks/sql', version: '2.1.0', label: "Databricks' SQL client" },
};
/** A CommonJS package imported as ESM: its exports are the namespace's `default`. */
function commonJs(namespace) {
    return (namespace.default ?? namespace);
}
/** The `pg` client (pure JavaScript, bundled as its own chunk). */
async function loadPg() {
    return (await __webpack_require__.e(/* import() */ 3849).then(__webpack_require__.bind(__webpack_require__, 83849))).default;
}
/** trino-client (pure JavaScript over HTTP, bundled as its own chunk). */
async function loadTrino() {
    const trino = await Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(3758), __webpack_require__.e(7735)]).then(__webpack_require__.t.bind(__webpack_require__, 27735, 23));
    return commonJs(trino);
}
/** @google-cloud/bigquery and the auth library it uses (pure JavaScript over HTTP, bundled as chunks of their own). */
async function loadBigQuery() {
    const [bigquery, auth] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(3669), __webpack_require__.e(492), __webpack_require__.e(5087)]).then(__webpack_require__.bind(__webpack_require__, 50676)), __webpack_require__.e(/* import() */ 492).then(__webpack_require__.t.bind(__webpack_require__, 492, 23))]);
    const { BigQuery } = commonJs(bigquery);
    const { JWT } = commonJs(auth);
    return { BigQuery, JWT };
}
/** DuckDB's Node client is a native module: found or installed at run time, never bundled. */
async function loadDuckDb() {
    return commonJs(await importRuntimePackage(RUNTIME_PACKAGES.duckdb));
}
/** snowflake-sdk: ~8 MB bundled and not loadable as an ESM chunk, so found or installed at run time. */
async function loadSnowflake() {
    return commonJs(await importRuntimePackage(RUNTIME_PACKAGES.snowflake));
}
/** @databricks/sql: ~5 MB bundled plus native optional parts, so found or installed at run time. */
async function loadDatabricks() {
    return commonJs(await importRuntimePackage(RUNTIME_PACKAGES.databricks));
}


/***/ })

};
