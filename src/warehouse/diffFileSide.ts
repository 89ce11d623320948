// A data file as one side of the checksum diff (diffChecksum.ts), without a second engine: the
// file streams once through the readers, and each row's canonical text is built here exactly as
// the table's engine builds it in SQL (diffSql.ts), typed toward the table column's kind the way
// the file diff reads a cell (`1.50` is the NUMERIC 1.5, `2024-01-02` the DATE). Per row only the
// key's md5 (96 bits) and the row's 48-bit checksum term are kept, so every level of segments is
// a pass over typed arrays; the rows of differing segments (and the keys held twice) are read
// back in a second pass over the file, only when there are any.

import { encodeKey, FIELD } from '../diff/cells.js';
import { readBatches } from '../readers/index.js';
import type { Batch, Cell, ReadOptions } from '../readers/types.js';
import { classifyText, KIND_BOOLEAN, KIND_DATE, KIND_INTEGER, KIND_NUMBER, KIND_TIMESTAMP, makeNullTest, parsedValue } from '../profile/values.js';
import type { ChecksumSource, Leaf, Segment, SideStats } from './diffChecksum.js';
import type { DiffPlan, PlannedColumn, SideName } from './diffPlan.js';
import type { ColumnKind } from './diffSql.js';
import { md5Words } from './md5.js';

export interface FileSideSpec {
  files: string[];
  options: ReadOptions;
  /** How the file is named in messages (the path as the user wrote it). */
  label: string;
}

/** Pulled rows per batch handed to the diff's encoder. */
const PULL_BATCH = 50_000;
const TWO_24 = 2 ** 24;

/** A double as the engines print it in 17 significant digits: `1.5000000000000000e+00`; −0 is 0. */
export function scientific17(value: number): string {
  const text = (value === 0 ? 0 : value).toExponential(16);
  const e = text.indexOf('e');
  const sign = text[e + 1];
  const digits = text.slice(e + 2);
  return `${text.slice(0, e)}e${sign}${digits.length < 2 ? '0' + digits : digits}`;
}

function integerText(cell: Cell): string | undefined {
  switch (typeof cell) {
    case 'number': return Number.isInteger(cell) ? (Number.isSafeInteger(cell) ? String(cell) : BigInt(cell).toString()) : undefined;
    case 'bigint': return cell.toString();
    case 'string': {
      const kind = classifyText(cell);
      if (kind === KIND_INTEGER) {
        if (Number.isSafeInteger(parsedValue.value)) return String(parsedValue.value === 0 ? 0 : parsedValue.value);
        try {
          return BigInt(cell.trim()).toString();
        } catch {
          return undefined;
        }
      }
      if (kind === KIND_NUMBER && Number.isSafeInteger(parsedValue.value)) return String(parsedValue.value === 0 ? 0 : parsedValue.value);
      return undefined;
    }
    default: return undefined;
  }
}

function numberOfCell(cell: Cell): number | undefined {
  switch (typeof cell) {
    case 'number': return Number.isFinite(cell) ? cell : undefined;
    case 'bigint': return Number(cell);
    case 'string': {
      const kind = classifyText(cell);
      return kind === KIND_INTEGER || kind === KIND_NUMBER ? parsedValue.value : undefined;
    }
    default: return undefined;
  }
}

function timeOfCell(cell: Cell): number | undefined {
  if (cell instanceof Date) return cell.getTime();
  if (typeof cell !== 'string') return undefined;
  const kind = classifyText(cell);
  return kind === KIND_DATE || kind === KIND_TIMESTAMP ? parsedValue.value : undefined;
}

function booleanOfCell(cell: Cell): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell !== 'string') return undefined;
  return classifyText(cell) === KIND_BOOLEAN ? parsedValue.value === 1 : undefined;
}

