import { describe, expect, it } from '@jest/globals';
import { classifyFormatted, detectFormats, formattedCell } from '../../src/profile/formats.js';
import type { NumberFormat, ValueFormat } from '../../src/profile/formats.js';
import { KIND_BOOLEAN, KIND_INTEGER, KIND_NUMBER, KIND_STRING, parsedValue } from '../../src/profile/values.js';

function read(text: string, format: ValueFormat): [number, number | undefined] {
  const kind = classifyFormatted(text, 0, text.length, format);
  return [kind, kind === KIND_STRING ? undefined : parsedValue.value];
}

const GERMAN: NumberFormat = { decimal: ',', thousands: '.' };
const US: NumberFormat = { decimal: '.', thousands: ',' };
const FRENCH: NumberFormat = { decimal: ',', thousands: ' ' };

describe('numbers in a format of their own', () => {
  it.each([
    ['1.234,56', GERMAN, KIND_NUMBER, 1234.56],
    ['1.000.000,00', GERMAN, KIND_NUMBER, 1000000],
    ['-12,5', GERMAN, KIND_NUMBER, -12.5],
    ['1.234', GERMAN, KIND_INTEGER, 1234],
    ['1234,5', GERMAN, KIND_NUMBER, 1234.5],
    ['1,234.56', US, KIND_NUMBER, 1234.56],
    ['12,345,678.90', US, KIND_NUMBER, 12345678.9],
    ['1 234,56', FRENCH, KIND_NUMBER, 1234.56],
    ['1\u00a0234,56', FRENCH, KIND_NUMBER, 1234.56],
    ['12%', { decimal: '.', percent: true }, KIND_INTEGER, 12],
    ['7.25%', { decimal: '.', percent: true }, KIND_NUMBER, 7.25],
    ['12,5 %', { decimal: ',', percent: true }, KIND_NUMBER, 12.5],
  ] as [string, NumberFormat, number, number][])('reads %s under %j', (text, format, kind, value) => {
    expect(read(text, format)).toEqual([kind, value]);
  });

  it.each([
    ['1.23,4', GERMAN], ['12.34,5', GERMAN], ['1..234', GERMAN], ['.5', GERMAN], ['1,', GERMAN], ['1.234.5', GERMAN],
    ['1,23', US], ['1,2345.6', US], ['12', { decimal: '.', percent: true }], ['12%%', { decimal: '.', percent: true }],
    ['01.02.2023', GERMAN], ['abc', GERMAN], ['', GERMAN], ['-', GERMAN],
  ] as [string, NumberFormat][])('does not read %j under %j', (text, format) => {
    expect(read(text, format)).toEqual([KIND_STRING, undefined]);
  });
});

describe('booleans written as Y/N, yes/no, T/F', () => {
  it('reads any casing of the pair and nothing else', () => {
    const format = { true: ['Y'], false: ['N'] };
    expect(['Y', 'y', 'N', 'n', 'yes', 'true', 'J'].map((text) => read(text, format))).toEqual([
      [KIND_BOOLEAN, 1], [KIND_BOOLEAN, 1], [KIND_BOOLEAN, 0], [KIND_BOOLEAN, 0], [KIND_STRING, undefined], [KIND_STRING, undefined], [KIND_STRING, undefined],
    ]);
  });

  it('gives the contract checks typed cells, others as they are', () => {
    expect(['yes', 'No', 'maybe', null].map((cell) => formattedCell(cell, { true: ['yes'], false: ['no'] }))).toEqual([true, false, 'maybe', null]);
    expect(['1.234,5', '12', 'x'].map((cell) => formattedCell(cell, GERMAN))).toEqual([1234.5, 12, 'x']);
  });
});

describe('detecting a column\'s format from its first values', () => {
  const detect = (columns: Record<string, string[]>, delimiter = ',', decimal?: '.' | ',') =>
    Object.fromEntries(detectFormats(Object.keys(columns), Object.values(columns), { delimiter, decimal }));

  it('leaves plain columns alone: integers, decimals with a point, dates, words', () => {
    expect(detect({ id: ['1', '2'], price: ['1.5', '2.25'], day: ['2024-01-01'], name: ['Ann', 'Bob'], flag: ['true', 'false'] })).toEqual({});
  });

  it('decides `1,234` by the column\'s other values: thousands beside 12,345,678, a decimal comma beside 5,5', () => {
    expect(detect({ thousands: ['1,234', '12,345,678', '999'], decimal: ['1,234', '5,5'] })).toEqual({
      thousands: { decimal: '.', thousands: ',' },
      decimal: { decimal: ',' },
    });
  });

  it('reads a column of only `1,234`-like values with the decimal mark the file\'s other columns use', () => {
    expect(detect({ amount: ['1,234', '2,500'], price: ['1.234,56', '0,99'] })).toEqual({
      amount: { decimal: ',' }, price: { decimal: ',', thousands: '.' },
    });
    expect(detect({ amount: ['1,234', '2,500'], price: ['1,234.56'] })).toEqual({
      amount: { decimal: '.', thousands: ',' }, price: { decimal: '.', thousands: ',' },
    });
  });

  it('falls back on the delimiter when nothing else tells: `;` files write decimal commas', () => {
    expect(detect({ amount: ['1,234', '2,500'] }, ';')).toEqual({ amount: { decimal: ',' } });
    expect(detect({ amount: ['1,234', '2,500'] }, '\t')).toEqual({ amount: { decimal: '.', thousands: ',' } });
  });

  it('with `decimal: ","` reads `1.234` as thousands and `1,234` as a decimal comma', () => {
    expect(detect({ a: ['1.234', '5.000'], b: ['1,234', '2,500'], c: ['1.5', '2.25'], id: ['1', '2'] }, ',', ',')).toEqual({
      a: { decimal: ',', thousands: '.' }, b: { decimal: ',' },
    });
  });

  it('finds percentages, with either decimal mark', () => {
    expect(detect({ share: ['12%', '7.25%', '100%'], rabatt: ['5%', '12,5%'] })).toEqual({
      share: { decimal: '.', percent: true }, rabatt: { decimal: ',', percent: true },
    });
  });

  it('gives no format to a column where one value reads under none', () => {
    expect(detect({ mixed: ['1.234,56', 'n/a'], half: ['12%', '0.5'] })).toEqual({});
  });

  it('types Y/N, yes/no and T/F columns when both words are seen, listing the tokens', () => {
    expect(detect({ a: ['Y', 'N', 'y'], b: ['yes', 'no'], c: ['T', 'F'], onlyNo: ['N', 'N'], gender: ['F', 'M'] })).toEqual({
      a: { true: ['Y', 'y'], false: ['N'] }, b: { true: ['yes'], false: ['no'] }, c: { true: ['T'], false: ['F'] },
    });
  });

  it('keeps 0/1 columns integer, so their profiles and drift stay those of numbers', () => {
    expect(detect({ flag: ['0', '1', '1'] })).toEqual({});
  });
});
