export const id = 8787;
export const ids = [8787,2615];
export const modules = {

/***/ 25467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _h: () => (/* binding */ isTableSource),
/* harmony export */   jb: () => (/* binding */ envReferencePattern),
/* harmony export */   lm: () => (/* binding */ connectionProblems),
/* harmony export */   mR: () => (/* binding */ connectionSchema),
/* harmony export */   v3: () => (/* binding */ tableSourceSchema),
/* harmony export */   yO: () => (/* binding */ sampleSchema)
/* harmony export */ });
/* unused harmony exports urlHasPassword, SECRET_FIELDS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);
// `connections:` and table sources in the config: named engines, and dataset sides that live in
// one. Credentials only come from the environment (`env:NAME`): a config is committed and read by
// everyone who can open a pull request, so a secret written in it is refused (without echoing it).

/** `env:DATABASE_URL`: the value is read from that environment variable when the connection opens. */
const envReferencePattern = /^env:([A-Za-z_][A-Za-z0-9_]*)$/;
const fromEnvironment = (what) => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).refine((value) => envReferencePattern.test(value), {
    // The value is never part of the message: it may be the secret itself.
    message: `${what} must come from the environment: write env:NAME (the value written here is not shown)`,
}).describe(`${what}, as env:NAME`);
/**
 * A postgres URL may be written literally when it carries no password (a CI database with trust
 * or peer authentication, a socket): refusing those would push people to env: for nothing. A URL
 * with a password, in the user part or as `?password=`, must come from the environment.
 */
function urlHasPassword(url) {
    if (/^[a-z][a-z0-9+.-]*:\/\/[^/@?#]*:[^/@?#]*@/i.test(url))
        return true;
    return /[?&]password=/i.test(url);
}
const databaseUrl = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).refine((value) => envReferencePattern.test(value) || !urlHasPassword(value), {
    message: 'url holds a password: write env:NAME and put the URL in that environment variable (the value written here is not shown)',
}).describe('connection URL, as env:NAME (a literal URL only when it has no password)');
// The same durations as schema.ts's (which imports this file, so it cannot be imported back).
const timeout = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d|w)\s*$/, 'expected a duration such as 30s, 5m').default('5m')
    .describe('statement and connect timeout (default 5m)');
const postgresLike = (engine) => zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ engine: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(engine), url: databaseUrl, timeout });
const connectionSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('engine', [
    postgresLike('postgres'),
    postgresLike('redshift'),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        engine: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('duckdb'),
        path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('a DuckDB file in the workspace (opened read-only), or :memory:'),
        timeout,
    }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        engine: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('bigquery'),
        project: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
        location: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
        credentials: fromEnvironment('credentials').optional(),
        timeout,
    }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        engine: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('snowflake'),
        account: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
        user: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
        password: fromEnvironment('password').optional(),
        private_key: fromEnvironment('private_key').optional(),
        warehouse: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
        database: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
        schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
        role: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
        timeout,
    }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        engine: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('databricks'),
        host: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
        path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('the SQL warehouse\'s HTTP path'),
        token: fromEnvironment('token'),
        timeout,
    }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        engine: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('trino'),
        server: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
        user: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
        password: fromEnvironment('password').optional(),
        catalog: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
        schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
        timeout,
    }),
]);
const tableSourceSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        connection: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('a name under connections:'),
        table: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('schema.table (each part quoted for the engine)'),
    }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        connection: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('a name under connections:'),
        query: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('a SELECT, read as a subquery'),
    }),
]);
const sampleSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ rows: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().describe('about this many rows, by the engine\'s own sampling') }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ percent: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().max(100).describe('this share of rows, by the engine\'s own sampling') }),
]).describe('profile a sample of a table instead of all of it (contract counts still cover every row)');
/** The fields of each engine whose value is a credential, read from the environment. */
const SECRET_FIELDS = (/* unused pure expression or super */ null && (['url', 'password', 'private_key', 'credentials', 'token']));
/** True when a dataset side is a table or query in a connection, not a path. */
function isTableSource(value) {
    return typeof value === 'object' && value !== null && 'connection' in value;
}
/** Datasets naming a connection that is not there, and sides that cannot go together. */
function connectionProblems(config) {
    const problems = [];
    const connections = config.connections ?? {};
    const names = Object.keys(connections);
    const known = names.length ? `connections: ${names.join(', ')}` : 'the config has no connections:';
    config.datasets.forEach((dataset, index) => {
        const at = `datasets[${index}]`;
        for (const side of ['current', 'baseline']) {
            const source = dataset[side];
            if (isTableSource(source) && !Object.hasOwn(connections, source.connection)) {
                problems.push({ path: `${at}.${side}.connection`, message: `no connection named "${source.connection}" (${known})` });
            }
        }
        if (!isTableSource(dataset.current) && isTableSource(dataset.baseline)) {
            problems.push({ path: `${at}.baseline`, message: 'a table baseline needs a table current: give current as { connection, table } or { connection, query }' });
        }
        const baseline = dataset.baseline;
        if (isTableSource(dataset.current) && typeof baseline === 'object' && 'git' in baseline && baseline.path === undefined) {
            problems.push({ path: `${at}.baseline.path`, message: 'a table has no path at a git ref: name the baseline file (a profile or data file) with path:' });
        }
        if (dataset.sample !== undefined && !isTableSource(dataset.current)) {
            problems.push({ path: `${at}.sample`, message: 'sample: applies to a table (current as { connection, table }); a file is always read whole' });
        }
    });
    return problems;
}


