export const id = 8446;
export const ids = [8446,161,2542];
export const modules = {

/***/ 59636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ keysAt),
/* harmony export */   p: () => (/* binding */ nearest)
/* harmony export */ });
// "Did you mean …?" for a config's misspelt keys and values: the keys the schema allows where the
// unknown one stands, and the nearest of them (or of an enum's values) by edit distance.
function defOf(schema) {
    return schema._zod.def;
}
/** The schemas a value at `path` below `schema` may be checked against (every option of a union). */
function schemasAt(schema, path, depth = 0) {
    // A config schema is a few levels deep; the bound only guards a recursive (lazy) one.
    if (depth > 64)
        return [];
    const def = defOf(schema);
    const wrapped = def.innerType ?? (def.type === 'pipe' ? def.in : undefined) ?? def.getter?.();
    if (wrapped)
        return schemasAt(wrapped, path, depth + 1);
    if (def.type === 'union' && def.options)
        return def.options.flatMap((option) => schemasAt(option, path, depth + 1));
    if (def.type === 'intersection' && def.left && def.right)
        return [...schemasAt(def.left, path, depth + 1), ...schemasAt(def.right, path, depth + 1)];
    if (path.length === 0)
        return [schema];
    const [head, ...rest] = path;
    if (def.type === 'object' && def.shape && typeof head === 'string' && Object.hasOwn(def.shape, head))
        return schemasAt(def.shape[head], rest, depth + 1);
    if (def.type === 'array' && def.element && typeof head === 'number')
        return schemasAt(def.element, rest, depth + 1);
    if (def.type === 'record' && def.valueType)
        return schemasAt(def.valueType, rest, depth + 1);
    return [];
}
/** The keys an object at `path` may have: those of every object schema that could apply there. */
function keysAt(schema, path) {
    const keys = new Set();
    for (const found of schemasAt(schema, path)) {
        const def = defOf(found);
        if (def.type === 'object' && def.shape)
            for (const key of Object.keys(def.shape))
                keys.add(key);
    }
    return [...keys];
}
/** Levenshtein distance, stopping early once every path is past `limit`. */
function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit)
        return limit + 1;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        let best = i;
        for (let j = 1; j <= b.length; j++) {
            row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            best = Math.min(best, row[j]);
        }
        if (best > limit)
            return limit + 1;
        previous = row;
    }
    return previous[b.length];
}
/**
 * The candidate `word` most likely misspells: within two edits (one for a word of four letters
 * or fewer), ignoring case, or undefined when none is that close. Config text is untrusted and
 * may be long: a word past 64 characters is no typo of a key.
 */
function nearest(word, candidates) {
    if (word.length > 64)
        return undefined;
    const limit = word.length <= 4 ? 1 : 2;
    let best;
    let bestDistance = limit + 1;
    for (const candidate of candidates) {
        if (candidate.length > 64)
            continue;
        const found = distance(word.toLowerCase(), candidate.toLowerCase(), limit);
        if (found < bestDistance) {
            best = candidate;
            bestDistance = found;
        }
    }
    return best;
}


/***/ }),

/***/ 68458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jV: () => (/* binding */ formatPath),
  Z9: () => (/* binding */ loadConfig),
  o4: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: MAX_CONFIG_VALUES

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/config/hints.ts
var hints = __webpack_require__(59636);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(90131);
// EXTERNAL MODULE: ./src/contract/validateConfig.ts
var validateConfig = __webpack_require__(6424);
// EXTERNAL MODULE: ./src/config/connections.ts
var connections = __webpack_require__(25467);
;// CONCATENATED MODULE: ./src/config/semantics.ts
// Checks zod cannot express (regexes compile, bounds are ordered, names are unique), gathered
// from the parts of the config that own them.


function semanticProblems(config) {
    const problems = [];
    const seen = new Map();
    const checkName = (kind, index, name) => {
        const earlier = seen.get(name);
        if (earlier)
            problems.push({ path: `${kind}[${index}].name`, message: `"${name}" is already the name of ${earlier}` });
        else
            seen.set(name, `${kind}[${index}]`);
    };
    config.datasets.forEach((dataset, index) => checkName('datasets', index, dataset.name));
    config.models.forEach((model, index) => checkName('models', index, model.name));
    problems.push(...(0,validateConfig/* contractProblems */.N)(config));
    problems.push(...(0,connections/* connectionProblems */.lm)(config));
    return problems;
}

;// CONCATENATED MODULE: ./src/config/load.ts
// Reads datagate.yml: YAML syntax, then the zod schema, then semantic checks — every problem at
// once, each with its line and config path, as one UserError (exit 2) before any data is read.







