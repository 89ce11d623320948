export const id = 2822;
export const ids = [2822];
export const modules = {

/***/ 23296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BT: () => (/* binding */ BUILT),
/* harmony export */   C2: () => (/* binding */ CsvParser),
/* harmony export */   Mz: () => (/* binding */ BatchSink)
/* harmony export */ });
/* unused harmony export uniqueNames */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// CSV and TSV per RFC 4180 (quoted fields, doubled quotes, newlines inside quotes, CRLF), parsed
// chunk by chunk on decoded text. Hand-written because it reports the line of every row (udsv and
// papaparse do not), at udsv's speed and 2.4× papaparse's on the bench file (bench/parsers.mjs:
// 0.67 s, udsv 0.61 s, papaparse 1.62 s); it passes csv-spectrum. And because it hands a record
// over as field positions in the chunk (`RecordSink`): the profiler reads fields in place, so
// most cells never become strings — splitting into strings and then typing them took twice as
// long (see bench/README.md).

const QUOTE = 34;
const NEWLINE = 10;
const CR = 13;
/** A record longer than this is almost surely an unclosed quote swallowing the file. */
const MAX_RECORD_CHARS = 64 << 20;
/** An incomplete record longer than this waits for more text before it is parsed again. */
const PIECE_CHARS = 1 << 16;
const BATCH_ROWS = 2048;
/** A field's end in `Fields.ends` when its value had to be built (doubled quotes): see `built`. */
const BUILT = -1;
/** Names for the header: empty ones get `column_N`, repeated ones a `_2`, `_3` suffix. */
function uniqueNames(raw, file, onIssue) {
    const seen = new Set();
    return raw.map((name, index) => {
        let unique = name === '' ? `column_${index + 1}` : name;
        for (let n = 2; seen.has(unique); n++)
            unique = `${name || `column_${index + 1}`}_${n}`;
        if (unique !== name)
            onIssue({ kind: 'other', file, line: 1, message: `header ${index + 1} "${name}" renamed to "${unique}" (empty or repeated)` });
        seen.add(unique);
        return unique;
    });
}
class CsvParser {
    file;
    delimiter;
    onIssue;
    batchRows;
    /** Text being parsed: an incomplete record carried over plus the latest chunk. */
    text = '';
    /** Where parsing resumes in `text`. */
    pos = 0;
    /** Line on which `pos` is. */
    line = 1;
    final = false;
    header;
    nextRow;
    fields = { starts: new Int32Array(16), ends: new Int32Array(16), built: [] };
    /** Chunks held back while an incomplete record is long: see `push`. */
    waiting = [];
    waitingChars = 0;
    constructor(options) {
        this.file = options.file;
        this.delimiter = options.delimiter;
        this.onIssue = options.onIssue;
        this.nextRow = options.firstRow;
        this.batchRows = Math.max(1, options.batchRows ?? BATCH_ROWS);
        this.header = options.header;
        this.line = options.firstLine ?? 1;
    }
    /** The header's names once read. */
    get columns() {
        return this.header;
    }
    /**
     * Whether text is left that is not a complete record: after the last chunk of a part of a
     * file, it says the part did not end on a record boundary.
     */
    get pending() {
        return this.pos < this.text.length || this.waitingChars > 0;
    }
    /** The line parsing stands on: once a part of a file has ended on a record boundary, its newlines + its first line. */
    get lineReached() {
        return this.line;
    }
    /** Rows parsed so far plus the first row number: where the next file's rows start. */
    get firstRowAfter() {
        return this.nextRow;
    }
    /** Adds a chunk of text; then call `next()` until it returns undefined, or `drain()`. */
    push(chunk) {
        const rest = this.text.length - this.pos;
        if (rest > PIECE_CHARS) {
            // An incomplete record already scanned to its end: parsing it again after each chunk made
            // a long field or line quadratic (a 50 MB field took 59 s). Chunks wait until the text
            // after the record's start has doubled, so every character is scanned O(1) times.
            this.waiting.push(chunk);
            this.waitingChars += chunk.length;
            if (rest + this.waitingChars > MAX_RECORD_CHARS)
                this.tooLong();
            if (this.waitingChars < rest)
                return;
            chunk = this.takeWaiting();
        }
        if (rest + chunk.length > MAX_RECORD_CHARS && this.pos < this.text.length)
            this.tooLong();
        this.text = rest > 0 ? this.text.slice(this.pos) + chunk : chunk;
        this.pos = 0;
    }
    /** Marks the end of the file: `next()` or `drain()` then parse the last record too. */
    end() {
        if (this.waiting.length > 0) {
            this.text = this.text.slice(this.pos) + this.takeWaiting();
            this.pos = 0;
        }
        this.final = true;
    }
    takeWaiting() {
        const text = this.waiting.join('');
        this.waiting = [];
        this.waitingChars = 0;
        return text;
    }
    tooLong() {
        const quoted = this.text.charCodeAt(this.pos) === QUOTE || this.text.indexOf(`${this.delimiter}"`, this.pos) !== -1;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo([{
                file: this.file, line: this.line,
                message: `a record longer than 64 MB${quoted ? ': an unclosed quote?' : ' (no line break?)'}`,
            }]);
    }
    /**
     * The next batch of complete records, at most `batchRows` of them. Small batches keep the set
     * of live strings small, which is what makes V8's young-generation collections cheap.
     */
    next() {
        const sink = new BatchSink();
        const firstRow = this.nextRow;
        this.parse(this.batchRows, sink);
        this.checkNotEmpty();
        return sink.take(this.file, firstRow);
    }
    /** Hands every complete record to `sink`; returns how many there were. */
    drain(sink) {
        const rows = this.parse(Infinity, sink);
        this.checkNotEmpty();
        return rows;
    }
    checkNotEmpty() {
        if (this.final && this.header === undefined && this.pos >= this.text.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo([{ file: this.file, line: 1, message: 'empty file: no header row' }]);
        }
    }
    grow() {
        const { starts, ends, built } = this.fields;
        const size = starts.length * 2;
        this.fields = { starts: new Int32Array(size), ends: new Int32Array(size), built };
        this.fields.starts.set(starts);
        this.fields.ends.set(ends);
    }
    /**
     * Parses up to `limit` complete records from `pos`, handing each to `sink`; an incomplete
     * one is left for the next chunk unless `final`. Fields are cut with indexOf, which V8 runs
     * natively; the cached next-delimiter and next-newline positions make each field cost one
     * comparison on the common path.
     */
    parse(limit, sink) {
        const text = this.text;
        const final = this.final;
        const delimiter = this.delimiter;
        const delimiterCode = delimiter.charCodeAt(0);
        const length = text.length;
        let { starts, ends } = this.fields;
        const built = this.fields.built;
        let pos = this.pos;
        let line = this.line;
        let nextDelimiter = text.indexOf(delimiter, pos);
        let nextNewline = text.indexOf('\n', pos);
        let complete = 0;
        records: while (pos < length && complete < limit) {
            const recordStart = pos;
            const recordLine = line;
            let field = 0;
            // A blank line is no record (as pandas and DuckDB read it).
            if (text.charCodeAt(pos) === NEWLINE || (text.charCodeAt(pos) === CR && text.charCodeAt(pos + 1) === NEWLINE)) {
                pos += text.charCodeAt(pos) === CR ? 2 : 1;
                line++;
                continue;
            }
            for (;;) {
                if (field === starts.length) {
                    this.grow();
                    ({ starts, ends } = this.fields);
                }
                let end;
                if (text.charCodeAt(pos) === QUOTE) {
                    // Quoted field: runs to a quote not followed by another quote. Its value is the text
                    // between the quotes unless a doubled quote or text after the closing one makes
                    // `value` a string of its own.
                    const quoteLine = line;
                    const valueStart = pos + 1;
                    let valueEnd = valueStart;
                    let start = valueStart;
                    let value;
                    for (;;) {
                        const close = text.indexOf('"', start);
                        if (close === -1 || (close + 1 >= length && !final)) {
                            if (!final) {
                                pos = recordStart;
                                line = recordLine;
                                break records;
                            }
                            const column = this.header?.[field] ?? `${field + 1}`;
                            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo([{ file: this.file, line: quoteLine, message: `unclosed quote in column "${column}"` }]);
                        }
                        if (text.charCodeAt(close + 1) === QUOTE) {
                            value = (value ?? '') + text.slice(start, close + 1);
                            start = close + 2;
                            continue;
                        }
                        if (value !== undefined)
                            value += text.slice(start, close);
                        else
                            valueEnd = close;
                        // Newlines inside the quotes still advance the line count. The cached next newline
                        // says whether there are any, without scanning the rest of the line for each field.
                        if (nextNewline !== -1 && nextNewline < pos)
                            nextNewline = text.indexOf('\n', pos);
                        if (nextNewline !== -1 && nextNewline < close) {
                            for (let nl = nextNewline; nl !== -1 && nl < close; nl = text.indexOf('\n', nl + 1))
                                line++;
                        }
                        pos = close + 1;
                        break;
                    }
                    if (nextDelimiter !== -1 && nextDelimiter < pos)
                        nextDelimiter = text.indexOf(delimiter, pos);
                    if (nextNewline !== -1 && nextNewline < pos)
                        nextNewline = text.indexOf('\n', pos);
                    end = pos;
                    const after = text.charCodeAt(pos);
                    if (after !== delimiterCode && after !== NEWLINE && !(after === CR && text.charCodeAt(pos + 1) === NEWLINE) && pos < length) {
                        // Text after the closing quote (`"a"b`): not RFC 4180; keep it, as most readers do.
                        end = nextDelimiter === -1 ? (nextNewline === -1 ? length : nextNewline) : nextNewline === -1 ? nextDelimiter : Math.min(nextDelimiter, nextNewline);
                        let tail = text.slice(pos, end);
                        if (end === nextNewline && tail.charCodeAt(tail.length - 1) === CR)
                            tail = tail.slice(0, -1);
                        value = (value ?? text.slice(valueStart, valueEnd)) + tail;
                    }
                    if (value === undefined) {
                        starts[field] = valueStart;
                        ends[field] = valueEnd;
                    }
                    else {
                        ends[field] = BUILT;
                        built[field] = value;
                    }
                }
                else {
                    if (nextDelimiter !== -1 && nextDelimiter < pos)
                        nextDelimiter = text.indexOf(delimiter, pos);
                    if (nextNewline !== -1 && nextNewline < pos)
                        nextNewline = text.indexOf('\n', pos);
                    end = nextDelimiter !== -1 && (nextDelimiter < nextNewline || nextNewline === -1) ? nextDelimiter : nextNewline === -1 ? length : nextNewline;
                    starts[field] = pos;
                    ends[field] = (end === nextNewline || end === length) && end > pos && text.charCodeAt(end - 1) === CR ? end - 1 : end;
                }
                field++;
                if (end < length && text.charCodeAt(end) === delimiterCode) {
                    pos = end + 1;
                    continue;
                }
                if (end >= length && !final) {
                    pos = recordStart;
                    line = recordLine;
                    break records;
                }
                // End of record: the newline (or the end of the last chunk). A quoted field ends at the
                // CR of a CRLF (checked above to be followed by its LF): both are the record's end, or
                // the LF read as a blank line of its own and every later line number was one too high.
                pos = end >= length ? length : text.charCodeAt(end) === CR ? end + 2 : end + 1;
                if (end < length)
                    line++;
                break;
            }
            if (this.header === undefined) {
                const names = [];
                for (let c = 0; c < field; c++)
                    names.push(ends[c] === BUILT ? built[c] : text.slice(starts[c], ends[c]));
                this.header = uniqueNames(names, this.file, this.onIssue);
                continue;
            }
            if (field !== this.header.length) {
                this.onIssue({
                    kind: 'ragged_row', file: this.file, line: recordLine, row: this.nextRow + complete,
                    message: `expected ${this.header.length} fields, found ${field}`,
                });
            }
            sink.record(text, this.fields, field, this.header, recordLine, recordStart);
            complete++;
        }
        this.pos = pos;
        this.line = line;
        this.nextRow += complete;
        return complete;
    }
}
/**
 * Collects records into a columnar batch of strings; a short record's missing fields are null.
 * With `keep`, only the columns it accepts get cells (the others' arrays stay empty): the
 * contract checks read a few columns, and slicing every field into a string cost as much as
 * profiling it.
 */
