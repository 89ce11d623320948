// Profiles on disk: telling a profile JSON from a data file, and validating one that was read.

import { z } from 'zod';
import { UserError } from '../errors.js';
import { columnStateSchema } from './state.js';
import type { Profile } from './types.js';

export { isProfileFile } from './profileFile.js';

const columnTypes = ['integer', 'number', 'boolean', 'string', 'date', 'timestamp', 'list', 'struct', 'map'] as const;
const quantile = z.number();

const profileSchema = z.object({
  version: z.literal(1),
  rows: z.number().int().nonnegative(),
  source: z.array(z.string()).optional(),
  delimiter: z.string().optional(),
  columns: z.array(z.object({
    name: z.string(),
    type: z.enum(columnTypes),
    count: z.number().int().nonnegative(),
    nulls: z.number().int().nonnegative(),
    distinct: z.number().int().nonnegative().optional(),
    min: z.union([z.number(), z.string()]).optional(),
    max: z.union([z.number(), z.string()]).optional(),
    mean: z.number().optional(),
    std: z.number().optional(),
    quantiles: z.object({ p01: quantile, p05: quantile, p25: quantile, p50: quantile, p75: quantile, p95: quantile, p99: quantile }).optional(),
    top: z.array(z.object({ value: z.string(), count: z.number() })).optional(),
    parsed: z.object({ type: z.enum(columnTypes), share: z.number() }).optional(),
    ambiguousFormat: z.string().optional(),
    minLength: z.number().optional(),
    maxLength: z.number().optional(),
    histogram: z.object({ edges: z.array(z.number()), counts: z.array(z.number()) }).optional(),
    format: z.union([z.string().max(40), columnStateSchema.shape.format.unwrap()]).optional(),
    length: z.object({ min: z.number(), max: z.number(), mean: z.number() }).optional(),
    state: columnStateSchema.optional(),
  })),
});

/** A parsed profile JSON, checked; a UserError naming `file` and the bad field otherwise. */
export function loadProfile(json: unknown, file: string): Profile {
  const result = profileSchema.safeParse(json);
  if (!result.success) {
    throw new UserError(result.error.issues.slice(0, 5).map((issue) => ({
      file,
      path: issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, ''),
      message: `not a valid datagate profile: ${issue.message}`,
    })));
  }
  return result.data as Profile;
}
