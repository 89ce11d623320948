// When a failed GitHub API request is worth repeating, and after how long: server errors,
// primary and secondary rate limits. Pure, so the policy is tested without a clock.

export interface RetryPolicy {
  /** Attempts after the first. */
  retries: number;
  /** First backoff for server errors; doubles on each attempt. */
  baseDelayMs: number;
  /** A rate limit that resets later than this is reported, not waited out. */
  maxDelayMs: number;
  /** Multiplies every delay: tests run the same policy in milliseconds. */
  scale: number;
}

export const defaultRetryPolicy: RetryPolicy = { retries: 4, baseDelayMs: 1000, maxDelayMs: 60_000, scale: 1 };

export interface FailedRequest {
  method: string;
  /** HTTP status; undefined for a network error (reset, refused, timeout). */
  status?: number;
  headers: Record<string, string | number | undefined>;
  message: string;
}

// POST creates: a 5xx may hide a comment that was created anyway, so callers that create
// look again before repeating (see comment.ts). Rate limits are refused before any work.
const idempotent = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE']);

/** Is this failure a rate limit (primary or secondary) rather than a permission problem? */
export function isRateLimited(failure: FailedRequest): boolean {
  if (failure.status === 429) return true;
  if (failure.status !== 403) return false;
  return header(failure, 'x-ratelimit-remaining') === '0' ||
    header(failure, 'retry-after') !== undefined ||
    /rate limit/i.test(failure.message);
}

/** Milliseconds to wait before attempt `attempt + 1`, or null when not to retry. */
export function retryDelay(failure: FailedRequest, attempt: number, policy: RetryPolicy, nowMs: number): number | null {
  if (attempt >= policy.retries) return null;
  const backoff = policy.baseDelayMs * 2 ** attempt;
  let delay: number | null = null;
  if (isRateLimited(failure)) {
    const retryAfter = Number(header(failure, 'retry-after'));
    const reset = Number(header(failure, 'x-ratelimit-reset'));
    if (Number.isFinite(retryAfter) && header(failure, 'retry-after') !== undefined) delay = retryAfter * 1000;
    else if (header(failure, 'x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0) {
      delay = Math.max(reset * 1000 - nowMs, 0) + 1000;
    } else {
      // GitHub asks for at least a minute after a secondary rate limit without retry-after.
      delay = failure.status === 403 ? Math.max(backoff, 60_000) : backoff;
    }
    if (delay > policy.maxDelayMs) return null;
  } else if (idempotent.has(failure.method.toUpperCase())) {
    const serverError = failure.status !== undefined && failure.status >= 500;
    const networkError = failure.status === undefined || failure.status === 0;
    if (serverError || networkError) delay = backoff;
  }
  return delay === null ? null : delay * policy.scale;
}

function header(failure: FailedRequest, name: string): string | undefined {
  const value = failure.headers[name];
  return value === undefined ? undefined : String(value);
}
