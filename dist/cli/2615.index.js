export const id = 2615;
export const ids = [2615];
export const modules = {

/***/ 2615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   failureLine: () => (/* binding */ failureLine),
/* harmony export */   shouldFail: () => (/* binding */ shouldFail),
/* harmony export */   worstStatus: () => (/* binding */ worstStatus)
/* harmony export */ });
// How gate statuses add up to a dataset's, a model's and the run's status.
function worstStatus(gates) {
    if (gates.some((gate) => gate.status === 'fail'))
        return 'fail';
    if (gates.some((gate) => gate.status === 'warn'))
        return 'warn';
    return 'pass';
}
/** Whether the run should end with a failing exit status. */
function shouldFail(status, failOn) {
    if (failOn === 'never')
        return false;
    if (failOn === 'warning')
        return status !== 'pass';
    return status === 'fail';
}
/** "3 of 12 gates failed: train.drift.age, …" — the one-line reason for a failed run. */
function failureLine(gates, failOn = 'error') {
    const ran = gates.filter((gate) => gate.status !== 'skip');
    const bad = ran.filter((gate) => gate.status === 'fail' || (failOn === 'warning' && gate.status === 'warn'));
    const word = failOn === 'warning' ? 'failed or warned' : 'failed';
    const names = bad.slice(0, 5).map((gate) => gate.id).join(', ');
    const more = bad.length > 5 ? `, and ${bad.length - 5} more` : '';
    return `${bad.length} of ${ran.length} gates ${word}: ${names}${more}`;
}


/***/ })

};
