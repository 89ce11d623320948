import { afterAll, describe, expect, it } from '@jest/globals';
import { dialectOf } from '../../src/warehouse/dialect.js';
import { PatternNotTranslatable, translatePattern } from '../../src/warehouse/regexSql.js';
import type { EngineName, SqlClient } from '../../src/warehouse/types.js';
import { duckdbMemory, freshPostgres, stopPostgres } from './engines.js';
import { parseAs } from './parse.js';

afterAll(stopPostgres);

/** Patterns whose meaning differs between JavaScript and some engine unless rewritten. */
const PATTERNS = [
  '^\\d+$', '\\w+$', '^\\s*$', 'a.b', '^.+$', '\\S', '[^a-z]', '[\\]\\\\-]', '\\.', '^[A-Z]\\w*$', 'x{2,3}', '{', 'a}',
  'a|^$', '(?:ab)+c', '\\$', '^end$', '[\\s\\d]', '\\u00e4', '\\x41', 'é', "'", '\\\\', '[.]', '^(a|b)*?c', '\\t', '\\D', '\\W',
  '^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$', '(?<word>[a-z]+)-\\d', '^$', '', '[$^]', '[a-]', '^\\+?[0-9 ()-]{7,}$', '\\n', '\\r$', '😀',
];

/** Values where engines and JavaScript disagree on `.`, `\s`, `\d`, `\w`, `$` and escapes. */
const VALUES = [
  'abc', 'a\nb', 'a\rb', 'line\r\n', 'tab\there', 'nbsp\u00a0x', '\u2028', 'emoji 😀', '123', '١٢٣', 'ÄÖü', 'ä', 'back\\slash',
  "quote'", '"dq"', '[]{}()', '$^', 'end', 'end\n', '', 'ß', 'x.y', 'xxx', 'ab', 'ababc', 'word-7', 'A', 'Abc_1', 'a@b.io',
  'a@b', '+49 (30) 123-45', '\u3000', 'Ab\u00e4', '{', 'a}', 'c', 'bbc',
];

async function engineVerdicts(client: SqlClient, engine: EngineName): Promise<boolean[][]> {
  const dialect = dialectOf(engine);
  const search = engine === 'duckdb' ? (v: string, p: string) => `regexp_matches(${v}, ${p})` : (v: string, p: string) => `(${v} ~ ${p})`;
  const cells = PATTERNS.flatMap((pattern, p) => VALUES.map((value, v) =>
    `${search(dialect.literal(value), dialect.literal(translatePattern(pattern, engine)))} AS ${dialect.quoteIdent(`c${p}_${v}`)}`));
  const [row] = await client.query(`SELECT ${cells.join(', ')}`);
  return PATTERNS.map((_, p) => VALUES.map((_, v) => row![`c${p}_${v}`] as boolean));
}

const javascript = PATTERNS.map((pattern) => VALUES.map((value) => new RegExp(pattern).test(value)));

describe('contract patterns rewritten for an engine', () => {
  it('DuckDB (RE2) finds a match exactly where RegExp#test does', async () => {
    const duck = await duckdbMemory();
    try {
      expect(await engineVerdicts(duck, 'duckdb')).toEqual(javascript);
    } finally { await duck.close(); }
  });

  it('PostgreSQL (~) finds a match exactly where RegExp#test does', async () => {
    const pg = await freshPostgres();
    if (!pg) return;
    try {
      expect(await engineVerdicts(pg.client, 'postgres')).toEqual(javascript);
    } finally { await pg.client.close(); }
  });

  it('writes `.`, `\\d`, `$` the way each dialect needs', () => {
    expect(translatePattern('^a.\\d$', 'postgres')).toBe('^a[^\\u000A\\u000D\\u2028\\u2029][0-9]$');
    expect(translatePattern('^a.\\d$', 'duckdb')).toBe('^a[^\\x{0A}\\x{0D}\\x{2028}\\x{2029}][0-9]$');
    expect(translatePattern('^a\\d$', 'databricks')).toBe('^a[0-9]\\z');
    expect(translatePattern('^a\\d$', 'trino')).toBe('^a[0-9]\\z');
    expect(translatePattern('(?:x|y)+?', 'bigquery')).toBe('(x|y)+');
  });

  it.each([
    ['\\bword\\b', 'word boundaries (\\b, \\B) differ between engines; use (^|[^A-Za-z0-9_]) and ([^A-Za-z0-9_]|$) instead'],
    ['a(?=b)', 'lookahead and lookbehind have no equivalent in every engine'],
    ['[\\D]', '\\D inside a character class has no portable SQL spelling'],
    ['😀+', 'a quantifier after a character outside the Basic Multilingual Plane repeats half of it in JavaScript; write the character in a group'],
    ['[😀]', 'a character outside the Basic Multilingual Plane in a character class matches half of it in JavaScript; use an alternation'],
    ['\\p{L}', 'the escape \\p has no portable SQL spelling'],
    ['a{256}', 'a repetition count above 255 is more than this engine\'s regular expressions allow'],
    ['[^]', '[^] (any character) has no portable SQL spelling; use (.|\\n)'],
  ])('refuses %s with a reason', (pattern, reason) => {
    expect(() => translatePattern(pattern, 'postgres')).toThrow(new PatternNotTranslatable(reason));
  });

  it('allows RE2 its higher repetition limit', () => {
    expect(translatePattern('a{256}', 'duckdb')).toBe('a{256}');
    expect(() => translatePattern('a{1001}', 'duckdb')).toThrow(PatternNotTranslatable);
  });

  it.each(['bigquery', 'snowflake', 'trino', 'databricks', 'redshift'] as const)('%s accepts every rewritten pattern as a string literal', (engine) => {
    const dialect = dialectOf(engine);
    for (const pattern of PATTERNS) {
      const sql = `SELECT ${dialect.quoteIdent('v')} FROM ${dialect.quoteIdent('t')} WHERE ${dialect.quoteIdent('v')} = ${dialect.literal(translatePattern(pattern, engine))}`;
      expect(() => parseAs(engine, sql)).not.toThrow();
    }
  });
});
