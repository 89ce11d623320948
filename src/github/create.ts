// Creating is the one request that is not safe to repeat blindly: a 5xx may hide a comment or
// issue that GitHub created anyway. Look again before each new attempt.

import { statusOf } from './octokit.js';

export interface CreateOptions {
  attempts?: number;
  /** Waits before attempt n (1-based); defaults to 1 s, 2 s, … */
  wait?: (attempt: number) => Promise<void>;
}

export async function createOnce<T>(
  create: () => Promise<T>,
  findExisting: () => Promise<T | null>,
  options: CreateOptions = {},
): Promise<T> {
  const attempts = options.attempts ?? 3;
  const wait = options.wait ?? ((n: number) => new Promise<void>((resolve) => setTimeout(resolve, 1000 * 2 ** (n - 1))));
  for (let attempt = 0; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      const status = statusOf(error);
      if (status === undefined || status < 500 || attempt + 1 >= attempts) throw error;
      await wait(attempt + 1);
      const existing = await findExisting();
      if (existing !== null) return existing;
    }
  }
}
