// HyperLogLog distinct counting (Flajolet et al. 2007) with 2^12 registers: standard error
// 1.04/√4096 ≈ 1.6%, and linear counting for small cardinalities. Used only once a column has
// more distinct values than the exact budget; merging is a register-wise max.

import { hashText } from './random.js';

export const HLL_PRECISION = 12;
const REGISTERS = 1 << HLL_PRECISION;
const ALPHA = 0.7213 / (1 + 1.079 / REGISTERS);

/** The register of a 32-bit hash: its top bits. */
export function registerOf(hash: number): number {
  return hash >>> (32 - HLL_PRECISION);
}

/** The rank of a 32-bit hash: the leading zeros of its remaining 20 bits, plus one. */
export function rankOf(hash: number): number {
  return Math.clz32((hash << HLL_PRECISION) | (1 << (HLL_PRECISION - 1))) + 1;
}

export class HyperLogLog {
  readonly registers: Uint8Array;

  constructor(registers?: Uint8Array) {
    this.registers = registers ?? new Uint8Array(REGISTERS);
  }

  add(text: string): void {
    this.addHash(hashText(text));
  }

  addHash(hash: number): void {
    this.raise(registerOf(hash), rankOf(hash));
  }

  /**
   * `addHash` from the hash's register and rank, both small integers: a hot caller passes these
   * rather than the hash, which V8 passes to a call it did not inline as a new heap number
   * (any hash of 2^30 or more, most of them).
   */
  raise(register: number, rank: number): void {
    if (rank > this.registers[register]) this.registers[register] = rank;
  }

  merge(other: HyperLogLog): void {
    const mine = this.registers;
    const theirs = other.registers;
    for (let i = 0; i < REGISTERS; i++) if (theirs[i] > mine[i]) mine[i] = theirs[i];
  }

  estimate(): number {
    let sum = 0;
    let zeros = 0;
    for (let i = 0; i < REGISTERS; i++) {
      const r = this.registers[i];
      sum += 2 ** -r;
      if (r === 0) zeros++;
    }
    const raw = (ALPHA * REGISTERS * REGISTERS) / sum;
    if (raw <= 2.5 * REGISTERS && zeros > 0) return Math.round(REGISTERS * Math.log(REGISTERS / zeros));
    return Math.round(raw);
  }

  toBase64(): string {
    return Buffer.from(this.registers).toString('base64');
  }

  static fromBase64(text: string): HyperLogLog {
    const bytes = Buffer.from(text, 'base64');
    if (bytes.length !== REGISTERS) throw new Error(`HyperLogLog state has ${bytes.length} registers, expected ${REGISTERS}`);
    return new HyperLogLog(new Uint8Array(bytes));
  }
}
