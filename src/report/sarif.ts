// The report as SARIF 2.1.0, so code scanning shows contract violations on the lines of a data
// file in the PR's diff: one rule per gate kind, one result per failing or warning gate.
//
// A result's locations are its first examples that name a file and line inside the workspace;
// a gate without such examples (metrics, row counts, drift) points at its rule in the config.

import path from 'node:path';
import type { Example, GateResult, Report } from './types.js';
import { VERSION } from '../version.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Examples given as locations: the first is the result's location, the rest related ones. */
const LOCATIONS_SHOWN = 5;
/** The base that every artifact URI is relative to: the repository root (the workspace). */
export const SOURCE_ROOT = '%SRCROOT%';

export interface SarifOptions {
  /** The repository root: URIs are relative to it. */
  workspace: string;
  /** Example files are relative to the config's folder. */
  configDir: string;
  /** The config file (absolute or relative to `workspace`), the fallback location. */
  configFile?: string;
  /** Line of a gate's rule in the config file. */
  configLine?: (gate: GateResult) => number | undefined;
}

const RULE_TEXT: Record<string, string> = {
  contract: 'A data contract rule (type, nulls, range, allowed values, pattern, length, uniqueness, columns) is violated',
  rows: 'The row count is outside its bounds or changed more than allowed',
  freshness: 'The newest value of a date column is older than allowed',
  schema: 'The schema changed against the baseline',
  drift: 'A column\'s distribution drifted from the baseline',
  metric: 'A model metric is outside its threshold or regressed against the baseline',
  segment: 'A per-segment model metric is below its minimum, or segments are too far apart',
  latency: 'A latency percentile is above its limit',
  read: 'Rows or values of a data file could not be read',
  baseline: 'The baseline could not be used',
  config: 'The config checks nothing or could not be applied',
};

interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number } };
  message?: { text: string };
}

export function renderSarif(report: Report, options: SarifOptions): string {
  const reported = report.gates.filter((gate) => gate.status === 'fail' || gate.status === 'warn');
  const kinds = [...new Set(reported.map((gate) => gate.kind))].sort();
  const rules = kinds.map((kind) => ({
    id: kind,
    name: ruleName(kind),
    shortDescription: { text: RULE_TEXT[kind] ?? `datagate ${kind} gate` },
    defaultConfiguration: { level: 'error' },
  }));
  const results = reported.map((gate) => result(gate, kinds.indexOf(gate.kind), options));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'datagate', semanticVersion: VERSION, version: VERSION, rules } },
      columnKind: 'unicodeCodePoints',
      results,
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function result(gate: GateResult, ruleIndex: number, options: SarifOptions) {
  const located = (gate.examples ?? [])
    .map((example) => exampleLocation(example, options))
    .filter((location): location is SarifLocation => location !== undefined)
    .slice(0, LOCATIONS_SHOWN);
  const fallback = located.length === 0 ? configLocation(gate, options) : undefined;
  const locations = located.length > 0 ? [located[0]] : fallback ? [fallback] : [];
  return {
    ruleId: gate.kind,
    ruleIndex,
    level: gate.status === 'fail' ? 'error' : 'warning',
    message: { text: `${gate.message} (${gate.id})` },
    ...(locations.length > 0 ? { locations } : {}),
    ...(located.length > 1 ? { relatedLocations: located.slice(1).map((location, index) => ({ id: index + 1, ...location })) } : {}),
    partialFingerprints: { datagateGate: gate.id },
    properties: {
      gate: gate.id,
      ...(gate.count !== undefined ? { count: gate.count } : {}),
      ...(gate.dataset !== undefined ? { dataset: gate.dataset } : {}),
      ...(gate.model !== undefined ? { model: gate.model } : {}),
    },
  };
}

function exampleLocation(example: Example, options: SarifOptions): SarifLocation | undefined {
  if (!example.file || example.line === undefined) return undefined;
  const uri = workspaceUri(path.resolve(options.configDir, example.file), options.workspace);
  if (uri === undefined) return undefined;
  return {
    physicalLocation: { artifactLocation: { uri, uriBaseId: SOURCE_ROOT }, region: { startLine: Math.max(1, example.line) } },
    message: { text: `row ${example.row}: ${example.value.length > 200 ? `${example.value.slice(0, 199)}…` : example.value}` },
  };
}

function configLocation(gate: GateResult, options: SarifOptions): SarifLocation | undefined {
  if (!options.configFile) return undefined;
  const uri = workspaceUri(path.resolve(options.workspace, options.configFile), options.workspace);
  if (uri === undefined) return undefined;
  return { physicalLocation: { artifactLocation: { uri, uriBaseId: SOURCE_ROOT }, region: { startLine: Math.max(1, options.configLine?.(gate) ?? 1) } } };
}

/** A relative URI reference with forward slashes and each segment percent-encoded; undefined outside the workspace. */
function workspaceUri(file: string, workspace: string): string | undefined {
  const relative = path.relative(path.resolve(workspace), file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).map((segment) => encodeURIComponent(segment)).join('/');
}

/** `max_null_fraction` style kinds → `MaxNullFraction`, SARIF's PascalCase rule names. */
function ruleName(kind: string): string {
  return kind.split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word[0].toUpperCase() + word.slice(1)).join('') || 'Gate';
}
