export const id = 452;
export const ids = [452];
export const modules = {

/***/ 23452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  baselineGates: () => (/* binding */ baselineGates)
});

;// CONCATENATED MODULE: ./src/compare/renames.ts
// Probable renames: a removed and an added column of the same type whose profiles are nearly the
// same (null rate, distinct count, and location/spread or top values). Matched greedily, most
// similar pair first, each column used once, so two look-alike columns are never both claimed.
/** Above this, two profiles are not "near-identical". */
const MAX_DISTANCE = 0.05;
const nullRate = (column) => (column.count + column.nulls > 0 ? column.nulls / (column.count + column.nulls) : 0);
function relativeGap(a, b, scale) {
    if (a === undefined || b === undefined)
        return a === b ? 0 : 1;
    if (a === b)
        return 0;
    return Math.abs(a - b) / (scale > 0 ? scale : Math.max(Math.abs(a), Math.abs(b), 1e-12));
}
/** 0 for identical summaries, growing with the largest difference found; Infinity when types differ. */
function profileDistance(a, b, rowsA, rowsB) {
    if (a.type !== b.type)
        return Number.POSITIVE_INFINITY;
    const gaps = [
        Math.abs(nullRate(a) - nullRate(b)),
        relativeGap(a.count / Math.max(rowsA, 1), b.count / Math.max(rowsB, 1), 1),
        relativeGap(a.distinct, b.distinct, 0),
    ];
    if (typeof a.mean === 'number' && typeof b.mean === 'number') {
        const spread = Math.max(a.std ?? 0, b.std ?? 0);
        gaps.push(relativeGap(a.mean, b.mean, spread), relativeGap(a.std, b.std, spread));
        for (const key of ['p05', 'p50', 'p95'])
            gaps.push(relativeGap(a.quantiles?.[key], b.quantiles?.[key], spread));
    }
    else if (a.top && b.top && a.top.length > 0) {
        // Share of the baseline's top values (by count) that the other side's top list also holds.
        const other = new Map(b.top.map((entry) => [entry.value, entry.count]));
        const total = a.top.reduce((sum, entry) => sum + entry.count, 0);
        const kept = a.top.reduce((sum, entry) => sum + (other.has(entry.value) ? entry.count : 0), 0);
        gaps.push(total > 0 ? 1 - kept / total : 0);
    }
    else {
        gaps.push(a.min === b.min && a.max === b.max ? 0 : 1);
    }
    return Math.max(...gaps);
}
function probableRenames(baseline, current, removed, added) {
    const candidates = [];
    for (const from of removed) {
        for (const to of added) {
            const distance = profileDistance(from, to, baseline.rows, current.rows);
            if (distance <= MAX_DISTANCE)
                candidates.push({ from, to, distance });
        }
    }
    candidates.sort((x, y) => x.distance - y.distance || x.from.name.localeCompare(y.from.name) || x.to.name.localeCompare(y.to.name));
    const usedFrom = new Set();
    const usedTo = new Set();
    const renames = [];
    for (const candidate of candidates) {
        if (usedFrom.has(candidate.from.name) || usedTo.has(candidate.to.name))
            continue;
        usedFrom.add(candidate.from.name);
        usedTo.add(candidate.to.name);
        renames.push(candidate);
    }
    return renames;
}

;// CONCATENATED MODULE: ./src/compare/schema.ts
// Schema diff of two profiles: added, removed, retyped, renamed and newly nullable columns (by
// their nulls, or by a table catalog's NOT NULL on both sides), and order changes, each classified breaking or not the way data-contract tools do (a consumer
// written against the baseline keeps working after a non-breaking change).

/** Type changes that only widen what a value may be; every other change narrows or breaks. */
const WIDENINGS = new Set(['integer→number', 'date→timestamp']);
function isWidening(from, to) {
    return WIDENINGS.has(`${from}→${to}`);
}
/**
 * A type observed narrower than the baseline's (integers in a number column: no value of this
 * snapshot happened to have a decimal) is sampling, not a change: every value still fits.
 */
function isObservedNarrower(from, to) {
    return WIDENINGS.has(`${to}→${from}`);
}
/**
 * Compare the columns of two profiles. `contract` (the dataset's `schema` config), when given,
 * refines the classification: a newly nullable column is breaking only where the contract
 * declares `nullable: false`, and an added column is breaking when the contract forbids extra columns.
 */