class BatchSink {
    keep;
    header;
    data = [];
    wanted = [];
    lines = [];
    constructor(keep) {
        this.keep = keep;
    }
    record(text, fields, count, header, line) {
        if (this.header !== header) {
            this.header = header;
            this.data = header.map(() => []);
            this.wanted = header.map((name) => this.keep?.(name) ?? true);
        }
        const { data, wanted } = this;
        const { starts, ends, built } = fields;
        const width = header.length;
        const present = count < width ? count : width;
        for (let c = 0; c < present; c++)
            if (wanted[c])
                data[c].push(ends[c] === BUILT ? built[c] : text.slice(starts[c], ends[c]));
        for (let c = present; c < width; c++)
            if (wanted[c])
                data[c].push(null);
        this.lines.push(line);
    }
    /** The records gathered since the last take, as a batch whose first row is `firstRow`. */
    take(file, firstRow) {
        const { header, data, lines } = this;
        if (!header || lines.length === 0)
            return undefined;
        this.data = header.map(() => []);
        this.lines = [];
        return { columns: header, data, length: lines.length, firstRow, lines, file };
    }
}


/***/ }),

/***/ 88185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tz: () => (/* binding */ detectFormat),
/* harmony export */   bf: () => (/* binding */ isGzip),
/* harmony export */   vM: () => (/* binding */ isDataFile)
/* harmony export */ });
/* unused harmony export DATA_EXTENSIONS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Which reader a file needs: from its extension (a trailing .gz is looked through), or the override.

const BY_EXTENSION = {
    csv: 'csv',
    txt: 'csv',
    tsv: 'tsv',
    tab: 'tsv',
    jsonl: 'jsonl',
    ndjson: 'jsonl',
    json: 'json',
    parquet: 'parquet',
    pq: 'parquet',
};
/** Extensions (without .gz) that a folder of parts may hold. */
const DATA_EXTENSIONS = Object.keys(BY_EXTENSION);
/** True when the file is gzip-compressed by its name. */
function isGzip(file) {
    return /\.gz$/i.test(file);
}
function extensionOf(file) {
    const name = file.replace(/\\/g, '/').split('/').pop() ?? file;
    const parts = name.toLowerCase().split('.');
    if (parts.length > 1 && parts[parts.length - 1] === 'gz')
        parts.pop();
    return parts.length > 1 ? parts[parts.length - 1] : '';
}
/** True when the name says data: `.csv`, `.tsv`, `.jsonl`, `.parquet`, … with or without `.gz`. */
function isDataFile(file) {
    return extensionOf(file) in BY_EXTENSION;
}
function detectFormat(file, override) {
    if (override)
        return override;
    const format = BY_EXTENSION[extensionOf(file)];
    if (!format) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo([{ file, message: 'cannot tell the format from the extension; use .csv, .tsv, .jsonl, .json or .parquet, or set the format' }]);
    }
    if (format === 'parquet' && isGzip(file)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo([{ file, message: 'gzip-compressed Parquet is not supported (Parquet compresses its own pages)' }]);
    }
    return format;
}


