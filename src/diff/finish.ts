// From a tally of encoded cells to the report's diff section: values decoded, shares computed.

import { decodeCell, decodeValue, FIELD } from './cells.js';
import type { DiffLayout, DiffTally } from './tally.js';
import type { DiffColumn, DiffKey, DiffReport, DiffValue } from './types.js';

export function decodeKey(layout: DiffLayout, key: string): DiffKey {
  const cells = key.split(FIELD);
  return Object.fromEntries(layout.key.map((name, i) => [name, decodeCell(cells[i] ?? '')]));
}

function decodeRow(layout: DiffLayout, values: string): Record<string, DiffValue> {
  const cells = values.split(FIELD);
  return Object.fromEntries(layout.columns.map((name, i) => [name, decodeValue(cells[i] ?? '')]));
}

export function finishDiff(tally: DiffTally, layout: DiffLayout, notCompared: DiffReport['notCompared'], partitions?: number): DiffReport {
  const matched = tally.changed + tally.unchanged;
  const columns: DiffColumn[] = layout.columns.map((name, c) => {
    const column = tally.columns[c];
    const result: DiffColumn = { name, changed: column.changed, share: matched ? column.changed / matched : 0, examples: [] };
    if (column.deltaCount > 0) result.meanDelta = column.deltaSum / column.deltaCount;
    let top: [string, number] | undefined;
    for (const entry of column.transitions) {
      // Ties go to the smaller text, so the choice does not depend on the order rows came in.
      if (!top || entry[1] > top[1] || (entry[1] === top[1] && entry[0] < top[0])) top = entry;
    }
    if (top) {
      const [before, after] = top[0].split(FIELD);
      result.typical = { before: decodeCell(before), after: decodeCell(after), count: top[1] };
    }
    result.examples = column.examples.entries.map(({ key, item }) => ({ key: decodeKey(layout, key), before: decodeCell(item[0]), after: decodeCell(item[1]) }));
    return result;
  });
  const report: DiffReport = {
    key: layout.key,
    // Null keys never reach a partition: they are rows read all the same.
    rows: { baseline: tally.rows.baseline + tally.nullKeys.baseline, current: tally.rows.current + tally.nullKeys.current },
    added: tally.added,
    removed: tally.removed,
    changed: tally.changed,
    unchanged: tally.unchanged,
    duplicateKeys: {
      baseline: tally.duplicates.baseline,
      current: tally.duplicates.current,
      examples: tally.duplicates.examples.entries.map(({ key }) => decodeKey(layout, key)),
    },
    nullKeys: { ...tally.nullKeys },
    columns,
    notCompared,
    examples: {
      added: tally.addedExamples.entries.map(({ key, item }) => ({ key: decodeKey(layout, key), row: decodeRow(layout, item) })),
      removed: tally.removedExamples.entries.map(({ key, item }) => ({ key: decodeKey(layout, key), row: decodeRow(layout, item) })),
      changed: tally.changedExamples.entries.map(({ key, item }) => ({
        key: decodeKey(layout, key),
        changes: item.map(([c, before, after]) => ({ column: layout.columns[c], before: decodeCell(before), after: decodeCell(after) })),
      })),
    },
  };
  if (partitions !== undefined) report.partitions = partitions;
  return report;
}
