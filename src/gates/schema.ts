// Schema change gates: each breaking change fails (by default), non-breaking ones are ignored
// unless the config's `schema_changes` asks for them; with nothing to report, one passing gate.

import type { DatasetConfig } from '../config/schema.js';
import type { SchemaDiff } from '../report/types.js';
import type { Gate, GateResult } from './types.js';

export type SchemaChangeRules = NonNullable<DatasetConfig['schema_changes']>;
type Action = SchemaChangeRules['breaking'];

interface Change { id: string; column?: string; breaking: boolean; message: string; observed?: unknown }

function changes(diff: SchemaDiff): Change[] {
  return [
    ...diff.removed.map((c) => ({ id: `removed.${c.name}`, column: c.name, breaking: c.breaking, message: `column ${c.name} (${c.type}) was removed`, observed: c })),
    ...diff.renamed.map((c) => ({ id: `renamed.${c.from}`, column: c.from, breaking: c.breaking, message: `column ${c.from} was probably renamed to ${c.to}`, observed: c })),
    ...diff.changed.map((c) => ({
      id: `changed.${c.name}`, column: c.name, breaking: c.breaking,
      message: `column ${c.name} changed type ${c.from} → ${c.to}${c.breaking ? '' : ' (widened)'}`, observed: c,
    })),
    ...diff.nullability.map((c) => ({
      id: `nullability.${c.name}`, column: c.name, breaking: c.breaking,
      message: c.declared
        ? (c.to ? `column ${c.name} is no longer declared NOT NULL` : `column ${c.name} is now declared NOT NULL`)
        : (c.to ? `column ${c.name} now has nulls` : `column ${c.name} no longer has nulls`),
      observed: c,
    })),
    ...diff.added.map((c) => ({ id: `added.${c.name}`, column: c.name, breaking: c.breaking, message: `column ${c.name} (${c.type}) was added`, observed: c })),
    ...(diff.reordered ? [{ id: 'reordered', breaking: false, message: 'column order changed' }] : []),
  ];
}

const statusOf = (action: Action): 'fail' | 'warn' => (action === 'error' ? 'fail' : 'warn');

export function schemaGates(dataset: string, diff: SchemaDiff, rules?: Partial<SchemaChangeRules>): GateResult[] {
  const breaking: Action = rules?.breaking ?? 'error';
  const nonBreaking: Action = rules?.non_breaking ?? 'ignore';
  const all = changes(diff);
  const results: GateResult[] = [];
  for (const change of all) {
    const action = change.breaking ? breaking : nonBreaking;
    if (action === 'ignore') continue;
    results.push({
      id: `${dataset}.schema.${change.id}`, kind: 'schema', dataset, column: change.column,
      status: statusOf(action), severity: action === 'error' ? 'error' : 'warn',
      message: `${change.breaking ? 'breaking' : 'non-breaking'}: ${change.message}`, observed: change.observed,
    });
  }
  if (results.length === 0) {
    const breakingCount = all.filter((change) => change.breaking).length;
    const message = all.length === 0
      ? 'schema unchanged'
      : `${all.length} schema change${all.length === 1 ? '' : 's'}, ${breakingCount ? `${breakingCount} breaking (ignored by config)` : 'none breaking'}`;
    results.push({ id: `${dataset}.schema`, kind: 'schema', dataset, status: 'pass', message });
  }
  return results;
}

export const schemaChanges: Gate<Partial<SchemaChangeRules> | undefined, { dataset: string; diff: SchemaDiff }> = {
  kind: 'schema',
  evaluate: (rules, { dataset, diff }) => schemaGates(dataset, diff, rules),
};
