// Where in the config a gate's rule is written: a gate result → the path of its node in
// datagate.yml, and that node's line. Shared by SARIF (a location for gates without data rows)
// and `datagate accept` (the node to edit).

import { isNode, type Document, type LineCounter } from 'yaml';
import type { Config } from './schema.js';
import type { GateResult } from '../report/types.js';

export type ConfigPath = (string | number)[];

/** Column rules whose gate id ends in the rule's own key. */
const COLUMN_RULE_KEYS = new Set(['type', 'nullable', 'max_null_fraction', 'unique', 'min', 'max', 'allowed', 'pattern', 'min_length', 'max_length']);

/**
 * The config path of the rule behind a gate: as deep as the gate names it (a column rule's key,
 * a metric), else its section, else its dataset or model. Undefined for gates of no dataset or model.
 */
export function ruleConfigPath(gate: GateResult, config: Config): ConfigPath | undefined {
  if (gate.dataset !== undefined) {
    const index = config.datasets.findIndex((dataset) => dataset.name === gate.dataset);
    if (index < 0) return undefined;
    const dataset: ConfigPath = ['datasets', index];
    const rest = suffixAfter(gate.id, `${gate.dataset}.${gate.kind}.`);
    switch (gate.kind) {
      case 'contract': {
        if (rest === 'extra_columns') return [...dataset, 'schema', 'allow_extra_columns'];
        const rule = rest?.slice(rest.lastIndexOf('.') + 1);
        const column = gate.column;
        if (column !== undefined && config.datasets[index].schema?.columns[column] !== undefined) {
          const columnPath = [...dataset, 'schema', 'columns', column];
          return rule && COLUMN_RULE_KEYS.has(rule) ? [...columnPath, rule] : columnPath;
        }
        if (rule === 'unique') return [...dataset, 'unique'];
        return [...dataset, 'schema'];
      }
      case 'rows': return rest && ['min', 'max', 'max_change'].includes(rest) ? [...dataset, 'rows', rest] : [...dataset, 'rows'];
      case 'drift': {
        const column = gate.column;
        return column !== undefined && config.datasets[index].drift?.columns[column] !== undefined
          ? [...dataset, 'drift', 'columns', column] : [...dataset, 'drift'];
      }
      case 'freshness': return [...dataset, 'freshness'];
      case 'schema': return [...dataset, 'schema_changes'];
      default: return dataset;
    }
  }
  if (gate.model !== undefined) {
    const index = config.models.findIndex((model) => model.name === gate.model);
    if (index < 0) return undefined;
    const model: ConfigPath = ['models', index];
    if (gate.kind === 'metric') {
      const name = suffixAfter(gate.id, `${gate.model}.metric.`);
      return name !== undefined && config.models[index].metrics[name] !== undefined ? [...model, 'metrics', name] : [...model, 'metrics'];
    }
    if (gate.kind === 'segment') {
      const bound = suffixAfter(gate.id, `${gate.model}.segment.`)?.split('.').pop();
      return bound === 'min' || bound === 'max' ? [...model, 'segments', bound] : bound === 'gap' ? [...model, 'segments', 'max_gap'] : [...model, 'segments'];
    }
    if (gate.kind === 'latency') {
      const percentile = suffixAfter(gate.id, `${gate.model}.latency.`);
      return percentile && ['p50', 'p95', 'p99'].includes(percentile) ? [...model, 'latency', percentile] : [...model, 'latency'];
    }
    return model;
  }
  return undefined;
}

/** 1-based line of the deepest node of `configPath` present in the document. */
export function lineOfPath(doc: Document, lineCounter: LineCounter, configPath: ConfigPath): number | undefined {
  for (let length = configPath.length; length >= 0; length--) {
    const node: unknown = doc.getIn(configPath.slice(0, length), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

function suffixAfter(id: string, prefix: string): string | undefined {
  return id.startsWith(prefix) ? id.slice(prefix.length) : undefined;
}