/***/ }),

/***/ 97840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90131);
// Durations as the config writes them (`2d`, `36h`): read for the freshness rule and its
// validation, written back for messages.

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
/** `2d` → 172800000 ms; undefined when the text is not a duration. */
function parseDuration(text) {
    const match = _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .durationPattern */ .Zq.exec(text);
    if (!match)
        return undefined;
    return Number(match[1]) * UNIT_MS[match[2]];
}
/** 93784000 ms → `1d 2h 3m`: the two or three largest units, for messages. */
function formatDuration(ms) {
    const sign = ms < 0 ? '-' : '';
    let rest = Math.round(Math.abs(ms) / 1000);
    const parts = [];
    for (const [unit, seconds] of [['d', 86_400], ['h', 3_600], ['m', 60], ['s', 1]]) {
        const amount = Math.floor(rest / seconds);
        rest -= amount * seconds;
        if (amount > 0 || (unit === 's' && parts.length === 0))
            parts.push(`${amount}${unit}`);
    }
    return sign + parts.slice(0, 3).join(' ');
}


/***/ }),

/***/ 90131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qn: () => (/* binding */ configSchema),
/* harmony export */   Zq: () => (/* binding */ durationPattern)
/* harmony export */ });
/* unused harmony exports baselineSchema, columnRuleSchema, datasetSchema, metricRuleSchema, modelSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _connections_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25467);
// The config file (datagate.yml) as a zod schema: the one definition that validates the file
// and is exported as datagate.schema.json for editors.


const severity = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['error', 'warn']).describe('error fails the run; warn only reports');
const columnType = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['integer', 'number', 'boolean', 'string', 'date', 'timestamp', 'list', 'struct', 'map']);
const driftMethod = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['robust', 'auto', 'ks', 'psi', 'wasserstein', 'jensenshannon', 'chisquare', 'significant']);
/** `2d`, `6h`, `30m`, `90s`, `1w`. */
const durationPattern = /^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d|w)\s*$/;
const duration = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(durationPattern, 'expected a duration such as 2d, 6h, 30m');
const baselineSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('a data file or profile JSON in the workspace'),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        git: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('a git ref; `base` is the pull request\'s base commit'),
        path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('path at that ref; defaults to the current path'),
    }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        artifact: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('artifact name uploaded by a run on `branch`'),
        branch: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default('main'),
        workflow: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('workflow file name; defaults to the current workflow'),
    }),
]);
const columnRuleSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    type: columnType.optional(),
    nullable: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
    max_null_fraction: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1).optional(),
    unique: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
    min: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()]).optional(),
    max: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()]).optional(),
    allowed: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()])).optional(),
    pattern: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    min_length: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).optional(),
    max_length: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).optional(),
    required: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
    severity: severity.optional(),
});
const driftColumnSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    method: driftMethod.optional(),
    threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().optional(),
    enabled: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
});
const diffColumnSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    tolerance: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([
        zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).describe('absolute: |after − before| ≤ tolerance counts as equal'),
        zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^\s*\d+(?:\.\d+)?\s*(%|ms|s|m|h|d|w)\s*$/, 'expected a percentage (0.5%) or a duration (2s)')
            .describe('relative (0.5%), or for times a duration (250ms, 2s, 5m, 1h, 1d)'),
    ]).optional(),
    unit: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['ms', 's', 'm', 'h', 'd']).optional().describe('times compare truncated to this unit'),
});
const diffSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    ignore: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional().describe('columns left out of the row diff'),
    columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), diffColumnSchema).default({}),
    max_added: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).optional(),
    max_removed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).optional(),
    max_changed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).optional(),
    max_changed_share: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1).optional().describe('changed rows over rows present on both sides'),
    examples: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(100).default(5).describe('example rows kept per list'),
    severity: severity.optional(),
});
const datasetSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    current: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('a file, a glob, or a folder of parts'), _connections_js__WEBPACK_IMPORTED_MODULE_0__/* .tableSourceSchema */ .v3.describe('a table or query in a connection')]),
    sample: _connections_js__WEBPACK_IMPORTED_MODULE_0__/* .sampleSchema */ .yO.optional(),
    format: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['csv', 'tsv', 'jsonl', 'json', 'parquet']).optional(),
    delimiter: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().length(1).optional().describe('CSV field delimiter; detected from the first lines when absent (, ; tab |)'),
    decimal: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['.', ',']).optional().describe('decimal mark of numbers in CSV text; detected per column when absent'),
    null_values: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
    baseline: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([baselineSchema, _connections_js__WEBPACK_IMPORTED_MODULE_0__/* .tableSourceSchema */ .v3.describe('a table or query in a connection')]).optional(),
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        allow_extra_columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(true),
        required: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
        columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), columnRuleSchema).default({}),
        severity: severity.optional(),
    }).optional(),
    unique: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).min(1)).optional().describe('compound keys'),
    key: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).min(1)]).optional()
        .describe('columns that identify a row: with a data baseline, check diffs the rows by this key'),
    diff: diffSchema.optional(),
    rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        min: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).optional(),
        max: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).optional(),
        max_change: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).optional().describe('relative change of the row count against the baseline'),
        severity: severity.optional(),
    }).optional(),
    freshness: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        max_age: duration,
        severity: severity.optional(),
    }).optional(),
    schema_changes: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        breaking: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['error', 'warn', 'ignore']).default('error'),
        non_breaking: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['error', 'warn', 'ignore']).default('ignore'),
    }).optional(),
    drift: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        method: driftMethod.default('robust').describe('robust (default): tests with Benjamini–Hochberg and effect floors; auto: Evidently\'s rule'),
        share: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1).default(0.5),
        threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().optional().describe('overrides the method\'s default threshold'),
        include: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional().describe('column names or globs'),
        exclude: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
        fdr: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false).describe('Benjamini–Hochberg across columns for p-value methods'),
        columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), driftColumnSchema).default({}),
        severity: severity.optional(),
    }).optional(),
});
const metricRuleSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    min: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    max: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    max_drop: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).optional(),
    max_relative_drop: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).optional(),
    direction: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['higher', 'lower']).optional(),
    significant: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional().describe('fail a drop only when its 95% bootstrap interval excludes 0'),
    severity: severity.optional(),
});
const modelSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    current: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe('metrics file: JSON, YAML, CSV or TSV'),
    baseline: baselineSchema.optional(),
    metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), metricRuleSchema).default({}),
    segments: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        current: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe('per-segment metrics (JSON map or CSV); without it, computed from predictions.segment'),
        baseline: baselineSchema.optional(),
        column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('segment column, for CSV'),
        metric: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        min: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
        max: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional().describe('ceiling per segment, for lower-is-better metrics'),
        max_gap: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).optional(),
        direction: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['higher', 'lower']).optional(),
        severity: severity.optional(),
    }).optional(),
    predictions: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        current: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
        baseline: baselineSchema.optional(),
        task: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['classification', 'regression']).default('classification'),
        label: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default('label'),
        prediction: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default('prediction'),
        score: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        segment: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        positive: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()]).optional(),
        bootstrap: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(100).default(1000),
        seed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().default(42),
    }).optional(),
    latency: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        current: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
        column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default('latency_ms'),
        p50: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
        p95: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
        p99: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
        severity: severity.optional(),
    }).optional(),
});
const configSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1).optional(),
    connections: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[A-Za-z_][A-Za-z0-9_-]*$/, 'a connection name is letters, digits, _ and -'), _connections_js__WEBPACK_IMPORTED_MODULE_0__/* .connectionSchema */ .mR).optional()
        .describe('named engines that datasets read tables from; credentials only as env:NAME'),
    datasets: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(datasetSchema).default([]),
    models: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(modelSchema).default([]),
    report: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        json: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default('datagate-report.json'),
        markdown: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        html: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        junit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('JUnit XML: one test case per gate, for test-report actions'),
        sarif: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('SARIF 2.1.0: failing gates on the lines of the data files, for code scanning'),
    }).optional(),
});


