// Decoding one flat column chunk of a Parquet file into its non-null values, page by page, for
// consumers that need no row alignment (the profiler). Built on hyparquet's page primitives, it
// skips what made hyparquet's row reader slow for profiling: placing nulls among the values
// (`assembleLists`, a boxed JS array per column), INT64 as BigInt, a Uint8Array and a
// TextDecoder call per string, and a JS array of dictionary indices per page.

import { isAscii } from 'node:buffer';
import type { DecodedArray, PageHeader } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { convert } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readPlain } from 'hyparquet/src/plain.js';
import type { Cell } from './types.js';
import { convertedText, textConversionOf } from './parquetValues.js';

/** What hyparquet's page decoders need to know of a column. */
export type ColumnDecoder = Parameters<typeof readDataPage>[2];

/** Non-null values of one page (all of them or a block), in file order; the page's other rows are null. */
export type PageValues = ArrayLike<Cell>;

/** How the values of a column are turned from Parquet's physical type into cells. */
type ValueKind = 'int64' | 'millis' | 'micros' | 'string' | 'text' | 'other';

function valueKind({ type, element }: ColumnDecoder): ValueKind {
  // DECIMAL and TIME: their raw integers as the text they stand for (parquetValues.ts).
  if (textConversionOf(element)) return 'text';
  const converted = element.converted_type;
  const logical = element.logical_type;
  // The order follows hyparquet's `convert`, which decides what the other kinds become.
  if (type === 'INT64') {
    if (converted === 'TIMESTAMP_MILLIS') return 'millis';
    if (converted === 'TIMESTAMP_MICROS') return 'micros';
    if (converted !== undefined && converted !== 'INT_64') return 'other';
    if (logical?.type === 'TIMESTAMP') return logical.unit === 'MILLIS' ? 'millis' : logical.unit === 'MICROS' ? 'micros' : 'other';
    if (logical === undefined || (logical.type === 'INTEGER' && logical.isSigned)) return 'int64';
    return 'other';
  }
  if (type === 'BYTE_ARRAY' && (converted === undefined || converted === 'UTF8') && (logical === undefined || logical.type === 'STRING')) return 'string';
  return 'other';
}

const TWO_32 = 4294967296;
/** |high word| below this keeps high · 2³² + low within ±2⁵³, where doubles are exact. */
const SAFE_HIGH = 1 << 21;

/**
 * INT64 values as doubles, from their two 32-bit halves (no BigInt per value); undefined when
 * one is beyond ±2⁵³, which the caller then keeps as BigInt so its text stays exact.
 */
function int64AsNumbers(values: BigInt64Array): Float64Array | undefined {
  const words = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
  const numbers = new Float64Array(values.length);
  for (let i = 0; i < numbers.length; i++) {
    const high = words[2 * i + 1];
    if (high >= SAFE_HIGH || high < -SAFE_HIGH) return undefined;
    numbers[i] = high * TWO_32 + (words[2 * i] >>> 0);
  }
  return numbers;
}

/**
 * Values decoded a block at a time. A page of a column chunk often holds a whole row group
 * (DuckDB writes one page of ≈ 125k values); decoded at once, its strings or Dates outlived a
 * young-generation collection or two and were promoted, which grew the old generation to
 * several times what is alive. Typed arrays (numbers) live outside the JS heap and come whole.
 */
const BLOCK = 4096;

type Blocks = Iterable<ArrayLike<Cell>>;

function* inBlocks(count: number, block: (start: number, end: number) => ArrayLike<Cell>): Generator<ArrayLike<Cell>> {
  for (let start = 0; start < count; start += BLOCK) yield block(start, Math.min(count, start + BLOCK));
}

/** Timestamps as Dates, truncated to milliseconds toward zero as hyparquet's BigInt division does. */
function dates(millis: Float64Array, perMilli: number, start: number, end: number): Date[] {
  const block = new Array<Date>(end - start);
  for (let i = start; i < end; i++) block[i - start] = new Date(Math.trunc(millis[i] / perMilli));
  return block;
}

/**
 * `count` PLAIN BYTE_ARRAY values from `state.at` as strings, decoded straight from the page:
 * sliced from `ascii`, the page as text, when it is all ASCII (where bytes and characters line
 * up; a JS slice is about twice as fast as a decoder call per value), else each decoded as UTF-8.
 */
