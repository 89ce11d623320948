// Model gates' entry: load a model's metrics, predictions, segments and latency (current and
// baseline), then evaluate them. All file access for models starts here or in ./load.

import path from 'node:path';
import type { BaselineSpec, ModelConfig } from '../config/schema.js';
import type { GateResult, ModelReport } from '../report/types.js';
import { UserError } from '../errors.js';
import { resolveFiles } from '../readers/index.js';
import { evaluateModel } from './evaluate.js';
import type { ModelInputs } from './evaluate.js';
import { segmentValues } from './fromPredictions.js';
import { loadLatency } from './load/latencyFile.js';
import { loadMetricsFile } from './load/metricsFile.js';
import { loadPredictions } from './load/predictionsFile.js';
import type { LoadedPredictions } from './load/predictionsFile.js';
import { loadSegmentsFile } from './load/segmentsFile.js';
import { confinedRead, type Workspace } from '../workspace/index.js';

export { evaluateModel } from './evaluate.js';
export type { ModelInputs } from './evaluate.js';

export interface ModelContext {
  /** Folder that config paths are relative to. */
  cwd: string;
  /**
   * A local path (absolute, or relative to cwd) holding the baseline of `currentPath` (the path
   * as written in the config), or null when there is none yet.
   */
  resolveBaseline: (spec: BaselineSpec, currentPath: string) => Promise<string | null>;
  /** When set, every current file (each file of a glob or folder) must be inside it. */
  workspace?: Workspace;
}

/** A path or git/artifact spec: only the latter can also locate the baseline of another file. */
function inherited(own: BaselineSpec | undefined, model: BaselineSpec | undefined): BaselineSpec | undefined {
  return own ?? (typeof model === 'object' ? model : undefined);
}

/** How a baseline is named in messages: the path, `metrics.json@base`, `metrics.json (artifact datagate)`. */
function baselineName(spec: BaselineSpec, currentPath: string): string {
  if (typeof spec === 'string') return spec;
  if ('git' in spec) return `${spec.path ?? currentPath}@${spec.git}`;
  return `${currentPath} (artifact ${spec.artifact})`;
}

async function baselineFile(ctx: ModelContext, spec: BaselineSpec | undefined, currentPath: string): Promise<{ file: string; source: string } | null> {
  if (spec === undefined) return null;
  const found = await ctx.resolveBaseline(spec, currentPath);
  return found === null ? null : { file: path.resolve(ctx.cwd, found), source: baselineName(spec, currentPath) };
}

async function predictionsFrom(pattern: string, cwd: string, source: string, config: NonNullable<ModelConfig['predictions']>): Promise<LoadedPredictions> {
  return loadPredictions(await resolveFiles(pattern, cwd), source, config);
}

export async function checkModel(model: ModelConfig, ctx: ModelContext): Promise<{ report: ModelReport; gates: GateResult[] }> {
  const at = (file: string): string => confinedRead(ctx.workspace, path.resolve(ctx.cwd, file), file);
  const inputs: ModelInputs = { current: null, baseline: null, predictions: null, segments: null, latency: null };

  if (model.current) {
    inputs.current = await loadMetricsFile(at(model.current), model.current);
    const baseline = await baselineFile(ctx, model.baseline, model.current);
    if (baseline) inputs.baseline = await loadMetricsFile(baseline.file, baseline.source);
  }

  const predictions = model.predictions;
  if (predictions) {
    confinedRead(ctx.workspace, path.resolve(ctx.cwd, predictions.current), predictions.current);
    const currentFiles = await resolveFiles(predictions.current, ctx.cwd);
    for (const file of currentFiles) confinedRead(ctx.workspace, file, path.resolve(ctx.cwd, predictions.current) === file ? predictions.current : path.relative(ctx.cwd, file).split(path.sep).join('/'));
    const current = await loadPredictions(currentFiles, predictions.current, predictions);
    const baseline = await baselineFile(ctx, inherited(predictions.baseline, model.baseline), predictions.current);
    inputs.predictions = {
      current,
      baseline: baseline ? await predictionsFrom(baseline.file, ctx.cwd, baseline.source, predictions) : null,
      resamples: predictions.bootstrap,
      seed: predictions.seed,
    };
  }

  const segments = model.segments;
  if (segments) {
    if (segments.current) {
      const baseline = await baselineFile(ctx, inherited(segments.baseline, model.baseline), segments.current);
      inputs.segments = {
        current: await loadSegmentsFile(at(segments.current), segments.current, segments.metric, segments.column),
        baseline: baseline ? await loadSegmentsFile(baseline.file, baseline.source, segments.metric, segments.column) : null,
      };
    } else if (inputs.predictions) {
      const { current, baseline } = inputs.predictions;
      inputs.segments = {
        current: segmentValues(current, segments.metric, current.predictions.file),
        baseline: baseline && baseline.segments ? segmentValues(baseline, segments.metric, baseline.predictions.file) : null,
      };
    } else {
      throw new UserError([{ path: `models.${model.name}.segments`, message: 'set segments.current (a per-segment metrics file) or predictions.segment' }]);
    }
  }

  if (model.latency) {
    const observation = await loadLatency(at(model.latency.current), model.latency.current, model.latency.column);
    inputs.latency = { ...observation, source: model.latency.current, label: observation.count === undefined ? 'latency' : model.latency.column };
  }

  return evaluateModel(model, inputs);
}
