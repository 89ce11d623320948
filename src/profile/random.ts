// Deterministic bits for the sketches: a 32-bit mix of a counter, so a profile is the same on
// every run and the coin flips need no stored generator state.

/** murmur3's 32-bit finaliser: a well-spread 32-bit value for a 32-bit input. */
export function mix32(input: number): number {
  let h = input | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units, finished with `mix32`: the hash behind distinct counts. */
export function hashText(text: string): number {
  return hashRange(text, 0, text.length);
}

/**
 * `hashText` of text[start, end), without making that string. Two code units per step, FNV-1a
 * over 32-bit words: half the multiplications, and `mix32` spreads the high half's bits down.
 */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  let i = start;
  for (; i + 1 < end; i += 2) h = Math.imul(h ^ (text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16)), 0x01000193);
  if (i < end) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix32(h);
}

const bits = new Float64Array(1);
const words = new Int32Array(bits.buffer);

/** A 32-bit hash of a double's bits: the hash of a typed number, with no text made for it. */
export function hashNumber(value: number): number {
  // -0 and 0 are one value (their text is "0").
  bits[0] = value === 0 ? 0 : value;
  return mix32(words[0] ^ mix32(words[1] ^ 0x27d4eb2f));
}