function plainStrings(page: Buffer, ascii: string | undefined, state: { at: number }, count: number): string[] {
  const strings = new Array<string>(count);
  let at = state.at;
  for (let i = 0; i < count; i++) {
    if (at + 4 > page.length) throw new Error(`parquet string ${i} of ${count} starts beyond its page`);
    const length = page.readUInt32LE(at);
    at += 4;
    if (at + length > page.length) throw new Error(`parquet string ${i} of ${count} ends beyond its page`);
    strings[i] = ascii === undefined ? page.toString('utf8', at, at + length) : ascii.slice(at, at + length);
    at += length;
  }
  state.at = at;
  return strings;
}

/** Decoded physical values (PLAIN or from a fallback decoder) as cells, whole or in blocks. */
function cellsOf(data: DecodedArray, decoder: ColumnDecoder, kind: ValueKind): Blocks {
  const conversion = kind === 'text' ? textConversionOf(decoder.element) : undefined;
  if (conversion) {
    return inBlocks(data.length, (start, end) => {
      const block = new Array<Cell>(end - start);
      for (let i = start; i < end; i++) block[i - start] = convertedText(data[i], conversion);
      return block;
    });
  }
  if (data instanceof BigInt64Array && kind !== 'other') {
    const numbers = int64AsNumbers(data);
    if (numbers && kind === 'int64') return [numbers];
    if (numbers) {
      const perMilli = kind === 'millis' ? 1 : 1000;
      return inBlocks(numbers.length, (start, end) => dates(numbers, perMilli, start, end));
    }
    if (kind === 'int64') return [data];
  }
  return [convert(data, decoder)];
}

/** `count` PLAIN values at `offset` of `page` as cells. */
function plainCells(page: Uint8Array, offset: number, count: number, decoder: ColumnDecoder, kind: ValueKind): Blocks {
  if (kind === 'string') {
    const bytes = Buffer.from(page.buffer, page.byteOffset, page.byteLength);
    // Length prefixes under 128 are ASCII too, so short ASCII strings leave the values ASCII.
    // The text starts at the page's start (levels included, which need not be ASCII) so that
    // its offsets are the page's.
    const ascii = isAscii(bytes.subarray(offset)) ? bytes.toString('latin1') : undefined;
    const state = { at: offset };
    return inBlocks(count, (start, end) => plainStrings(bytes, ascii, state, end - start));
  }
  const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset };
  return cellsOf(readPlain(reader, decoder.type, count, decoder.element.type_length), decoder, kind);
}

/** A dictionary page's entries, all at once: data pages pick from them by index. */
function dictionaryOf(page: Uint8Array, count: number, decoder: ColumnDecoder, kind: ValueKind): ArrayLike<Cell> {
  const blocks = [...plainCells(page, 0, count, decoder, kind)];
  if (blocks.length === 1) return blocks[0];
  return blocks.flatMap((block) => Array.from(block));
}

/** Reads an unsigned LEB128 varint at `state.at`. */
function varint(bytes: Uint8Array, state: { at: number }): number {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (state.at >= bytes.length) throw new Error('parquet run header beyond its page');
    const byte = bytes[state.at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return value;
    shift += 7;
    if (shift > 35) throw new Error('parquet run header too long');
  }
}

/** Set bits of each byte value: counting width-1 definition levels without unpacking them. */
const BITS = Uint8Array.from({ length: 256 }, (_, byte) => {
  let bits = 0;
  for (let rest = byte; rest > 0; rest >>= 1) bits += rest & 1;
  return bits;
});

/**
 * The RLE/bit-packed hybrid runs of `count` values of `width` (≤ 24) bits from `state.at`,
 * up to `end`, into `out`; without `out`, only their sum (for width-1 definition levels, the
 * non-null count).
 */
function hybrid(bytes: Uint8Array, state: { at: number }, end: number, width: number, count: number, out?: Int32Array): number {
  let seen = 0;
  let sum = 0;
  const mask = (1 << width) - 1;
  const valueBytes = (width + 7) >> 3;
  while (seen < count) {
    if (state.at >= end) throw new Error(`parquet levels or indices end after ${seen} of ${count} values`);
    const header = varint(bytes, state);
    if (header % 2 === 0) {
      const run = Math.min(header / 2, count - seen);
      if (state.at + valueBytes > end) throw new Error('parquet run beyond its page');
      let value = 0;
      for (let b = 0; b < valueBytes; b++) value |= bytes[state.at++] << (8 * b);
      if (out) out.fill(value & mask, seen, seen + run);
      else sum += (value & mask) * run;
      seen += run;
    } else {
      const groupBytes = ((header - 1) / 2) * width;
      if (state.at + groupBytes > end) throw new Error('parquet bit-packed run beyond its page');
      // The last group may be padded past `count`: padding is neither counted nor stored.
      const take = Math.min(groupBytes * 8 / width, count - seen);
      let at = state.at;
      if (!out) {
        const whole = take >> 3;
        for (let b = 0; b < whole; b++) sum += BITS[bytes[at + b]];
        if (take & 7) sum += BITS[bytes[at + whole] & ((1 << (take & 7)) - 1)];
      } else {
        let bits = 0;
        let buffered = 0;
        for (let i = 0; i < take; i++) {
          while (buffered < width) {
            bits |= bytes[at++] << buffered;
            buffered += 8;
          }
          out[seen + i] = bits & mask;
          bits >>>= width;
          buffered -= width;
        }
      }
      seen += take;
      state.at += groupBytes;
    }
  }
  return out ? seen : sum;
}

