export const id = 2542;
export const ids = [2542,161];
export const modules = {

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