/***/ }),

/***/ 72822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  csvDelimiter: () => (/* binding */ csvDelimiter),
  delimiterFor: () => (/* binding */ delimiterFor),
  detectFormat: () => (/* reexport */ readers_format/* detectFormat */.Tz),
  isDataFile: () => (/* reexport */ readers_format/* isDataFile */.vM),
  readBatches: () => (/* binding */ readBatches),
  resolveFiles: () => (/* reexport */ resolveFiles)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/readers/csv.ts
var csv = __webpack_require__(23296);
// EXTERNAL MODULE: ./src/readers/format.ts
var readers_format = __webpack_require__(88185);
;// CONCATENATED MODULE: ./src/readers/rows.ts
// Builds a columnar batch from row objects (JSON readers): columns appear as keys are first seen.
class RowBatchBuilder {
    file;
    columns = [];
    index = new Map();
    data = [];
    lines = [];
    length = 0;
    constructor(file) {
        this.file = file;
    }
    get size() {
        return this.length;
    }
    add(row, line) {
        const r = this.length;
        for (const key in row) {
            let c = this.index.get(key);
            if (c === undefined) {
                c = this.columns.length;
                this.columns.push(key);
                this.index.set(key, c);
                // Earlier rows of this batch lacked the key: they read as null.
                this.data.push(new Array(r).fill(null));
            }
            const column = this.data[c];
            // A key repeated in one object: the last value wins, as JSON.parse does.
            if (column.length > r)
                column[r] = row[key];
            else
                column.push(row[key]);
        }
        this.length++;
        for (const column of this.data)
            if (column.length < this.length)
                column.push(null);
        this.lines.push(line);
    }
    /** The batch so far (or undefined when empty); the builder starts a new one, keeping the columns. */
    take(firstRow) {
        if (this.length === 0)
            return undefined;
        const batch = { columns: this.columns.slice(), data: this.data, length: this.length, firstRow, lines: this.lines, file: this.file };
        this.data = this.columns.map(() => []);
        this.lines = [];
        this.length = 0;
        return batch;
    }
}

