// Turns a config's `baseline:` into a local file: a path in the workspace, the same path at a git
// ref, or a profile from another run's artifact. Shared by the action and the CLI.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { downloadLatestArtifact, pickProfile, type ArtifactAccess, type DownloadedArtifact } from './artifact.js';
import { readAtRef } from './git.js';
import type { BaselineFile, BaselineResolver, BaselineSpec, BaselineTarget } from './types.js';
import { confinedRead, type Workspace } from '../workspace/index.js';

export type { ArtifactAccess } from './artifact.js';
export * from './types.js';

export interface BaselineContext {
  /** The config's folder: paths are relative to it, git runs in it. */
  cwd: string;
  /** What `git: base` means: the PR's base commit (pull_request.base.sha). */
  baseRef?: string;
  /** Without it (CLI, no token) artifact baselines are skipped with a notice. */
  artifact?: ArtifactAccess;
  notice?: (message: string) => void;
  /** Where temp copies go; defaults to RUNNER_TEMP or the OS temp folder. */
  tempDir?: string;
  /** When set, a path baseline must be inside it (git and artifact copies are the run's own). */
  workspace?: Workspace;
}

export function createBaselineResolver(context: BaselineContext): BaselineResolver {
  const notice = context.notice ?? (() => undefined);
  // Several datasets usually share one artifact: download it once per run.
  const downloads = new Map<string, Promise<DownloadedArtifact | null>>();

  return async (spec: BaselineSpec, currentPath: string, target?: BaselineTarget): Promise<BaselineFile | null> => {
    const relativeCurrent = relativeTo(context.cwd, currentPath);
    if (typeof spec === 'string') {
      const file = path.resolve(context.cwd, spec);
      confinedRead(context.workspace, file, spec);
      if (!existsSync(file)) throw new UserError([{ file: spec, message: 'baseline file not found' }]);
      return { path: file, source: spec };
    }
    if ('git' in spec) {
      const filePath = relativeTo(context.cwd, spec.path ?? currentPath);
      const isBase = spec.git === 'base';
      const ref = isBase ? context.baseRef : spec.git;
      if (!ref) {
        notice(`No baseline for ${filePath}: \`git: base\` needs a pull request (no base commit in this event; on the command line, \`--base <ref>\` gives one); comparisons are skipped, contract gates still run.`);
        return null;
      }
      return readAtRef({ cwd: context.cwd, ref, path: filePath, label: isBase ? 'base' : spec.git, notice, tempDir: context.tempDir });
    }
    const label = `artifact ${spec.artifact} from ${spec.branch}`;
    if (!context.artifact) {
      notice(`No baseline from ${label}: artifacts need the action's github-token (not available here); comparisons are skipped.`);
      return null;
    }
    const access = { ...context.artifact, tempDir: context.artifact.tempDir ?? context.tempDir };
    const key = JSON.stringify([spec.artifact, spec.branch, spec.workflow ?? access.workflow]);
    let download = downloads.get(key);
    if (!download) {
      download = downloadLatestArtifact({ artifact: spec.artifact, branch: spec.branch, workflow: spec.workflow }, access, notice);
      downloads.set(key, download);
    }
    const downloaded = await download;
    return downloaded ? pickProfile(downloaded, relativeCurrent, target, label, notice) : null;
  };
}

function relativeTo(cwd: string, file: string): string {
  return path.isAbsolute(file) ? path.relative(cwd, file) : path.normalize(file);
}
