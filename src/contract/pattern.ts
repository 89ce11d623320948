// Contract patterns in bounded time. A pattern comes from a config a pull request can change and
// runs on every cell, so `^(a+)+$` over one long cell must not backtrack for hours. Patterns run
// in V8's usual backtracking engine and fall back, per match, to V8's linear-time engine once a
// match has backtracked 50,000 times (V8's default threshold); a pattern the linear engine cannot
// run at all (lookaround, backreferences) is refused when the config is read.

import v8 from 'node:v8';

let enabled = false;

/** V8's linear-time engine, process-wide: the `l` flag, and the fallback after excessive backtracking. */
function enableLinearEngine(): void {
  if (enabled) return;
  v8.setFlagsFromString('--enable-experimental-regexp-engine');
  v8.setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
  enabled = true;
}

/** Why `pattern` cannot be a contract pattern, or undefined when it can. */
export function patternProblem(pattern: string): string | undefined {
  try {
    new RegExp(pattern);
  } catch (error) {
    return `invalid regular expression: ${(error as Error).message}`;
  }
  enableLinearEngine();
  try {
    // eslint-disable-next-line no-invalid-regexp -- 'l' is V8's linear-time flag, enabled above
    new RegExp(pattern, 'l');
  } catch {
    return 'this pattern cannot run in linear time (lookahead, lookbehind or a backreference): a long value could make it run for hours; write it without them';
  }
  return undefined;
}

/** The compiled contract pattern; call `patternProblem` first. */
export function compilePattern(pattern: string): RegExp {
  enableLinearEngine();
  return new RegExp(pattern);
}