// EXTERNAL MODULE: ./src/count.ts
var count = __webpack_require__(89984);
;// CONCATENATED MODULE: ./src/readers/limits.ts
// Bounds on untrusted input that V8 does not set: JSON nesting (a value nested 100,000 levels deep
// parses, but every recursive walk of it overflows the stack), and linear time on long records.

/** Arrays and objects nested deeper than this in one JSON value are refused. */
const MAX_JSON_NESTING = 1000;
/**
 * Whether `text` (one JSON value) nests arrays and objects deeper than MAX_JSON_NESTING. Brackets
 * inside strings are skipped. Short texts cannot nest that deep and are not scanned.
 */
function nestsTooDeep(text) {
    if (text.length <= 2 * MAX_JSON_NESTING)
        return false;
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 92)
                i++;
            else if (c === 34)
                inString = false;
        }
        else if (c === 34)
            inString = true;
        else if (c === 91 || c === 123) {
            if (++depth > MAX_JSON_NESTING)
                return true;
        }
        else if (c === 93 || c === 125)
            depth--;
    }
    return false;
}
const TOO_DEEP = `arrays or objects nested more than ${(0,count/* formatCount */.B)(MAX_JSON_NESTING)} levels deep`;
/** Above this many characters an unfinished record or element waits for more text: see `joinWhileLong`. */
const LONG_PENDING_CHARS = 1 << 16;
/**
 * Pieces of text for a parser that keeps an unfinished value (`pendingChars()` long) and scans it
 * again with each new piece. While that value is long, pieces are held back until they add up to
 * its length, so each character is scanned O(1) times instead of once per piece; `tooLong` is
 * called as soon as the value would pass `max` characters.
 */
async function* joinWhileLong(pieces, pendingChars, max, tooLong) {
    let waiting = [];
    let waitingChars = 0;
    for await (const piece of pieces) {
        const pending = pendingChars();
        if (pending <= LONG_PENDING_CHARS && waiting.length === 0) {
            yield piece;
            continue;
        }
        waiting.push(piece);
        waitingChars += piece.length;
        if (pending + waitingChars > max)
            tooLong();
        if (waitingChars < pending)
            continue;
        const joined = waiting.join('');
        waiting = [];
        waitingChars = 0;
        yield joined;
    }
    if (waiting.length > 0)
        yield waiting.join('');
}

// EXTERNAL MODULE: ./src/readers/text.ts
var readers_text = __webpack_require__(3833);
;// CONCATENATED MODULE: ./src/readers/json.ts
// A JSON array of objects, streamed: the top-level array is split into its elements by a small
// scanner (strings, escapes, nesting), and each element is parsed on its own.




const BATCH_ROWS = 8192;
const MAX_ELEMENT_CHARS = 64 << 20;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const NEWLINE = 10;
function isSpace(code) {
    return code === 32 || code === 10 || code === 13 || code === 9;
}
async function* readJsonArray(file, firstRow, batchSize = BATCH_ROWS) {
    const builder = new RowBatchBuilder(file);
    let state = 'start';
    let rest = '';
    let line = 1;
    let row = firstRow;
    let sawText = false;
    let elements = 0;
    const fail = (at, message) => {
        throw new errors/* UserError */.yo([{ file, line: at, message }]);
    };
    // An unfinished element is scanned again once the text after it has doubled, not after every
    // piece, which was quadratic in its length.
    const pieces = joinWhileLong((0,readers_text/* readText */.yR)(file), () => rest.length, MAX_ELEMENT_CHARS, () => fail(line, 'an array element longer than 64 MB'));
    for await (const chunk of pieces) {
        const text = rest + chunk;
        const length = text.length;
        let pos = 0;
        rest = '';
        while (pos < length) {
            const code = text.charCodeAt(pos);
            if (isSpace(code)) {
                if (code === NEWLINE)
                    line++;
                pos++;
                continue;
            }
            sawText = true;
            if (state === 'done')
                fail(line, 'unexpected text after the closing ]');
            if (state === 'start') {
                if (code !== OPEN_BRACKET)
                    fail(line, code === OPEN_BRACE ? 'expected a JSON array of objects, found one object (a profile JSON is read as a profile, not data)' : 'expected a JSON array of objects');
                state = 'element';
                pos++;
                continue;
            }
            if (state === 'separator') {
                if (code === COMMA) {
                    state = 'element';
                    pos++;
                    continue;
                }
                if (code === CLOSE_BRACKET) {
                    state = 'done';
                    pos++;
                    continue;
                }
                fail(line, 'expected , or ] between array elements');
            }
            // state === 'element'
            if (code === CLOSE_BRACKET && elements === 0) {
                state = 'done';
                pos++;
                continue;
            }
            if (code !== OPEN_BRACE)
                fail(line, 'expected an object as each array element');
            // Find the end of this object.
            let depth = 0;
            let inString = false;
            let newlines = 0;
            let end = -1;
            for (let i = pos; i < length; i++) {
                const c = text.charCodeAt(i);
                if (inString) {
                    if (c === BACKSLASH)
                        i++;
                    else if (c === QUOTE)
                        inString = false;
                    else if (c === NEWLINE)
                        newlines++;
                }
                else if (c === QUOTE)
                    inString = true;
                else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
                    if (++depth > MAX_JSON_NESTING)
                        fail(line + newlines, TOO_DEEP);
                }
                else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
                    depth--;
                    if (depth === 0) {
                        end = i + 1;
                        break;
                    }
                }
                else if (c === NEWLINE)
                    newlines++;
            }
            if (end === -1) {
                rest = text.slice(pos);
                if (rest.length > MAX_ELEMENT_CHARS)
                    fail(line, 'an array element longer than 64 MB');
                break;
            }
            let value;
            try {
                value = JSON.parse(text.slice(pos, end));
            }
            catch (error) {
                fail(line, `invalid JSON: ${error.message}`);
            }
            builder.add(value, line);
            elements++;
            line += newlines;
            pos = end;
            state = 'separator';
            if (builder.size >= batchSize) {
                const batch = builder.take(row);
                if (batch) {
                    row += batch.length;
                    yield batch;
                }
            }
        }
    }
    if (!sawText)
        fail(1, 'empty file');
    if (rest.length > 0 || state !== 'done')
        fail(line, 'the JSON array is not closed: truncated file?');
    const batch = builder.take(row);
    if (batch)
        yield batch;
}

