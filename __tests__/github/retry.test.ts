import { describe, expect, it } from '@jest/globals';
import { defaultRetryPolicy, isRateLimited, retryDelay, type FailedRequest } from '../../src/github/retry.js';

const now = Date.parse('2026-01-01T00:00:00Z');
const failure = (fields: Partial<FailedRequest>): FailedRequest => ({ method: 'GET', headers: {}, message: '', ...fields });

describe('retryDelay', () => {
  it('backs off 1 s, 2 s, 4 s, 8 s on server errors, then gives up', () => {
    const delays = [0, 1, 2, 3, 4].map((attempt) => retryDelay(failure({ status: 502 }), attempt, defaultRetryPolicy, now));
    expect(delays).toEqual([1000, 2000, 4000, 8000, null]);
  });

  it('does not repeat a POST after a server error: it may have been created', () => {
    expect(retryDelay(failure({ method: 'POST', status: 500 }), 0, defaultRetryPolicy, now)).toBeNull();
  });

  it('repeats a POST after a rate limit, which GitHub refuses before doing anything', () => {
    expect(retryDelay(failure({ method: 'POST', status: 429, headers: { 'retry-after': '7' } }), 0, defaultRetryPolicy, now)).toBe(7000);
  });

  it('waits until x-ratelimit-reset, plus a second, on a primary rate limit', () => {
    const reset = String(now / 1000 + 30);
    const delay = retryDelay(failure({ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } }), 0, defaultRetryPolicy, now);
    expect(delay).toBe(31_000);
  });

  it('reports a rate limit that resets in an hour instead of waiting it out', () => {
    const reset = String(now / 1000 + 3600);
    expect(retryDelay(failure({ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } }), 0, defaultRetryPolicy, now)).toBeNull();
  });

  it('waits a minute on a secondary rate limit without retry-after', () => {
    expect(retryDelay(failure({ status: 403, message: 'You have exceeded a secondary rate limit' }), 0, defaultRetryPolicy, now)).toBe(60_000);
  });

  it('never repeats a permission 403 or a 404', () => {
    expect(retryDelay(failure({ status: 403, message: 'Resource not accessible by integration' }), 0, defaultRetryPolicy, now)).toBeNull();
    expect(retryDelay(failure({ status: 404 }), 0, defaultRetryPolicy, now)).toBeNull();
  });

  it('scales every delay, so tests wait milliseconds', () => {
    expect(retryDelay(failure({ status: 503 }), 1, { ...defaultRetryPolicy, scale: 0.001 }, now)).toBe(2);
  });
});

describe('isRateLimited', () => {
  it('tells a rate-limit 403 from a permission 403', () => {
    expect(isRateLimited(failure({ status: 403, headers: { 'x-ratelimit-remaining': '0' } }))).toBe(true);
    expect(isRateLimited(failure({ status: 403, message: 'Resource not accessible by integration' }))).toBe(false);
  });
});
