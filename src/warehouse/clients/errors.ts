// What the engine clients share: a deadline per query, and errors a user can act on that never
// carry a credential (messages are built from status codes and error codes, not from the
// client library's error text, which can hold the request's configuration).

import { UserError } from '../../errors.js';

/** A connection's `timeout:` when the config gives none: 5 minutes. */
export const DEFAULT_TIMEOUT_MS = 5 * 60_000;

/** `work`, or a UserError once `timeoutMs` passes (after `onTimeout`, e.g. cancelling the query). */
export async function withDeadline<T>(work: Promise<T>, timeoutMs: number, what: string, onTimeout?: () => unknown): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void Promise.resolve()
        .then(onTimeout)
        .catch(() => undefined);
      reject(new UserError(`${what}: timed out after ${formatMs(timeoutMs)} (the connection's timeout)`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/** A URL as it may be printed: no user name, no password, no query string. */
export function safeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    parsed.search = '';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return 'an invalid URL';
  }
}

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found (DNS)',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  CERT_HAS_EXPIRED: 'TLS certificate expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate not trusted',
};

/** The network error code somewhere in an error's chain (`cause`, nested `errors`), or null. */
export function networkCode(error: unknown, depth = 0): string | null {
  if (!error || typeof error !== 'object' || depth > 5) return null;
  const record = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof record.code === 'string' && record.code in NETWORK_CODES) return record.code;
  const fromCause = networkCode(record.cause, depth + 1);
  if (fromCause) return fromCause;
  if (Array.isArray(record.errors)) for (const inner of record.errors) {
    const code = networkCode(inner, depth + 1);
    if (code) return code;
  }
  return null;
}

/** `Trino at http://host:8080: can't connect: connection refused (ECONNREFUSED)`, or null when not a network error. */
export function unreachable(where: string, error: unknown): string | null {
  const code = networkCode(error);
  return code ? `${where}: can't connect: ${NETWORK_CODES[code]} (${code})` : null;
}

/** An HTTP status as a user reads it. */
export function httpProblem(status: number): string {
  if (status === 401) return 'authentication failed (HTTP 401): check the credentials in the environment';
  if (status === 403) return 'permission denied (HTTP 403)';
  if (status === 404) return 'not found (HTTP 404): check the server address';
  return `the server answered HTTP ${status}`;
}
