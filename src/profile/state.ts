// The JSON form of a column's mergeable state, and its zod schema for profiles read from disk.

import { z } from 'zod';
import type { CategoryState } from './categories.js';
import type { DateState } from './dates.js';
import type { Moments } from './moments.js';
import type { SampleState } from './sample.js';
import type { ValueFormat } from './formats.js';
import type { NestedState } from './nested.js';

import { STATE_VERSION } from './stateVersion.js';

export { STATE_VERSION };

export interface ColumnState {
  v: number;
  count: number;
  nulls: number;
  /** Non-null values per kind: integer, number, boolean, date, timestamp, string. */
  kinds: number[];
  minLength?: number;
  maxLength?: number;
  /** Moments of the values that read as numbers. */
  numeric?: Moments;
  sample?: SampleState;
  /** Epoch milliseconds of the earliest and latest date/timestamp. */
  time?: { min: number; max: number };
  /** Text values in other date formats than ISO 8601, per format (src/profile/dates.ts). */
  dates?: DateState;
  categories: CategoryState;
  /** The column's text format (formats.ts), when it needed one. */
  format?: ValueFormat;
  /** Lists, structs, maps: their type and lengths. */
  nested?: NestedState;
}

const finite = z.number().finite();
const count = z.number().int().nonnegative();

const kllSchema = z.object({
  k: count.min(8),
  n: count,
  levels: z.array(z.array(finite)),
  compactions: count,
});

export const columnStateSchema = z.object({
  v: z.literal(STATE_VERSION),
  count,
  nulls: count,
  kinds: z.array(count).length(6),
  minLength: count.optional(),
  maxLength: count.optional(),
  numeric: z.object({ n: count, mean: finite, m2: finite, min: finite, max: finite }).optional(),
  sample: z.union([z.object({ exact: z.array(finite) }), z.object({ kll: kllSchema })]).optional(),
  time: z.object({ min: finite, max: finite }).optional(),
  dates: z.object({
    slash: count,
    formats: z.array(z.object({ format: z.string().max(40), count, timed: count, min: finite, max: finite })).max(16),
  }).optional(),
  categories: z.object({
    items: z.array(z.tuple([z.string(), count])),
    numbers: z.array(count).optional(),
    times: z.boolean().optional(),
    total: count,
    error: count,
    exact: z.boolean(),
    hll: z.string().optional(),
  }),
  format: z.union([
    z.object({ decimal: z.enum(['.', ',']), thousands: z.enum([',', '.', ' ']).optional(), percent: z.boolean().optional() }),
    z.object({ true: z.array(z.string()), false: z.array(z.string()) }),
  ]).optional(),
  nested: z.object({
    type: z.enum(['list', 'struct', 'map']),
    lengths: z.object({ n: count, min: count, max: count, sum: count }),
  }).optional(),
}) satisfies z.ZodType<ColumnState>;
