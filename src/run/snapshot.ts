// A baseline or compare input is either a stored profile JSON or a data file to profile.

import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { jsonParseProblem } from '../parseErrors.js';
import { isProfileFile, profileFiles } from '../profile/index.js';
import { loadProfile } from '../profile/load.js';
import type { Profile } from '../profile/types.js';
import type { ReadIssue, ReadOptions } from '../readers/types.js';

/** A stored profile, or the profile of a data file; `signal` stops the read (src/profile/index.ts). */
export async function loadSnapshotProfile(file: string, options: ReadOptions = {}, onIssue: (issue: ReadIssue) => void = () => {}, signal?: AbortSignal): Promise<Profile> {
  if (await isProfileFile(file)) {
    let json: unknown;
    const text = await readFile(file, 'utf8');
    try {
      json = JSON.parse(text);
    } catch (error) {
      const problem = jsonParseProblem(error, text);
      throw new UserError([{ file, line: problem.line, message: `not valid JSON: ${problem.message}` }]);
    }
    return loadProfile(json, file);
  }
  // Compared in this run: keep every numeric value for exact drift statistics.
  return profileFiles([file], options, onIssue, { exact: true, signal });
}
