export const id = 2823;
export const ids = [2823];
export const modules = {

/***/ 82823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createOctokit: () => (/* binding */ createOctokit),
  describeFailure: () => (/* binding */ describeFailure),
  isPermissionDenied: () => (/* binding */ isPermissionDenied),
  statusOf: () => (/* binding */ statusOf)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
;// CONCATENATED MODULE: ./src/github/retry.ts
// When a failed GitHub API request is worth repeating, and after how long: server errors,
// primary and secondary rate limits. Pure, so the policy is tested without a clock.
const defaultRetryPolicy = { retries: 4, baseDelayMs: 1000, maxDelayMs: 60_000, scale: 1 };
// POST creates: a 5xx may hide a comment that was created anyway, so callers that create
// look again before repeating (see comment.ts). Rate limits are refused before any work.
const idempotent = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE']);
/** Is this failure a rate limit (primary or secondary) rather than a permission problem? */
function isRateLimited(failure) {
    if (failure.status === 429)
        return true;
    if (failure.status !== 403)
        return false;
    return header(failure, 'x-ratelimit-remaining') === '0' ||
        header(failure, 'retry-after') !== undefined ||
        /rate limit/i.test(failure.message);
}
/** Milliseconds to wait before attempt `attempt + 1`, or null when not to retry. */
function retryDelay(failure, attempt, policy, nowMs) {
    if (attempt >= policy.retries)
        return null;
    const backoff = policy.baseDelayMs * 2 ** attempt;
    let delay = null;
    if (isRateLimited(failure)) {
        const retryAfter = Number(header(failure, 'retry-after'));
        const reset = Number(header(failure, 'x-ratelimit-reset'));
        if (Number.isFinite(retryAfter) && header(failure, 'retry-after') !== undefined)
            delay = retryAfter * 1000;
        else if (header(failure, 'x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0) {
            delay = Math.max(reset * 1000 - nowMs, 0) + 1000;
        }
        else {
            // GitHub asks for at least a minute after a secondary rate limit without retry-after.
            delay = failure.status === 403 ? Math.max(backoff, 60_000) : backoff;
        }
        if (delay > policy.maxDelayMs)
            return null;
    }
    else if (idempotent.has(failure.method.toUpperCase())) {
        const serverError = failure.status !== undefined && failure.status >= 500;
        const networkError = failure.status === undefined || failure.status === 0;
        if (serverError || networkError)
            delay = backoff;
    }
    return delay === null ? null : delay * policy.scale;
}
function header(failure, name) {
    const value = failure.headers[name];
    return value === undefined ? undefined : String(value);
}

;// CONCATENATED MODULE: ./src/github/octokit.ts
// The Octokit every publisher uses: @actions/github's client (proxy-aware, GITHUB_API_URL)
// with our retry policy wrapped around each request.


function createOctokit(token, options = {}) {
    const octokit = (0,github/* getOctokit */.Q)(token, options.baseUrl ? { baseUrl: options.baseUrl } : {});
    const policy = { ...defaultRetryPolicy, ...options.retry };
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    octokit.hook.wrap('request', async (request, requestOptions) => {
        for (let attempt = 0;; attempt++) {
            try {
                return await request(requestOptions);
            }
            catch (error) {
                const failure = describeFailure(error, String(requestOptions.method));
                const delay = failure ? retryDelay(failure, attempt, policy, Date.now()) : null;
                if (delay === null)
                    throw error;
                options.log?.(`GitHub API ${requestOptions.method} ${String(requestOptions.url)}: ${failure?.status ?? 'network error'}, retrying in ${Math.round(delay)} ms`);
                await sleep(delay);
            }
        }
    });
    return octokit;
}
/** The parts of an Octokit RequestError the policy needs; null for anything else. */
function describeFailure(error, method) {
    if (!(error instanceof Error))
        return null;
    const status = error.status;
    const response = error.response;
    if (typeof status !== 'number' && response === undefined)
        return null;
    return {
        method,
        status: typeof status === 'number' ? status : undefined,
        headers: response?.headers ?? {},
        message: error.message,
    };
}
/** HTTP status of an Octokit error, if it has one. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** A read-only token (fork PRs, missing `permissions:`): 403 "Resource not accessible by integration". */
function isPermissionDenied(error) {
    if (statusOf(error) !== 403)
        return false;
    return !/rate limit/i.test(error instanceof Error ? error.message : '');
}


/***/ })

};