/** `text`, when given, is used instead of the file's content (an edit not yet written, as `accept` checks it). */
async function loadConfig(configPath, cwd = process.cwd(), text) {
    const file = external_node_path_default().resolve(cwd, configPath);
    if (text !== undefined)
        return { config: parseConfig(text, configPath), file, dir: external_node_path_default().dirname(file) };
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new errors/* UserError */.yo([{ file: configPath, message: code === 'ENOENT' ? 'config file not found (`datagate init <data file> --out datagate.yml` writes one)' : `cannot read config file (${code})` }]);
    }
    return { config: parseConfig(text, configPath), file, dir: external_node_path_default().dirname(file) };
}
/** Values (scalars, lists, maps) a config may hold once its YAML aliases are expanded: real configs have thousands. */
const MAX_CONFIG_VALUES = 1_000_000;
/** Values in `value` counting each alias at every use, as zod and JSON would walk them; stops past `limit`. */
function expandedValues(value, limit) {
    let count = 0;
    const stack = [value];
    while (stack.length > 0 && count <= limit) {
        const next = stack.pop();
        count++;
        if (Array.isArray(next))
            stack.push(...next);
        else if (next !== null && typeof next === 'object')
            stack.push(...Object.values(next));
    }
    return count;
}
/** Parses config text; `name` is how problems refer to the file. */
function parseConfig(text, name) {
    const lineCounter = new dist.LineCounter();
    const doc = dist.parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
        throw new errors/* UserError */.yo(doc.errors.map((error) => ({
            file: name,
            line: error.linePos?.[0]?.line,
            message: error.message.split('\n')[0],
        })));
    }
    // YAML aliases are not counted by the yaml library's own rule (its default refused a config
    // that reuses one anchor for 149 columns); a config is refused by its size once expanded.
    const raw = doc.toJS({ maxAliasCount: -1 }) ?? {};
    if (expandedValues(raw, MAX_CONFIG_VALUES) > MAX_CONFIG_VALUES) {
        let line;
        dist.visit(doc, { Alias(_key, node) {
                if (node.range)
                    line = lineCounter.linePos(node.range[0]).line;
                return dist.visit.BREAK;
            } });
        throw new errors/* UserError */.yo([{ file: name, line, message: `the config expands to more than ${MAX_CONFIG_VALUES.toLocaleString('en-US')} values through YAML aliases (an alias bomb?)` }]);
    }
    const lineOf = (configPath) => {
        for (let length = configPath.length; length >= 0; length--) {
            const node = doc.getIn(configPath.slice(0, length), true);
            if ((0,dist.isNode)(node) && node.range)
                return lineCounter.linePos(node.range[0]).line;
        }
        return undefined;
    };
    const parsed = schema/* configSchema */.Qn.safeParse(raw);
    if (!parsed.success) {
        // From the parsed value, not the document: a value reached through an alias is there too.
        const valueAt = (configPath) => configPath.reduce((value, key) => (value !== null && typeof value === 'object' ? value[key] : undefined), raw);
        throw new errors/* UserError */.yo(byLine(parsed.error.issues.map((issue) => zodProblem(issue, name, lineOf, valueAt))));
    }
    const problems = semanticProblems(parsed.data).map((problem) => ({
        ...problem,
        file: name,
        line: problem.path ? lineOf(pathSegments(problem.path)) : undefined,
    }));
    if (problems.length > 0)
        throw new errors/* UserError */.yo(byLine(problems));
    return parsed.data;
}
/** Problems in the order of the file's lines (zod reports a union's after the rest). */
function byLine(problems) {
    return problems.map((problem, index) => ({ problem, index }))
        .sort((a, b) => (a.problem.line ?? Infinity) - (b.problem.line ?? Infinity) || a.index - b.index)
        .map(({ problem }) => problem);
}
function zodProblem(issue, file, lineOf, valueAt) {
    const issuePath = [...issue.path];
    const where = { file, path: formatPath(issuePath) || '(top level)' };
    if (issue.code === 'unrecognized_keys') {
        // Every unknown key of the object, each with the allowed key it most likely misspells.
        const allowed = (0,hints/* keysAt */._)(schema/* configSchema */.Qn, issuePath);
        const unknown = issue.keys.map((key) => {
            const guess = (0,hints/* nearest */.p)(key, allowed.filter((known) => !issue.keys.includes(known)));
            return `"${key}"${guess ? ` (did you mean "${guess}"?)` : ''}`;
        });
        return { ...where, line: lineOf([...issuePath, issue.keys[0]]), message: `unknown key${issue.keys.length > 1 ? 's' : ''} ${unknown.join(', ')}` };
    }
    // A missing key fails as "Invalid input: expected string, received undefined" (or, for a union, "Invalid input").
    if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && valueAt(issuePath) === undefined) {
        return { ...where, line: lineOf(issuePath), message: 'required' };
    }
    let message = issue.message;
    if (issue.code === 'invalid_value') {
        const value = valueAt(issuePath);
        const guess = typeof value === 'string' ? (0,hints/* nearest */.p)(value, issue.values.filter((option) => typeof option === 'string')) : undefined;
        if (guess)
            message += ` (did you mean "${guess}"?)`;
    }
    return { ...where, line: lineOf(issuePath), message };
}
/** ['datasets', 0, 'drift', 'method'] → `datasets[0].drift.method`. */
function formatPath(segments) {
    let out = '';
    for (const segment of segments) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else
            out += out ? `.${String(segment)}` : String(segment);
    }
    return out;
}
function pathSegments(formatted) {
    const segments = [];
    for (const match of formatted.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
        segments.push(match[2] !== undefined ? Number(match[2]) : match[1]);
    }
    return segments;
}