function diffSchema(baseline, current, contract) {
    const baselineByName = new Map(baseline.columns.map((column) => [column.name, column]));
    const currentByName = new Map(current.columns.map((column) => [column.name, column]));
    const removedColumns = baseline.columns.filter((column) => !currentByName.has(column.name));
    const addedColumns = current.columns.filter((column) => !baselineByName.has(column.name));
    const renames = probableRenames(baseline, current, removedColumns, addedColumns);
    const renamedFrom = new Set(renames.map((rename) => rename.from.name));
    const renamedTo = new Set(renames.map((rename) => rename.to.name));
    const extraColumnsBreak = contract?.allow_extra_columns === false;
    const diff = {
        added: addedColumns
            .filter((column) => !renamedTo.has(column.name))
            .map((column) => ({ name: column.name, type: column.type, breaking: extraColumnsBreak })),
        removed: removedColumns
            .filter((column) => !renamedFrom.has(column.name))
            .map((column) => ({ name: column.name, type: column.type, breaking: true })),
        changed: [],
        // A rename breaks every consumer that selects the column by its old name.
        renamed: renames.map((rename) => ({ from: rename.from.name, to: rename.to.name, type: rename.to.type, breaking: true })),
        nullability: [],
        reordered: false,
    };
    const pairs = [];
    for (const column of baseline.columns) {
        const other = currentByName.get(column.name);
        if (other)
            pairs.push([column, other]);
    }
    for (const rename of renames)
        pairs.push([rename.from, rename.to]);
    for (const [before, after] of pairs) {
        if (before.type !== after.type && before.name === after.name && !isObservedNarrower(before.type, after.type)) {
            diff.changed.push({ name: after.name, from: before.type, to: after.type, breaking: !isWidening(before.type, after.type) });
        }
        const declaredNotNullable = contract?.columns?.[after.name]?.nullable === false;
        if (before.declaredNullable !== undefined && after.declaredNullable !== undefined && before.declaredNullable !== after.declaredNullable) {
            // Both sides are tables whose catalogs say: a NOT NULL constraint added or dropped. Dropped is
            // what nulls appearing is for files (breaking only where the contract promised none), but
            // said before any null arrives; the rows' nulls are then not reported again.
            diff.nullability.push({
                name: after.name, from: before.declaredNullable, to: after.declaredNullable, breaking: after.declaredNullable && declaredNotNullable, declared: true,
            });
            continue;
        }
        const wasNullable = before.nulls > 0;
        const isNullable = after.nulls > 0;
        if (wasNullable !== isNullable) {
            // Nulls appearing is a null-rate question (the drift gate's null check); it breaks a
            // consumer only where the contract promised there would be none.
            diff.nullability.push({ name: after.name, from: wasNullable, to: isNullable, breaking: isNullable && declaredNotNullable });
        }
    }
    // Order: the shared columns (renamed ones under their new name) in baseline vs current order.
    const renameOf = new Map(renames.map((rename) => [rename.from.name, rename.to.name]));
    const shared = new Set([...baselineByName.keys()].filter((name) => currentByName.has(name)).concat([...renameOf.values()]));
    const baselineOrder = baseline.columns.map((column) => renameOf.get(column.name) ?? column.name).filter((name) => shared.has(name));
    const currentOrder = current.columns.map((column) => column.name).filter((name) => shared.has(name));
    diff.reordered = baselineOrder.some((name, index) => currentOrder[index] !== name);
    return diff;
}
/** True when any change is breaking. */
function hasBreakingChange(diff) {
    return [diff.added, diff.removed, diff.changed, diff.renamed, diff.nullability].some((changes) => changes.some((change) => change.breaking));
}

// EXTERNAL MODULE: ./src/compare/drift.ts + 3 modules
var drift = __webpack_require__(6447);
// EXTERNAL MODULE: ./src/compare/methods.ts
var methods = __webpack_require__(38053);
// EXTERNAL MODULE: ./src/compare/identifiers.ts
var identifiers = __webpack_require__(2319);
// EXTERNAL MODULE: ./src/compare/nulls.ts
var nulls = __webpack_require__(46417);
// EXTERNAL MODULE: ./src/compare/robust.ts
var robust = __webpack_require__(83206);
;// CONCATENATED MODULE: ./src/compare/index.ts
// Compare stage: what changed between a baseline and a current profile — shape and distribution.








// EXTERNAL MODULE: ./src/gates/index.ts + 3 modules
var gates = __webpack_require__(4484);
;// CONCATENATED MODULE: ./src/run/baselineGates.ts
// What a dataset's baseline gives, the same for a file and a table: the schema diff and drift
// in the report and their gates, or one `skip` gate saying why there was nothing to compare.


function baselineGates(dataset, baseline, current, report) {
    if (!baseline) {
        return [{
                id: `${dataset.name}.baseline`,
                kind: 'baseline',
                dataset: dataset.name,
                status: 'skip',
                message: dataset.baseline
                    ? 'no baseline found yet (first run?): schema diff and drift skipped'
                    : 'no baseline configured: schema diff and drift skipped',
            }];
    }
    report.schema = diffSchema(baseline, current, dataset.schema);
    report.drift = (0,drift/* compareDrift */.pT)(baseline, current, dataset.drift);
    return [
        ...(0,gates/* evaluateGate */.DR)('schema', dataset.schema_changes, { dataset: dataset.name, diff: report.schema }),
        ...(0,gates/* evaluateGate */.DR)('drift', dataset.drift?.severity, { dataset: dataset.name, drift: report.drift }),
    ];
}


/***/ })

};
