// What the runner tells us about this run: event, repository, pull request, run URL. Read from
// the environment and the event payload file, parsed with zod since the payload is untrusted.

import { readFileSync } from 'node:fs';
import { z } from 'zod';

export interface RunContext {
  eventName: string;
  /** The base repository: where comments and issues go, also for fork PRs. */
  repository?: { owner: string; repo: string };
  pullRequest?: { number: number; baseSha?: string; headSha?: string; fork: boolean };
  /** Commit the base of the comparison is read at (`git: base`). */
  baseSha?: string;
  sha?: string;
  runUrl?: string;
  /** The workflow's file name (`ci.yml`), from GITHUB_WORKFLOW_REF. */
  workflowFile?: string;
  workspace: string;
}

const repoSchema = z.object({ name: z.string(), full_name: z.string().optional(), owner: z.object({ login: z.string() }) });
const payloadSchema = z.object({
  pull_request: z.object({
    number: z.number().int(),
    base: z.object({ sha: z.string().optional(), repo: repoSchema.optional() }).optional(),
    head: z.object({ sha: z.string().optional(), repo: repoSchema.nullable().optional() }).optional(),
  }).optional(),
  merge_group: z.object({ base_sha: z.string().optional() }).optional(),
  repository: repoSchema.optional(),
}).loose();

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const pr = payload.pull_request;
  const baseRepo = pr?.base?.repo ?? payload.repository;
  const repository = baseRepo
    ? { owner: baseRepo.owner.login, repo: baseRepo.name }
    : splitRepository(env.GITHUB_REPOSITORY);
  const headRepo = pr?.head?.repo;
  const fork = Boolean(pr && headRepo && baseRepo && repoName(headRepo) !== repoName(baseRepo));
  const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
  const runUrl = env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
    ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    repository,
    pullRequest: pr ? { number: pr.number, baseSha: pr.base?.sha, headSha: pr.head?.sha, fork } : undefined,
    baseSha: pr?.base?.sha ?? payload.merge_group?.base_sha,
    sha: env.GITHUB_SHA,
    runUrl,
    workflowFile: workflowFile(env.GITHUB_WORKFLOW_REF),
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
  };
}

/** `octo/repo/.github/workflows/ci.yml@refs/heads/main` → `ci.yml`. */
export function workflowFile(workflowRef: string | undefined): string | undefined {
  const match = /\/\.github\/workflows\/([^@/]+)@/.exec(workflowRef ?? '');
  return match?.[1];
}

function readPayload(file: string | undefined): z.infer<typeof payloadSchema> {
  if (!file) return {};
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  const parsed = payloadSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : {};
}

function splitRepository(value: string | undefined): RunContext['repository'] {
  const [owner, repo] = (value ?? '').split('/');
  return owner && repo ? { owner, repo } : undefined;
}

function repoName(repo: z.infer<typeof repoSchema>): string {
  return repo.full_name ?? `${repo.owner.login}/${repo.name}`;
}
