export const id = 6528;
export const ids = [6528];
export const modules = {

/***/ 56528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   contractGates: () => (/* binding */ contractGates)
/* harmony export */ });
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4484);
/* harmony import */ var _contract_validator_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36234);
/* harmony import */ var _contract_validateConfig_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6424);
// Contract gates: the row-by-row checks live in src/contract (they stream over batches rather
// than evaluate a summary); this is their entry in the gates folder, and where the dataset's
// row count and freshness gates (from the table) join them.



/** A dataset's contract results once every row went through `validator`, then its row count and freshness gates. */
function contractGates(validator, { current, baseline, now }) {
    const dataset = validator.dataset;
    return [
        ...validator.finish(),
        ...(dataset.rows ? (0,_index_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateGate */ .DR)('rows', dataset.rows, { dataset: dataset.name, current: current.rows, baseline: baseline?.rows ?? null }) : []),
        ...(dataset.freshness ? (0,_index_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateGate */ .DR)('freshness', dataset.freshness, { dataset: dataset.name, ...validator.freshnessOf(current), now }) : []),
    ];
}


/***/ })

};
