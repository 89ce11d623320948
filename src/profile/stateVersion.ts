// The version of a column's state JSON (src/profile/state.ts), apart from its zod schema: the
// profiler writes it, and neither it nor the workers load zod.

export const STATE_VERSION = 1;
