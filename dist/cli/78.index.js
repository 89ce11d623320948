export const id = 78;
export const ids = [78];
export const modules = {

/***/ 68287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   hP: () => (/* binding */ columnList),
/* harmony export */   jv: () => (/* binding */ jsonParseProblem),
/* harmony export */   np: () => (/* binding */ clipQuote)
/* harmony export */ });
/* unused harmony export MAX_QUOTE */
// What a parse error may say about a file: where and what went wrong, never the file's content.
// A config or metrics path can name any file the process can read (a docker config.json, a
// credentials file), and the message lands in a public log, summary or PR comment.
/** Quoted text from a file in a message: at most this many characters, as a data example is cut. */
const MAX_QUOTE = 200;
/** JSON.parse's message without V8's quoted snippet of the text, and the line it points at. */
function jsonParseProblem(error, text) {
    const raw = error instanceof Error ? error.message : String(error);
    // V8: `Unexpected token 's', "{"a": secretvalu"... is not valid JSON` (the snippet is the file's).
    let message = raw.replace(/,\s*(?:\.\.\.)?".*"(?:\.\.\.)?\s+is not valid JSON$/s, '');
    const position = /at position (\d+)/.exec(message);
    message = message.replace(/ in JSON at position \d+.*$/s, '').replace(/ at position \d+.*$/s, '');
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
    return { line, message: clipQuote(message) };
}
/** The first line of a parser's message, cut to MAX_QUOTE characters. */
function clipQuote(message) {
    const first = message.split('\n')[0];
    return first.length > MAX_QUOTE ? `${first.slice(0, MAX_QUOTE)}…` : first;
}
/** A value from a file in a message: as JSON (escaped, one line), cut to MAX_QUOTE characters. */
function quoted(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE)}…` : text;
}
/** A file's column names in a message: each cut to 40 characters, MAX_QUOTE characters in all. */
function columnList(columns) {
    const shown = [];
    let length = 0;
    for (const column of columns) {
        const name = column.length > 40 ? `${column.slice(0, 40)}…` : column;
        if (shown.length > 0 && length + name.length + 2 > MAX_QUOTE)
            break;
        shown.push(name);
        length += name.length + 2;
    }
    return `${shown.join(', ')}${shown.length < columns.length ? `, … (${columns.length} in all)` : ''}`;
}


/***/ }),

/***/ 90078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadSnapshotProfile: () => (/* binding */ loadSnapshotProfile)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/parseErrors.ts
var parseErrors = __webpack_require__(68287);
// EXTERNAL MODULE: ./src/profile/index.ts
var profile = __webpack_require__(40733);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/profile/stateVersion.ts
var stateVersion = __webpack_require__(76462);
;// CONCATENATED MODULE: ./src/profile/state.ts
// The JSON form of a column's mergeable state, and its zod schema for profiles read from disk.



const finite = schemas/* number */.aig().finite();
const count = schemas/* number */.aig().int().nonnegative();
const kllSchema = schemas/* object */.Ikc({
    k: count.min(8),
    n: count,
    levels: schemas/* array */.YOg(schemas/* array */.YOg(finite)),
    compactions: count,
});
const columnStateSchema = schemas/* object */.Ikc({
    v: schemas/* literal */.euz(stateVersion/* STATE_VERSION */.n),
    count,
    nulls: count,
    kinds: schemas/* array */.YOg(count).length(6),
    minLength: count.optional(),
    maxLength: count.optional(),
    numeric: schemas/* object */.Ikc({ n: count, mean: finite, m2: finite, min: finite, max: finite }).optional(),
    sample: schemas/* union */.KCZ([schemas/* object */.Ikc({ exact: schemas/* array */.YOg(finite) }), schemas/* object */.Ikc({ kll: kllSchema })]).optional(),
    time: schemas/* object */.Ikc({ min: finite, max: finite }).optional(),
    dates: schemas/* object */.Ikc({
        slash: count,
        formats: schemas/* array */.YOg(schemas/* object */.Ikc({ format: schemas/* string */.YjP().max(40), count, timed: count, min: finite, max: finite })).max(16),
    }).optional(),
    categories: schemas/* object */.Ikc({
        items: schemas/* array */.YOg(schemas/* tuple */.PVZ([schemas/* string */.YjP(), count])),
        numbers: schemas/* array */.YOg(count).optional(),
        times: schemas/* boolean */.zMY().optional(),
        total: count,
        error: count,
        exact: schemas/* boolean */.zMY(),
        hll: schemas/* string */.YjP().optional(),
    }),
    format: schemas/* union */.KCZ([
        schemas/* object */.Ikc({ decimal: schemas/* enum */.k5n(['.', ',']), thousands: schemas/* enum */.k5n([',', '.', ' ']).optional(), percent: schemas/* boolean */.zMY().optional() }),
        schemas/* object */.Ikc({ true: schemas/* array */.YOg(schemas/* string */.YjP()), false: schemas/* array */.YOg(schemas/* string */.YjP()) }),
    ]).optional(),
    nested: schemas/* object */.Ikc({
        type: schemas/* enum */.k5n(['list', 'struct', 'map']),
        lengths: schemas/* object */.Ikc({ n: count, min: count, max: count, sum: count }),
    }).optional(),
});

// EXTERNAL MODULE: ./src/profile/profileFile.ts
var profileFile = __webpack_require__(26394);
;// CONCATENATED MODULE: ./src/profile/load.ts
// Profiles on disk: telling a profile JSON from a data file, and validating one that was read.




const columnTypes = ['integer', 'number', 'boolean', 'string', 'date', 'timestamp', 'list', 'struct', 'map'];
const quantile = schemas/* number */.aig();
const profileSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1),
    rows: schemas/* number */.aig().int().nonnegative(),
    source: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    delimiter: schemas/* string */.YjP().optional(),
    columns: schemas/* array */.YOg(schemas/* object */.Ikc({
        name: schemas/* string */.YjP(),
        type: schemas/* enum */.k5n(columnTypes),
        count: schemas/* number */.aig().int().nonnegative(),
        nulls: schemas/* number */.aig().int().nonnegative(),
        distinct: schemas/* number */.aig().int().nonnegative().optional(),
        min: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]).optional(),
        max: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]).optional(),
        mean: schemas/* number */.aig().optional(),
        std: schemas/* number */.aig().optional(),
        quantiles: schemas/* object */.Ikc({ p01: quantile, p05: quantile, p25: quantile, p50: quantile, p75: quantile, p95: quantile, p99: quantile }).optional(),
        top: schemas/* array */.YOg(schemas/* object */.Ikc({ value: schemas/* string */.YjP(), count: schemas/* number */.aig() })).optional(),
        parsed: schemas/* object */.Ikc({ type: schemas/* enum */.k5n(columnTypes), share: schemas/* number */.aig() }).optional(),
        ambiguousFormat: schemas/* string */.YjP().optional(),
        minLength: schemas/* number */.aig().optional(),
        maxLength: schemas/* number */.aig().optional(),
        histogram: schemas/* object */.Ikc({ edges: schemas/* array */.YOg(schemas/* number */.aig()), counts: schemas/* array */.YOg(schemas/* number */.aig()) }).optional(),
        format: schemas/* union */.KCZ([schemas/* string */.YjP().max(40), columnStateSchema.shape.format.unwrap()]).optional(),
        length: schemas/* object */.Ikc({ min: schemas/* number */.aig(), max: schemas/* number */.aig(), mean: schemas/* number */.aig() }).optional(),
        state: columnStateSchema.optional(),
    })),
});
/** A parsed profile JSON, checked; a UserError naming `file` and the bad field otherwise. */
function loadProfile(json, file) {
    const result = profileSchema.safeParse(json);
    if (!result.success) {
        throw new errors/* UserError */.yo(result.error.issues.slice(0, 5).map((issue) => ({
            file,
            path: issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, ''),
            message: `not a valid datagate profile: ${issue.message}`,
        })));
    }
    return result.data;
}

;// CONCATENATED MODULE: ./src/run/snapshot.ts
// A baseline or compare input is either a stored profile JSON or a data file to profile.





/** A stored profile, or the profile of a data file; `signal` stops the read (src/profile/index.ts). */
async function loadSnapshotProfile(file, options = {}, onIssue = () => { }, signal) {
    if (await (0,profile.isProfileFile)(file)) {
        let json;
        const text = await (0,promises_.readFile)(file, 'utf8');
        try {
            json = JSON.parse(text);
        }
        catch (error) {
            const problem = (0,parseErrors/* jsonParseProblem */.jv)(error, text);
            throw new errors/* UserError */.yo([{ file, line: problem.line, message: `not valid JSON: ${problem.message}` }]);
        }
        return loadProfile(json, file);
    }
    // Compared in this run: keep every numeric value for exact drift statistics.
    return (0,profile.profileFiles)([file], options, onIssue, { exact: true, signal });
}


/***/ })

};
