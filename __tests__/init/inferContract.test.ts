import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { inferContract } from '../../src/init/index.js';
import { nullFractionLimit, rowFloor, widenRange } from '../../src/init/margins.js';
import { configSchema } from '../../src/config/schema.js';
import { contractProblems } from '../../src/contract/validateConfig.js';
import type { Profile } from '../../src/profile/types.js';

const users = JSON.parse(readFileSync(new URL('../fixtures/contract/users.profile.json', import.meta.url), 'utf8')) as Profile;

function infer(profile: Profile, name = 'users') {
  const text = inferContract(profile, { name, current: 'data/users.csv' });
  const config = configSchema.parse(YAML.parse(text));
  return { text, config, dataset: config.datasets[0] };
}

describe('margins', () => {
  it('widens a range by a tenth of its span, rounded outward', () => {
    expect(widenRange(18, 91, true)).toEqual({ min: 10, max: 99 });
    expect(widenRange(0.125, 0.975, false)).toEqual({ min: 0.04, max: 1.06 });
    expect(widenRange(-30, 45, true)).toEqual({ min: -38, max: 53 });
    expect(widenRange(1.5, 2.25, false)).toEqual({ min: 1.42, max: 2.33 });
    expect(widenRange(7, 7, true)).toEqual({ min: 6, max: 8 });
  });

  it('keeps never-negative ranges non-negative', () => {
    expect(widenRange(0, 99, true)).toEqual({ min: 0, max: 109 });
  });

  it('allows half again the observed null fraction plus a point', () => {
    expect([0.002, 0.01, 0.2, 0.7].map(nullFractionLimit)).toEqual([0.013, 0.025, 0.31, 1]);
    expect(rowFloor(1000)).toBe(500);
    expect(rowFloor(1)).toBe(1);
  });
});

describe('inferContract', () => {
  it('writes a config the schema and the contract validation accept', () => {
    const { config } = infer(users);
    expect(contractProblems(config)).toEqual([]);
    expect(config.datasets).toHaveLength(1);
  });

  it('infers types, nullability, ranges, categories and unique keys', () => {
    const { dataset } = infer(users);
    expect(dataset).toMatchObject({ name: 'users', current: 'data/users.csv', rows: { min: 500 }, drift: { method: 'robust', share: 0.5 } });
    expect(dataset.schema!.allow_extra_columns).toBe(true);
    expect(dataset.schema!.columns).toEqual({
      user_id: { type: 'integer', nullable: false, unique: true },
      age: { type: 'integer', max_null_fraction: 0.013, min: 10, max: 99 },
      score: { type: 'number', nullable: false, min: 0, max: 1 },
      country: { type: 'string', nullable: false, allowed: ['US', 'DE', 'yes'] },
      email: { type: 'string', nullable: false },
      plan: { type: 'string', max_null_fraction: 0.025 },
      active: { type: 'boolean', nullable: false },
      signup_at: { type: 'timestamp', nullable: false },
      legacy: {},
    });
    expect(dataset.freshness).toBeUndefined();
  });

  it('comments every column and suggests, commented out, a baseline, max_change and freshness', () => {
    const { text } = infer(users);
    expect(text).toContain([
      '        # integer · 998 values, 2 nulls (0.2%) · 18 to 91 · 57 distinct',
      '        age:',
      '          type: integer             # every value is an integer',
      '          max_null_fraction: 0.013  # 0.2% null now; allows half again plus a point',
      '          min: 10                   # the lowest seen (18) less a tenth of the range, rounded',
      '          max: 99                   # the highest seen (91) plus a tenth of the range, rounded: open-ended',
      '',
    ].join('\n'));
    expect(text).toContain('        # string · 1000 values · all distinct, but neither its name nor its values say key: add unique: true if it is one\n        email:\n');
    expect(text).toContain('    # baseline: { git: base }\n');
    expect(text).toContain('      # max_change: 0.5');
    expect(text).toContain('    # freshness: { column: signup_at, max_age: 2d }\n');
    expect(text).toContain('# (1000 rows, 9 columns)');
    // YAML 1.1 tools would read a bare yes as true.
    expect(text).toContain('allowed: [ US, DE, "yes" ]');
    expect(text).toContain('unique: true     # all 1000 values distinct, and the name says it is a key\n');
  });

  it('gives a freshness suggestion that parses once uncommented', () => {
    const { text } = infer(users);
    const uncommented = text.replace('    # freshness: {', '    freshness: {');
    const dataset = configSchema.parse(YAML.parse(uncommented)).datasets[0];
    expect(dataset.freshness).toEqual({ column: 'signup_at', max_age: '2d' });
  });

  it('leaves out categories with a value seen once, or more than twenty values', () => {
    const many: Profile = {
      version: 1, rows: 42,
      columns: [{ name: 'c', type: 'string', count: 42, nulls: 0, distinct: 21, top: Array.from({ length: 21 }, (_, i) => ({ value: `v${i}`, count: i === 0 ? 22 : 1 })) }],
    };
    expect(infer(many).dataset.schema!.columns.c).toEqual({ type: 'string', nullable: false });
  });

  it('round-trips column names and values that YAML treats specially', () => {
    const names = ['first name', 'a: b', '#hash', '- dash', 'true', '123', 'null', 'quote"s', "it's", '{brace}', '[x]', '*star', '&anchor', 'tab\there', 'line\nbreak', '', ' padded ', 'ünïcode'];
    const profile: Profile = {
      version: 1, rows: 4,
      columns: names.map((name) => ({ name, type: 'string', count: 4, nulls: 0, distinct: 2, top: [{ value: name, count: 2 }, { value: 'no', count: 2 }] })),
    };
    const { dataset, text } = infer(profile, 'my: data #1');
    expect(dataset.name).toBe('my: data #1');
    // JavaScript lists integer-like keys first, so compare as sets; the YAML keeps profile order.
    expect(Object.keys(dataset.schema!.columns).sort()).toEqual([...names].sort());
    for (const name of names) expect(dataset.schema!.columns[name].allowed).toEqual(name < 'no' ? [name, 'no'] : ['no', name]);
    expect(text.split('\n').filter((line) => line.trimStart().startsWith('#')).every((line) => !line.includes('\n'))).toBe(true);
  });

  it('handles an empty snapshot', () => {
    const { dataset } = infer({ version: 1, rows: 0, columns: [] });
    expect(dataset.rows).toBeUndefined();
    expect(dataset.schema!.columns).toEqual({});
  });
});