/***/ }),

/***/ 7352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ patternProblem),
/* harmony export */   E: () => (/* binding */ compilePattern)
/* harmony export */ });
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
// Contract patterns in bounded time. A pattern comes from a config a pull request can change and
// runs on every cell, so `^(a+)+$` over one long cell must not backtrack for hours. Patterns run
// in V8's usual backtracking engine and fall back, per match, to V8's linear-time engine once a
// match has backtracked 50,000 times (V8's default threshold); a pattern the linear engine cannot
// run at all (lookaround, backreferences) is refused when the config is read.

let enabled = false;
/** V8's linear-time engine, process-wide: the `l` flag, and the fallback after excessive backtracking. */
function enableLinearEngine() {
    if (enabled)
        return;
    node_v8__WEBPACK_IMPORTED_MODULE_0___default().setFlagsFromString('--enable-experimental-regexp-engine');
    node_v8__WEBPACK_IMPORTED_MODULE_0___default().setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
    enabled = true;
}
/** Why `pattern` cannot be a contract pattern, or undefined when it can. */
function patternProblem(pattern) {
    try {
        new RegExp(pattern);
    }
    catch (error) {
        return `invalid regular expression: ${error.message}`;
    }
    enableLinearEngine();
    try {
        // eslint-disable-next-line no-invalid-regexp -- 'l' is V8's linear-time flag, enabled above
        new RegExp(pattern, 'l');
    }
    catch {
        return 'this pattern cannot run in linear time (lookahead, lookbehind or a backreference): a long value could make it run for hours; write it without them';
    }
    return undefined;
}
/** The compiled contract pattern; call `patternProblem` first. */
function compilePattern(pattern) {
    enableLinearEngine();
    return new RegExp(pattern);
}


/***/ }),

/***/ 44057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CP: () => (/* binding */ typeAccepts),
/* harmony export */   J1: () => (/* binding */ requiredColumns),
/* harmony export */   aM: () => (/* binding */ parseBound),
/* harmony export */   dk: () => (/* binding */ typeAcceptsText),
/* harmony export */   hR: () => (/* binding */ typeAcceptsRange),
/* harmony export */   uK: () => (/* binding */ ruleSeverity),
/* harmony export */   wP: () => (/* binding */ boundKindOf)
/* harmony export */ });
/* unused harmony export COLUMN_RULES */
/* harmony import */ var _profile_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45373);
/* harmony import */ var _profile_dates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81452);
// What the contract's rule values mean: type compatibility, bounds, severities. Shared by the
// row checks and the config validation so both read a rule the same way.


/** Rule names in the order their results are reported. */
const COLUMN_RULES = (/* unused pure expression or super */ null && ([
    'required', 'type', 'nullable', 'max_null_fraction', 'unique', 'min', 'max', 'allowed', 'pattern',
    'min_length', 'max_length',
]));
const DAY_MS = 86_400_000;
/** Does one non-null cell satisfy a declared column type? Wider types accept narrower values. */
function typeAccepts(declared, cell) {
    if (declared === 'string')
        return true;
    const actual = (0,_profile_values_js__WEBPACK_IMPORTED_MODULE_0__/* .cellType */ .T$)(cell);
    switch (declared) {
        case 'integer': return actual === 'integer';
        case 'number': return actual === 'integer' || actual === 'number';
        // A 0/1 flag is a boolean to a contract; its profile stays integer, so baselines and drift keep their type.
        case 'boolean': return actual === 'boolean' || (actual === 'integer' && (cell === 0 || cell === 1 || cell === '0' || cell === '1'));
        // A decoded Date (Parquet, JSON) is a date when it falls on midnight UTC.
        case 'date': return actual === 'date' || (cell instanceof Date && cell.getTime() % DAY_MS === 0) || (actual === 'string' && (0,_profile_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .textTemporalType */ .ML)(cell) === 'date');
        case 'timestamp': return actual === 'timestamp' || actual === 'date' || (actual === 'string' && (0,_profile_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .textTemporalType */ .ML)(cell) !== undefined);
        case 'list':
        case 'struct':
        case 'map': return actual === declared;
    }
}
/**
 * `typeAccepts` of a text cell whose kind `classifyText` already gave (one parse per cell): the
 * same answers, for CSV/TSV fields.
 */
