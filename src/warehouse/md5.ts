// MD5 of a short text's UTF-8 bytes, in JavaScript: the file side of the checksum diff hashes two
// texts per row, and node:crypto's per-call overhead is most of the cost for texts this short
// (1M rows: 4.4 s with createHash against about 1 s here on the loaded bench machine). Not for
// security: the engines' md5() is what the checksums must equal.

const K = new Int32Array(64);
for (let i = 0; i < 64; i++) K[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0;
const S = Uint8Array.from([7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
  4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21]);
const G = new Uint8Array(64);
for (let i = 0; i < 64; i++) G[i] = i < 16 ? i : i < 32 ? (5 * i + 1) % 16 : i < 48 ? (3 * i + 5) % 16 : (7 * i) % 16;

const encoder = new TextEncoder();
let bytes = new Uint8Array(1024);
const words = new Int32Array(16);

function swap(word: number): number {
  return (((word & 0xff) << 24) | ((word & 0xff00) << 8) | ((word >>> 8) & 0xff00) | (word >>> 24)) >>> 0;
}

/**
 * The md5 digest of `text` (UTF-8) as four unsigned words, each read big-endian from the digest
 * bytes (so `out[0].toString(16)` is the hex digest's first 8 digits), written into `out`.
 */
export function md5Words(text: string, out: Uint32Array): void {
  let length = text.length;
  if (bytes.length < length * 3 + 72) bytes = new Uint8Array(length * 3 + 72);
  let ascii = true;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code > 127) {
      ascii = false;
      break;
    }
    bytes[i] = code;
  }
  if (!ascii) length = encoder.encodeInto(text, bytes).written;
  const blocks = ((length + 8) >>> 6) + 1;
  const end = blocks * 64;
  bytes[length] = 0x80;
  bytes.fill(0, length + 1, end - 8);
  const bits = length * 8;
  bytes[end - 8] = bits & 0xff;
  bytes[end - 7] = (bits >>> 8) & 0xff;
  bytes[end - 6] = (bits >>> 16) & 0xff;
  bytes[end - 5] = (bits >>> 24) & 0xff;
  const high = Math.floor(bits / 2 ** 32);
  bytes[end - 4] = high & 0xff;
  bytes[end - 3] = (high >>> 8) & 0xff;
  bytes[end - 2] = (high >>> 16) & 0xff;
  bytes[end - 1] = (high >>> 24) & 0xff;
  let a0 = 0x67452301 | 0;
  let b0 = 0xefcdab89 | 0;
  let c0 = 0x98badcfe | 0;
  let d0 = 0x10325476 | 0;
  for (let block = 0; block < end; block += 64) {
    for (let w = 0; w < 16; w++) {
      const at = block + w * 4;
      words[w] = bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24);
    }
    let a = a0;
    let b = b0;
    let c = c0;
    let d = d0;
    for (let i = 0; i < 64; i++) {
      let f: number;
      if (i < 16) f = (b & c) | (~b & d);
      else if (i < 32) f = (d & b) | (~d & c);
      else if (i < 48) f = b ^ c ^ d;
      else f = c ^ (b | ~d);
      f = (f + a + K[i]! + words[G[i]!]!) | 0;
      a = d;
      d = c;
      c = b;
      const s = S[i]!;
      b = (b + ((f << s) | (f >>> (32 - s)))) | 0;
    }
    a0 = (a0 + a) | 0;
    b0 = (b0 + b) | 0;
    c0 = (c0 + c) | 0;
    d0 = (d0 + d) | 0;
  }
  out[0] = swap(a0);
  out[1] = swap(b0);
  out[2] = swap(c0);
  out[3] = swap(d0);
}