;// CONCATENATED MODULE: ./src/readers/jsonl.ts
// JSON Lines: one JSON object per line; blank lines are skipped; anything else is an error.




const jsonl_BATCH_ROWS = 8192;
const MAX_LINE_CHARS = 64 << 20;
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
async function* readJsonl(file, firstRow, batchSize = jsonl_BATCH_ROWS) {
    const builder = new RowBatchBuilder(file);
    let rest = '';
    let line = 0;
    let row = firstRow;
    // Each line stands alone, so a bad one does not stop the read: it fails at the end with all of them.
    const problems = new errors/* ProblemList */.Ku(file, 'lines that are not JSON objects');
    const refuse = (message) => problems.add({ file, line, message });
    const parseLine = (text) => {
        line++;
        const trimmed = text.trim();
        if (trimmed === '')
            return;
        if (nestsTooDeep(trimmed))
            return refuse(TOO_DEEP);
        let value;
        try {
            value = JSON.parse(trimmed);
        }
        catch (error) {
            return refuse(`invalid JSON: ${error.message}`);
        }
        if (!isObject(value))
            return refuse('expected a JSON object on each line');
        builder.add(value, line);
    };
    // The pieces of a line that has not ended yet: joined once it ends, not once per piece.
    let waiting = [];
    let waitingChars = 0;
    for await (const piece of (0,readers_text/* readText */.yR)(file)) {
        const newline = piece.indexOf('\n');
        if (newline === -1 || waiting.length > 0) {
            if (rest.length + waitingChars + piece.length > MAX_LINE_CHARS) {
                throw new errors/* UserError */.yo([{ file, line: line + 1, message: 'a line longer than 64 MB' }]);
            }
            if (newline === -1) {
                waiting.push(piece);
                waitingChars += piece.length;
                continue;
            }
        }
        const chunk = waiting.length > 0 ? waiting.join('') + piece : piece;
        waiting = [];
        waitingChars = 0;
        const text = rest + chunk;
        let start = 0;
        for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
            parseLine(text.slice(start, end));
            start = end + 1;
            if (builder.size >= batchSize) {
                const batch = builder.take(row);
                if (batch) {
                    row += batch.length;
                    yield batch;
                }
            }
        }
        rest = text.slice(start);
    }
    if (waiting.length > 0)
        rest += waiting.join('');
    if (rest.length > 0)
        parseLine(rest);
    problems.throwIfAny();
    if (line === 0)
        throw new errors/* UserError */.yo([{ file, line: 1, message: 'empty file' }]);
    const batch = builder.take(row);
    if (batch)
        yield batch;
}

// EXTERNAL MODULE: ./src/readers/sniff.ts
var sniff = __webpack_require__(28292);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/readers/files.ts
// Which files a dataset is: a file, a glob, or a folder of parts (a partitioned dataset).





