// A baseline read from git: the same path at another commit, streamed to a temp file. A shallow
// checkout (actions/checkout's default) lacks the base commit, so it is fetched on demand.

import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, open } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { UserError } from '../errors.js';
import { checkedRef } from './ref.js';
import type { BaselineFile } from './types.js';

export interface GitReadOptions {
  /** Folder the path is relative to; git runs here. */
  cwd: string;
  ref: string;
  /** Relative to cwd. */
  path: string;
  /** How the ref is shown to people, e.g. `base` for the PR's base commit. */
  label: string;
  notice: (message: string) => void;
  /** Where the temp copy goes; defaults to RUNNER_TEMP or the OS temp folder. */
  tempDir?: string;
}

interface GitResult { code: number; stdout: string; stderr: string }

/**
 * Before every command. A pull request can commit a bare repository's layout (HEAD, refs/,
 * config with core.sshCommand) as the config's folder, and git would use it: refuse implicit bare
 * repositories, and never run an fsmonitor or hook from the repository's own settings.
 */
const SAFE = ['-c', 'safe.bareRepository=explicit', '-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null'];

function git(args: string[], cwd: string): Promise<GitResult> {
  return new Promise((resolve) => {
    // No credential prompt: a fetch that needs one fails at once with a message instead.
    const child = spawn('git', [...SAFE, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('error', (error) => resolve({ code: 127, stdout, stderr: error.message }));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

async function resolveCommit(ref: string, cwd: string): Promise<string | null> {
  const result = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd);
  return result.code === 0 ? result.stdout.trim() : null;
}

/** The commit for `ref`, fetching just it from origin when the checkout lacks it. */
export async function commitFor(ref: string, cwd: string, label = ref): Promise<string> {
  // Before git sees it: a ref from a config or --base is never read as an option.
  checkedRef(ref, label === ref ? `baseline { git }` : `baseline { git: ${label} }`);
  const inRepo = await git(['rev-parse', '--is-inside-work-tree'], cwd);
  // "false" with exit 0 inside a bare repository or a .git folder: not a checkout either.
  if (inRepo.code !== 0 || inRepo.stdout.trim() !== 'true') {
    throw new UserError(`baseline { git: ${label} }: ${cwd} is not inside a git checkout (${firstLine(inRepo.stderr)})`);
  }
  const local = await resolveCommit(ref, cwd);
  if (local) return local;
  const fetched = await git(['fetch', '--no-tags', '--depth=1', '--end-of-options', 'origin', ref], cwd);
  if (fetched.code !== 0) {
    throw new UserError(
      `baseline { git: ${label} }: commit ${ref} is not in this checkout and \`git fetch origin ${ref}\` failed: ` +
      `${firstLine(fetched.stderr)}. Check out with \`fetch-depth: 0\` or keep the checkout's credentials (persist-credentials).`);
  }
  const commit = (await resolveCommit(ref, cwd)) ?? (await resolveCommit('FETCH_HEAD', cwd));
  if (!commit) throw new UserError(`baseline { git: ${label} }: fetched ${ref} from origin but found no commit there`);
  return commit;
}

export async function readAtRef(options: GitReadOptions): Promise<BaselineFile | null> {
  if (/[*?[\]{}]/.test(options.path)) {
    throw new UserError(`baseline { git: ${options.label} } for ${options.path}: a glob has no single file at a commit; set the baseline's \`path\` to one data file or profile`);
  }
  const commit = await commitFor(options.ref, options.cwd, options.label);
  const short = commit.slice(0, 7);
  // `<commit>:./<path>` is relative to git's working directory, wherever the repo root is.
  const object = `${commit}:./${options.path.split(path.sep).join('/')}`;
  const type = await git(['cat-file', '-t', '--end-of-options', object], options.cwd);
  if (type.code !== 0) {
    options.notice(`No baseline for ${options.path}: it does not exist at ${options.label} (${short}); comparisons are skipped, contract gates still run.`);
    return null;
  }
  if (type.stdout.trim() !== 'blob') {
    throw new UserError(`baseline { git: ${options.label} } for ${options.path}: at ${short} this is a ${type.stdout.trim()}, not a file; set the baseline's \`path\` to one data file or profile`);
  }
  const folder = await mkdtemp(path.join(options.tempDir ?? process.env.RUNNER_TEMP ?? os.tmpdir(), 'datagate-git-'));
  // Keep the file name: readers detect the format from the extension.
  const target = path.join(folder, path.basename(options.path));
  await streamBlob(object, options.cwd, target);
  await rejectLfsPointer(target, options);
  return { path: target, source: `git ${options.label} (${short})`, ref: commit };
}

/** `git cat-file blob`, not `git show`: raw bytes, no textconv or filters, any size. */
async function streamBlob(object: string, cwd: string, target: string): Promise<void> {
  const child = spawn('git', [...SAFE, 'cat-file', 'blob', '--end-of-options', object], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  await pipeline(child.stdout, createWriteStream(target));
  const code = await exited;
  if (code !== 0) throw new Error(`git cat-file blob ${object} exited with ${code}: ${firstLine(stderr)}`);
}

async function rejectLfsPointer(file: string, options: GitReadOptions): Promise<void> {
  const handle = await open(file, 'r');
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(64), 0, 64, 0);
    if (buffer.subarray(0, bytesRead).toString('utf8').startsWith('version https://git-lfs.github.com/spec/')) {
      throw new UserError(`baseline { git: ${options.label} } for ${options.path}: the file is a Git LFS pointer at that commit; commit a profile JSON as the baseline, or use { artifact: … }`);
    }
  } finally {
    await handle.close();
  }
}

function firstLine(text: string): string {
  // A remote URL may carry credentials (https://user:token@host/…): never print them.
  return (text.trim().split('\n')[0] || 'no message').replace(/\/\/[^/@\s]+@/g, '//***@');
}
