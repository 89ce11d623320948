export const id = 3970;
export const ids = [3970];
export const modules = {

/***/ 13970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Su: () => (/* binding */ mergeLengths),
/* harmony export */   V$: () => (/* binding */ NestedValue),
/* harmony export */   h$: () => (/* binding */ emptyLengths),
/* harmony export */   ug: () => (/* binding */ addLength)
/* harmony export */ });
// Lists, structs and maps (Parquet's nested columns) as profile columns: counted, with nulls,
// and for lists and maps the distribution of their lengths. Their values are not profiled.
/**
 * A nested cell as the readers hand it over: its type from the file's schema (a JS object could
 * be a struct or a map), the decoded value, and for a list or map its number of entries.
 */
class NestedValue {
    type;
    value;
    length;
    constructor(type, value, length) {
        this.type = type;
        this.value = value;
        this.length = length;
    }
    /** The value's JSON: what a contract's text rules and examples show. */
    toJSON() {
        return this.value;
    }
}
function emptyLengths() {
    return { n: 0, min: 0, max: 0, sum: 0 };
}
function addLength(lengths, length) {
    if (lengths.n === 0 || length < lengths.min)
        lengths.min = length;
    if (lengths.n === 0 || length > lengths.max)
        lengths.max = length;
    lengths.n++;
    lengths.sum += length;
}
function mergeLengths(a, b) {
    if (a.n === 0)
        return { ...b };
    if (b.n === 0)
        return { ...a };
    return { n: a.n + b.n, min: Math.min(a.min, b.min), max: Math.max(a.max, b.max), sum: a.sum + b.sum };
}


/***/ })

};