/** Files and folders that tools write beside the parts and that are never data. */
function isHidden(name) {
    return name.startsWith('.') || name.startsWith('_');
}
async function walk(folder, keep, found) {
    const entries = await external_node_fs_.promises.readdir(folder, { withFileTypes: true });
    for (const entry of entries) {
        if (isHidden(entry.name))
            continue;
        const full = external_node_path_default().join(folder, entry.name);
        if (entry.isDirectory())
            await walk(full, keep, found);
        else if (entry.isFile() && keep(full))
            found.push(full);
    }
}
async function statOrUndefined(file) {
    try {
        return await external_node_fs_.promises.stat(file);
    }
    catch {
        return undefined;
    }
}
/** Sorted absolute paths of the data files `pattern` names, relative to `cwd`. */
async function resolveFiles(pattern, cwd) {
    const absolute = external_node_path_default().resolve(cwd, pattern);
    const stat = await statOrUndefined(absolute);
    if (stat?.isFile())
        return [absolute];
    if (stat?.isDirectory()) {
        const found = [];
        await walk(absolute, readers_format/* isDataFile */.vM, found);
        if (found.length === 0)
            throw new errors/* UserError */.yo([{ file: pattern, message: 'the folder holds no data files (.csv, .tsv, .jsonl, .json, .parquet)' }]);
        return found.sort();
    }
    const scan = picomatch_default().scan(pattern.replace(/\\/g, '/'));
    if (!scan.isGlob)
        throw new errors/* UserError */.yo([{ file: pattern, message: 'no such file or folder' }]);
    const base = external_node_path_default().resolve(cwd, scan.base || '.');
    const isMatch = picomatch_default()(scan.glob, { dot: false });
    const found = [];
    if ((await statOrUndefined(base))?.isDirectory()) {
        await walk(base, (file) => isMatch(external_node_path_default().relative(base, file).split((external_node_path_default()).sep).join('/')), found);
    }
    if (found.length === 0)
        throw new errors/* UserError */.yo([{ file: pattern, message: 'no files match this pattern' }]);
    return found.sort();
}

;// CONCATENATED MODULE: ./src/readers/index.ts
// The readers' public face: which files, which format, and their rows as a stream of batches.









async function* readDelimited(file, delimiter, firstRow, onIssue, batchRows) {
    const parser = new csv/* CsvParser */.C2({ file, delimiter, firstRow, onIssue, batchRows });
    for await (const chunk of (0,readers_text/* readText */.yR)(file)) {
        parser.push(chunk);
        for (let batch = parser.next(); batch; batch = parser.next())
            yield batch;
    }
    parser.end();
    for (let batch = parser.next(); batch; batch = parser.next())
        yield batch;
}
function delimiterFor(format, options) {
    const delimiter = options.delimiter ?? (format === 'tsv' ? '\t' : ',');
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
        throw new errors/* UserError */.yo(`delimiter must be one character other than a quote or a newline, got ${JSON.stringify(delimiter)}`);
    }
    return delimiter;
}
/** The delimiter of a CSV/TSV file: given, the format's (TSV), or sniffed from its first lines (CSV). */
async function csvDelimiter(file, format, options) {
    const fallback = delimiterFor(format, options);
    if (options.delimiter !== undefined || format === 'tsv')
        return fallback;
    return (await (0,sniff/* sampleCsv */.po)(file, undefined, fallback)).delimiter;
}
/**
 * The rows of `files`, in order, as batches. Memory stays bounded by a batch (a chunk of text or
 * one Parquet row group). `firstRow` runs on across files; problems that leave the file readable
 * go to `onIssue`, the rest throw a UserError naming file and line. `firstRow` is the number of
 * the first row when these files continue a dataset.
 */
async function* readBatches(files, options, onIssue, firstRow = 1) {
    for (const file of files) {
        const format = (0,readers_format/* detectFormat */.Tz)(file, options.format);
        let reader;
        if (format === 'csv' || format === 'tsv')
            reader = readDelimited(file, await csvDelimiter(file, format, options), firstRow, onIssue, options.batchSize);
        else if (format === 'jsonl')
            reader = readJsonl(file, firstRow, options.batchSize);
        else if (format === 'json')
            reader = readJsonArray(file, firstRow, options.batchSize);
        // The Parquet reader (and its codecs) loads only for a Parquet file: most checks read none.
        else
            reader = (await Promise.all(/* import() */[__webpack_require__.e(783), __webpack_require__.e(4627), __webpack_require__.e(3970)]).then(__webpack_require__.bind(__webpack_require__, 64627))).readParquet(file, firstRow, onIssue);
        for await (const batch of reader) {
            yield batch;
            firstRow = batch.firstRow + batch.length;
        }
    }
}


/***/ }),

/***/ 28292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   po: () => (/* binding */ sampleCsv)
/* harmony export */ });
/* unused harmony exports CANDIDATE_DELIMITERS, sniffDelimiter */
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23296);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3833);
// The delimiter of a CSV file and a sample of its first records, read from its first lines as
// Python's csv.Sniffer and DuckDB's sniffer do: each candidate splits the sample (quotes
// respected), and the one whose records agree with the header on their field count wins.



/** Delimiters tried, in the order that breaks ties. */
const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'];
/** Text read for the value formats: a thousand records or more of a typical file. */
const SAMPLE_CHARS = 128 << 10;
/** Text the delimiter candidates are tried on: a few hundred lines. */
const DELIMITER_CHARS = 32 << 10;
/** Records whose values are kept for the value formats (src/profile/formats.ts). */
const SAMPLE_RECORDS = 2048;
/** The first `SAMPLE_CHARS` of a file's text, cut after its last complete line (whole when shorter). */
async function sampleText(file) {
    let text = '';
    for await (const piece of (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .readText */ .yR)(file)) {
        text += piece;
        if (text.length >= SAMPLE_CHARS) {
            const newline = text.lastIndexOf('\n');
            return { text: newline > 0 ? text.slice(0, newline + 1) : text, whole: false };
        }
    }
    return { text, whole: true };
}
/** Counts each record's fields against the header's, and keeps up to SAMPLE_RECORDS records' values. */
class SampleSink {
    keepValues;
    header;
    records = 0;
    agreeing = 0;
    values = [];
    constructor(keepValues) {
        this.keepValues = keepValues;
    }
    record(text, fields, count, header) {
        if (this.header === undefined) {
            this.header = header;
            this.values = header.map(() => new Set());
        }
        this.records++;
        if (count === header.length)
            this.agreeing++;
        if (!this.keepValues || this.records > SAMPLE_RECORDS)
            return;
        const width = Math.min(count, header.length);
        for (let c = 0; c < width; c++) {
            const value = fields.ends[c] === _csv_js__WEBPACK_IMPORTED_MODULE_0__/* .BUILT */ .BT ? fields.built[c] : text.slice(fields.starts[c], fields.ends[c]);
            if (value !== '')
                this.values[c].add(value);
        }
    }
}
/** The header and records of `text` split on `delimiter`; a sample cut inside a quote keeps what parsed. */
function split(file, text, delimiter, keepValues) {
    const sink = new SampleSink(keepValues);
    const parser = new _csv_js__WEBPACK_IMPORTED_MODULE_0__/* .CsvParser */ .C2({ file, delimiter, firstRow: 1, onIssue: () => undefined });
    parser.push(text);
    parser.end();
    try {
        parser.drain(sink);
    }
    catch {
        // An unclosed quote (or an empty file) under this delimiter: judged on the records before it.
    }
    return Object.assign(sink, { columns: parser.columns ?? [] });
}
/**
 * The delimiter among CANDIDATE_DELIMITERS that splits the sample most consistently: more than
 * one column, the largest share of records with the header's field count, then more columns,
 * then the candidates' order. A file no candidate splits is read with `fallback`.
 */
