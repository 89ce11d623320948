import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { exactDecimal } from '../../src/profile/decimal.js';

const mismatches: string[] = [];

/** Whether exactDecimal answered; a disagreement with Number() is collected in `mismatches`. */
function agrees(text: string): boolean {
  const value = exactDecimal(text, 0, text.length);
  if (Number.isNaN(value)) return false;
  if (!Object.is(value, Number(text))) mismatches.push(`${text}: ${value} vs ${Number(text)}`);
  return true;
}

describe('exactDecimal', () => {
  it('gives the double Number() gives for the floats that writers produce', () => {
    // Math.random(), sums of tenths, and values scaled by powers of ten, as repr/toString write them.
    let seed = 7;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    let answered = 0;
    const total = 100_000;
    for (let i = 0; i < total; i++) {
      const x = (next() + next() / 2 ** 21) * 10 ** Math.floor(next() * 8 - 3);
      const text = String(i % 2 === 0 ? x : -x);
      if (/e/.test(text)) continue;
      if (agrees(text)) answered++;
    }
    expect(mismatches).toEqual([]);
    // Nearly all of them are answered here, not by the fallback.
    expect(answered / total).toBeGreaterThan(0.8);
  });

  it('agrees on random digit strings of 16 to 19 significant digits', () => {
    fc.assert(fc.property(
      fc.stringMatching(/^[1-9][0-9]{15,18}$/), fc.nat({ max: 22 }), fc.boolean(),
      (digits, point, negative) => {
        const at = Math.max(0, digits.length - point);
        const text = `${negative ? '-' : ''}${digits.slice(0, at) || '0'}.${'0'.repeat(Math.max(0, point - digits.length))}${digits.slice(at)}`;
        agrees(text);
      },
    ), { numRuns: 20_000 });
    expect(mismatches).toEqual([]);
  });

  it('gets halfway and near-halfway cases right or declines them', () => {
    // 2^53 + 1 is halfway between two doubles (ties to even), and its neighbours.
    for (const text of ['9007199254740993', '9007199254740993.0', '9007199254740992.5', '9007199254740993.000001', '9007199254740994.9999',
      '0.30000000000000004', '0.1000000000000000055511151231257827', '1.7976931348623157', '2.2250738585072014', '4.9406564584124654',
      '123456789012345678.9', '0.0000012345678901234567', '1152921504606846976', '1152921504606846977', '9999999999999999999']) {
      const value = exactDecimal(text, 0, text.length);
      if (!Number.isNaN(value)) expect(value).toBe(Number(text));
    }
  });

  it('declines what it does not read: exponents, short or long mantissas, two points, other text', () => {
    for (const text of ['1e17', '12345', '0.5', '12345678901234567890123', '1.2.3', '12345678901234567x', '', '-', '.']) {
      expect(exactDecimal(text, 0, text.length)).toBeNaN();
    }
  });

  it('reads a range inside a longer text', () => {
    const text = 'x,0.30700151342898613,y';
    expect(exactDecimal(text, 2, 21)).toBe(0.30700151342898613);
  });
});
