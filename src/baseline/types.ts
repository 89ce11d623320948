// Where a baseline comes from, as the check sees it: a local file to read, and a description.

import type { BaselineSpec } from '../config/schema.js';

export type { BaselineSpec };

export interface BaselineFile {
  /** A local file to read: data or profile JSON. */
  path: string;
  /** For people: `git base (abc1234)`, `artifact datagate-profiles from main (run 123)`. */
  source: string;
  /** Commit or run the baseline was taken from, when there is one. */
  ref?: string;
}

/** What the baseline is for; lets an artifact of several profiles hand back the right one. */
export interface BaselineTarget {
  name?: string;
  kind?: 'dataset' | 'model';
}

/**
 * Resolves a config's `baseline:` to a local file. `currentPath` is the dataset's `current`
 * (relative to the config's folder, or absolute). null means "no baseline yet": comparisons
 * are skipped and a notice says why.
 */
export type BaselineResolver = (spec: BaselineSpec, currentPath: string, target?: BaselineTarget) => Promise<BaselineFile | null>;

/** The file name a dataset's profile gets in the uploaded artifact. */
export function profileFileName(datasetName: string): string {
  return `${datasetName.replace(/[^A-Za-z0-9._-]+/g, '_')}.profile.json`;
}

export const MANIFEST_FILE = 'datagate-manifest.json';

/** Lists what an uploaded artifact holds, so a later run finds a profile by dataset or path. */
export interface ArtifactManifest {
  version: 1;
  datasets: { name: string; current: string; profile: string }[];
}
