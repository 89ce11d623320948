// An exact set of seen keys for uniqueness checks: the one place where memory grows with rows.
//
// Keys are kept exactly rather than as 64-bit hashes: a hash set would take ~8 bytes a key
// instead of the string, but with 10M keys a 53-bit hash collides with probability ~0.5%, and
// a collision here is a false "duplicate" failure on somebody's pull request. Canonical integers
// (`42`, not `042`) are stored as numbers, which costs far less than their text. V8 caps one Set
// at 2^24 entries, so the keys spread over several sets once one is full.

import { detach } from './detach.js';

const SHARD_LIMIT = 8_000_000;

export class UniqueSet {
  private readonly shards: Set<string | number>[] = [new Set()];
  private current = this.shards[0];

  constructor(private readonly shardLimit = SHARD_LIMIT) {}

  /** Adds a key; false when it was already there (a duplicate). */
  add(text: string): boolean {
    const key = canonicalInteger(text) ?? text;
    for (const shard of this.shards) if (shard.has(key)) return false;
    if (this.current.size >= this.shardLimit) {
      this.current = new Set();
      this.shards.push(this.current);
    }
    this.current.add(typeof key === 'string' ? detach(key) : key);
    return true;
  }

  get size(): number {
    return this.shards.reduce((sum, shard) => sum + shard.size, 0);
  }
}

/** The number a text spells when it is the canonical form of a safe integer (`42`, `-7`). */
function canonicalInteger(text: string): number | undefined {
  if (text.length === 0 || text.length > 16) return undefined;
  const first = text.charCodeAt(0);
  if (first !== 45 && (first < 48 || first > 57)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) && String(value) === text ? value : undefined;
}
