export const id = 9388;
export const ids = [9388];
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

/***/ 55562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ ruleConfigPath),
/* harmony export */   Z: () => (/* binding */ lineOfPath)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
// Where in the config a gate's rule is written: a gate result → the path of its node in
// datagate.yml, and that node's line. Shared by SARIF (a location for gates without data rows)
// and `datagate accept` (the node to edit).

/** Column rules whose gate id ends in the rule's own key. */
const COLUMN_RULE_KEYS = new Set(['type', 'nullable', 'max_null_fraction', 'unique', 'min', 'max', 'allowed', 'pattern', 'min_length', 'max_length']);
/**
 * The config path of the rule behind a gate: as deep as the gate names it (a column rule's key,
 * a metric), else its section, else its dataset or model. Undefined for gates of no dataset or model.
 */
function ruleConfigPath(gate, config) {
    if (gate.dataset !== undefined) {
        const index = config.datasets.findIndex((dataset) => dataset.name === gate.dataset);
        if (index < 0)
            return undefined;
        const dataset = ['datasets', index];
        const rest = suffixAfter(gate.id, `${gate.dataset}.${gate.kind}.`);
        switch (gate.kind) {
            case 'contract': {
                if (rest === 'extra_columns')
                    return [...dataset, 'schema', 'allow_extra_columns'];
                const rule = rest?.slice(rest.lastIndexOf('.') + 1);
                const column = gate.column;
                if (column !== undefined && config.datasets[index].schema?.columns[column] !== undefined) {
                    const columnPath = [...dataset, 'schema', 'columns', column];
                    return rule && COLUMN_RULE_KEYS.has(rule) ? [...columnPath, rule] : columnPath;
                }
                if (rule === 'unique')
                    return [...dataset, 'unique'];
                return [...dataset, 'schema'];
            }
            case 'rows': return rest && ['min', 'max', 'max_change'].includes(rest) ? [...dataset, 'rows', rest] : [...dataset, 'rows'];
            case 'drift': {
                const column = gate.column;
                return column !== undefined && config.datasets[index].drift?.columns[column] !== undefined
                    ? [...dataset, 'drift', 'columns', column] : [...dataset, 'drift'];
            }
            case 'freshness': return [...dataset, 'freshness'];
            case 'schema': return [...dataset, 'schema_changes'];
            default: return dataset;
        }
    }
    if (gate.model !== undefined) {
        const index = config.models.findIndex((model) => model.name === gate.model);
        if (index < 0)
            return undefined;
        const model = ['models', index];
        if (gate.kind === 'metric') {
            const name = suffixAfter(gate.id, `${gate.model}.metric.`);
            return name !== undefined && config.models[index].metrics[name] !== undefined ? [...model, 'metrics', name] : [...model, 'metrics'];
        }
        if (gate.kind === 'segment') {
            const bound = suffixAfter(gate.id, `${gate.model}.segment.`)?.split('.').pop();
            return bound === 'min' || bound === 'max' ? [...model, 'segments', bound] : bound === 'gap' ? [...model, 'segments', 'max_gap'] : [...model, 'segments'];
        }
        if (gate.kind === 'latency') {
            const percentile = suffixAfter(gate.id, `${gate.model}.latency.`);
            return percentile && ['p50', 'p95', 'p99'].includes(percentile) ? [...model, 'latency', percentile] : [...model, 'latency'];
        }
        return model;
    }
    return undefined;
}
/** 1-based line of the deepest node of `configPath` present in the document. */
function lineOfPath(doc, lineCounter, configPath) {
    for (let length = configPath.length; length >= 0; length--) {
        const node = doc.getIn(configPath.slice(0, length), true);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isNode)(node) && node.range)
            return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
}
function suffixAfter(id, prefix) {
    return id.startsWith(prefix) ? id.slice(prefix.length) : undefined;
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

/***/ 33017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sarifOptions: () => (/* binding */ sarifOptions),
  writeMachineReports: () => (/* binding */ writeMachineReports)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(68458);
// EXTERNAL MODULE: ./src/config/locate.ts
var locate = __webpack_require__(55562);
;// CONCATENATED MODULE: ./src/report/junit.ts
// The report as JUnit XML, so test-report actions and CI dashboards show the gates beside the
// unit tests: one <testsuite> per dataset or model, one <testcase> per gate.
//
// Status mapping: fail → <failure> (message, then the first examples in the body); skip →
// <skipped> with the reason; warn → a passing test case whose <system-out> says "warning: …"
// (JUnit has no warning state, and a warning must not turn a dashboard red); pass → empty case.
/** Examples listed in a failure's body; the JSON report has them all. */
const EXAMPLES_SHOWN = 5;
/** Longest value shown for an example, in characters. */
const VALUE_MAX = 200;
function renderJunit(report) {
    const suites = groupIntoSuites(report.gates);
    const totals = countAll(report.gates);
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="datagate" tests="${totals.tests}" failures="${totals.failures}" errors="0" skipped="${totals.skipped}" time="0">`,
    ];
    for (const suite of suites) {
        const counts = countAll(suite.gates);
        lines.push(`  <testsuite name="${attribute(suite.name)}" tests="${counts.tests}" failures="${counts.failures}" errors="0" skipped="${counts.skipped}" time="0">`);
        for (const gate of suite.gates)
            lines.push(...testCase(gate, suite.classPrefix));
        lines.push('  </testsuite>');
    }
    lines.push('</testsuites>');
    return lines.join('\n') + '\n';
}
/** Datasets first, then models, then gates of neither (config, baseline), each in report order. */
function groupIntoSuites(gates) {
    const byKey = new Map();
    for (const gate of gates) {
        const [key, suite] = gate.dataset !== undefined
            ? [`0 ${gate.dataset}`, { name: `dataset ${gate.dataset}`, classPrefix: `datagate.${gate.dataset}` }]
            : gate.model !== undefined
                ? [`1 ${gate.model}`, { name: `model ${gate.model}`, classPrefix: `datagate.${gate.model}` }]
                : ['2', { name: 'datagate', classPrefix: 'datagate' }];
        let entry = byKey.get(key);
        if (!entry)
            byKey.set(key, entry = { ...suite, gates: [] });
        entry.gates.push(gate);
    }
    return [...byKey.entries()].sort(([a], [b]) => (a[0] === b[0] ? 0 : a[0] < b[0] ? -1 : 1)).map(([, suite]) => suite);
}
function countAll(gates) {
    return {
        tests: gates.length,
        failures: gates.filter((gate) => gate.status === 'fail').length,
        skipped: gates.filter((gate) => gate.status === 'skip').length,
    };
}
function testCase(gate, classPrefix) {
    const open = `    <testcase name="${attribute(gate.id)}" classname="${attribute(`${classPrefix}.${gate.kind}`)}" time="0"`;
    switch (gate.status) {
        case 'pass':
            return [`${open}/>`];
        case 'skip':
            return [`${open}>`, `      <skipped message="${attribute(gate.message)}"/>`, '    </testcase>'];
        case 'warn':
            return [`${open}>`, `      <system-out>${junit_text(`warning: ${failureBody(gate)}`)}</system-out>`, '    </testcase>'];
        case 'fail':
            return [`${open}>`, `      <failure message="${attribute(gate.message)}" type="${attribute(gate.kind)}">${junit_text(failureBody(gate))}</failure>`, '    </testcase>'];
    }
}
function failureBody(gate) {
    const lines = [gate.message];
    if (gate.expected !== undefined)
        lines.push(`expected: ${JSON.stringify(gate.expected)}`);
    if (gate.observed !== undefined)
        lines.push(`observed: ${JSON.stringify(gate.observed)}`);
    if (gate.count !== undefined)
        lines.push(`count: ${gate.count}`);
    const examples = gate.examples ?? [];
    if (examples.length > 0) {
        lines.push('examples:');
        for (const example of examples.slice(0, EXAMPLES_SHOWN))
            lines.push(`  ${describeExample(example)}`);
        if (examples.length > EXAMPLES_SHOWN)
            lines.push(`  … ${examples.length - EXAMPLES_SHOWN} more in the JSON report`);
    }
    return lines.join('\n');
}
function describeExample(example) {
    const where = example.file ? `${example.file}${example.line !== undefined ? `:${example.line}` : ''}` : example.line !== undefined ? `line ${example.line}` : '';
    const value = example.value.length > VALUE_MAX ? `${example.value.slice(0, VALUE_MAX - 1)}…` : example.value;
    return `row ${example.row}${where ? ` (${where})` : ''}: ${JSON.stringify(value)}`;
}
/**
 * Characters XML 1.0 cannot carry at all (controls other than tab/newline/return, lone
 * surrogates, U+FFFE/U+FFFF) become a visible `\uXXXX`; a document with them is not well-formed.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function xmlSafe(value) {
    return value.replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function junit_text(value) {
    return xmlSafe(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** Attribute values also escape quotes and keep newlines and tabs (which parsers would normalise to spaces). */
function attribute(value) {
    return junit_text(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;')
        .replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/report/sarif.ts
// The report as SARIF 2.1.0, so code scanning shows contract violations on the lines of a data
// file in the PR's diff: one rule per gate kind, one result per failing or warning gate.
//
// A result's locations are its first examples that name a file and line inside the workspace;
// a gate without such examples (metrics, row counts, drift) points at its rule in the config.


const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Examples given as locations: the first is the result's location, the rest related ones. */
const LOCATIONS_SHOWN = 5;
/** The base that every artifact URI is relative to: the repository root (the workspace). */
const SOURCE_ROOT = '%SRCROOT%';
const RULE_TEXT = {
    contract: 'A data contract rule (type, nulls, range, allowed values, pattern, length, uniqueness, columns) is violated',
    rows: 'The row count is outside its bounds or changed more than allowed',
    freshness: 'The newest value of a date column is older than allowed',
    schema: 'The schema changed against the baseline',
    drift: 'A column\'s distribution drifted from the baseline',
    metric: 'A model metric is outside its threshold or regressed against the baseline',
    segment: 'A per-segment model metric is below its minimum, or segments are too far apart',
    latency: 'A latency percentile is above its limit',
    read: 'Rows or values of a data file could not be read',
    baseline: 'The baseline could not be used',
    config: 'The config checks nothing or could not be applied',
};
function renderSarif(report, options) {
    const reported = report.gates.filter((gate) => gate.status === 'fail' || gate.status === 'warn');
    const kinds = [...new Set(reported.map((gate) => gate.kind))].sort();
    const rules = kinds.map((kind) => ({
        id: kind,
        name: ruleName(kind),
        shortDescription: { text: RULE_TEXT[kind] ?? `datagate ${kind} gate` },
        defaultConfiguration: { level: 'error' },
    }));
    const results = reported.map((gate) => result(gate, kinds.indexOf(gate.kind), options));
    const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [{
                tool: { driver: { name: 'datagate', semanticVersion: version/* VERSION */.x, version: version/* VERSION */.x, rules } },
                columnKind: 'unicodeCodePoints',
                results,
            }],
    };
    return JSON.stringify(log, null, 2) + '\n';
}
function result(gate, ruleIndex, options) {
    const located = (gate.examples ?? [])
        .map((example) => exampleLocation(example, options))
        .filter((location) => location !== undefined)
        .slice(0, LOCATIONS_SHOWN);
    const fallback = located.length === 0 ? configLocation(gate, options) : undefined;
    const locations = located.length > 0 ? [located[0]] : fallback ? [fallback] : [];
    return {
        ruleId: gate.kind,
        ruleIndex,
        level: gate.status === 'fail' ? 'error' : 'warning',
        message: { text: `${gate.message} (${gate.id})` },
        ...(locations.length > 0 ? { locations } : {}),
        ...(located.length > 1 ? { relatedLocations: located.slice(1).map((location, index) => ({ id: index + 1, ...location })) } : {}),
        partialFingerprints: { datagateGate: gate.id },
        properties: {
            gate: gate.id,
            ...(gate.count !== undefined ? { count: gate.count } : {}),
            ...(gate.dataset !== undefined ? { dataset: gate.dataset } : {}),
            ...(gate.model !== undefined ? { model: gate.model } : {}),
        },
    };
}
function exampleLocation(example, options) {
    if (!example.file || example.line === undefined)
        return undefined;
    const uri = workspaceUri(external_node_path_default().resolve(options.configDir, example.file), options.workspace);
    if (uri === undefined)
        return undefined;
    return {
        physicalLocation: { artifactLocation: { uri, uriBaseId: SOURCE_ROOT }, region: { startLine: Math.max(1, example.line) } },
        message: { text: `row ${example.row}: ${example.value.length > 200 ? `${example.value.slice(0, 199)}…` : example.value}` },
    };
}
function configLocation(gate, options) {
    if (!options.configFile)
        return undefined;
    const uri = workspaceUri(external_node_path_default().resolve(options.workspace, options.configFile), options.workspace);
    if (uri === undefined)
        return undefined;
    return { physicalLocation: { artifactLocation: { uri, uriBaseId: SOURCE_ROOT }, region: { startLine: Math.max(1, options.configLine?.(gate) ?? 1) } } };
}
/** A relative URI reference with forward slashes and each segment percent-encoded; undefined outside the workspace. */
function workspaceUri(file, workspace) {
    const relative = external_node_path_default().relative(external_node_path_default().resolve(workspace), file);
    if (relative === '' || relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
        return undefined;
    return relative.split((external_node_path_default()).sep).map((segment) => encodeURIComponent(segment)).join('/');
}
/** `max_null_fraction` style kinds → `MaxNullFraction`, SARIF's PascalCase rule names. */
function ruleName(kind) {
    return kind.split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word[0].toUpperCase() + word.slice(1)).join('') || 'Gate';
}

// EXTERNAL MODULE: ./src/workspace/index.ts
var workspace = __webpack_require__(40161);
;// CONCATENATED MODULE: ./src/run/machineReports.ts
// JUnit and SARIF files of a check, from flags (CLI) or the config's `report` section (both).








/** Writes the JUnit and SARIF files asked for; returns the absolute paths written. */
async function writeMachineReports(result, report, targets) {
    const cwd = targets.cwd ?? process.cwd();
    const fromConfig = (relative) => relative === undefined ? undefined : external_node_path_default().resolve(result.dir, relative);
    const fromFlag = (relative) => relative === undefined ? undefined : external_node_path_default().resolve(cwd, relative);
    const junit = [...new Set([fromFlag(targets.junit), fromConfig(result.outputs.junit)].filter((file) => file !== undefined))];
    const sarif = [...new Set([fromFlag(targets.sarif), fromConfig(result.outputs.sarif)].filter((file) => file !== undefined))];
    (0,workspace.confinedWrites)(targets.confine, [...junit, ...sarif].map((file) => ({ file, shown: external_node_path_default().relative(cwd, file) || file })));
    const written = [];
    if (junit.length > 0) {
        const text = renderJunit(report);
        for (const file of junit)
            written.push(await write(file, text));
    }
    if (sarif.length > 0) {
        const text = renderSarif(report, await sarifOptions(result, targets.workspace));
        for (const file of sarif)
            written.push(await write(file, text));
    }
    return written;
}
/** Locations in the config for gates without data rows: the line of each gate's rule. */
async function sarifOptions(result, workspace) {
    const text = await (0,promises_.readFile)(result.configFile, 'utf8');
    const config = (0,load/* parseConfig */.o4)(text, result.configFile);
    const lineCounter = new dist.LineCounter();
    const doc = dist.parseDocument(text, { lineCounter });
    return {
        workspace,
        configDir: result.dir,
        configFile: result.configFile,
        configLine: (gate) => {
            const configPath = (0,locate/* ruleConfigPath */.S)(gate, config);
            return configPath ? (0,locate/* lineOfPath */.Z)(doc, lineCounter, configPath) : undefined;
        },
    };
}
async function write(file, text) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    await (0,promises_.writeFile)(file, text);
    return file;
}


/***/ })

};