/***/ }),

/***/ 47843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ detach)
/* harmony export */ });
// Copies of strings kept past their batch, so they do not keep the batch's text alive.
/**
 * A flat copy of a string. A reader's cell is often a slice of a megabyte chunk of the file, and a
 * built key a concatenation of such slices: kept as they are, each would pin its whole chunk
 * (measured: 300 keys of 30 characters held 357 MB; copied, 4 MB).
 */
function detach(text) {
    // Short slices are copies already (V8 slices only strings of 13 characters or more).
    return text.length < 13 ? text : (' ' + text).slice(1);
}


/***/ }),

/***/ 81968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nq: () => (/* binding */ MAX_EXAMPLES),
/* harmony export */   nP: () => (/* binding */ Violations)
/* harmony export */ });
/* unused harmony export shifted */
/* harmony import */ var _detach_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47843);
// A tally of offending rows: a count and the first few rows, so a million bad rows cost no memory.

const MAX_EXAMPLES = 5;
/** Long values are cut in examples; the report shows them, it does not archive them. */
const MAX_EXAMPLE_LENGTH = 200;
/** An example of a part moved to its place in the whole file. */
function shifted(example, shift) {
    return { ...example, row: example.row + shift.rows, ...(example.line !== undefined ? { line: example.line + shift.lines } : {}) };
}
class Violations {
    count = 0;
    examples = [];
    /** Records row `index` of `batch` with the offending value as text. */
    add(batch, index, value) {
        const line = batch.lines?.[index];
        this.record(() => ({ row: batch.firstRow + index, ...(line !== undefined ? { line } : {}), file: batch.file, value }));
    }
    /** `add` of the value text[start, end), which becomes a string only for an example. */
    addRange(batch, index, text, start, end) {
        if (this.examples.length >= MAX_EXAMPLES) {
            this.count++;
            return;
        }
        this.add(batch, index, text.slice(start, end));
    }
    /** Counts one offence; the example is only built while fewer than MAX_EXAMPLES are kept. */
    record(example) {
        this.count++;
        if (this.examples.length >= MAX_EXAMPLES)
            return;
        const { value, ...where } = example();
        this.examples.push({ ...where, value: (0,_detach_js__WEBPACK_IMPORTED_MODULE_0__/* .detach */ .Y)(value.length > MAX_EXAMPLE_LENGTH ? value.slice(0, MAX_EXAMPLE_LENGTH) + '…' : value) });
    }
    /**
     * Counts one offence at `row` when offences arrive out of row order: the examples kept are
     * those of the lowest rows.
     */
    recordByRow(row, example) {
        const examples = this.examples;
        if (examples.length >= MAX_EXAMPLES) {
            if (row >= examples[examples.length - 1].row) {
                this.count++;
                return;
            }
            examples.pop();
        }
        this.record(example);
        examples.sort((a, b) => a.row - b.row);
    }
    toState() {
        return { count: this.count, examples: this.examples };
    }
    /** Adds the tally of a later part of the data: counts add up, examples stay in row order. */
    absorb(state, shift) {
        this.count += state.count;
        for (const example of state.examples) {
            if (this.examples.length >= MAX_EXAMPLES)
                break;
            this.examples.push(shifted(example, shift));
        }
    }
}


