import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluateGate, gates } from '../../src/gates/index.js';

const src = path.resolve('src');

/** Every module a TypeScript file imports (static, dynamic and type imports), as paths relative to src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((match) => match[1]);
  return specifiers.filter((specifier) => specifier.startsWith('.')).map((specifier) => path.relative(src, path.resolve(path.dirname(file), specifier)));
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('the gates table', () => {
  it('names each gate by the kind its results carry', () => {
    for (const [kind, gate] of Object.entries(gates)) expect(gate.kind).toBe(kind);
  });

  it('dispatches a gate by kind', () => {
    expect(evaluateGate('rows', { min: 10 }, { dataset: 'train', current: 5, baseline: null })).toEqual([{
      kind: 'rows', dataset: 'train', severity: 'error', id: 'train.rows.min', status: 'fail', message: '5 rows < min 10', observed: 5, expected: 10,
    }]);
  });

  it('is what the run evaluates summary gates through: no run module imports a summary gate file itself', () => {
    const gateFiles = new Set(['schema', 'drift', 'rows', 'freshness', 'diff', 'latency'].map((name) => path.join('gates', `${name}.js`)));
    const offenders = sources(path.join(src, 'run')).flatMap((file) => importsOf(file).filter((target) => gateFiles.has(target)).map((target) => `${path.relative(src, file)} → ${target}`));
    expect(offenders).toEqual([]);
  });
});

describe('layers', () => {
  it('keeps src/contract from importing src/gates (the gates build on the contract, not back)', () => {
    const offenders = sources(path.join(src, 'contract')).flatMap((file) => importsOf(file).filter((target) => target.startsWith(`gates${path.sep}`)).map((target) => `${path.relative(src, file)} → ${target}`));
    expect(offenders).toEqual([]);
  });
});
