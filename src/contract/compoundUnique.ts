// A uniqueness check over a key of several columns (`unique: [[user_id, signup_at]]`).

import type { Batch, Cell } from '../readers/types.js';
import type { GateResult, Severity } from '../report/types.js';
import { cellText } from '../profile/values.js';
import { violated } from '../report/severity.js';
import { UniqueSet, type UniqueSetState } from './uniqueSet.js';
import { Violations, type ViolationsState } from './violations.js';
import { mergedByRow, type PartPlace } from './columnCheck.js';

export interface CompoundUniqueState { seen: UniqueSetState; violations: ViolationsState; present: string[] }

export class CompoundUniqueCheck {
  private readonly seen: UniqueSet;
  private readonly violations = new Violations();
  private readonly present = new Set<string>();

  constructor(
    readonly columns: string[],
    private readonly context: { dataset: string; severity: Severity; isNull: (cell: Cell) => boolean; track?: boolean },
  ) {
    this.seen = new UniqueSet(undefined, context.track);
  }

  add(batch: Batch): void {
    const cells = this.columns.map((name) => {
      const index = batch.columns.indexOf(name);
      if (index >= 0) this.present.add(name);
      return index >= 0 ? batch.data[index] : undefined;
    });
    const { isNull } = this.context;
    const parts: (string | null)[] = new Array<string | null>(cells.length);
    for (let row = 0; row < batch.length; row++) {
      let allNull = true;
      let key = '';
      for (let part = 0; part < cells.length; part++) {
        const cell = cells[part]?.[row];
        if (isNull(cell)) {
          parts[part] = null;
          key += '~';
        } else {
          const text = cellText(cell);
          parts[part] = text;
          // Length-prefixed parts cannot run into each other, whatever the values contain.
          key += `${text.length}:${text}`;
          allNull = false;
        }
      }
      // As Great Expectations does: a key that is null in every column identifies nothing.
      if (allNull) continue;
      if (!this.seen.add(key, batch.firstRow + row, batch.lines?.[row])) this.violations.add(batch, row, parts.map((part) => part ?? 'null').join(', '));
    }
  }

  toState(): CompoundUniqueState {
    return { seen: this.seen.toState(), violations: this.violations.toState(), present: [...this.present] };
  }

  /** Adds the state of the next part of the data, as ColumnCheck.absorb does for one column. */
  absorb(state: CompoundUniqueState, part: PartPlace): void {
    for (const name of state.present) this.present.add(name);
    const across = new Violations();
    this.seen.absorb(state.seen, (key, row, line) => {
      across.recordByRow(row, () => ({ row, ...(line !== undefined ? { line } : {}), file: part.file, value: shownKey(String(key)) }));
    }, !part.last);
    this.violations.absorb(mergedByRow(state.violations, across.toState()), part);
  }

  result(): GateResult {
    const { dataset, severity } = this.context;
    const label = this.columns.join('+');
    const base = { id: `${dataset}.contract.${label}.unique`, kind: 'contract', dataset, column: label, severity };
    const missing = this.columns.filter((name) => !this.present.has(name));
    if (missing.length > 0) {
      return {
        ...base,
        status: violated(severity),
        message: `unique key (${this.columns.join(', ')}): column${missing.length > 1 ? 's' : ''} ${missing.map((name) => JSON.stringify(name)).join(', ')} missing from the data`,
        observed: `missing: ${missing.join(', ')}`,
        expected: this.columns,
      };
    }
    const duplicates = this.violations.count;
    return {
      ...base,
      status: duplicates > 0 ? violated(severity) : 'pass',
      message: duplicates > 0
        ? `unique key (${this.columns.join(', ')}): ${duplicates} duplicate ${duplicates === 1 ? 'row' : 'rows'}`
        : `unique key (${this.columns.join(', ')}): all ${this.seen.size} keys unique`,
      observed: duplicates,
      expected: 0,
      count: duplicates,
      ...(duplicates > 0 ? { examples: this.violations.examples } : {}),
    };
  }
}

/** A key as `add` builds it (`~` for a null part, else `length:text`) shown as its examples are: `7, null`. */
function shownKey(key: string): string {
  const parts: string[] = [];
  for (let at = 0; at < key.length;) {
    if (key[at] === '~') {
      parts.push('null');
      at++;
      continue;
    }
    const colon = key.indexOf(':', at);
    const length = Number(key.slice(at, colon));
    parts.push(key.slice(colon + 1, colon + 1 + length));
    at = colon + 1 + length;
  }
  return parts.join(', ');
}
