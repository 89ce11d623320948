// Telling a stored profile JSON from a data file, without loading the profile's schema (zod):
// `profile` and the workers never need it.

import { promises as fs } from 'node:fs';

/** True for a `.json` file whose top level is an object with `version` and `columns`. */
export async function isProfileFile(file: string): Promise<boolean> {
  if (!/\.json$/i.test(file)) return false;
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch {
    return false;
  }
  try {
    // A data JSON is an array; only an object at the top level is worth parsing whole.
    const head = Buffer.alloc(256);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const first = head.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').trimStart()[0];
    if (first !== '{') return false;
    const text = await handle.readFile('utf8');
    const parsed: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return typeof parsed === 'object' && parsed !== null && 'version' in parsed && 'columns' in parsed;
  } catch {
    return false;
  } finally {
    await handle.close();
  }
}
