import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { KIND_INTEGER, KIND_NUMBER, cellNumber, cellTime, classifyText, parsedValue, textType } from '../../src/profile/values.js';
import type { ColumnType } from '../../src/profile/types.js';

// The regular-expression definitions the hand-written classifier replaced: the spec it must match.
const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

function referenceType(text: string): ColumnType {
  if (INTEGER.test(text)) return 'integer';
  if (NUMBER.test(text)) return 'number';
  if (['true', 'false', 'True', 'False', 'TRUE', 'FALSE'].includes(text)) return 'boolean';
  if (DATE.test(text) && !Number.isNaN(Date.parse(text))) return 'date';
  if (TIMESTAMP.test(text) && !Number.isNaN(Date.parse(text.replace(' ', 'T')))) return 'timestamp';
  return 'string';
}

function referenceTime(text: string): number | undefined {
  if (DATE.test(text)) return Date.parse(text + 'T00:00:00Z');
  const iso = text.replace(' ', 'T');
  return Date.parse(/(?:Z|[+-]\d{2}:?\d{2})$/.test(iso) ? iso : iso + 'Z');
}

const numberLike = fc.string({ unit: fc.constantFrom('0', '1', '5', '9', '.', 'e', 'E', '+', '-', 'x', ' '), maxLength: 12 });
const timeLike = fc.tuple(
  // Years from 1000: for smaller ones V8 falls back to its legacy parser (it reads "0001-01-00" as
  // a date in 2000), which is no standard worth copying.
  fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }),
  fc.constantFrom('', 'T', ' ', 'x'), fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 60 }),
  fc.constantFrom('', ':07', ':59.5', ':00.123456', ':60'), fc.constantFrom('', 'Z', '+05:30', '-0800', '+05', 'z'),
).map(([y, mo, d, sep, h, mi, s, zone]) => {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const date = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  return sep === '' ? date : `${date}${sep}${pad(h)}:${pad(mi)}${s}${zone}`;
});

describe('value classification', () => {
  it('types number-like text exactly as the reference regular expressions', () => {
    fc.assert(fc.property(numberLike, (text) => {
      expect(textType(text)).toBe(referenceType(text));
      if (NUMBER.test(text)) expect(cellNumber(text)).toBe(Number(text));
      else expect(cellNumber(text)).toBeUndefined();
    }), { numRuns: 3000, seed: 5 });
  });

  it('parses decimals exactly as Number() does, fast path included', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 17 }), (value, digits) => {
      const text = value.toFixed(Math.min(digits, 100));
      if (NUMBER.test(text)) expect(cellNumber(text)).toBe(Number(text));
    }), { numRuns: 3000, seed: 6 });
  });

  it('parses 16- and 17-digit decimals (shortest float text) exactly as Number() does', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), (value) => {
      const text = String(value);
      if (NUMBER.test(text)) expect(cellNumber(text)).toBe(Number(text));
    }), { numRuns: 5000, seed: 8 });
    for (const text of ['0.9007199254740991', '0.9007199254740993', '9007199254740991.0', '9007199254740993.0', '0.3070015134289861', '-0.0000000000000000000001']) {
      expect([text, cellNumber(text)]).toEqual([text, Number(text)]);
    }
  });

  it('types and times dates and timestamps as Date.parse does (no zone means UTC)', () => {
    fc.assert(fc.property(timeLike, (text) => {
      const type = referenceType(text);
      expect(textType(text)).toBe(type);
      if (type === 'date' || type === 'timestamp') expect(cellTime(text)).toBe(referenceTime(text));
    }), { numRuns: 3000, seed: 7 });
  });

  it('reads years before 1000 literally', () => {
    expect(cellTime('0099-03-01')).toBe(new Date('0099-03-01T00:00:00Z').getTime());
    expect(cellTime('0099-03-01 24:00')).toBe(new Date('0099-03-02T00:00:00Z').getTime());
    expect(textType('0001-01-00')).toBe('string');
  });

  it('computes calendar days as Date does: leap years, century rules, a 31st that rolls over', () => {
    for (let year = 0; year <= 2400; year += 3) {
      for (const [month, day] of [[1, 1], [2, 28], [2, 29], [3, 1], [4, 31], [12, 31]]) {
        const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const reference = new Date(0);
        reference.setUTCFullYear(year, month - 1, day);
        expect([text, cellTime(text)]).toEqual([text, reference.getTime()]);
      }
    }
    expect(cellTime('2000-02-29T12:00Z')).toBe(Date.parse('2000-02-29T12:00Z'));
    expect(cellTime('1900-02-29')).toBe(Date.parse('1900-03-01'));
  });

  it('reads booleans in three casings only', () => {
    expect(['true', 'False', 'TRUE', 'tRue', 'yes', '1'].map(textType)).toEqual(['boolean', 'boolean', 'boolean', 'string', 'string', 'integer']);
  });
});

describe('canonical numbers', () => {
  // The profiler counts a numeric text by value when `canonical` says String(value) gives the
  // text back; a wrong "yes" would list a category under a different text.
  const cases: [string, boolean][] = [
    ['0', true], ['5', true], ['-5', true], ['123456789012345', true], ['1234567890123456', false],
    ['+5', false], ['007', false], ['-0', false], ['0.5', true], ['-0.5', true], ['50.86', true],
    ['50.80', false], ['.5', false], ['05.5', false], ['1e5', false], ['1.5e3', false],
    ['0.000001', true], ['0.0000001', false], ['0.3070015134289861', false], ['12345.6789012345', true],
    ['1.', false], ['-0.0', false],
  ];
  it.each(cases)('%s canonical: %s', (text, expected) => {
    const kind = classifyText(text);
    expect([KIND_INTEGER, KIND_NUMBER]).toContain(kind);
    expect(parsedValue.canonical).toBe(expected);
    if (expected) expect(String(parsedValue.value)).toBe(text);
  });

  it('is never wrong on generated decimals', () => {
    fc.assert(fc.property(
      fc.boolean(), fc.nat({ max: 10 }), fc.stringMatching(/^[0-9]{1,9}$/), fc.stringMatching(/^[0-9]{0,9}$/),
      (negative, zeros, whole, fraction) => {
        const text = `${negative ? '-' : ''}${'0'.repeat(zeros % 2)}${whole}${fraction ? `.${'0'.repeat(zeros)}${fraction}` : ''}`;
        classifyText(text);
        if (parsedValue.canonical) expect(String(parsedValue.value)).toBe(text);
        else if (/^-?(0|[1-9][0-9]{0,14})$/.test(text) && text !== '-0') throw new Error(`${text} should be canonical`);
      },
    ), { numRuns: 3000 });
  });
});
