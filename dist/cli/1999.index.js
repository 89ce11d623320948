export const id = 1999;
export const ids = [1999];
export const modules = {

/***/ 81999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  acceptCommand: () => (/* binding */ acceptCommand)
});

// UNUSED EXPORTS: ACCEPT_USAGE

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/accept/diff.ts
// A unified diff of two texts (as `diff -u` prints it), for showing an accepted config change.
// Configs are small: a longest-common-subsequence table over their lines is plenty.
function diff_unifiedDiff(before, after, name, context = 3) {
    if (before === after)
        return '';
    const a = splitLines(before);
    const b = splitLines(after);
    const ops = lineOps(a, b);
    const changed = ops.flatMap((op, index) => (op.kind === ' ' ? [] : [index]));
    // Changes closer than 2 × context lines share a hunk.
    const groups = [];
    for (const index of changed) {
        const group = groups[groups.length - 1];
        if (group && index - group[group.length - 1] <= 2 * context)
            group.push(index);
        else
            groups.push([index]);
    }
    const hunks = [];
    for (const group of groups) {
        const start = Math.max(0, group[0] - context);
        const end = Math.min(ops.length, group[group.length - 1] + context + 1);
        const slice = ops.slice(start, end);
        const oldCount = slice.filter((op) => op.kind !== '+').length;
        const newCount = slice.filter((op) => op.kind !== '-').length;
        hunks.push(`@@ -${range(ops[start].oldLine, oldCount)} +${range(ops[start].newLine, newCount)} @@`);
        for (const op of slice)
            hunks.push(`${op.kind}${op.text}`);
    }
    return [`--- a/${name}`, `+++ b/${name}`, ...hunks].join('\n') + '\n';
}
function lineOps(a, b) {
    // lengths[i][j]: LCS of a[i..] and b[j..].
    const lengths = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
    for (let i = a.length - 1; i >= 0; i--) {
        for (let j = b.length - 1; j >= 0; j--) {
            lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
        }
    }
    const ops = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        if (i < a.length && j < b.length && a[i] === b[j]) {
            ops.push({ kind: ' ', text: a[i], oldLine: i + 1, newLine: j + 1 });
            i++;
            j++;
        }
        else if (i < a.length && (j === b.length || lengths[i + 1][j] >= lengths[i][j + 1])) {
            ops.push({ kind: '-', text: a[i], oldLine: i + 1, newLine: j + 1 });
            i++;
        }
        else {
            ops.push({ kind: '+', text: b[j], oldLine: i + 1, newLine: j + 1 });
            j++;
        }
    }
    return ops;
}
/** Lines without their ends; a final newline does not make an empty last line. */
function splitLines(text) {
    const lines = text.split(/\r?\n/);
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
/** `start,count`, with an empty range written as the line before it, as diff does. */
function range(start, count) {
    if (count === 0)
        return `${start - 1},0`;
    return count === 1 ? `${start}` : `${start},${count}`;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/baseline/index.ts + 3 modules
var baseline = __webpack_require__(93940);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(68458);
// EXTERNAL MODULE: ./src/run/check.ts + 3 modules
var check = __webpack_require__(49524);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/accept/apply.ts
// Applies accepted changes to the config's text, touching only the edited values: each change
// is spliced into the source at the node's range (the YAML document locates it), so comments,
// order, quoting and alignment stay as written. The result is parsed again and must equal the
// old config with exactly these changes; anything else is a refusal, never a rewritten file.




/** The config text with every change applied; throws a UserError naming each change it refuses. */
function apply_applyChanges(text, fileName, changes) {
    const lineCounter = new dist.LineCounter();
    const doc = dist.parseDocument(text, { lineCounter, uniqueKeys: true });
    if (doc.errors.length > 0)
        throw new errors/* UserError */.yo(`${fileName}: not valid YAML; fix it before accepting`);
    const expected = doc.toJS() ?? {};
    const problems = [];
    const splices = [];
    const newline = text.includes('\r\n') ? '\r\n' : '\n';
    for (const change of changes) {
        const refuse = (message, node) => {
            const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
            problems.push({ file: fileName, line, path: (0,load/* formatPath */.jV)(change.path), message: `cannot accept ${change.gate}: ${message}` });
        };
        const found = resolve(doc.contents, change.path);
        if ('refusal' in found) {
            refuse(found.refusal, found.node);
            continue;
        }
        const node = found.node;
        if (change.kind === 'set') {
            if (!(0,dist.isScalar)(node) || !node.range || !['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'].includes(node.type)) {
                refuse('the value is not a plain or quoted scalar', node);
                continue;
            }
            splices.push({ start: node.range[0], end: node.range[1], insert: scalarText(change.value, node.type), gate: change.gate });
            setIn(expected, change.path, change.value);
            continue;
        }
        if (!(0,dist.isSeq)(node) || !node.range) {
            refuse('the allowed values are not a list', node);
            continue;
        }
        const present = new Set(node.items.map((item) => ((0,dist.isScalar)(item) ? String(item.value) : undefined)));
        const added = change.values.filter((value) => !present.has(String(value)));
        if (added.length === 0)
            continue;
        const splice = appendSplice(text, node, added, newline);
        if (typeof splice === 'string') {
            refuse(splice, node);
            continue;
        }
        splices.push({ ...splice, gate: change.gate });
        const list = getIn(expected, change.path);
        if (Array.isArray(list))
            list.push(...added);
    }
    splices.sort((a, b) => b.start - a.start);
    for (let index = 1; index < splices.length; index++) {
        if (splices[index].end > splices[index - 1].start)
            problems.push({ file: fileName, message: `cannot accept ${splices[index].gate} and ${splices[index - 1].gate} together: they edit the same value` });
    }
    if (problems.length > 0)
        throw new errors/* UserError */.yo(problems);
    let edited = text;
    for (const splice of splices)
        edited = edited.slice(0, splice.start) + splice.insert + edited.slice(splice.end);
    const reparsed = dist.parseDocument(edited, { uniqueKeys: true });
    if (reparsed.errors.length > 0 || !(0,external_node_util_.isDeepStrictEqual)(reparsed.toJS() ?? {}, expected)) {
        throw new errors/* UserError */.yo(`${fileName}: the edit would not read back as intended; nothing was written (please report this config shape)`);
    }
    (0,load/* parseConfig */.o4)(edited, fileName);
    return edited;
}
/** The node at `configPath`, refusing aliases and anchors (an edit there would change other places too). */
function resolve(root, configPath) {
    let node = root;
    for (const segment of [...configPath, null]) {
        if ((0,dist.isAlias)(node))
            return { refusal: `it is reached through the alias *${node.source}: edit the anchored value by hand`, node };
        if ((0,dist.isNode)(node) && 'anchor' in node && node.anchor)
            return { refusal: `it is under the anchor &${node.anchor}, which other places may share: edit it by hand`, node };
        if (segment === null)
            break;
        if ((0,dist.isMap)(node)) {
            const pair = node.items.find((item) => (0,dist.isScalar)(item.key) && String(item.key.value) === String(segment));
            if (!pair)
                return { refusal: 'the rule is no longer in the config', node };
            node = pair.value;
        }
        else if ((0,dist.isSeq)(node) && typeof segment === 'number') {
            node = node.items[segment];
        }
        else {
            return { refusal: 'the config does not have this rule where expected', node: (0,dist.isNode)(node) ? node : null };
        }
    }
    return (0,dist.isNode)(node) ? { node } : { refusal: 'the rule has no value' };
}
function appendSplice(text, list, values, newline) {
    const items = list.items.filter(dist.isNode);
    if (items.length !== list.items.length || items.some((item) => !(0,dist.isScalar)(item) || !item.range))
        return 'the list holds more than plain values';
    const formatted = values.map((value) => scalarText(value, 'PLAIN'));
    if (list.flow) {
        const last = items[items.length - 1];
        if (last?.range)
            return { start: last.range[1], end: last.range[1], insert: formatted.map((value) => `, ${value}`).join('') };
        const open = text.indexOf('[', list.range[0]);
        if (open < 0 || open >= list.range[1])
            return 'the list is not a flow sequence';
        return { start: open + 1, end: open + 1, insert: formatted.join(', ') };
    }
    const last = items[items.length - 1];
    const lineStart = text.lastIndexOf('\n', last.range[0] - 1) + 1;
    const prefix = text.slice(lineStart, last.range[0]);
    if (!/^ *- +$/.test(prefix))
        return 'the list\'s items are not one per line';
    let lineEnd = text.indexOf('\n', last.range[1]);
    if (lineEnd < 0)
        lineEnd = text.length;
    else if (text[lineEnd - 1] === '\r')
        lineEnd -= 1;
    return { start: lineEnd, end: lineEnd, insert: formatted.map((value) => `${newline}${prefix}${value}`).join('') };
}
const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;
const PLAIN_SAFE = /^[A-Za-z_][\w./@+-]*(?: [\w./@+-]+)*$/;
/** A value as YAML source, in the style of the value it replaces where that is safe. */
function scalarText(value, style) {
    if (typeof value === 'number')
        return String(value);
    if (style === 'QUOTE_SINGLE')
        return `'${value.replace(/'/g, "''")}'`;
    if (style === 'PLAIN' && PLAIN_SAFE.test(value) && !RESERVED.test(value))
        return value;
    // JSON's escapes are a subset of YAML's double-quoted ones.
    return JSON.stringify(value);
}
function getIn(value, configPath) {
    let current = value;
    for (const segment of configPath)
        current = current?.[segment];
    return current;
}
function setIn(value, configPath, next) {
    const parent = getIn(value, configPath.slice(0, -1));
    if (parent)
        parent[configPath[configPath.length - 1]] = next;
}

// EXTERNAL MODULE: ./src/config/locate.ts
var locate = __webpack_require__(55562);
;// CONCATENATED MODULE: ./src/accept/changes.ts
// What accepting a gate means for the config: the rule value that makes it pass on the current
// snapshot, or why it is not a config change (baseline gates) or not one made automatically.

/** The contract keeps this many distinct disallowed values as `observed` (src/contract/columnCheck.ts). */
const OBSERVED_VALUES_KEPT = 10;
const BASELINE_MOVES = 'compared with the baseline: accepted by the baseline moving when the PR merges, not by weakening the threshold';
function decide(gate, config) {
    const configPath = (0,locate/* ruleConfigPath */.S)(gate, config);
    const manual = (why) => ({ kind: 'manual', gate: gate.id, message: why });
    const set = (value) => configPath ? { kind: 'change', change: { gate: gate.id, kind: 'set', path: configPath, value } } : manual('its rule is not in the config');
    const rule = configPath?.[configPath.length - 1];
    switch (gate.kind) {
        case 'drift':
        case 'schema':
            return { kind: 'baseline', gate: gate.id, message: BASELINE_MOVES };
        case 'rows':
            if (rule === 'max_change')
                return { kind: 'baseline', gate: gate.id, message: BASELINE_MOVES };
            if ((rule === 'min' || rule === 'max') && typeof gate.observed === 'number')
                return set(gate.observed);
            return manual('no observed row count');
        case 'latency':
            if (typeof rule === 'string' && /^p\d\d$/.test(rule) && typeof gate.observed === 'number')
                return set(tidy(gate.observed));
            return manual('no observed latency');
        case 'metric':
            return metricDecision(gate, configPath, manual);
        case 'segment': {
            const observed = gate.observed;
            const expected = gate.expected;
            if (typeof observed !== 'number' || typeof expected !== 'number')
                return manual('no observed segment value');
            // Only in the direction that accepts: a lower min, a higher max or gap.
            const accepts = rule === 'min' ? observed < expected : rule === 'max' || rule === 'max_gap' ? observed > expected : false;
            return accepts ? set(tidy(observed)) : manual('the worst segment does not show what to set; edit the segments rule by hand');
        }
        case 'contract':
            return contractDecision(gate, rule, configPath, set, manual);
        default:
            return manual(`${gate.kind} gates are not accepted automatically: edit the config by hand`);
    }
}
function contractDecision(gate, rule, configPath, set, manual) {
    switch (rule) {
        case 'min':
        case 'max':
        case 'min_length':
        case 'max_length':
            return typeof gate.observed === 'number' || typeof gate.observed === 'string' ? set(gate.observed) : manual('no observed value');
        case 'max_null_fraction':
            return typeof gate.observed === 'number' ? set(roundUp(gate.observed)) : manual('no observed null fraction');
        case 'allowed': {
            if (!configPath || !Array.isArray(gate.observed) || gate.observed.length === 0)
                return manual('no observed values');
            const observed = gate.observed.map(String);
            const numeric = Array.isArray(gate.expected) && gate.expected.length > 0 && gate.expected.every((value) => typeof value === 'number');
            const values = observed.map((value) => (numeric && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value));
            return { kind: 'change', change: { gate: gate.id, kind: 'append', path: configPath, values, possiblyIncomplete: observed.length >= OBSERVED_VALUES_KEPT } };
        }
        default:
            return manual(`\`${String(rule ?? gate.id)}\` rules (types, nullability, uniqueness, patterns, columns) are not weakened automatically: edit the config by hand`);
    }
}
function metricDecision(gate, configPath, manual) {
    if (typeof gate.observed !== 'number')
        return manual('the metric is missing from the current metrics');
    const expected = (gate.expected ?? {});
    const dropFailed = /(^|[,;] )max (relative )?drop /.test(gate.message);
    const value = gate.observed;
    const bound = expected.min !== undefined && value < expected.min ? 'min' : expected.max !== undefined && value > expected.max ? 'max' : undefined;
    if (bound && configPath) {
        const change = { gate: gate.id, kind: 'set', path: [...configPath, bound], value: tidy(value) };
        return { kind: 'change', change };
    }
    if (dropFailed)
        return { kind: 'baseline', gate: gate.id, message: BASELINE_MOVES };
    return manual('no failing threshold found in the metric rule');
}
/**
 * Model values to 12 significant digits: `0.19`, not `0.19000000000000006` (a difference of
 * 0.81 − 0.62). Model gates compare with a relative tolerance of 1e-9 (src/gates/modelText.ts),
 * so the rounded value still passes; contract bounds compare exactly and keep the exact value.
 */
function tidy(value) {
    return Number(value.toPrecision(12));
}
/**
 * A null fraction rounded up to 4 significant digits, never below the observed value: the rule
 * reads `0.0123` rather than `0.012345679012345678`, and the gate (`fraction > max`) passes.
 */
function roundUp(fraction) {
    if (fraction <= 0)
        return 0;
    const scale = 10 ** (3 - Math.floor(Math.log10(fraction)));
    let rounded = Math.ceil(fraction * scale) / scale;
    if (rounded < fraction)
        rounded = (Math.ceil(fraction * scale) + 1) / scale;
    return Math.min(1, Number(rounded.toPrecision(4)) >= fraction ? Number(rounded.toPrecision(4)) : rounded);
}

;// CONCATENATED MODULE: ./src/accept/plan.ts
// Which gates of a check to accept, and how: the pure part of `datagate accept`, also what the
// PR comment shows under the failures.




/** Gates `accept` considers by default: every failing or warning gate. */
function wantsAccepting(gate) {
    return gate.status === 'fail' || gate.status === 'warn';
}
/** Throws a UserError for a named gate that is not in the report. */
function planAccept(report, config, gateIds) {
    const plan = { changes: [], baseline: [], manual: [], passing: [] };
    let targets;
    if (gateIds && gateIds.length > 0) {
        const byId = new Map(report.gates.map((gate) => [gate.id, gate]));
        const missing = gateIds.filter((id) => !byId.has(id));
        if (missing.length > 0) {
            throw new errors/* UserError */.yo(missing.map((id) => ({ message: `no gate "${id}" in this check: it is not (or no longer) in the config; \`datagate check\` lists the gate ids` })));
        }
        targets = [...new Set(gateIds)].map((id) => byId.get(id));
    }
    else {
        targets = report.gates;
    }
    for (const gate of targets) {
        if (!wantsAccepting(gate)) {
            if (gateIds && gateIds.length > 0)
                plan.passing.push(gate.id);
            continue;
        }
        const decision = decide(gate, config);
        if (decision.kind === 'change')
            plan.changes.push(decision.change);
        else if (decision.kind === 'baseline')
            plan.baseline.push({ gate: decision.gate, message: decision.message });
        else
            plan.manual.push({ gate: decision.gate, message: decision.message });
    }
    return plan;
}
/**
 * The config change that would accept the report's failing gates, as a unified diff, or null
 * when there is none or it cannot be made safely (the comment then shows none).
 */
function previewAccept(report, config, configText, configName) {
    try {
        const plan = planAccept(report, config);
        if (plan.changes.length === 0)
            return null;
        const edited = applyChanges(configText, configName, plan.changes);
        const diff = unifiedDiff(configText, edited, configName);
        return diff ? { diff, gates: [...new Set(plan.changes.map((change) => change.gate))] } : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/accept/run.ts
// The accept loop shared by the CLI and the `/datagate accept` comment: check, edit the failing
// rules, check again on the edit (without writing it) until the gates pass or nothing changes.









/** Rounds of edit-and-check: more than two only when a list of values kept only its first ten. */
const MAX_ROUNDS = 5;
/** Throws a UserError (exit 2) for a named gate it cannot accept, or an edit that does not make its gate pass. */
async function computeAccept(options) {
    const { configPath, original } = options;
    const outcome = { text: original, baseline: new Map(), manual: new Map(), passing: [], accepted: [], anyFailing: false };
    let targets = [];
    let stuck = [];
    const tempDir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'datagate-accept-'));
    try {
        for (let round = 0; round < MAX_ROUNDS; round++) {
            stuck = [];
            const report = await run_check(options, outcome.text === original ? undefined : outcome.text, tempDir);
            const plan = planAccept(report, (0,load/* parseConfig */.o4)(outcome.text, configPath), round === 0 ? options.gates : targets);
            if (round === 0) {
                targets = [...plan.changes.map((change) => change.gate), ...plan.baseline.map((note) => note.gate), ...plan.manual.map((note) => note.gate)];
                outcome.passing = plan.passing;
                outcome.anyFailing = targets.length > 0;
                if (options.gates.length > 0 && plan.manual.length > 0) {
                    throw new errors/* UserError */.yo(plan.manual.map((note) => ({ file: configPath, message: `cannot accept ${note.gate}: ${note.message}` })));
                }
                if (targets.length === 0)
                    break;
            }
            for (const note of plan.baseline)
                outcome.baseline.set(note.gate, note.message);
            for (const note of plan.manual)
                outcome.manual.set(note.gate, note.message);
            if (plan.changes.length === 0)
                break;
            const edited = apply_applyChanges(outcome.text, configPath, plan.changes);
            stuck = plan.changes.map((change) => change.gate);
            if (edited === outcome.text)
                break;
            outcome.text = edited;
            for (const change of plan.changes)
                if (!outcome.accepted.includes(change.gate))
                    outcome.accepted.push(change.gate);
        }
    }
    finally {
        await (0,promises_.rm)(tempDir, { recursive: true, force: true });
    }
    if (stuck.length > 0) {
        throw new errors/* UserError */.yo([...new Set(stuck)].map((id) => ({ file: configPath, message: `cannot accept ${id}: it still fails after editing its rule; edit it by hand` })));
    }
    return outcome;
}
async function run_check(options, configText, tempDir) {
    const dir = external_node_path_default().dirname(external_node_path_default().resolve(options.cwd, options.configPath));
    const result = await (0,check.runCheck)({
        configPath: options.configPath, cwd: options.cwd, configText, now: options.now,
        baselineResolver: (0,baseline.createBaselineResolver)({ cwd: dir, baseRef: options.baseRef, tempDir, notice: () => undefined }),
    });
    return result.report;
}

// EXTERNAL MODULE: ./src/accept/usage.ts
var usage = __webpack_require__(53535);
;// CONCATENATED MODULE: ./src/accept/command.ts
// `datagate accept`: rewrites the config so that the failing gates named pass on the current
// snapshot, checks the edit by running the check again on it, prints the diff, writes the file.








async function acceptCommand(args, io) {
    let values;
    try {
        ({ values } = (0,external_node_util_.parseArgs)({
            args, allowPositionals: false, strict: true,
            options: {
                config: { type: 'string', default: 'datagate.yml' }, gate: { type: 'string', multiple: true },
                'dry-run': { type: 'boolean', default: false }, base: { type: 'string' }, now: { type: 'string' }, help: { type: 'boolean', short: 'h' },
            },
        }));
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${error.message}\n\nusage: ${usage/* ACCEPT_USAGE */.r}`);
    }
    if (values.help) {
        io.out(`usage: ${usage/* ACCEPT_USAGE */.r}\n`);
        return 0;
    }
    const cwd = io.cwd ?? process.cwd();
    const configPath = values.config ?? 'datagate.yml';
    const file = external_node_path_default().resolve(cwd, configPath);
    const dryRun = values['dry-run'] === true;
    const now = values.now ? new Date(values.now) : io.now;
    if (now && Number.isNaN(now.getTime()))
        throw new errors/* UserError */.yo(`--now must be an ISO time; got "${values.now}"`);
    const original = await readConfig(file, configPath);
    if (!dryRun)
        await assertWritable(file, configPath);
    const outcome = await computeAccept({ configPath, cwd, original, gates: values.gate ?? [], baseRef: values.base, now });
    const text = outcome.text;
    for (const id of outcome.passing)
        io.err(`${id} already passes: nothing to accept\n`);
    for (const [gate, message] of outcome.baseline)
        io.err(`${gate}: ${message}\n`);
    for (const [gate, message] of outcome.manual)
        io.err(`${gate}: not accepted: ${message}\n`);
    if (text === original) {
        io.err(outcome.anyFailing ? 'no config change to make\n' : 'nothing to accept: no gate fails\n');
        return 0;
    }
    io.out(diff_unifiedDiff(original, text, configPath.split((external_node_path_default()).sep).join('/')));
    if (dryRun) {
        io.err(`dry run: ${configPath} not changed\n`);
        return 0;
    }
    await writeConfig(file, configPath, text);
    io.err(`wrote ${configPath}: the gates above pass on the current snapshot; review the change and commit it\n`);
    return 0;
}
async function readConfig(file, name) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new errors/* UserError */.yo([{ file: name, message: code === 'ENOENT' ? 'config file not found' : `cannot read config file (${code})` }]);
    }
}
/** Read-only means read-only: a file without write bits is refused even where root could write it. */
async function assertWritable(file, name) {
    try {
        if (((await (0,promises_.stat)(file)).mode & 0o222) === 0)
            throw Object.assign(new Error('read-only'), { code: 'read-only' });
        await (0,promises_.access)(file, promises_.constants.W_OK);
    }
    catch (error) {
        throw new errors/* UserError */.yo([{ file: name, message: `cannot write the config (${error.code}): nothing changed; run with --dry-run to see the change` }]);
    }
}
/** In place (keeps the file's mode and owner); a file this small is written in one call. */
async function writeConfig(file, name, text) {
    try {
        await (0,promises_.writeFile)(file, text);
    }
    catch (error) {
        throw new errors/* UserError */.yo([{ file: name, message: `cannot write the config (${error.code}): nothing changed` }]);
    }
}


/***/ }),

/***/ 55562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ ruleConfigPath),
/* harmony export */   Z: () => (/* binding */ lineOfPath)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
// Where in the config a gate's rule is written: a gate result → the path of its node in
// datagate.yml, and that node's line. Shared by SARIF (a location for gates without data rows)
// and `datagate accept` (the node to edit).

/** Column rules whose gate id ends in the rule's own key. */
const COLUMN_RULE_KEYS = new Set(['type', 'nullable', 'max_null_fraction', 'unique', 'min', 'max', 'allowed', 'pattern', 'min_length', 'max_length']);
/**
 * The config path of the rule behind a gate: as deep as the gate names it (a column rule's key,
 * a metric), else its section, else its dataset or model. Undefined for gates of no dataset or model.
 */
function ruleConfigPath(gate, config) {
    if (gate.dataset !== undefined) {
        const index = config.datasets.findIndex((dataset) => dataset.name === gate.dataset);
        if (index < 0)
            return undefined;
        const dataset = ['datasets', index];
        const rest = suffixAfter(gate.id, `${gate.dataset}.${gate.kind}.`);
        switch (gate.kind) {
            case 'contract': {
                if (rest === 'extra_columns')
                    return [...dataset, 'schema', 'allow_extra_columns'];
                const rule = rest?.slice(rest.lastIndexOf('.') + 1);
                const column = gate.column;
                if (column !== undefined && config.datasets[index].schema?.columns[column] !== undefined) {
                    const columnPath = [...dataset, 'schema', 'columns', column];
                    return rule && COLUMN_RULE_KEYS.has(rule) ? [...columnPath, rule] : columnPath;
                }
                if (rule === 'unique')
                    return [...dataset, 'unique'];
                return [...dataset, 'schema'];
            }
            case 'rows': return rest && ['min', 'max', 'max_change'].includes(rest) ? [...dataset, 'rows', rest] : [...dataset, 'rows'];
            case 'drift': {
                const column = gate.column;
                return column !== undefined && config.datasets[index].drift?.columns[column] !== undefined
                    ? [...dataset, 'drift', 'columns', column] : [...dataset, 'drift'];
            }
            case 'freshness': return [...dataset, 'freshness'];
            case 'schema': return [...dataset, 'schema_changes'];
            default: return dataset;
        }
    }
    if (gate.model !== undefined) {
        const index = config.models.findIndex((model) => model.name === gate.model);
        if (index < 0)
            return undefined;
        const model = ['models', index];
        if (gate.kind === 'metric') {
            const name = suffixAfter(gate.id, `${gate.model}.metric.`);
            return name !== undefined && config.models[index].metrics[name] !== undefined ? [...model, 'metrics', name] : [...model, 'metrics'];
        }
        if (gate.kind === 'segment') {
            const bound = suffixAfter(gate.id, `${gate.model}.segment.`)?.split('.').pop();
            return bound === 'min' || bound === 'max' ? [...model, 'segments', bound] : bound === 'gap' ? [...model, 'segments', 'max_gap'] : [...model, 'segments'];
        }
        if (gate.kind === 'latency') {
            const percentile = suffixAfter(gate.id, `${gate.model}.latency.`);
            return percentile && ['p50', 'p95', 'p99'].includes(percentile) ? [...model, 'latency', percentile] : [...model, 'latency'];
        }
        return model;
    }
    return undefined;
}
/** 1-based line of the deepest node of `configPath` present in the document. */
function lineOfPath(doc, lineCounter, configPath) {
    for (let length = configPath.length; length >= 0; length--) {
        const node = doc.getIn(configPath.slice(0, length), true);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isNode)(node) && node.range)
            return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
}
function suffixAfter(id, prefix) {
    return id.startsWith(prefix) ? id.slice(prefix.length) : undefined;
}


/***/ })

};