function outOfRange(index: number, size: number): Error {
  return new Error(`parquet dictionary index ${index} beyond its ${size} entries`);
}

/** Dictionary entries picked by `indices`: a typed array when the dictionary is one, else blocks. */
function dereference(dictionary: ArrayLike<Cell>, indices: Int32Array): Blocks {
  const size = dictionary.length;
  if (ArrayBuffer.isView(dictionary)) {
    const typed = dictionary as Exclude<DecodedArray, unknown[]>;
    const values = new (typed.constructor as new (length: number) => typeof typed)(indices.length);
    for (let i = 0; i < indices.length; i++) {
      const index = indices[i];
      if (index >= size) throw outOfRange(index, size);
      values[i] = typed[index];
    }
    return [values as ArrayLike<Cell>];
  }
  return inBlocks(indices.length, (start, end) => {
    const block = new Array<Cell>(end - start);
    for (let i = start; i < end; i++) {
      const index = indices[i];
      if (index >= size) throw outOfRange(index, size);
      block[i - start] = dictionary[index];
    }
    return block;
  });
}

/** Encodings whose values this module decodes itself; others are left to hyparquet. */
function decodesItself(encoding: string, decoder: ColumnDecoder): boolean {
  return encoding === 'PLAIN' || ((encoding === 'PLAIN_DICTIONARY' || encoding === 'RLE_DICTIONARY') && decoder.type !== 'BOOLEAN');
}

/**
 * `defined` values of `encoding` from `offset` of `page`, decoded without materialising the
 * dictionary indices as a JS array. Undefined for what is left to hyparquet.
 */
function pageValues(page: Uint8Array, offset: number, defined: number, encoding: string, decoder: ColumnDecoder, kind: ValueKind, dictionary: ArrayLike<Cell> | undefined): Blocks | undefined {
  if (encoding === 'PLAIN') return plainCells(page, offset, defined, decoder, kind);
  if (!dictionary) throw new Error('parquet dictionary page missing');
  if (defined === 0) return [];
  if (offset >= page.length) throw new Error('parquet dictionary indices beyond their page');
  const state = { at: offset };
  const width = page[state.at++];
  // Wider indices (dictionaries over 16M entries) are left to hyparquet.
  if (width > 24) return undefined;
  const indices = new Int32Array(defined);
  if (width > 0) hybrid(page, state, page.length, width, defined, indices);
  return dereference(dictionary, indices);
}

/** A version 1 data page (decompressed) of a flat column, its definition levels counted in place. */
function fastPageV1(page: Uint8Array, header: PageHeader, decoder: ColumnDecoder, kind: ValueKind, dictionary: ArrayLike<Cell> | undefined, optional: boolean): Blocks | undefined {
  const daph = header.data_page_header;
  if (!daph || !decodesItself(daph.encoding, decoder)) return undefined;
  if (optional && daph.definition_level_encoding !== 'RLE') return undefined;
  if (!optional) return pageValues(page, 0, daph.num_values, daph.encoding, decoder, kind, dictionary);
  if (page.length < 4) throw new Error('parquet definition levels beyond their page');
  const length = page[0] | (page[1] << 8) | (page[2] << 16) | (page[3] << 24);
  if (length < 0 || 4 + length > page.length) throw new Error('parquet definition levels beyond their page');
  const defined = hybrid(page, { at: 4 }, 4 + length, 1, daph.num_values);
  return pageValues(page, 4 + length, defined, daph.encoding, decoder, kind, dictionary);
}

