import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mergeSorted } from '../../src/profile/mergeSorted.js';
import { sortFloat64 } from '../../src/profile/sortFloat64.js';

/** The doubles' bits, so −0 and +0 differ. */
const bits = (values: Float64Array): number[] => Array.from(new Uint32Array(values.buffer, values.byteOffset, 2 * values.length));

function sorted(values: Float64Array): Float64Array {
  const copy = values.slice();
  sortFloat64(copy);
  return copy;
}

const awkward = [0, -0, 1, -1, 0.5, -0.5, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, Infinity, -Infinity, 1e-300, -1e300];

describe('sortFloat64', () => {
  it('orders every double as Float64Array.prototype.sort does, −0 before +0, at radix sizes', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(...awkward), fc.integer({ min: -100, max: 100 })), { minLength: 2048, maxLength: 6000 }), (items) => {
        const values = Float64Array.from(items);
        expect(bits(sorted(values))).toEqual(bits(values.slice().sort()));
      }),
      { numRuns: 25 },
    );
  });

  it('sorts values that all share their sign and exponent, negative ones included', () => {
    for (const sign of [1, -1]) {
      const values = Float64Array.from({ length: 5000 }, (_, i) => sign * (1 + ((i * 7919) % 5000) / 5000));
      expect(bits(sorted(values))).toEqual(bits(values.slice().sort()));
    }
  });

  it('leaves values already in order as they are, and puts a −0 after a +0 in front of it', () => {
    const ids = Float64Array.from({ length: 10_000 }, (_, i) => i + 1);
    expect(bits(sorted(ids))).toEqual(bits(ids));
    const zeros = Float64Array.from({ length: 4096 }, (_, i) => (i < 2000 ? -1 : i === 2000 ? 0 : i === 2001 ? -0 : i));
    expect(bits(sorted(zeros))).toEqual(bits(zeros.slice().sort()));
  });

  it('sorts small arrays with the typed array sort', () => {
    expect(Array.from(sorted(Float64Array.from([3, -0, 0, -2, 1])))).toEqual([-2, -0, 0, 1, 3]);
  });
});

describe('mergeSorted', () => {
  it('merges two sorted runs, the first run first among equal values', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...awkward, 2, 3)), fc.array(fc.constantFrom(...awkward, 2, 3)), (left, right) => {
        const a = Float64Array.from(left).sort();
        const b = Float64Array.from(right).sort();
        // The reference: a stable sort of a's values then b's, comparing by value only.
        const expected = [...Array.from(a, (value, i) => ({ value, at: i })), ...Array.from(b, (value, i) => ({ value, at: a.length + i }))]
          .sort((x, y) => x.value - y.value || x.at - y.at)
          .map((item) => item.value);
        expect(bits(mergeSorted(a, b))).toEqual(bits(Float64Array.from(expected)));
      }),
    );
  });

  it('merges into the buffer of the first run when it has room, with the same result, and into new memory when it has not', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...awkward, 2, 3)), fc.array(fc.constantFrom(...awkward, 2, 3)), fc.nat(3), (left, right, spare) => {
        const a = Float64Array.from(left).sort();
        const b = Float64Array.from(right).sort();
        const expected = bits(mergeSorted(a, b));
        // a one value into a buffer with room for both runs and `spare` - 1 values more: one short at 0.
        const room = Math.max(a.length, a.length + b.length + spare - 1);
        const buffer = new Float64Array(1 + room).fill(7);
        const inBuffer = buffer.subarray(1, 1 + a.length);
        inBuffer.set(a);
        const merged = mergeSorted(inBuffer, b, true);
        expect(bits(merged)).toEqual(expected);
        expect(merged.buffer === buffer.buffer).toBe(room >= a.length + b.length);
        // Nothing before a's start is written.
        expect(buffer[0]).toBe(7);
      }),
    );
  });

  it('joins runs that do not overlap in either order', () => {
    const low = Float64Array.from([1, 2, 3]);
    const high = Float64Array.from([3, 4, 5]);
    expect(Array.from(mergeSorted(low, high))).toEqual([1, 2, 3, 3, 4, 5]);
    expect(Array.from(mergeSorted(high, low))).toEqual([1, 2, 3, 3, 4, 5]);
    expect(Array.from(mergeSorted(new Float64Array(0), low))).toEqual([1, 2, 3]);
    for (const [first, second] of [[low, high], [high, low]]) {
      const room = new Float64Array(8);
      room.set(first);
      expect(Array.from(mergeSorted(room.subarray(0, 3), second, true))).toEqual([1, 2, 3, 3, 4, 5]);
    }
  });
});
