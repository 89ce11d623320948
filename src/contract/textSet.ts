// A set of texts looked up by a range of a larger text (a CSV field in its chunk), so a lookup
// builds no string: the allowed values of a column, checked on every field.

export class TextSet {
  private readonly byHash = new Map<number, string[]>();

  constructor(texts: Iterable<string>) {
    for (const text of new Set(texts)) {
      const hash = hashRange(text, 0, text.length);
      const bucket = this.byHash.get(hash);
      if (bucket) bucket.push(text);
      else this.byHash.set(hash, [text]);
    }
  }

  /** Whether text[start, end) is one of the set's texts. */
  hasRange(text: string, start: number, end: number): boolean {
    const bucket = this.byHash.get(hashRange(text, start, end));
    if (!bucket) return false;
    const length = end - start;
    for (const candidate of bucket) {
      if (candidate.length !== length) continue;
      let i = 0;
      while (i < length && candidate.charCodeAt(i) === text.charCodeAt(start + i)) i++;
      if (i === length) return true;
    }
    return false;
  }
}

/** FNV-1a over the UTF-16 code units of text[start, end). */
function hashRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