/** A version 2 data page (compressed) of a flat column: its header counts the nulls, its levels come first and uncompressed. */
function fastPageV2(compressed: Uint8Array, header: PageHeader, decoder: ColumnDecoder, kind: ValueKind, dictionary: ArrayLike<Cell> | undefined): Blocks | undefined {
  const daph = header.data_page_header_v2;
  if (!daph || !decodesItself(daph.encoding, decoder)) return undefined;
  const levels = daph.definition_levels_byte_length + daph.repetition_levels_byte_length;
  if (!(levels >= 0 && levels <= compressed.length)) throw new Error('parquet levels beyond their page');
  const defined = daph.num_values - daph.num_nulls;
  if (!(defined >= 0)) throw new Error(`parquet page of ${daph.num_values} values with ${daph.num_nulls} nulls`);
  const body = daph.is_compressed === false
    ? compressed.subarray(levels)
    : decompressPage(compressed.subarray(levels), header.uncompressed_page_size - levels, decoder.codec, decoder.compressors);
  return pageValues(body, 0, defined, daph.encoding, decoder, kind, dictionary);
}

/** Non-null values of a data page that hyparquet decodes (other encodings). */
function slowDataPage(page: Uint8Array | undefined, compressed: Uint8Array, header: PageHeader, decoder: ColumnDecoder, kind: ValueKind, dictionary: ArrayLike<Cell> | undefined): Blocks {
  const v1 = header.data_page_header;
  const v2 = header.data_page_header_v2;
  const encoding = v1?.encoding ?? v2?.encoding;
  let data: DecodedArray;
  if (v1 && page) data = readDataPage(page, v1, decoder).dataPage;
  else data = readDataPageV2(compressed, header, decoder).dataPage;
  if (dictionary && encoding?.endsWith('_DICTIONARY')) {
    const indices = Int32Array.from(data as ArrayLike<number>);
    return dereference(dictionary, indices);
  }
  return cellsOf(data, decoder, kind);
}

/** A page's decoders allocate the size its header declares before inflating anything. */
const MAX_PAGE_BYTES = 256 << 20;
/** Past this size, a page may inflate at most MAX_PAGE_RATIO times its compressed bytes. */
const PAGE_RATIO_FLOOR = 32 << 20;
const MAX_PAGE_RATIO = 1000;

/** Refuses a page whose header declares more than a real file's page holds (a decompression bomb, or a lie). */
export function checkPageSize(header: Pick<PageHeader, 'uncompressed_page_size'>, compressedSize: number): void {
  const inflated = header.uncompressed_page_size;
  if (!(inflated >= 0) || inflated > MAX_PAGE_BYTES || (inflated > PAGE_RATIO_FLOOR && inflated > compressedSize * MAX_PAGE_RATIO)) {
    throw new Error(`parquet page declares ${inflated} bytes from ${compressedSize} compressed (at most 256 MB, and 1,000× past 32 MB)`);
  }
}

/** Rows a data page holds (for a flat column, one value or null per row). */
function pageRows(header: PageHeader): number {
  return header.data_page_header?.num_values ?? header.data_page_header_v2?.num_rows ?? 0;
}

/**
 * The non-null values of each data page of a flat column chunk (`bytes`, from its first page to
 * its end), decoded a page or a block at a time as they are consumed; returns the rows the
 * chunk held.
 * NaN stays a value.
 */
export function* chunkValues(bytes: Uint8Array, decoder: ColumnDecoder): Generator<PageValues, number> {
  const kind = valueKind(decoder);
  const optional = decoder.element.repetition_type !== 'REQUIRED';
  const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
  let dictionary: ArrayLike<Cell> | undefined;
  let rows = 0;
  while (reader.offset < bytes.length - 1) {
    const header = parquetHeader(reader);
    const size = header.compressed_page_size;
    if (!(size >= 0) || reader.offset + size > bytes.length) throw new Error(`parquet page of ${size} bytes beyond its column chunk`);
    checkPageSize(header, size);
    const compressed = bytes.subarray(reader.offset, reader.offset + size);
    reader.offset += size;
    if (header.type === 'DICTIONARY_PAGE') {
      const count = header.dictionary_page_header?.num_values ?? 0;
      const page = decompressPage(compressed, header.uncompressed_page_size, decoder.codec, decoder.compressors);
      dictionary = dictionaryOf(page, count, decoder, kind);
    } else if (header.type === 'DATA_PAGE' || header.type === 'DATA_PAGE_V2') {
      let values: Blocks | undefined;
      let page: Uint8Array | undefined;
      if (header.type === 'DATA_PAGE') {
        page = decompressPage(compressed, header.uncompressed_page_size, decoder.codec, decoder.compressors);
        values = fastPageV1(page, header, decoder, kind, dictionary, optional);
      } else values = fastPageV2(compressed, header, decoder, kind, dictionary);
      values ??= slowDataPage(page, compressed, header, decoder, kind, dictionary);
      rows += pageRows(header);
      for (const block of values) if (block.length > 0) yield block;
    } else if (header.type !== 'INDEX_PAGE') {
      throw new Error(`parquet unsupported page type: ${String(header.type)}`);
    }
  }
  return rows;
}