function typeAcceptsText(declared, kind, text) {
    switch (declared) {
        case 'string': return true;
        case 'integer': return kind === _profile_values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_INTEGER */ .Ec;
        case 'number': return kind === _profile_values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_INTEGER */ .Ec || kind === _profile_values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_NUMBER */ .V;
        case 'boolean': return kind === _profile_values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_BOOLEAN */ .gN || (kind === _profile_values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_INTEGER */ .Ec && (text === '0' || text === '1'));
        case 'date': return kind === _profile_values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_DATE */ .UR || (kind === _profile_values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_STRING */ .jr && (0,_profile_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .textTemporalType */ .ML)(text) === 'date');
        case 'timestamp': return kind === _profile_values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_TIMESTAMP */ .mq || kind === _profile_values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_DATE */ .UR || (kind === _profile_values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_STRING */ .jr && (0,_profile_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .textTemporalType */ .ML)(text) !== undefined);
        case 'list':
        case 'struct':
        case 'map': return false;
    }
}
/** `typeAcceptsText` of the field text[start, end), which becomes a string only for a date in another format. */
function typeAcceptsRange(declared, kind, text, start, end) {
    switch (declared) {
        case 'boolean': {
            const code = text.charCodeAt(start);
            return kind === _profile_values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_BOOLEAN */ .gN || (kind === _profile_values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_INTEGER */ .Ec && end - start === 1 && (code === 48 || code === 49));
        }
        case 'date':
        case 'timestamp':
            return kind === _profile_values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_STRING */ .jr ? typeAcceptsText(declared, kind, text.slice(start, end)) : typeAcceptsText(declared, kind, '');
        default: return typeAcceptsText(declared, kind, '');
    }
}
/** A `min`/`max` rule value read as a bound; undefined when a string is not an ISO date/time. */
function parseBound(value) {
    if (typeof value === 'number')
        return { kind: 'number', value };
    const time = (0,_profile_values_js__WEBPACK_IMPORTED_MODULE_0__/* .cellTime */ .s3)(value.trim());
    return time === undefined ? undefined : { kind: 'time', value: time };
}
/** Which kind of bound a declared type can be compared with; undefined when no bound applies. */
function boundKindOf(type) {
    if (type === undefined)
        return 'any';
    if (type === 'integer' || type === 'number')
        return 'number';
    if (type === 'date' || type === 'timestamp')
        return 'time';
    return undefined;
}
/** A column rule's severity: its own, else the schema's, else error. */
function ruleSeverity(dataset, rule) {
    return rule?.severity ?? dataset.schema?.severity ?? 'error';
}
/** The columns the contract expects to exist: listed columns (unless `required: false`) and `schema.required`. */
function requiredColumns(dataset) {
    const names = new Set();
    for (const [name, rule] of Object.entries(dataset.schema?.columns ?? {})) {
        if (rule.required !== false)
            names.add(name);
    }
    for (const name of dataset.schema?.required ?? [])
        names.add(name);
    return [...names];
}


/***/ }),

/***/ 6424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ contractProblems)
/* harmony export */ });
/* harmony import */ var _config_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97840);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44057);
/* harmony import */ var _pattern_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7352);
// Contract mistakes zod cannot see — a regex that does not compile, min > max, a bound the
// column's type cannot have — reported with their config path before any data is read.



