// Whether a metric is better higher or lower, guessed from its name unless the config says.

export type Direction = 'higher' | 'lower';

/** Words that mark a cost: a name containing one (as a word, or as a suffix of one) is lower-is-better. */
const LOWER_WORDS = ['loss', 'error', 'err', 'latency', 'mae', 'rmse', 'mse', 'mape', 'time', 'duration', 'ms', 'seconds', 'perplexity'];
const LOWER_SUFFIXES = ['loss', 'error', 'latency'];

/** `log_loss`, `val_loss`, `latency.p95_ms`, `meanAbsoluteError`, `logloss` → lower; `accuracy`, `recall` → higher. */
export function directionOf(name: string, override?: Direction): Direction {
  if (override) return override;
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
  const lower = words.some((word) => LOWER_WORDS.includes(word) || LOWER_SUFFIXES.some((suffix) => word.endsWith(suffix)));
  return lower ? 'lower' : 'higher';
}
