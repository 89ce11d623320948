// Keeps every path a config names inside the workspace: the action's rule (GITHUB_WORKSPACE,
// outputs also RUNNER_TEMP), the CLI's behind `--workspace DIR`. Symlinks are followed before the
// check, and nothing under a `.git` folder is read or written.

import { realpathSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';

export interface Workspace {
  /** The workspace folder, symlinks resolved: every read and write stays inside. */
  root: string;
  /** Further folders outputs may go to (RUNNER_TEMP), symlinks resolved. */
  outputRoots: string[];
  /** How the rule is named in messages: `GITHUB_WORKSPACE`, `--workspace`. */
  rule: string;
}

/** A workspace rooted at `root`; `outputRoots` are extra folders only outputs may go to. */
export function workspaceAt(root: string, options: { outputRoots?: string[]; rule?: string } = {}): Workspace {
  return {
    root: realFolder(root),
    outputRoots: (options.outputRoots ?? []).filter((folder) => folder !== '').map(realFolder),
    rule: options.rule ?? 'the workspace',
  };
}

/**
 * `file` as given when its real path (symlinks followed; for a path that does not exist yet, its
 * nearest existing folder's real path and the rest) is inside the workspace and not under
 * `.git`; a UserError naming `shown` and the rule otherwise. Without a workspace, no check.
 */
export function confinedRead(workspace: Workspace | undefined, file: string, shown = file): string {
  if (!workspace) return file;
  return confine(workspace, file, shown, [workspace.root], 'read');
}

/** confinedRead as a yes/no, for callers that skip rather than refuse. */
export function mayRead(workspace: Workspace | undefined, file: string): boolean {
  try {
    confinedRead(workspace, file);
    return true;
  } catch (error) {
    if (error instanceof UserError) return false;
    throw error;
  }
}

/** As confinedRead, for a file about to be written (outputs may also go to the output roots). */
export function confinedWrite(workspace: Workspace | undefined, file: string, shown = file): string {
  if (!workspace) return file;
  return confine(workspace, file, shown, [workspace.root, ...workspace.outputRoots], 'written');
}

/** confinedWrite for several outputs at once: every refusal in one UserError, before any is written. */
export function confinedWrites(workspace: Workspace | undefined, outputs: { file: string; shown: string }[]): void {
  const problems = [];
  for (const { file, shown } of outputs) {
    try {
      confinedWrite(workspace, file, shown);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new UserError(problems);
}

/** True when `file` (already real) is inside `folder` (already real). */
export function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function confine(workspace: Workspace, file: string, shown: string, roots: string[], verb: 'read' | 'written'): string {
  // Not normalised first: `link/../x` must be resolved as the system will open it, through the link.
  const absolute = path.isAbsolute(file) ? file : path.resolve(file);
  const real = realPath(absolute);
  const root = roots.find((folder) => isInside(real, folder));
  if (!root) {
    const where = roots.length > 1 ? `${workspace.root} or ${roots.slice(1).join(', ')}` : workspace.root;
    const resolved = real === path.normalize(absolute) ? '' : ` (it resolves to ${real})`;
    throw new UserError([{ file: shown, message: `is outside ${workspace.rule}${resolved}: only files inside ${where} are ${verb} here` }]);
  }
  const parts = path.relative(root, real).split(path.sep);
  // Case-insensitive: on macOS and Windows `.GIT` is the same folder.
  if (parts.some((part) => part.toLowerCase() === '.git')) {
    throw new UserError([{ file: shown, message: `is inside a .git folder: git's own files (config, credentials, hooks) are never ${verb} as data or reports` }]);
  }
  return file;
}

function realFolder(folder: string): string {
  return realPath(path.resolve(folder));
}

/** realpath of the longest existing prefix, plus the rest as written. */
function realPath(absolute: string): string {
  const missing: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      return path.join(realpathSync.native(current), ...missing.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return absolute;
      missing.push(path.basename(current));
      current = parent;
    }
  }
}
