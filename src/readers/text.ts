// Text files as a stream of decoded chunks: gunzips `.gz`, strips a BOM, and refuses bytes that
// are not UTF-8 text (invalid sequences, NUL bytes) with the line where they are.

import { createReadStream, promises as fs } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { Transform, type Readable } from 'node:stream';
import { UserError } from '../errors.js';
import { isGzip } from './format.js';

const CHUNK_BYTES = 1 << 20;
/** Text is handed on in pieces of about this many bytes: see `readText`. */
const PIECE_BYTES = 1 << 16;
const NEWLINE = 10;

/** Bytes [start, end) of a file; the whole file without a range. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * A gzip file that inflates past both of these is refused (a gzip bomb): real data compresses
 * 3-20×, gzip at most 1032×, and a file of a few repeated rows a few hundred times.
 */
export const GZIP_MAX_RATIO = 200;
export const GZIP_RATIO_AFTER_BYTES = 32 << 20;

function openBytes(file: string, range?: ByteRange): Readable {
  const raw = createReadStream(file, { highWaterMark: CHUNK_BYTES, ...(range ? { start: range.start, end: range.end - 1 } : {}) });
  if (!isGzip(file)) return raw;
  const gunzip = createGunzip({ chunkSize: CHUNK_BYTES });
  raw.on('error', (error) => gunzip.destroy(error));
  let inflated = 0;
  const measured = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      inflated += chunk.length;
      if (inflated > GZIP_RATIO_AFTER_BYTES && inflated > GZIP_MAX_RATIO * Math.max(1, raw.bytesRead)) {
        done(new UserError([{
          file,
          message: `inflates more than ${GZIP_MAX_RATIO}× (${inflated >> 20} MB from ${Math.ceil(raw.bytesRead / 1024)} KB read): a gzip bomb? datagate stops past ${GZIP_RATIO_AFTER_BYTES >> 20} MB at that ratio`,
        }]));
      } else done(null, chunk);
    },
  });
  gunzip.on('error', (error) => measured.destroy(error));
  return raw.pipe(gunzip).pipe(measured);
}

/** Bytes of a file read into the caller's buffer: no buffer allocated per read. */
interface ByteSource {
  /** Reads at most `max` bytes into buffer[at…]; 0 at the end. */
  read(buffer: Buffer, at: number, max: number): Promise<number>;
  close(): Promise<void>;
}

async function openSource(file: string, range?: ByteRange): Promise<ByteSource> {
  if (isGzip(file)) {
    const stream = openBytes(file, range);
    const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    let pending: Buffer = Buffer.alloc(0);
    return {
      async read(buffer, at, max) {
        if (pending.length === 0) {
          const next = await chunks.next();
          if (next.done) return 0;
          pending = next.value;
        }
        const count = pending.copy(buffer, at, 0, Math.min(max, pending.length));
        pending = pending.subarray(count);
        return count;
      },
      async close() {
        stream.destroy();
      },
    };
  }
  const handle = await fs.open(file, 'r');
  let position = range?.start ?? 0;
  const end = range?.end ?? Infinity;
  return {
    async read(buffer, at, max) {
      const length = Math.min(max, end - position);
      if (length <= 0) return 0;
      const { bytesRead } = await handle.read(buffer, at, length, position);
      position += bytesRead;
      return bytesRead;
    },
    close: () => handle.close(),
  };
}

/** The user-facing form of an error from opening or reading a file. */
export function readFailure(file: string, error: unknown): UserError {
  if (error instanceof UserError) return error;
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return new UserError([{ file, message: 'no such file' }]);
  if (code === 'EISDIR') return new UserError([{ file, message: 'is a folder, not a file' }]);
  if (code === 'EACCES') return new UserError([{ file, message: 'permission denied' }]);
  if (code?.startsWith('Z_')) return new UserError([{ file, message: `corrupt or truncated gzip data (${(error as Error).message})` }]);
  return new UserError([{ file, message: `cannot read: ${(error as Error).message}` }]);
}

