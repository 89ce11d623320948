export const id = 9361;
export const ids = [9361];
export const modules = {

/***/ 39361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DIFF_USAGE: () => (/* binding */ DIFF_USAGE),
  diffCommand: () => (/* binding */ diffCommand),
  diffFiles: () => (/* binding */ diffFiles)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/diff/index.ts + 2 modules
var src_diff = __webpack_require__(51478);
// EXTERNAL MODULE: ./src/gates/index.ts + 3 modules
var src_gates = __webpack_require__(4484);
// EXTERNAL MODULE: ./src/gates/read.ts
var read = __webpack_require__(10858);
// EXTERNAL MODULE: ./src/readers/index.ts + 5 modules
var readers = __webpack_require__(72822);
// EXTERNAL MODULE: ./src/report/index.ts + 22 modules
var src_report = __webpack_require__(66853);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
// EXTERNAL MODULE: ./src/report/diffLine.ts
var diffLine = __webpack_require__(98041);
// EXTERNAL MODULE: ./src/report/phrase.ts
var report_phrase = __webpack_require__(55049);
;// CONCATENATED MODULE: ./src/report/diffText.ts
// The row diff for a terminal: a few plain lines, data passed through `terminalText`.




const plain = (phrase) => (0,report_phrase/* renderPhrase */.gF)(phrase, { plain: (s) => s, code: (s) => (0,report_escape/* terminalText */.eR)((0,report_escape/* clip */.$Q)(s, 80)), text: (s) => (0,report_escape/* terminalText */.eR)((0,report_escape/* clip */.$Q)(s, 200)) });
const value = (v) => { const text = (0,diffLine/* valueText */.Ru)(v); return text === undefined ? 'null' : (0,report_escape/* terminalText */.eR)((0,report_escape/* clip */.$Q)(text, 80)); };
const key = (diff, k) => diff.key.map((name) => `${(0,report_escape/* terminalText */.eR)((0,report_escape/* clip */.$Q)(name, 40))}=${value(k[name] ?? null)}`).join(', ');
function renderDiffText(name, diff) {
    const lines = [`${plain((0,diffLine/* diffHeadline */.eT)(name, diff))}; ${(0,format/* formatNumber */.ZV)(diff.unchanged)} unchanged (rows ${(0,format/* formatNumber */.ZV)(diff.rows.baseline)} → ${(0,format/* formatNumber */.ZV)(diff.rows.current)})`];
    for (const column of (0,diffLine/* changedColumns */.k8)(diff).slice(0, 10)) {
        const typical = (0,diffLine/* typicalChange */.ro)(column);
        lines.push(`  ${(0,report_escape/* terminalText */.eR)((0,report_escape/* clip */.$Q)(column.name, 60))}: ${(0,format/* formatNumber */.ZV)(column.changed)} changed${typical.length ? `, ${plain(typical)}` : ''}`);
    }
    for (const row of diff.examples.changed.slice(0, 3)) {
        lines.push(`  ~ ${key(diff, row.key)}: ${row.changes.map((c) => `${(0,report_escape/* terminalText */.eR)((0,report_escape/* clip */.$Q)(c.column, 40))} ${value(c.before)} → ${value(c.after)}`).join('; ')}`);
    }
    for (const row of diff.examples.added.slice(0, 3))
        lines.push(`  + ${key(diff, row.key)}`);
    for (const row of diff.examples.removed.slice(0, 3))
        lines.push(`  - ${key(diff, row.key)}`);
    const names = (list) => list.map((n) => (0,report_escape/* terminalText */.eR)((0,report_escape/* clip */.$Q)(n, 60))).join(', ');
    if (diff.notCompared.baseline.length)
        lines.push(`  only in the baseline, not compared: ${names(diff.notCompared.baseline)}`);
    if (diff.notCompared.current.length)
        lines.push(`  only in the current snapshot, not compared: ${names(diff.notCompared.current)}`);
    const { duplicateKeys: d, nullKeys: n } = diff;
    if (d.baseline + d.current > 0)
        lines.push(`  not diffed, key repeats an earlier row: baseline ${(0,format/* formatNumber */.ZV)(d.baseline)}, current ${(0,format/* formatNumber */.ZV)(d.current)}`);
    if (n.baseline + n.current > 0)
        lines.push(`  not diffed, null key: baseline ${(0,format/* formatNumber */.ZV)(n.baseline)}, current ${(0,format/* formatNumber */.ZV)(n.current)}`);
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/run/status.ts
var run_status = __webpack_require__(2615);
;// CONCATENATED MODULE: ./src/run/diffCommand.ts
// `datagate diff <baseline> <current> --key id[,id2]`: the rows of two data snapshots by key,
// as a report (JSON, Markdown) and a few lines on the terminal.












const DIFF_USAGE = `usage: datagate diff <baseline> <current> --key col[,col2] [--ignore col[,col2]] [--examples 5]
                     [--format csv|tsv|jsonl|json|parquet] [--json report.json] [--markdown report.md]

Diffs two data snapshots (files, globs or folders of parts, any format) row by row by key.
Without --json / --markdown the summary goes to standard output; "-" as a path means standard output.`;
const FORMATS = ['csv', 'tsv', 'jsonl', 'json', 'parquet'];
function list(value) {
    return typeof value === 'string' ? value.split(',').map((name) => name.trim()).filter(Boolean) : [];
}
/** The report of `datagate diff`, one dataset named after the current snapshot. */
async function diffFiles(baselinePath, currentPath, options) {
    const cwd = options.cwd ?? process.cwd();
    const readOptions = { format: options.format };
    const issues = new read/* IssueTally */.s();
    // Both sides looked up before either fails, so two wrong paths are named in one error.
    const [baselineFiles, currentFiles] = await bothSides((0,readers.resolveFiles)(baselinePath, cwd), (0,readers.resolveFiles)(currentPath, cwd));
    const diff = await (0,src_diff/* diffSnapshots */.V1)({ files: baselineFiles, options: readOptions, label: baselinePath }, { files: currentFiles, options: readOptions, label: currentPath }, { key: options.key, ignore: options.ignore, examples: options.examples }, {}, issues.add);
    const name = external_node_path_default().basename(currentPath);
    const gates = [...issues.gates(name), ...(0,src_gates/* evaluateGate */.DR)('diff', undefined, { dataset: name, diff })];
    const status = (0,run_status.worstStatus)(gates);
    return {
        version: 1, status,
        datasets: [{ name, status, rows: { baseline: diff.rows.baseline, current: diff.rows.current }, files: [currentPath], baseline: { source: baselinePath }, diff }],
        models: [], gates, meta: { tool: 'datagate', version: version/* VERSION */.x },
    };
}
async function diffCommand(args) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args, allowPositionals: true, strict: true,
            options: {
                key: { type: 'string' }, ignore: { type: 'string' }, examples: { type: 'string' }, format: { type: 'string' },
                json: { type: 'string' }, markdown: { type: 'string' }, help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${error.message}\n\n${DIFF_USAGE}`);
    }
    const { values, positionals } = parsed;
    if (values.help) {
        process.stdout.write(DIFF_USAGE + '\n');
        return 0;
    }
    if (positionals.length !== 2)
        throw new errors/* UserError */.yo(`expected 2 file arguments, got ${positionals.length}\n\n${DIFF_USAGE}`);
    const key = list(values.key);
    if (key.length === 0)
        throw new errors/* UserError */.yo(`--key is required: the column (or columns, comma-separated) that identify a row\n\n${DIFF_USAGE}`);
    if (values.format !== undefined && !FORMATS.includes(values.format))
        throw new errors/* UserError */.yo(`--format must be one of ${FORMATS.join(', ')}; got "${values.format}"`);
    const examples = values.examples === undefined ? undefined : Number(values.examples);
    if (examples !== undefined && !(Number.isInteger(examples) && examples >= 0 && examples <= 100))
        throw new errors/* UserError */.yo(`--examples must be a whole number from 0 to 100; got "${values.examples}"`);
    const [baselinePath, currentPath] = positionals;
    const report = await diffFiles(baselinePath, currentPath, { key, ignore: list(values.ignore), examples, format: values.format });
    if (values.json)
        await emit(values.json, JSON.stringify(report, null, 2) + '\n');
    if (values.markdown)
        await emit(values.markdown, (0,src_report.renderSummary)(report));
    const stdoutTaken = values.json === '-' || values.markdown === '-';
    const dataset = report.datasets[0];
    (stdoutTaken ? process.stderr : process.stdout).write(renderDiffText(dataset.name, dataset.diff) + '\n');
    return report.status === 'fail' ? 1 : 0;
}
async function emit(target, text) {
    if (target === '-') {
        process.stdout.write(text);
        return;
    }
    await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().resolve(target)), { recursive: true });
    await (0,promises_.writeFile)(target, text);
}
/** Both results, or one error with the problems of either side or both. */
async function bothSides(baseline, current) {
    const [a, b] = await Promise.allSettled([baseline, current]);
    if (a.status === 'fulfilled' && b.status === 'fulfilled')
        return [a.value, b.value];
    const failures = [a, b].flatMap((side) => (side.status === 'rejected' ? [side.reason] : []));
    if (failures.every(errors/* isUserError */.iU))
        throw new errors/* UserError */.yo(failures.flatMap((error) => error.problems));
    throw failures.find((error) => !(0,errors/* isUserError */.iU)(error));
}


/***/ })

};
