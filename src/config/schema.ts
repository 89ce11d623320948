// The config file (datagate.yml) as a zod schema: the one definition that validates the file
// and is exported as datagate.schema.json for editors.

import { z } from 'zod';
import { connectionSchema, sampleSchema, tableSourceSchema } from './connections.js';

const severity = z.enum(['error', 'warn']).describe('error fails the run; warn only reports');
const columnType = z.enum(['integer', 'number', 'boolean', 'string', 'date', 'timestamp', 'list', 'struct', 'map']);
const driftMethod = z.enum(['robust', 'auto', 'ks', 'psi', 'wasserstein', 'jensenshannon', 'chisquare', 'significant']);
/** `2d`, `6h`, `30m`, `90s`, `1w`. */
export const durationPattern = /^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d|w)\s*$/;
const duration = z.string().regex(durationPattern, 'expected a duration such as 2d, 6h, 30m');

export const baselineSchema = z.union([
  z.string().min(1).describe('a data file or profile JSON in the workspace'),
  z.strictObject({
    git: z.string().min(1).describe('a git ref; `base` is the pull request\'s base commit'),
    path: z.string().optional().describe('path at that ref; defaults to the current path'),
  }),
  z.strictObject({
    artifact: z.string().min(1).describe('artifact name uploaded by a run on `branch`'),
    branch: z.string().default('main'),
    workflow: z.string().optional().describe('workflow file name; defaults to the current workflow'),
  }),
]);

export const columnRuleSchema = z.strictObject({
  type: columnType.optional(),
  nullable: z.boolean().optional(),
  max_null_fraction: z.number().min(0).max(1).optional(),
  unique: z.boolean().optional(),
  min: z.union([z.number(), z.string()]).optional(),
  max: z.union([z.number(), z.string()]).optional(),
  allowed: z.array(z.union([z.string(), z.number(), z.boolean()])).optional(),
  pattern: z.string().optional(),
  min_length: z.number().int().min(0).optional(),
  max_length: z.number().int().min(0).optional(),
  required: z.boolean().optional(),
  severity: severity.optional(),
});

const driftColumnSchema = z.strictObject({
  method: driftMethod.optional(),
  threshold: z.number().positive().optional(),
  enabled: z.boolean().optional(),
});

const diffColumnSchema = z.strictObject({
  tolerance: z.union([
    z.number().min(0).describe('absolute: |after − before| ≤ tolerance counts as equal'),
    z.string().regex(/^\s*\d+(?:\.\d+)?\s*(%|ms|s|m|h|d|w)\s*$/, 'expected a percentage (0.5%) or a duration (2s)')
      .describe('relative (0.5%), or for times a duration (250ms, 2s, 5m, 1h, 1d)'),
  ]).optional(),
  unit: z.enum(['ms', 's', 'm', 'h', 'd']).optional().describe('times compare truncated to this unit'),
});

const diffSchema = z.strictObject({
  ignore: z.array(z.string()).optional().describe('columns left out of the row diff'),
  columns: z.record(z.string(), diffColumnSchema).default({}),
  max_added: z.number().int().min(0).optional(),
  max_removed: z.number().int().min(0).optional(),
  max_changed: z.number().int().min(0).optional(),
  max_changed_share: z.number().min(0).max(1).optional().describe('changed rows over rows present on both sides'),
  examples: z.number().int().min(0).max(100).default(5).describe('example rows kept per list'),
  severity: severity.optional(),
});

export const datasetSchema = z.strictObject({
  name: z.string().min(1),
  current: z.union([z.string().min(1).describe('a file, a glob, or a folder of parts'), tableSourceSchema.describe('a table or query in a connection')]),
  sample: sampleSchema.optional(),
  format: z.enum(['csv', 'tsv', 'jsonl', 'json', 'parquet']).optional(),
  delimiter: z.string().length(1).optional().describe('CSV field delimiter; detected from the first lines when absent (, ; tab |)'),
  decimal: z.enum(['.', ',']).optional().describe('decimal mark of numbers in CSV text; detected per column when absent'),
  null_values: z.array(z.string()).optional(),
  baseline: z.union([baselineSchema, tableSourceSchema.describe('a table or query in a connection')]).optional(),
  schema: z.strictObject({
    allow_extra_columns: z.boolean().default(true),
    required: z.array(z.string()).optional(),
    columns: z.record(z.string(), columnRuleSchema).default({}),
    severity: severity.optional(),
  }).optional(),
  unique: z.array(z.array(z.string()).min(1)).optional().describe('compound keys'),
  key: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional()
    .describe('columns that identify a row: with a data baseline, check diffs the rows by this key'),
  diff: diffSchema.optional(),
  rows: z.strictObject({
    min: z.number().int().min(0).optional(),
    max: z.number().int().min(0).optional(),
    max_change: z.number().min(0).optional().describe('relative change of the row count against the baseline'),
    severity: severity.optional(),
  }).optional(),
  freshness: z.strictObject({
    column: z.string(),
    max_age: duration,
    severity: severity.optional(),
  }).optional(),
  schema_changes: z.strictObject({
    breaking: z.enum(['error', 'warn', 'ignore']).default('error'),
    non_breaking: z.enum(['error', 'warn', 'ignore']).default('ignore'),
  }).optional(),
  drift: z.strictObject({
    method: driftMethod.default('robust').describe('robust (default): tests with Benjamini–Hochberg and effect floors; auto: Evidently\'s rule'),
    share: z.number().min(0).max(1).default(0.5),
    threshold: z.number().positive().optional().describe('overrides the method\'s default threshold'),
    include: z.array(z.string()).optional().describe('column names or globs'),
    exclude: z.array(z.string()).optional(),
    fdr: z.boolean().default(false).describe('Benjamini–Hochberg across columns for p-value methods'),
    columns: z.record(z.string(), driftColumnSchema).default({}),
    severity: severity.optional(),
  }).optional(),
});