function contractProblems(config) {
    return config.datasets.flatMap((dataset, index) => datasetProblems(dataset, `datasets[${index}]`));
}
function datasetProblems(dataset, at) {
    const problems = [];
    const columns = dataset.schema?.columns ?? {};
    for (const [name, rule] of Object.entries(columns)) {
        problems.push(...columnProblems(rule, `${at}.schema.columns.${name}`));
    }
    for (const [index, name] of (dataset.schema?.required ?? []).entries()) {
        if (columns[name]?.required === false) {
            problems.push({ path: `${at}.schema.required[${index}]`, message: `"${name}" is required here but has required: false under columns` });
        }
    }
    const closed = dataset.schema?.allow_extra_columns === false;
    const known = new Set([...Object.keys(columns), ...(dataset.schema?.required ?? [])]);
    const unknownWhenClosed = (name, path) => {
        if (closed && !known.has(name)) {
            problems.push({ path, message: `"${name}" is not in schema.columns, and allow_extra_columns is false: no data can pass` });
        }
    };
    for (const [index, key] of (dataset.unique ?? []).entries()) {
        const seen = new Set();
        for (const [part, name] of key.entries()) {
            if (seen.has(name))
                problems.push({ path: `${at}.unique[${index}][${part}]`, message: `"${name}" appears twice in this unique key` });
            seen.add(name);
            unknownWhenClosed(name, `${at}.unique[${index}][${part}]`);
        }
    }
    const rows = dataset.rows;
    if (rows?.min !== undefined && rows.max !== undefined && rows.min > rows.max) {
        problems.push({ path: `${at}.rows.min`, message: `min (${rows.min}) is greater than max (${rows.max})` });
    }
    const freshness = dataset.freshness;
    if (freshness) {
        const maxAge = (0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(freshness.max_age);
        if (maxAge === undefined) {
            problems.push({ path: `${at}.freshness.max_age`, message: `unknown duration "${freshness.max_age}"; use a number and s, m, h, d or w, such as 2d or 6h` });
        }
        else if (maxAge <= 0) {
            problems.push({ path: `${at}.freshness.max_age`, message: `max_age must be longer than 0, got "${freshness.max_age}"` });
        }
        const type = columns[freshness.column]?.type;
        if (type !== undefined && type !== 'date' && type !== 'timestamp') {
            problems.push({ path: `${at}.freshness.column`, message: `"${freshness.column}" has type ${type}; freshness needs a date or timestamp column` });
        }
        unknownWhenClosed(freshness.column, `${at}.freshness.column`);
    }
    return problems;
}
function columnProblems(rule, at) {
    const problems = [];
    if (rule.pattern !== undefined) {
        const problem = (0,_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .patternProblem */ .A)(rule.pattern);
        if (problem)
            problems.push({ path: `${at}.pattern`, message: problem });
    }
    const bounds = {};
    const allowedKind = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .boundKindOf */ .wP)(rule.type);
    for (const side of ['min', 'max']) {
        const value = rule[side];
        if (value === undefined)
            continue;
        const bound = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBound */ .aM)(value);
        if (!bound) {
            problems.push({ path: `${at}.${side}`, message: `${side} must be a number or an ISO date or timestamp, got ${JSON.stringify(value)}` });
        }
        else if (allowedKind === undefined) {
            problems.push({ path: `${at}.${side}`, message: `${side} does not apply to ${withArticle(String(rule.type))} column` });
        }
        else if (allowedKind !== 'any' && allowedKind !== bound.kind) {
            const wanted = allowedKind === 'number' ? 'a number' : 'an ISO date or timestamp';
            problems.push({ path: `${at}.${side}`, message: `${side} must be ${wanted} for ${withArticle(String(rule.type))} column, got ${JSON.stringify(value)}` });
        }
        else {
            bounds[side] = bound;
        }
    }
    if (bounds.min && bounds.max) {
        if (bounds.min.kind !== bounds.max.kind) {
            problems.push({ path: `${at}.max`, message: 'min and max must both be numbers or both be dates' });
        }
        else if (bounds.min.value > bounds.max.value) {
            problems.push({ path: `${at}.min`, message: `min (${String(rule.min)}) is greater than max (${String(rule.max)})` });
        }
    }
    if (rule.min_length !== undefined && rule.max_length !== undefined && rule.min_length > rule.max_length) {
        problems.push({ path: `${at}.min_length`, message: `min_length (${rule.min_length}) is greater than max_length (${rule.max_length})` });
    }
    const declared = rule.type;
    if (declared && declared !== 'string') {
        for (const [index, value] of (rule.allowed ?? []).entries()) {
            if (!(0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .typeAccepts */ .CP)(declared, value)) {
                problems.push({ path: `${at}.allowed[${index}]`, message: `${JSON.stringify(value)} is not ${withArticle(declared)}, so no ${declared} value can equal it` });
            }
        }
    }
    if (rule.nullable === false && rule.max_null_fraction !== undefined && rule.max_null_fraction > 0) {
        problems.push({ path: `${at}.max_null_fraction`, message: 'nullable: false allows no nulls; drop one of the two' });
    }
    return problems;
}
function withArticle(word) {
    return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
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
