// The files a run leaves behind for people and for later runs: report JSON, one profile per
// dataset and each model's current metrics/segments/predictions (the next PR's
// `{ artifact: … }` baseline), HTML, the comment body, and a manifest.

import { copyFile, mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MANIFEST_FILE, modelFileName, profileFileName, type ArtifactManifest, type ManifestModel, type ModelFileKind } from '../baseline/types.js';
import type { Profile } from '../profile/types.js';
import type { Report } from '../report/types.js';

export interface BundleContent {
  report: Report;
  profiles: { dataset: string; profile: Profile }[];
  /** Dataset name → its `current` as written in the config, for the manifest. */
  currentPaths: Record<string, string>;
  /**
   * Each model's current files, copied as they are (a model's baseline is its file, not a
   * profile). `current` as written in the config, `source` the local file.
   */
  modelFiles?: { model: string; kind: ModelFileKind; current: string; source: string }[];
  html?: string;
  /** The PR comment as it would be posted; the fork workflow_run step posts this. */
  comment?: string;
  /** Files written elsewhere (JUnit, SARIF) copied in under their own names. */
  extraFiles?: string[];
}

export const BUNDLE_REPORT = 'datagate-report.json';
export const BUNDLE_HTML = 'datagate-report.html';
export const BUNDLE_COMMENT = 'datagate-comment.md';

/** Writes the bundle into `folder`; returns the files written (absolute), sorted. */
export async function writeBundle(folder: string, content: BundleContent): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const files: [string, string][] = [[BUNDLE_REPORT, JSON.stringify(content.report, null, 2) + '\n']];
  const manifest: ArtifactManifest = { version: 1, datasets: [] };
  for (const { dataset, profile } of content.profiles) {
    const name = profileFileName(dataset);
    files.push([name, JSON.stringify(profile) + '\n']);
    manifest.datasets.push({ name: dataset, current: content.currentPaths[dataset] ?? '', profile: name });
  }
  const copied: [string, string][] = [];
  for (const source of content.extraFiles ?? []) copied.push([source, path.basename(source)]);
  for (const { model, kind, current, source } of content.modelFiles ?? []) {
    const name = modelFileName(model, kind, current);
    const bytes = (await stat(source)).size;
    let entry: ManifestModel | undefined = manifest.models?.find((m) => m.name === model);
    if (!entry) {
      entry = { name: model, files: [] };
      (manifest.models ??= []).push(entry);
    }
    entry.files.push({ kind, current, file: name, bytes });
    copied.push([source, name]);
  }
  files.push([MANIFEST_FILE, JSON.stringify(manifest, null, 2) + '\n']);
  if (content.html !== undefined) files.push([BUNDLE_HTML, content.html]);
  if (content.comment !== undefined) files.push([BUNDLE_COMMENT, content.comment]);
  const written: string[] = [];
  // Copied, not read into memory: predictions can be large.
  for (const [source, name] of copied) {
    const file = path.join(folder, name);
    await copyFile(source, file);
    written.push(file);
  }
  for (const [name, text] of files) {
    const file = path.join(folder, name);
    await writeFile(file, text);
    written.push(file);
  }
  return written.sort();
}