function sniffDelimiter(file, text, fallback) {
    let best;
    const cut = text.length > DELIMITER_CHARS ? text.lastIndexOf('\n', DELIMITER_CHARS) : -1;
    const head = cut > 0 ? text.slice(0, cut + 1) : text;
    for (const delimiter of CANDIDATE_DELIMITERS) {
        const sink = split(file, head, delimiter, false);
        const width = sink.columns.length;
        if (width < 2)
            continue;
        const share = sink.records === 0 ? 1 : sink.agreeing / sink.records;
        if (!best || share > best.share || (share === best.share && width > best.width))
            best = { delimiter, share, width };
    }
    return best?.delimiter ?? fallback;
}
/**
 * The delimiter (given, or sniffed when `given` is undefined) and a sample of the first records
 * of a CSV/TSV file. Unreadable files give an empty sample: the read itself then says why.
 */
async function sampleCsv(file, given, fallback) {
    let text;
    try {
        ({ text } = await sampleText(file));
    }
    catch {
        return { delimiter: given ?? fallback, detected: false, header: [], values: [] };
    }
    const delimiter = given ?? sniffDelimiter(file, text, fallback);
    const sink = split(file, text, delimiter, true);
    return { delimiter, detected: given === undefined, header: sink.columns, values: sink.values.map((values) => [...values]) };
}


/***/ }),

/***/ 3833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f1: () => (/* binding */ readFailure),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* unused harmony exports GZIP_MAX_RATIO, GZIP_RATIO_AFTER_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88185);
// Text files as a stream of decoded chunks: gunzips `.gz`, strips a BOM, and refuses bytes that
// are not UTF-8 text (invalid sequences, NUL bytes) with the line where they are.





const CHUNK_BYTES = 1 << 20;
/** Text is handed on in pieces of about this many bytes: see `readText`. */
const PIECE_BYTES = 1 << 16;
const NEWLINE = 10;
/**
 * A gzip file that inflates past both of these is refused (a gzip bomb): real data compresses
 * 3-20×, gzip at most 1032×, and a file of a few repeated rows a few hundred times.
 */
