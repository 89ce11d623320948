import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sampleCsv, sniffDelimiter } from '../../src/readers/sniff.js';
import { readAll } from './helpers.js';

// Files as spreadsheets and European tools export them (see their first lines).
const fixture = (name: string): string => path.resolve('__tests__/fixtures/realfiles', name);

function file(text: string, name = 'data.csv'): string {
  const target = path.join(mkdtempSync(path.join(tmpdir(), 'datagate-sniff-')), name);
  writeFileSync(target, text);
  return target;
}

describe('delimiter sniffing', () => {
  it.each([
    ['european.csv', ';', 7],
    ['us_amounts.csv', ',', 5],
    ['pipes.txt', '|', 4],
    ['tabs_comma.csv', '\t', 3],
  ])('reads %s as separated by %j into %i columns', async (name, delimiter, width) => {
    const sample = await sampleCsv(fixture(name), undefined, ',');
    expect(sample.delimiter).toBe(delimiter);
    expect(sample.detected).toBe(true);
    expect(sample.header).toHaveLength(width);
  });

  it('splits the European example of issue 16 into its 4 columns', async () => {
    const { rows, issues } = await readAll([file('id;Preis;Menge;Datum\n1;1.234,56;3;01.02.2023\n')]);
    expect(rows).toEqual([{ id: '1', Preis: '1.234,56', Menge: '3', Datum: '01.02.2023' }]);
    expect(issues).toEqual([]);
  });

  it('respects quotes: a delimiter inside a quoted field does not count', () => {
    // Every line has two commas, but inside quotes; the semicolons split it consistently.
    const text = 'a;b;c\n"1,5";"x,y";3\n"2,5";"z,w";4\n';
    expect(sniffDelimiter('q.csv', text, ',')).toBe(';');
  });

  it('prefers the delimiter whose records agree with the header on their field count', () => {
    // Commas give 2 fields in the header but 3 or 4 below; semicolons give 2 everywhere.
    const text = 'name;note\nA;one, two\nB;three, four, five\nC;six\n';
    expect(sniffDelimiter('n.csv', text, ',')).toBe(';');
  });

  it('falls back to the format\'s delimiter for a one-column file', async () => {
    const sample = await sampleCsv(file('value\n1\n2\n'), undefined, ',');
    expect([sample.delimiter, sample.header]).toEqual([',', ['value']]);
  });

  it('uses a given delimiter as it is, without sniffing', async () => {
    const sample = await sampleCsv(fixture('european.csv'), ',', ',');
    expect([sample.delimiter, sample.detected, sample.header]).toEqual([',', false, ['id;Preis;Menge;Datum;Rabatt;Aktiv;Notiz']]);
  });

  it('reads a .tsv file with tabs whatever its first lines hold', async () => {
    const { rows } = await readAll([file('a;b\tc\n1;2\t3\n', 'data.tsv')]);
    expect(rows).toEqual([{ 'a;b': '1;2', c: '3' }]);
  });

  it('judges a sample cut inside an unclosed quote on the records before it', () => {
    expect(sniffDelimiter('u.csv', 'a|b\n1|2\n3|"open\n', ',')).toBe('|');
  });
});
