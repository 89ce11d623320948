export const id = 289;
export const ids = [289];
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

/***/ 42289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadSnapshotProfile: () => (/* binding */ loadSnapshotProfile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _parseErrors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68287);
/* harmony import */ var _profile_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50371);
// A baseline or compare input is either a stored profile JSON or a data file to profile.




async function loadSnapshotProfile(file, options = {}, onIssue = () => { }) {
    if (await (0,_profile_index_js__WEBPACK_IMPORTED_MODULE_2__.isProfileFile)(file)) {
        let json;
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
        try {
            json = JSON.parse(text);
        }
        catch (error) {
            const problem = (0,_parseErrors_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonParseProblem */ .jv)(error, text);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo([{ file, line: problem.line, message: `not valid JSON: ${problem.message}` }]);
        }
        return (0,_profile_index_js__WEBPACK_IMPORTED_MODULE_2__.loadProfile)(json, file);
    }
    // Compared in this run: keep every numeric value for exact drift statistics.
    return (0,_profile_index_js__WEBPACK_IMPORTED_MODULE_2__.profileFiles)([file], options, onIssue, true);
}


/***/ })

};
