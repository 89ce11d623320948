// Cutting a CSV file into byte ranges that start on record boundaries, so that workers can
// read the parts in parallel. A newline inside quotes is no boundary, so the quotes before the
// cut are counted: a newline after an even number of them ends a record in RFC 4180 text.
// A file with stray quotes (`a"b`) can fool the count; the first part's parser then ends
// inside a record, which the caller checks (`CsvParser.pending`) before trusting the cut.

import { promises as fs } from 'node:fs';

const QUOTE = 0x22;
const NEWLINE = 0x0a;
const CHUNK_BYTES = 1 << 20;
const WINDOW_BYTES = 1 << 16;

/** Byte offsets where parts start: 0, then the first record boundary at or after each ideal cut. */
export async function recordBoundaries(file: string, parts: number): Promise<number[]> {
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    const starts = [0];
    let quotes = 0;
    let position = 0;
    let part = 1;
    let target = Math.floor((size * part) / parts);
    while (position < size && part < parts) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(CHUNK_BYTES, size - position), position);
      if (bytesRead === 0) break;
      let i = 0;
      while (i < bytesRead && part < parts) {
        // Before the cut only quotes matter; after it, the first newline at even parity.
        const cut = target - position;
        if (i < cut) {
          const quote = buffer.indexOf(QUOTE, i);
          if (quote === -1 || quote >= Math.min(cut, bytesRead)) {
            i = Math.min(cut, bytesRead);
            continue;
          }
          quotes++;
          i = quote + 1;
          continue;
        }
        const quote = buffer.indexOf(QUOTE, i);
        const newline = buffer.indexOf(NEWLINE, i);
        if (newline !== -1 && (quote === -1 || newline < quote) && newline < bytesRead) {
          if (quotes % 2 === 0) {
            const start = position + newline + 1;
            if (start < size) starts.push(start);
            part++;
            target = Math.max(start, Math.floor((size * part) / parts));
          }
          i = newline + 1;
        } else if (quote !== -1 && quote < bytesRead) {
          quotes++;
          i = quote + 1;
        } else i = bytesRead;
      }
      position += bytesRead;
    }
    return starts;
  } finally {
    await handle.close();
  }
}

/**
 * Byte offsets where parts would start if no newline near a cut were quoted: 0, then just after
 * the first newline at or after each ideal cut. Reads a few kilobytes around each cut, where
 * `recordBoundaries` reads the file up to the last cut; a caller starts on these and checks
 * them against `recordBoundaries` meanwhile.
 */
export async function lineBoundaries(file: string, parts: number): Promise<number[]> {
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.allocUnsafe(WINDOW_BYTES);
    const starts = [0];
    for (let part = 1; part < parts; part++) {
      let position = Math.max(starts[starts.length - 1], Math.floor((size * part) / parts));
      let start = -1;
      while (start === -1 && position < size) {
        const { bytesRead } = await handle.read(buffer, 0, Math.min(WINDOW_BYTES, size - position), position);
        if (bytesRead === 0) break;
        const newline = buffer.subarray(0, bytesRead).indexOf(NEWLINE);
        if (newline !== -1) start = position + newline + 1;
        position += bytesRead;
      }
      if (start === -1 || start >= size) break;
      if (start > starts[starts.length - 1]) starts.push(start);
    }
    return starts;
  } finally {
    await handle.close();
  }
}

/** Lines that start before byte `end`: 1 + the newlines in [0, end). For line numbers of a later part. */
export async function lineAt(file: string, end: number): Promise<number> {
  const handle = await fs.open(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let line = 1;
    for (let position = 0; position < end;) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(CHUNK_BYTES, end - position), position);
      if (bytesRead === 0) break;
      for (let i = buffer.indexOf(NEWLINE); i !== -1 && i < bytesRead; i = buffer.indexOf(NEWLINE, i + 1)) line++;
      position += bytesRead;
    }
    return line;
  } finally {
    await handle.close();
  }
}
