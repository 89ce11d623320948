// The Octokit every publisher uses: @actions/github's client (proxy-aware, GITHUB_API_URL)
// with our retry policy wrapped around each request.

import { getOctokit } from '@actions/github';
import { defaultRetryPolicy, retryDelay, type FailedRequest, type RetryPolicy } from './retry.js';

export type Octokit = ReturnType<typeof getOctokit>;

export interface OctokitOptions {
  /** Defaults to GITHUB_API_URL (read by @actions/github), else https://api.github.com. */
  baseUrl?: string;
  retry?: Partial<RetryPolicy>;
  /** Told about each retry, e.g. core.info. */
  log?: (message: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

export function createOctokit(token: string, options: OctokitOptions = {}): Octokit {
  const octokit = getOctokit(token, options.baseUrl ? { baseUrl: options.baseUrl } : {});
  const policy = { ...defaultRetryPolicy, ...options.retry };
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  octokit.hook.wrap('request', async (request, requestOptions) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const failure = describeFailure(error, String(requestOptions.method));
        const delay = failure ? retryDelay(failure, attempt, policy, Date.now()) : null;
        if (delay === null) throw error;
        options.log?.(`GitHub API ${requestOptions.method} ${String(requestOptions.url)}: ${failure?.status ?? 'network error'}, retrying in ${Math.round(delay)} ms`);
        await sleep(delay);
      }
    }
  });
  return octokit;
}

/** The parts of an Octokit RequestError the policy needs; null for anything else. */
export function describeFailure(error: unknown, method: string): FailedRequest | null {
  if (!(error instanceof Error)) return null;
  const status = (error as { status?: unknown }).status;
  const response = (error as { response?: { headers?: Record<string, string | number | undefined> } }).response;
  if (typeof status !== 'number' && response === undefined) return null;
  return {
    method,
    status: typeof status === 'number' ? status : undefined,
    headers: response?.headers ?? {},
    message: error.message,
  };
}

/** HTTP status of an Octokit error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** A read-only token (fork PRs, missing `permissions:`): 403 "Resource not accessible by integration". */
export function isPermissionDenied(error: unknown): boolean {
  if (statusOf(error) !== 403) return false;
  return !/rate limit/i.test(error instanceof Error ? error.message : '');
}
