export const id = 5985;
export const ids = [5985];
export const modules = {

/***/ 35985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportTargets: () => (/* binding */ reportTargets),
/* harmony export */   useColor: () => (/* binding */ useColor)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Where `datagate check` writes its reports: the text report on standard output, report files from
// the config's `report:` section (as the action writes them) unless a flag names another path.

/**
 * A flag (`--json x`, paths relative to the working directory) replaces the config's path of its
 * kind (relative to the config's folder); the config's `report.json` has a default, so a `report:`
 * section alone gives a JSON file. Without flags or a `report:` section, no file is written.
 */
function reportTargets(flags, result, cwd) {
    const targets = [];
    for (const kind of ['json', 'markdown', 'html']) {
        const flag = flags[kind];
        const configured = result.reportConfigured ? result.outputs[kind] : undefined;
        if (flag !== undefined) {
            targets.push({ kind, target: flag === '-' ? '-' : node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, flag), shown: flag });
        }
        else if (configured) {
            const target = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(result.dir, configured);
            targets.push({ kind, target, shown: node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(cwd, target) || target });
        }
    }
    return targets;
}
/** Colour in the terminal report: only on a TTY, and never when NO_COLOR is set (https://no-color.org). */
function useColor(stream, env) {
    return Boolean(stream.isTTY) && !env.NO_COLOR;
}


/***/ })

};