/***/ }),

/***/ 10858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ IssueTally)
/* harmony export */ });
/* harmony import */ var _contract_violations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81968);
// Ragged rows and unparseable cells in an otherwise readable file: counted and shown, not fatal.
// The tally keeps a count and the first few per kind, so a million bad rows cost no memory.

class IssueTally {
    kinds = new Map();
    add = (issue) => {
        let entry = this.kinds.get(issue.kind);
        if (!entry)
            this.kinds.set(issue.kind, (entry = { violations: new _contract_violations_js__WEBPACK_IMPORTED_MODULE_0__/* .Violations */ .nP(), first: issue.message }));
        entry.violations.record(() => ({
            row: issue.row ?? 0,
            ...(issue.line !== undefined ? { line: issue.line } : {}),
            file: issue.file,
            value: issue.message,
        }));
    };
    gates(dataset) {
        return [...this.kinds.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([kind, { violations, first }]) => ({
            id: `${dataset}.read.${kind}`,
            kind: 'read',
            dataset,
            status: 'warn',
            severity: 'warn',
            count: violations.count,
            message: `${violations.count} ${kind.replace(/_/g, ' ')} issue${violations.count === 1 ? '' : 's'} while reading, first: ${first}`,
            examples: violations.examples,
        }));
    }
}


