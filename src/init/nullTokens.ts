// Text that stands for a missing value: R writes `NA`, SAS and Stata `.`, Excel `#N/A`, UCI files
// `?`. Read as text, it makes a column of numbers a column of strings, with no range and no
// numeric drift. `init` proposes such a token as a null value where it is the only text of a
// column whose other values all read as numbers, dates or booleans.

import { categoryCounts } from '../profile/index.js';
import type { CategoryCounts, ColumnProfile, Profile } from '../profile/types.js';

/**
 * The tokens considered: pandas' default `na_values` (read_csv), and `.`, `-` and `?`. Fixed in
 * advance, not tuned on data: bench/README.md ("Missing-value tokens") measures them on real tables.
 */
export const NULL_TOKENS: ReadonlySet<string> = new Set([
  '#N/A', '#N/A N/A', '#NA', '-1.#IND', '-1.#QNAN', '-NaN', '-nan', '1.#IND', '1.#QNAN', '<NA>', 'N/A', 'NA', 'NULL', 'NaN', 'None',
  'n/a', 'nan', 'null', '.', '-', '?',
]);

export interface NullToken {
  token: string;
  /** The columns it was the only text of, with its count in each. */
  columns: { name: string; count: number; type: string }[];
}

/**
 * Tokens that are the only non-parsing text of a column that otherwise reads as another type.
 * The counts must add up exactly (every value that did not parse is a token), so a column whose
 * categories are sketched never proposes one. `null_values` holds for every column of the
 * dataset: a token that is also a real value of a text column (`NA` for Namibia) is not proposed.
 */
export function nullTokensOf(profile: Profile): NullToken[] {
  const found = new Map<string, NullToken>();
  const refused = new Set<string>();
  for (const column of profile.columns) {
    const counts = categoryCounts(column);
    if (!counts) continue;
    const tokens = onlyTextTokens(column, counts);
    if (tokens === undefined) {
      // A text column: any token among its values stays a value.
      for (const value of counts.counts.keys()) if (NULL_TOKENS.has(value.trim())) refused.add(value);
      continue;
    }
    for (const [token, count] of tokens) {
      const entry = found.get(token) ?? { token, columns: [] };
      entry.columns.push({ name: column.name, count, type: column.parsed?.type ?? column.type });
      found.set(token, entry);
    }
  }
  return [...found.values()].filter(({ token }) => !refused.has(token));
}

/**
 * The tokens of a column of other values (none when there are none), or undefined for a text
 * column: one whose values do not mostly read as another type, or whose other text is not all tokens.
 */
function onlyTextTokens(column: ColumnProfile, counts: CategoryCounts): Map<string, number> | undefined {
  const parsed = column.parsed;
  if (column.type !== 'string') return new Map();
  if (!parsed || parsed.type === 'string' || parsed.share < 0.5 || !counts.exact) return undefined;
  const text = column.count - Math.round(parsed.share * column.count);
  const tokens = new Map([...counts.counts].filter(([value]) => NULL_TOKENS.has(value.trim())));
  const total = [...tokens.values()].reduce((sum, count) => sum + count, 0);
  return text > 0 && total === text ? tokens : undefined;
}
