// A set of texts looked up by a range of a larger text (a CSV field in its chunk), so a lookup
// builds no string: the allowed values of a column, checked on every field. An open-addressing
// table of small integers rather than a Map: a 32-bit hash is no small integer to a Map, and
// its lookup cost more than the comparison.

export class TextSet {
  private readonly texts: string[];
  /** Index + 1 of a text in `texts`, at its hash (linear probing); 0: empty. A quarter full at most. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(texts: Iterable<string>) {
    this.texts = [...new Set(texts)];
    let size = 8;
    while (size < this.texts.length * 4) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.texts.forEach((text, index) => {
      let slot = hashRange(text, 0, text.length) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = index + 1;
    });
  }

  /** Whether text[start, end) is one of the set's texts. */
  hasRange(text: string, start: number, end: number): boolean {
    const { slots, mask } = this;
    const length = end - start;
    let slot = hashRange(text, start, end) & mask;
    for (let entry = slots[slot]; entry !== 0; entry = slots[slot]) {
      const candidate = this.texts[entry - 1];
      if (candidate.length === length) {
        let i = 0;
        while (i < length && candidate.charCodeAt(i) === text.charCodeAt(start + i)) i++;
        if (i === length) return true;
      }
      slot = (slot + 1) & mask;
    }
    return false;
  }
}

/** FNV-1a over the UTF-16 code units of text[start, end), as a signed 32-bit integer. */
function hashRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}