/***/ }),

/***/ 23747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ percentOf)
/* harmony export */ });
// A share as every message writes it (gates, drift, the contract's checks, `init`).
/** A share as a percentage with three significant digits: 0.571 → 57.1%, 0.5 → 50%. */
function percentOf(share) {
    return `${Number((share * 100).toPrecision(3))}%`;
}


/***/ }),

/***/ 59179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ violated)
/* harmony export */ });
// How a violated rule reports, by its severity: shared by the gates and the contract's row checks.
/** error → fail, warn → warn: how a violated rule of a given severity reports. */
function violated(severity) {
    return severity === 'warn' ? 'warn' : 'fail';
}


/***/ }),

/***/ 2615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   failureLine: () => (/* binding */ failureLine),
/* harmony export */   shouldFail: () => (/* binding */ shouldFail),
/* harmony export */   worstStatus: () => (/* binding */ worstStatus)
/* harmony export */ });
// How gate statuses add up to a dataset's, a model's and the run's status.
function worstStatus(gates) {
    if (gates.some((gate) => gate.status === 'fail'))
        return 'fail';
    if (gates.some((gate) => gate.status === 'warn'))
        return 'warn';
    return 'pass';
}
/** Whether the run should end with a failing exit status. */
function shouldFail(status, failOn) {
    if (failOn === 'never')
        return false;
    if (failOn === 'warning')
        return status !== 'pass';
    return status === 'fail';
}
/** "3 of 12 gates failed: train.drift.age, …" — the one-line reason for a failed run. */
function failureLine(gates, failOn = 'error') {
    const ran = gates.filter((gate) => gate.status !== 'skip');
    const bad = ran.filter((gate) => gate.status === 'fail' || (failOn === 'warning' && gate.status === 'warn'));
    const word = failOn === 'warning' ? 'failed or warned' : 'failed';
    const names = bad.slice(0, 5).map((gate) => gate.id).join(', ');
    const more = bad.length > 5 ? `, and ${bad.length - 5} more` : '';
    return `${bad.length} of ${ran.length} gates ${word}: ${names}${more}`;
}


/***/ })

};
