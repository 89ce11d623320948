export const id = 8473;
export const ids = [8473];
export const modules = {

/***/ 58473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openPostgres: () => (/* binding */ openPostgres)
/* harmony export */ });
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59897);
// PostgreSQL (and Redshift, which speaks its protocol) through node-postgres.

async function openPostgres(url, options = {}) {
    const pg = await (0,_load_js__WEBPACK_IMPORTED_MODULE_0__/* .loadPg */ .QZ)();
    // bigint (int8) and numeric come back as text by default; counts and sums are read as numbers.
    const types = {
        getTypeParser: (oid, format) => {
            if (oid === 20 || oid === 1700)
                return (value) => Number(value);
            return pg.types.getTypeParser(oid, format);
        },
    };
    const client = new pg.Client({ connectionString: url, statement_timeout: options.timeoutMs, connectionTimeoutMillis: options.timeoutMs, types });
    // A server that drops the connection between queries emits 'error' on the client: without a
    // listener that kills the process; the next query fails with the reason instead.
    client.on('error', () => { });
    await client.connect();
    return {
        engine: 'postgres',
        async query(sql) {
            const result = await client.query(sql);
            return result.rows;
        },
        async describe(sql) {
            // LIMIT 0 reads no row; the result still names every column and its type's oid and modifier.
            const result = await client.query(`SELECT * FROM (${sql}) AS datagate_describe LIMIT 0`);
            const fields = result.fields.map((field) => ({ name: field.name, oid: Math.trunc(Number(field.dataTypeID)), mod: Math.trunc(Number(field.dataTypeModifier)) }));
            if (fields.length === 0)
                return [];
            const pairs = fields.map((field, i) => `(${i}, ${field.oid}::oid, ${field.mod})`).join(', ');
            const names = await client.query(`SELECT i, format_type(o, CASE WHEN m < 0 THEN NULL ELSE m END) AS type FROM (VALUES ${pairs}) AS f(i, o, m) ORDER BY i`);
            return fields.map((field, i) => ({ name: field.name, type: String(names.rows[i].type) }));
        },
        async close() {
            await client.end();
        },
    };
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