export const metricRuleSchema = z.strictObject({
  min: z.number().optional(),
  max: z.number().optional(),
  max_drop: z.number().min(0).optional(),
  max_relative_drop: z.number().min(0).optional(),
  direction: z.enum(['higher', 'lower']).optional(),
  significant: z.boolean().optional().describe('fail a drop only when its 95% bootstrap interval excludes 0'),
  severity: severity.optional(),
});

export const modelSchema = z.strictObject({
  name: z.string().min(1),
  current: z.string().min(1).optional().describe('metrics file: JSON, YAML, CSV or TSV'),
  baseline: baselineSchema.optional(),
  metrics: z.record(z.string(), metricRuleSchema).default({}),
  segments: z.strictObject({
    current: z.string().min(1).optional().describe('per-segment metrics (JSON map or CSV); without it, computed from predictions.segment'),
    baseline: baselineSchema.optional(),
    column: z.string().optional().describe('segment column, for CSV'),
    metric: z.string(),
    min: z.number().optional(),
    max: z.number().optional().describe('ceiling per segment, for lower-is-better metrics'),
    max_gap: z.number().min(0).optional(),
    direction: z.enum(['higher', 'lower']).optional(),
    severity: severity.optional(),
  }).optional(),
  predictions: z.strictObject({
    current: z.string().min(1),
    baseline: baselineSchema.optional(),
    task: z.enum(['classification', 'regression']).default('classification'),
    label: z.string().default('label'),
    prediction: z.string().default('prediction'),
    score: z.string().optional(),
    segment: z.string().optional(),
    positive: z.union([z.string(), z.number()]).optional(),
    bootstrap: z.number().int().min(100).default(1000),
    seed: z.number().int().default(42),
  }).optional(),
  latency: z.strictObject({
    current: z.string().min(1),
    column: z.string().default('latency_ms'),
    p50: z.number().optional(),
    p95: z.number().optional(),
    p99: z.number().optional(),
    severity: severity.optional(),
  }).optional(),
});

export const configSchema = z.strictObject({
  version: z.literal(1).optional(),
  connections: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]*$/, 'a connection name is letters, digits, _ and -'), connectionSchema).optional()
    .describe('named engines that datasets read tables from; credentials only as env:NAME'),
  datasets: z.array(datasetSchema).default([]),
  models: z.array(modelSchema).default([]),
  report: z.strictObject({
    json: z.string().default('datagate-report.json'),
    markdown: z.string().optional(),
    html: z.string().optional(),
    junit: z.string().optional().describe('JUnit XML: one test case per gate, for test-report actions'),
    sarif: z.string().optional().describe('SARIF 2.1.0: failing gates on the lines of the data files, for code scanning'),
  }).optional(),
});

export type Config = z.infer<typeof configSchema>;
export type DatasetConfig = z.infer<typeof datasetSchema>;
export type ModelConfig = z.infer<typeof modelSchema>;
export type ColumnRule = z.infer<typeof columnRuleSchema>;
export type MetricRule = z.infer<typeof metricRuleSchema>;
export type BaselineSpec = z.infer<typeof baselineSchema>;
export type DiffConfig = z.infer<typeof diffSchema>;
export type ConnectionsConfig = NonNullable<Config['connections']>;
/** A dataset read from files (its current a path, its baseline a path, git ref or artifact). */
export type FileDatasetConfig = Omit<DatasetConfig, 'current' | 'baseline'> & { current: string; baseline?: BaselineSpec };
