import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { md5Words } from '../../src/warehouse/md5.js';

const hex = (text: string) => {
  const out = new Uint32Array(4);
  md5Words(text, out);
  return [...out].map((word) => word.toString(16).padStart(8, '0')).join('');
};

describe('md5Words', () => {
  it('equals node:crypto\'s md5 over UTF-8 for texts of every block length, non-ASCII included', () => {
    const texts = ['', 'a', 'abc', 'héllo 😀 | x:y', 'ü'.repeat(40), '\u0000\u007f\u0080\uffff'];
    for (let n = 50; n <= 140; n++) texts.push('x'.repeat(n), 'é'.repeat(n));
    texts.push('i1|s3:abc#n1.5000000000000000e+00'.repeat(100));
    for (const text of texts) expect(hex(text)).toBe(createHash('md5').update(text, 'utf8').digest('hex'));
  });
});