/** Offset of the first byte that breaks UTF-8 in `bytes` (only called once decoding failed). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return i;
      if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

/** 1-based line of byte `offset` of the (decompressed) file; read again, only on the error path. */
async function lineAtOffset(file: string, offset: number): Promise<number> {
  let line = 1;
  let seen = 0;
  for await (const chunk of openBytes(file)) {
    const bytes = chunk as Buffer;
    const end = Math.min(bytes.length, offset - seen);
    for (let i = bytes.indexOf(10); i !== -1 && i < end; i = bytes.indexOf(10, i + 1)) line++;
    seen += bytes.length;
    if (seen >= offset) break;
  }
  return line;
}

/**
 * Decoded text of `file`, piece by piece; with a range (uncompressed files only), of those
 * bytes, which must start on a character boundary.
 *
 * Pieces end after a newline where they can, and the bytes after it are decoded with the next
 * ones. Text that starts on a line so usually starts on a record, and the CSV parser then has
 * no partial record to prepend, whose concatenation made V8 read every later character through
 * a cons string (charCodeAt and slice on it took 2-3× as long). Pieces are ≈ 64 KB although
 * files are read 1 MB at a time: a string over 128 KB is allocated in V8's old generation, and
 * a megabyte string per read set off a full mark-compact every few hundred milliseconds.
 * An aborted `signal` stops the read at its next megabyte (the read rejects with its reason).
 */
export async function* readText(file: string, range?: ByteRange, signal?: AbortSignal): AsyncGenerator<string> {
  // A BOM is the file's, not a part's: only the start of the file may drop one.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: range !== undefined && range.start > 0 });
  /** File offset of the next byte read, and of the first byte not yet decoded. */
  let offset = range?.start ?? 0;
  let decodedTo = offset;
  let problem: { at: number; message: string } | undefined;
  if (range && range.end <= range.start) return;
  const decode = (bytes: Uint8Array): string | undefined => {
    try {
      const text = decoder.decode(bytes, { stream: true });
      decodedTo += bytes.length;
      return text;
    } catch {
      problem = { at: decodedTo + firstInvalidUtf8(bytes), message: 'bytes that are not UTF-8 text; save the file as UTF-8' };
      return undefined;
    }
  };
  // One buffer for the whole file: each read lands after the bytes carried over from the last
  // (less than a piece). A fresh megabyte per read, freed by the garbage collector, fragmented
  // the allocator: two workers on the 10M-row file took 250 MB, most of it outside V8's heaps.
  const work = Buffer.allocUnsafe(CHUNK_BYTES + PIECE_BYTES);
  let carried = 0;
  let source: ByteSource | undefined;
  try {
    source = await openSource(file, range);
    for (;;) {
      signal?.throwIfAborted();
      const count = await source.read(work, carried, CHUNK_BYTES);
      if (count === 0) break;
      const nul = work.subarray(carried, carried + count).indexOf(0);
      if (nul !== -1) {
        problem = { at: offset + nul, message: 'binary data (a NUL byte), not a text file' };
        break;
      }
      offset += count;
      const bytes = work.subarray(0, carried + count);
      carried = 0;
      let from = 0;
      while (from < bytes.length) {
        let to: number;
        if (bytes.length - from > PIECE_BYTES) {
          // A piece ends after its last newline; a line longer than a piece is cut anywhere.
          const newline = bytes.lastIndexOf(NEWLINE, from + PIECE_BYTES - 1);
          to = newline >= from ? newline + 1 : from + PIECE_BYTES;
        } else {
          // The text after the read's last newline waits for the next read (less than a piece).
          to = Math.max(bytes.lastIndexOf(NEWLINE) + 1, from);
          carried = bytes.length - to;
        }
        if (to > from) {
          const text = decode(bytes.subarray(from, to));
          if (text === undefined) break;
          if (text.length > 0) yield text;
        }
        if (carried > 0) {
          work.copy(work, 0, to, bytes.length);
          break;
        }
        from = to;
      }
      if (problem) break;
    }
    if (!problem && carried > 0) {
      const text = decode(work.subarray(0, carried));
      if (text !== undefined && text.length > 0) yield text;
    }
    if (!problem) {
      try {
        const rest = decoder.decode();
        if (rest.length > 0) yield rest;
      } catch {
        problem = { at: decodedTo, message: 'the file ends in the middle of a UTF-8 character' };
      }
    }
  } catch (error) {
    throw readFailure(file, error);
  } finally {
    await source?.close();
  }
  if (problem) {
    throw new UserError([{ file, line: await lineAtOffset(file, problem.at), message: problem.message }]);
  }
}
