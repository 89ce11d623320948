// A baseline from the profiles another run uploaded: the latest successful run of a workflow on
// a branch (REST), its artifact downloaded with @actions/artifact's `findBy` (which uses the
// public REST API with our token, so it works from any run that has `actions: read`).

import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { Octokit } from '../github/octokit.js';
import { MANIFEST_FILE, profileFileName, type ArtifactManifest, type BaselineFile, type BaselineTarget } from './types.js';

export interface ArtifactAccess {
  token: string;
  owner: string;
  repo: string;
  /** Workflow file (`ci.yml`) or id whose runs uploaded the artifact; defaults to this one. */
  workflow?: string;
  /** Reuses a configured client (retries, base URL); one is made from the token otherwise. */
  octokit?: Octokit;
  tempDir?: string;
}

export interface ArtifactRequest { artifact: string; branch: string; workflow?: string }

export interface DownloadedArtifact { folder: string; runId: number; headSha: string }

/** Downloads the artifact of the latest successful run; null (with a notice) when there is none. */
export async function downloadLatestArtifact(request: ArtifactRequest, access: ArtifactAccess, notice: (message: string) => void): Promise<DownloadedArtifact | null> {
  const workflow = request.workflow ?? access.workflow;
  const label = `artifact ${request.artifact} from ${request.branch}`;
  if (!workflow) {
    throw new UserError(`baseline { artifact: ${request.artifact} }: cannot tell which workflow uploads it; set the baseline's \`workflow\` (e.g. ci.yml)`);
  }
  // Loaded on demand, so the CLI bundle (which never has a token) carries no GitHub client.
  const octokit = access.octokit ?? (await import('../github/octokit.js')).createOctokit(access.token);
  let runs;
  try {
    runs = await octokit.rest.actions.listWorkflowRuns({
      owner: access.owner, repo: access.repo, workflow_id: workflow, branch: request.branch, status: 'success', per_page: 1,
    });
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 404) throw new UserError(`baseline { artifact: ${request.artifact} }: workflow ${workflow} not found in ${access.owner}/${access.repo}; set the baseline's \`workflow\``);
    if (status === 401 || status === 403) throw new UserError(`baseline { artifact: ${request.artifact} }: the token cannot list workflow runs (${status}); grant \`actions: read\` in the workflow's permissions`);
    throw error;
  }
  const run = runs.data.workflow_runs[0];
  if (!run) {
    notice(`No baseline from ${label}: no successful run of ${workflow} on ${request.branch} yet; comparisons are skipped, contract gates still run.`);
    return null;
  }
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const findBy = { token: access.token, workflowRunId: run.id, repositoryOwner: access.owner, repositoryName: access.repo };
  let artifactId: number;
  try {
    artifactId = (await client.getArtifact(request.artifact, { findBy })).artifact.id;
  } catch (error) {
    if (error instanceof Error && error.name === 'ArtifactNotFoundError') {
      notice(`No baseline from ${label}: run ${run.id} of ${workflow} has no artifact named ${request.artifact} (expired, or not uploaded); comparisons are skipped.`);
      return null;
    }
    throw error;
  }
  const folder = await mkdtemp(path.join(access.tempDir ?? process.env.RUNNER_TEMP ?? os.tmpdir(), 'datagate-artifact-'));
  await client.downloadArtifact(artifactId, { path: folder, findBy });
  return { folder, runId: run.id, headSha: run.head_sha };
}

/**
 * The profile for one dataset: by name, else by its current path through the manifest. Never
 * "the only profile there": a model's baseline must not silently become a dataset's profile.
 */
export async function pickProfile(download: DownloadedArtifact, currentPath: string, target: BaselineTarget | undefined, label: string, notice: (message: string) => void): Promise<BaselineFile | null> {
  const source = `${label} (run ${download.runId}, ${download.headSha.slice(0, 7)})`;
  const found = (file: string): BaselineFile => ({ path: path.join(download.folder, file), source, ref: download.headSha });
  if (target?.kind === 'model') return pickModelFile(download, currentPath, target.name ?? '', source, found, notice);
  if (target?.name && existsSync(path.join(download.folder, profileFileName(target.name)))) return found(profileFileName(target.name));
  const manifest = await readManifest(download.folder);
  const wanted = normalise(currentPath);
  const byPath = manifest?.datasets.find((entry) => normalise(entry.current) === wanted);
  if (byPath && existsSync(path.join(download.folder, byPath.profile))) return found(byPath.profile);
  const profiles = (await readdir(download.folder)).filter((file) => file.endsWith('.profile.json')).sort();
  const what = target?.name ? `dataset ${target.name}` : currentPath;
  notice(`No baseline for ${what} in ${source}: it holds ${profiles.length ? profiles.join(', ') : 'no profiles'}; comparisons are skipped.`);
  return null;
}

/**
 * A model's metrics, segments or predictions file: the manifest entry of the model whose file
 * had the same `current` path. Only the manifest says which file is which, so without one (an
 * artifact from before models were bundled) there is no baseline.
 */
async function pickModelFile(download: DownloadedArtifact, currentPath: string, model: string, source: string, found: (file: string) => BaselineFile, notice: (message: string) => void): Promise<BaselineFile | null> {
  const manifest = await readManifest(download.folder);
  const wanted = normalise(currentPath);
  const models = Array.isArray(manifest?.models) ? manifest.models : [];
  const entry = models.find((m) => m.name === model && Array.isArray(m.files));
  const file = entry?.files.find((f) => typeof f.current === 'string' && normalise(f.current) === wanted);
  // The name must stay inside the download folder, whatever the manifest says.
  if (file && typeof file.file === 'string' && path.basename(file.file) === file.file && existsSync(path.join(download.folder, file.file))) return found(file.file);
  const held = entry ? entry.files.map((f) => `${f.kind} ${f.current}`).join(', ') : 'no files of it';
  notice(`No baseline for ${currentPath} of model ${model} in ${source}: it holds ${held}; comparisons are skipped.`);
  return null;
}

async function readManifest(folder: string): Promise<ArtifactManifest | null> {
  try {
    const parsed = JSON.parse(await readFile(path.join(folder, MANIFEST_FILE), 'utf8')) as ArtifactManifest;
    return Array.isArray(parsed.datasets) ? parsed : null;
  } catch {
    return null;
  }
}

function normalise(file: string): string {
  return path.posix.normalize(file.split(path.sep).join('/')).replace(/^\.\//, '');
}