function textOfCell(cell: Cell): string {
  if (typeof cell === 'string') return cell;
  if (cell instanceof Date) return cell.toISOString();
  if (typeof cell === 'object' && cell !== null) return JSON.stringify(cell, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
  return String(cell);
}

// Surrogates: only then is a text's length in code points not its length.
const SURROGATE = /[\uD800-\uDFFF]/;

function codePoints(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function canonicalText(text: string): string {
  return `s${codePoints(text)}:${text}`;
}

/**
 * A non-null cell's canonical text as the table column's kind gives it (diffSql.ts
 * `canonicalField`). A cell the kind cannot hold (text in an integer column) gets its text's
 * canonical form: it can equal no value of the table, so its segment is pulled and diffed by the
 * file diff's rules, which decide.
 */
export function canonicalCell(kind: ColumnKind, cell: Cell): string {
  switch (kind) {
    case 'integer': {
      const digits = integerText(cell);
      if (digits !== undefined) return 'i' + digits;
      break;
    }
    case 'number': {
      const value = numberOfCell(cell);
      if (value !== undefined) return 'n' + scientific17(value);
      break;
    }
    case 'date':
    case 'timestamp': {
      const ms = timeOfCell(cell);
      if (ms !== undefined && Number.isFinite(ms)) return 't' + Math.floor(ms);
      break;
    }
    case 'boolean': {
      const value = booleanOfCell(cell);
      if (value !== undefined) return value ? 'b1' : 'b0';
      break;
    }
    case 'text': break;
  }
  return canonicalText(textOfCell(cell));
}

/** Growable typed columns of the hashed rows. */
class HashedRows {
  length = 0;
  /** The key md5's first 96 bits, in three words. */
  a = new Uint32Array(1024);
  b = new Uint32Array(1024);
  c = new Uint32Array(1024);
  /** The row md5's first 48 bits. */
  term = new Float64Array(1024);

  /** A row: its key's md5 words and its row text's md5 words. */
  push(key: Uint32Array, row: Uint32Array): void {
    if (this.length === this.a.length) this.grow();
    const i = this.length++;
    this.a[i] = key[0]!;
    this.b[i] = key[1]!;
    this.c[i] = key[2]!;
    this.term[i] = row[0]! * 65536 + (row[1]! >>> 16);
  }

  private grow(): void {
    const size = this.a.length * 2;
    const words = (old: Uint32Array) => {
      const next = new Uint32Array(size);
      next.set(old);
      return next;
    };
    this.a = words(this.a);
    this.b = words(this.b);
    this.c = words(this.c);
    const term = new Float64Array(size);
    term.set(this.term);
    this.term = term;
  }

  /** The first `depth` hex digits (at most 10) of row i's key md5, as a number. */
  prefix(i: number, depth: number): number {
    if (depth === 0) return 0;
    if (depth <= 8) return this.a[i]! >>> (32 - 4 * depth);
    return this.a[i]! * 16 ** (depth - 8) + (this.b[i]! >>> (32 - 4 * (depth - 8)));
  }
}

const keyWords = new Uint32Array(4);
const rowWords = new Uint32Array(4);

/** Distinct keys (by the 96-bit key hash), and which rows hold a key that more than one row holds. */
function repeatedKeys(rows: HashedRows): { keys: number; repeated: Uint8Array } {
  let capacity = 16;
  while (capacity < rows.length * 2) capacity *= 2;
  const slots = new Int32Array(capacity).fill(-1);
  const repeated = new Uint8Array(rows.length);
  let keys = 0;
  const mask = capacity - 1;
  for (let i = 0; i < rows.length; i++) {
    let slot = (rows.b[i]! ^ Math.imul(rows.c[i]!, 0x9e3779b1)) & mask;
    for (;;) {
      const held = slots[slot]!;
      if (held === -1) {
        slots[slot] = i;
        keys++;
        break;
      }
      if (rows.a[held] === rows.a[i] && rows.b[held] === rows.b[i] && rows.c[held] === rows.c[i]) {
        repeated[held] = 1;
        repeated[i] = 1;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return { keys, repeated };
}

/**
 * The file side of a checksum diff; `hash()` streams the file once. `kinds` gives each planned
 * column's kind on the table side, which the file's cells are typed toward.
 */
export function fileSource(spec: FileSideSpec, which: SideName, plan: DiffPlan): ChecksumSource & { hash(first?: Batch, rest?: AsyncIterator<Batch>): Promise<void> } {
  const isNull = makeNullTest(spec.options.nullValues);
  const rows = new HashedRows();
  let total = 0;
  let nullKeys = 0;
  let duplicates: ReturnType<typeof repeatedKeys> | undefined;
  const names = [...plan.key, ...plan.compared].map((column) => column.name);
  const kindOf = (column: PlannedColumn) => column.hashKinds[which];

  /** Each row of a batch with a non-null key, in order: its cells (key columns, then compared), or undefined when its key has a null. */
  function* rowsOf(batch: Batch): Generator<Cell[] | undefined> {
    const index = new Map(batch.columns.map((name, c) => [name, c]));
    const columns = names.map((name) => {
      const c = index.get(name);
      return c === undefined ? undefined : batch.data[c];
    });
    const keys = plan.key.length;
    const cells: Cell[] = new Array<Cell>(columns.length);
    for (let r = 0; r < batch.length; r++) {
      let nullKey = false;
      for (let c = 0; c < columns.length; c++) {
        const cell = columns[c]?.[r];
        const empty = isNull(cell);
        if (empty && c < keys) nullKey = true;
        cells[c] = empty ? null : cell;
      }
      yield nullKey ? undefined : cells;
    }
  }

  function add(batch: Batch): void {
    const index = new Map(batch.columns.map((name, c) => [name, c]));
    const columns = names.map((name) => {
      const c = index.get(name);
      return c === undefined ? undefined : batch.data[c];
    });
    const kinds = [...plan.key, ...plan.compared].map(kindOf);
    const keys = plan.key.length;
    rows: for (let r = 0; r < batch.length; r++) {
      total++;
      let keyText = '';
      for (let k = 0; k < keys; k++) {
        const cell = columns[k]?.[r];
        if (isNull(cell)) {
          nullKeys++;
          continue rows;
        }
        keyText += (k ? '|' : '') + canonicalCell(kinds[k]!, cell);
      }
      let rowText = keyText + '#';
      for (let c = keys; c < columns.length; c++) {
        const cell = columns[c]?.[r];
        if (c > keys) rowText += '|';
        if (!isNull(cell)) rowText += canonicalCell(kinds[c]!, cell);
      }
      md5Words(keyText, keyWords);
      md5Words(rowText, rowWords);
      rows.push(keyWords, rowWords);
    }
  }

  async function* batches(first?: Batch, rest?: AsyncIterator<Batch>): AsyncGenerator<Batch> {
    if (rest) {
      if (first) yield first;
      for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
      return;
    }
    yield* readBatches(spec.files, spec.options, () => {});
  }

  /** Rows per encoded key among the keys held twice, once a second pass has counted them. */
  let repeatedCounts: Map<string, number> | undefined;
  function countKey(counts: Map<string, number>, cells: Cell[]): void {
    const key = cells.slice(0, plan.key.length).map((cell) => encodeKey(cell)).join(FIELD);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }

  function ensureDuplicates() {
    duplicates ??= repeatedKeys(rows);
    return duplicates;
  }

  return {
    async hash(first, rest) {
      for await (const batch of batches(first, rest)) add(batch);
    },

    async stats(): Promise<SideStats> {
      return { rows: total, nullKeys, keys: ensureDuplicates().keys };
    },

    async segments(depth: number, within: string[] | null): Promise<Map<string, Segment>> {
      let wanted: Set<number> | null = null;
      let withinDepth = 0;
      if (within) {
        withinDepth = within[0]?.length ?? 0;
        if (within.some((prefix) => prefix.length !== withinDepth)) throw new Error('segments within prefixes of one depth only');
        wanted = new Set(within.map((prefix) => (withinDepth ? parseInt(prefix, 16) : 0)));
      }
      const found = new Map<number, { n: number; high: number; low: number }>();
      for (let i = 0; i < rows.length; i++) {
        if (wanted && !wanted.has(rows.prefix(i, withinDepth))) continue;
        const prefix = rows.prefix(i, depth);
        let segment = found.get(prefix);
        if (!segment) found.set(prefix, (segment = { n: 0, high: 0, low: 0 }));
        const term = rows.term[i]!;
        const high = Math.floor(term / TWO_24);
        segment.n++;
        segment.high += high;
        segment.low += term - high * TWO_24;
      }
      const result = new Map<string, Segment>();
      for (const [prefix, { n, high, low }] of found) {
        result.set(prefix.toString(16).padStart(depth, '0'), { n, sum: (BigInt(high) * BigInt(TWO_24) + BigInt(low)).toString() });
      }
      return result;
    },

    async pull(leaves: Leaf[], deliver: (batch: Batch) => void): Promise<number> {
      const depths = new Map<number, Set<number>>();
      for (const leaf of leaves) {
        const set = depths.get(leaf.prefix.length) ?? new Set<number>();
        set.add(leaf.prefix.length ? parseInt(leaf.prefix, 16) : 0);
        depths.set(leaf.prefix.length, set);
      }
      const wanted = new Uint8Array(rows.length);
      for (let i = 0; i < rows.length; i++) {
        for (const [depth, set] of depths) {
          if (set.has(rows.prefix(i, depth))) {
            wanted[i] = 1;
            break;
          }
        }
      }
      let pulled = 0;
      let data: Cell[][] = names.map(() => []);
      let length = 0;
      const flush = () => {
        if (!length) return;
        deliver({ columns: names, data, length, firstRow: 1, file: spec.label });
        pulled += length;
        data = names.map(() => []);
        length = 0;
      };
      // The keys held twice are listed from this same pass.
      const { repeated, keys } = ensureDuplicates();
      const counts = keys === rows.length ? undefined : new Map<string, number>();
      await secondPass((cells, i) => {
        if (counts && repeated[i]) countKey(counts, cells);
        if (!wanted[i]) return;
        for (let c = 0; c < names.length; c++) data[c]!.push(cells[c]);
        if (++length >= PULL_BATCH) flush();
      });
      flush();
      repeatedCounts = counts ?? new Map();
      return pulled;
    },

    async duplicates(): Promise<{ key: string; extra: number }[]> {
      const { repeated, keys } = ensureDuplicates();
      if (keys === rows.length) return [];
      if (!repeatedCounts) {
        const counts = new Map<string, number>();
        await secondPass((cells, i) => {
          if (repeated[i]) countKey(counts, cells);
        });
        repeatedCounts = counts;
      }
      return [...repeatedCounts].map(([key, n]) => ({ key, extra: n - 1 }));
    },
  };

  /** Reads the file again, calling `each` with the cells of every row with a non-null key and its number among them. */
  async function secondPass(each: (cells: Cell[], i: number) => void): Promise<void> {
    let i = 0;
    for await (const batch of readBatches(spec.files, spec.options, () => {})) {
      for (const cells of rowsOf(batch)) {
        if (cells) each(cells, i++);
      }
    }
  }
}
