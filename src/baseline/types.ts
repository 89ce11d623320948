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

/** What a model's file is for; predictions are only bundled when the model configures them. */
export type ModelFileKind = 'metrics' | 'segments' | 'predictions';

/** The file name a model's current metrics, segments or predictions get in the artifact (keeps the extension: readers detect the format from it). */
export function modelFileName(modelName: string, kind: ModelFileKind, currentPath: string): string {
  const extension = /\.[A-Za-z0-9]+$/.exec(currentPath)?.[0].toLowerCase() ?? '';
  return `${modelName.replace(/[^A-Za-z0-9._-]+/g, '_')}.${kind}${extension}`;
}

/** A model's files in the artifact: each with its `current` as written in the config. */
export interface ManifestModel {
  name: string;
  files: { kind: ModelFileKind; current: string; file: string; bytes: number }[];
}

/** Lists what an uploaded artifact holds, so a later run finds a profile by dataset or path. */
export interface ArtifactManifest {
  version: 1;
  datasets: { name: string; current: string; profile: string }[];
  /** Added later: artifacts from older runs lack it, and their models simply have no baseline. */
  models?: ManifestModel[];
}
