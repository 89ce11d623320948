export const id = 4974;
export const ids = [4974];
export const modules = {

/***/ 44974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkedRef: () => (/* binding */ checkedRef),
/* harmony export */   refProblem: () => (/* binding */ refProblem)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Which strings may reach git as a ref: a commit id or a name by `git check-ref-format`'s rules,
// so that a config or `--base` can never hand git an option (`--upload-pack=…`) or a revision
// expression that reads something else (`@{…}`, `a..b`, `x:path`).

/** Why `ref` is not a plain ref name or commit id, or null when it is one. */
function refProblem(ref) {
    if (ref.length === 0)
        return 'it is empty';
    if (ref.length > 255)
        return 'it is longer than 255 characters';
    if (ref.startsWith('-'))
        return 'it starts with "-", so git would read it as an option';
    if (/^[0-9a-f]{40}$|^[0-9a-f]{64}$/i.test(ref))
        return null;
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0020\u007f]/.test(ref))
        return 'it holds a space or a control character';
    const forbidden = /[~^:?*[\\]/.exec(ref);
    if (forbidden)
        return `it holds "${forbidden[0]}", which git reads as part of a revision expression or pattern`;
    if (ref.includes('..'))
        return 'it holds ".."';
    if (ref.includes('@{'))
        return 'it holds "@{"';
    if (ref === '@')
        return 'it is "@"';
    if (ref.endsWith('/') || ref.endsWith('.'))
        return 'it ends with "/" or "."';
    for (const component of ref.split('/')) {
        if (component === '')
            return 'it holds an empty path component ("//" or a leading "/")';
        if (component.startsWith('.'))
            return 'a path component starts with "."';
        if (component.endsWith('.lock'))
            return 'a path component ends with ".lock"';
    }
    return null;
}
/**
 * `ref` when it is a plain ref name or commit id; a UserError (exit 2) naming it and the rule
 * otherwise. `where` says where the ref came from: `baseline { git: … }`, `--base`.
 */
function checkedRef(ref, where) {
    const problem = refProblem(ref);
    if (problem) {
        const shown = ref.length > 80 ? `${ref.slice(0, 80)}…` : ref;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: ${JSON.stringify(shown)} is not a git ref name or commit id (${problem}); refused`);
    }
    return ref;
}


/***/ })

};
