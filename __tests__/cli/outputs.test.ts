import { describe, it, expect } from '@jest/globals';
import { useColor } from '../../src/checkOutputs.js';

describe('useColor', () => {
  it('colours only a TTY, and never when NO_COLOR is set', () => {
    expect(useColor({ isTTY: true }, {})).toBe(true);
    expect(useColor({ isTTY: false }, {})).toBe(false);
    expect(useColor({}, {})).toBe(false);
    expect(useColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    // https://no-color.org: an empty NO_COLOR does not count as set.
    expect(useColor({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
  });
});
