// YAML aliases in a config: reusing an anchor is fine however often; a config is refused by the
// size it expands to (an alias bomb), with the line of the first alias.
import { describe, it, expect } from '@jest/globals';
import { parseConfig } from '../../src/config/load.js';
import { patternProblem } from '../../src/contract/pattern.js';

function errorOf(run: () => unknown): Error | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error as Error;
  }
}

describe('YAML aliases', () => {
  it('reads one anchor reused for 500 columns', () => {
    const columns = Array.from({ length: 499 }, (_, i) => `      c${i + 1}: *column`).join('\n');
    const config = parseConfig(`datasets:\n  - name: wide\n    current: wide.csv\n    schema:\n      columns:\n        c0: &column { type: integer, min: 0 }\n${columns.replace(/^/gm, '  ')}\n`, 'wide.yml');
    const rules = config.datasets[0].schema?.columns ?? {};
    expect(Object.keys(rules)).toHaveLength(500);
    expect(rules.c499).toEqual({ type: 'integer', min: 0 });
  });

  it('refuses a config that expands past 1,000,000 values, naming the line of the first alias', () => {
    const levels = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level <= 6; level++) levels.push(`a${level}: &a${level} [${Array(10).fill(`*a${level - 1}`).join(', ')}]`);
    const error = errorOf(() => parseConfig(`${levels.join('\n')}\ndatasets: []\n`, 'bomb.yml'));
    expect(error?.message).toBe('bomb.yml:2: the config expands to more than 1,000,000 values through YAML aliases (an alias bomb?)');
  });
});

describe('contract patterns', () => {
  it('accepts patterns the linear-time engine can run, nested quantifiers included', () => {
    expect(patternProblem('^[^@]+@[^@]+$')).toBeUndefined();
    expect(patternProblem('^(a+)+$')).toBeUndefined();
  });

  it('refuses lookaround and backreferences, and says why', () => {
    for (const pattern of ['^(?=a)a+$', '(?<!x)y', '(a)\\1']) expect(patternProblem(pattern)).toMatch(/cannot run in linear time/);
    expect(patternProblem('(')).toMatch(/^invalid regular expression: /);
  });
});
