// Decompressors for Parquet pages: hyparquet-compressors (pure JS and WASM, runs anywhere),
// with Node's native zstd where the runtime has it (Node ≥ 22.15, so the action's Node 24):
// the JS zstd decoder took a quarter of the time of profiling a zstd file.

import * as zlib from 'node:zlib';
import type { Compressors } from 'hyparquet';
import { compressors as portable } from 'hyparquet-compressors';

type Decompress = (input: Uint8Array, outputLength: number) => Uint8Array;

/** Node's zstd, looked up rather than imported by name: older Node has no such export. */
function nativeZstd(): Decompress | undefined {
  const decompress = (zlib as { zstdDecompressSync?: (input: Uint8Array, options?: { maxOutputLength?: number }) => Uint8Array }).zstdDecompressSync;
  if (typeof decompress !== 'function') return undefined;
  // The page header's size bounds the output, so a corrupt frame cannot balloon memory.
  return (input, outputLength) => decompress(input, { maxOutputLength: Math.max(1, outputLength) });
}

function codecs(): Compressors {
  const zstd = nativeZstd();
  return zstd ? { ...portable, ZSTD: zstd } : portable;
}

export const compressors: Compressors = codecs();
