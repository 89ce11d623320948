// A baseline from the profiles another run uploaded: the latest successful run of a workflow on
// a branch (REST), its artifact downloaded with @actions/artifact's `findBy` (which uses the
// public REST API with our token, so it works from any run that has `actions: read`).
// Only runs of the repository itself, from push/schedule/workflow_dispatch events, count: a fork's
// pull request from a branch named `main` must never supply the baseline.

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

/** Events whose runs ran the repository's own code on the branch; never pull requests. */
export const TRUSTED_EVENTS = ['push', 'schedule', 'workflow_dispatch'] as const;

interface TrustedRun { id: number; head_sha: string }

/** Downloads the artifact of the latest successful run; null (with a notice) when there is none. */
export async function downloadLatestArtifact(request: ArtifactRequest, access: ArtifactAccess, notice: (message: string) => void): Promise<DownloadedArtifact | null> {
  const workflow = request.workflow ?? access.workflow;
  const label = `artifact ${request.artifact} from ${request.branch}`;
  if (!workflow) {
    throw new UserError(`baseline { artifact: ${request.artifact} }: cannot tell which workflow uploads it; set the baseline's \`workflow\` (e.g. ci.yml)`);
  }
  // Loaded on demand, so the CLI bundle (which never has a token) carries no GitHub client.
  const octokit = access.octokit ?? (await import('../github/octokit.js')).createOctokit(access.token);
  // The client retries server errors and network failures (src/github/retry.ts); what still
  // fails is GitHub's trouble, not the user's: the comparison is skipped, the run goes on.
  const apiTrouble = (error: unknown, step: string): null => {
    const status = (error as { status?: unknown }).status;
    notice(`No baseline from ${label}: GitHub's API failed while ${step} (${typeof status === 'number' ? status : 'network error'}, after retries); comparisons are skipped, contract gates still run.`);
    return null;
  };
  let run: TrustedRun | undefined;
  try {
    run = await latestTrustedRun(octokit, access, workflow, request.branch);
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 404) throw new UserError(`baseline { artifact: ${request.artifact} }: workflow ${workflow} not found in ${access.owner}/${access.repo}; set the baseline's \`workflow\``);
    if (status === 401 || status === 403) throw new UserError(`baseline { artifact: ${request.artifact} }: the token cannot list workflow runs (${status}); grant \`actions: read\` in the workflow's permissions`);
    if (isServerTrouble(error)) return apiTrouble(error, 'listing workflow runs');
    throw error;
  }
  if (!run) {
    notice(`No baseline from ${label}: no successful run of ${workflow} on ${request.branch} in ${access.owner}/${access.repo} from ${TRUSTED_EVENTS.join(', ')} yet; comparisons are skipped, contract gates still run.`);
    return null;
  }
  let artifactId: number | undefined;
  try {
    const artifacts = await octokit.rest.actions.listWorkflowRunArtifacts({ owner: access.owner, repo: access.repo, run_id: run.id, name: request.artifact, per_page: 100 });
    // Several of one name: the newest, as @actions/artifact's own lookup does.
    artifactId = artifacts.data.artifacts.filter((artifact) => artifact.name === request.artifact && !artifact.expired).map((artifact) => artifact.id).sort((a, b) => b - a)[0];
  } catch (error) {
    if (isServerTrouble(error)) return apiTrouble(error, 'looking up the artifact');
    throw error;
  }
  if (artifactId === undefined) {
    notice(`No baseline from ${label}: run ${run.id} of ${workflow} has no artifact named ${request.artifact} (expired, or not uploaded); comparisons are skipped.`);
    return null;
  }
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const findBy = { token: access.token, workflowRunId: run.id, repositoryOwner: access.owner, repositoryName: access.repo };
  const folder = await mkdtemp(path.join(access.tempDir ?? process.env.RUNNER_TEMP ?? os.tmpdir(), 'datagate-artifact-'));
  try {
    await client.downloadArtifact(artifactId, { path: folder, findBy });
  } catch (error) {
    // @actions/artifact has retried the download itself; its messages may quote signed URLs.
    return apiTrouble(error, 'downloading the artifact');
  }
  return { folder, runId: run.id, headSha: run.head_sha };
}

/**
 * The newest successful run of `workflow` on `branch` whose code is the repository's own: from a
 * trusted event (the API's `event` filter, one event at a time) and with the repository itself as
 * head repository (a fork's run names the fork there).
 */
async function latestTrustedRun(octokit: Octokit, access: ArtifactAccess, workflow: string, branch: string): Promise<TrustedRun | undefined> {
  const repository = `${access.owner}/${access.repo}`.toLowerCase();
  let latest: TrustedRun | undefined;
  for (const event of TRUSTED_EVENTS) {
    const runs = await octokit.rest.actions.listWorkflowRuns({
      owner: access.owner, repo: access.repo, workflow_id: workflow, branch, event, status: 'success', per_page: 10,
    });
    const own = runs.data.workflow_runs.find((run) => run.event === event && run.head_repository?.full_name?.toLowerCase() === repository);
    if (own && (!latest || own.id > latest.id)) latest = { id: own.id, head_sha: own.head_sha };
  }
  return latest;
}

/** A 5xx, or a network failure (Octokit reports a failed fetch as status 500; Node as an E… code). */
function isServerTrouble(error: unknown): boolean {
  const { status, code } = (error ?? {}) as { status?: unknown; code?: unknown };
  return (typeof status === 'number' && status >= 500) || (status === undefined && typeof code === 'string' && /^E[A-Z]+/.test(code));
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
  // As for models: the name must stay inside the download folder, whatever the manifest says.
  if (byPath && typeof byPath.profile === 'string' && path.basename(byPath.profile) === byPath.profile && existsSync(path.join(download.folder, byPath.profile))) return found(byPath.profile);
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
