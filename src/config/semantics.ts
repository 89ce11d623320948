// Checks zod cannot express (regexes compile, bounds are ordered, names are unique), gathered
// from the parts of the config that own them.

import type { Problem } from '../errors.js';
import type { Config } from './schema.js';
import { contractProblems } from '../contract/validateConfig.js';
import { connectionProblems } from './connections.js';

export function semanticProblems(config: Config): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const checkName = (kind: 'datasets' | 'models', index: number, name: string) => {
    const earlier = seen.get(name);
    if (earlier) problems.push({ path: `${kind}[${index}].name`, message: `"${name}" is already the name of ${earlier}` });
    else seen.set(name, `${kind}[${index}]`);
  };
  config.datasets.forEach((dataset, index) => checkName('datasets', index, dataset.name));
  config.models.forEach((model, index) => checkName('models', index, model.name));
  problems.push(...contractProblems(config));
  problems.push(...connectionProblems(config));
  return problems;
}