const GZIP_MAX_RATIO = 200;
const GZIP_RATIO_AFTER_BYTES = 32 << 20;
function openBytes(file, range) {
    const raw = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark: CHUNK_BYTES, ...(range ? { start: range.start, end: range.end - 1 } : {}) });
    if (!(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .isGzip */ .bf)(file))
        return raw;
    const gunzip = (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.createGunzip)({ chunkSize: CHUNK_BYTES });
    raw.on('error', (error) => gunzip.destroy(error));
    let inflated = 0;
    const measured = new node_stream__WEBPACK_IMPORTED_MODULE_2__.Transform({
        transform(chunk, _encoding, done) {
            inflated += chunk.length;
            if (inflated > GZIP_RATIO_AFTER_BYTES && inflated > GZIP_MAX_RATIO * Math.max(1, raw.bytesRead)) {
                done(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo([{
                        file,
                        message: `inflates more than ${GZIP_MAX_RATIO}× (${inflated >> 20} MB from ${Math.ceil(raw.bytesRead / 1024)} KB read): a gzip bomb? datagate stops past ${GZIP_RATIO_AFTER_BYTES >> 20} MB at that ratio`,
                    }]));
            }
            else
                done(null, chunk);
        },
    });
    gunzip.on('error', (error) => measured.destroy(error));
    return raw.pipe(gunzip).pipe(measured);
}
async function openSource(file, range) {
    if ((0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .isGzip */ .bf)(file)) {
        const stream = openBytes(file, range);
        const chunks = stream[Symbol.asyncIterator]();
        let pending = Buffer.alloc(0);
        return {
            async read(buffer, at, max) {
                if (pending.length === 0) {
                    const next = await chunks.next();
                    if (next.done)
                        return 0;
                    pending = next.value;
                }
                const count = pending.copy(buffer, at, 0, Math.min(max, pending.length));
                pending = pending.subarray(count);
                return count;
            },
            async close() {
                stream.destroy();
            },
        };
    }
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(file, 'r');
    let position = range?.start ?? 0;
    const end = range?.end ?? Infinity;
    return {
        async read(buffer, at, max) {
            const length = Math.min(max, end - position);
            if (length <= 0)
                return 0;
            const { bytesRead } = await handle.read(buffer, at, length, position);
            position += bytesRead;
            return bytesRead;
        },
        close: () => handle.close(),
    };
}
/** The user-facing form of an error from opening or reading a file. */
function readFailure(file, error) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo)
        return error;
    const code = error.code;
    if (code === 'ENOENT')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo([{ file, message: 'no such file' }]);
    if (code === 'EISDIR')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo([{ file, message: 'is a folder, not a file' }]);
    if (code === 'EACCES')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo([{ file, message: 'permission denied' }]);
    if (code?.startsWith('Z_'))
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo([{ file, message: `corrupt or truncated gzip data (${error.message})` }]);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo([{ file, message: `cannot read: ${error.message}` }]);
}
/** Offset of the first byte that breaks UTF-8 in `bytes` (only called once decoding failed). */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
        if (need < 0)
            return i;
        for (let k = 1; k <= need; k++) {
            if (i + k >= bytes.length)
                return i;
            if ((bytes[i + k] & 0xc0) !== 0x80)
                return i;
        }
        i += need + 1;
    }
    return bytes.length;
}
/** 1-based line of byte `offset` of the (decompressed) file; read again, only on the error path. */
async function lineAtOffset(file, offset) {
    let line = 1;
    let seen = 0;
    for await (const chunk of openBytes(file)) {
        const bytes = chunk;
        const end = Math.min(bytes.length, offset - seen);
        for (let i = bytes.indexOf(10); i !== -1 && i < end; i = bytes.indexOf(10, i + 1))
            line++;
        seen += bytes.length;
        if (seen >= offset)
            break;
    }
    return line;
}
/**
 * Decoded text of `file`, piece by piece; with a range (uncompressed files only), of those
 * bytes, which must start on a character boundary.
 *
 * Pieces end after a newline where they can, and the bytes after it are decoded with the next
 * ones. Text that starts on a line so usually starts on a record, and the CSV parser then has
 * no partial record to prepend, whose concatenation made V8 read every later character through
 * a cons string (charCodeAt and slice on it took 2-3× as long). Pieces are ≈ 64 KB although
 * files are read 1 MB at a time: a string over 128 KB is allocated in V8's old generation, and
 * a megabyte string per read set off a full mark-compact every few hundred milliseconds.
 * An aborted `signal` stops the read at its next megabyte (the read rejects with its reason).
 */
async function* readText(file, range, signal) {
    // A BOM is the file's, not a part's: only the start of the file may drop one.
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: range !== undefined && range.start > 0 });
    /** File offset of the next byte read, and of the first byte not yet decoded. */
    let offset = range?.start ?? 0;
    let decodedTo = offset;
    let problem;
    if (range && range.end <= range.start)
        return;
    const decode = (bytes) => {
        try {
            const text = decoder.decode(bytes, { stream: true });
            decodedTo += bytes.length;
            return text;
        }
        catch {
            problem = { at: decodedTo + firstInvalidUtf8(bytes), message: 'bytes that are not UTF-8 text; save the file as UTF-8' };
            return undefined;
        }
    };
    // One buffer for the whole file: each read lands after the bytes carried over from the last
    // (less than a piece). A fresh megabyte per read, freed by the garbage collector, fragmented
    // the allocator: two workers on the 10M-row file took 250 MB, most of it outside V8's heaps.
    const work = Buffer.allocUnsafe(CHUNK_BYTES + PIECE_BYTES);
    let carried = 0;
    let source;
    try {
        source = await openSource(file, range);
        for (;;) {
            signal?.throwIfAborted();
            const count = await source.read(work, carried, CHUNK_BYTES);
            if (count === 0)
                break;
            const nul = work.subarray(carried, carried + count).indexOf(0);
            if (nul !== -1) {
                problem = { at: offset + nul, message: 'binary data (a NUL byte), not a text file' };
                break;
            }
            offset += count;
            const bytes = work.subarray(0, carried + count);
            carried = 0;
            let from = 0;
            while (from < bytes.length) {
                let to;
                if (bytes.length - from > PIECE_BYTES) {
                    // A piece ends after its last newline; a line longer than a piece is cut anywhere.
                    const newline = bytes.lastIndexOf(NEWLINE, from + PIECE_BYTES - 1);
                    to = newline >= from ? newline + 1 : from + PIECE_BYTES;
                }
                else {
                    // The text after the read's last newline waits for the next read (less than a piece).
                    to = Math.max(bytes.lastIndexOf(NEWLINE) + 1, from);
                    carried = bytes.length - to;
                }
                if (to > from) {
                    const text = decode(bytes.subarray(from, to));
                    if (text === undefined)
                        break;
                    if (text.length > 0)
                        yield text;
                }
                if (carried > 0) {
                    work.copy(work, 0, to, bytes.length);
                    break;
                }
                from = to;
            }
            if (problem)
                break;
        }
        if (!problem && carried > 0) {
            const text = decode(work.subarray(0, carried));
            if (text !== undefined && text.length > 0)
                yield text;
        }
        if (!problem) {
            try {
                const rest = decoder.decode();
                if (rest.length > 0)
                    yield rest;
            }
            catch {
                problem = { at: decodedTo, message: 'the file ends in the middle of a UTF-8 character' };
            }
        }
    }
    catch (error) {
        throw readFailure(file, error);
    }
    finally {
        await source?.close();
    }
    if (problem) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo([{ file, line: await lineAtOffset(file, problem.at), message: problem.message }]);
    }
}


/***/ })

};
