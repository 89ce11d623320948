// A contract pattern (JavaScript syntax, searched with RegExp#test as the file path does) rewritten
// for an engine's regex dialect, so that a table and its CSV export get the same verdict.
//
// Engines disagree exactly where JavaScript is loose: `.` and `\s` (PostgreSQL's `.` matches a
// newline, RE2's matches `\r`), `\d` and `\w` (Unicode digits and letters in some engines), `$`
// (Java's matches before a final newline), escapes and repetition limits. So the pattern is parsed
// and written out again with only what every dialect reads alike: literal characters (metacharacters
// escaped), bracket classes of single characters and ranges, plain groups, `|`, greedy quantifiers
// and the two anchors. `\d`, `\w`, `\s` and `.` become explicit classes. What has no such spelling
// (word boundaries, lookaround, backreferences, Unicode escapes, an astral character under a
// quantifier or in a class) is refused with a message that says why.

import type { EngineName } from './types.js';

/** How an engine spells an arbitrary character, the end of the text, and its repetition limit. */
interface RegexFlavor {
  /** A character as a regex escape, or the character itself where the engine has no reliable escape. */
  char(code: number): string;
  end: string;
  maxRepeat: number;
}

const hex = (code: number, width: number) => code.toString(16).toUpperCase().padStart(width, '0');

const flavors: Record<EngineName, RegexFlavor> = {
  // PostgreSQL's advanced regular expressions: `\uXXXX` (exactly four digits), `$` is the end of the text.
  postgres: { char: (code) => `\\u${hex(code, 4)}`, end: '$', maxRepeat: 255 },
  redshift: { char: (code) => `\\u${hex(code, 4)}`, end: '$', maxRepeat: 255 },
  // RE2 (DuckDB, BigQuery): `\x{…}`; `$` without the m flag is the end of the text.
  duckdb: { char: (code) => `\\x{${hex(code, 2)}}`, end: '$', maxRepeat: 1000 },
  bigquery: { char: (code) => `\\x{${hex(code, 2)}}`, end: '$', maxRepeat: 1000 },
  // Java's syntax (Databricks' rlike, Trino): `$` also matches before a final line break, `\z` does not.
  databricks: { char: (code) => `\\x{${hex(code, 2)}}`, end: '\\z', maxRepeat: 1000 },
  trino: { char: (code) => `\\x{${hex(code, 2)}}`, end: '\\z', maxRepeat: 1000 },
  // Snowflake documents POSIX ERE with Perl's class escapes, no hexadecimal escape: the character itself.
  snowflake: { char: (code) => String.fromCharCode(code), end: '$', maxRepeat: 255 },
};

/** A pattern SQL cannot express with the file path's meaning; the message says why. */
export class PatternNotTranslatable extends Error {}

type ClassItem = number | [number, number];

const DIGITS: ClassItem[] = [[48, 57]];
const WORD: ClassItem[] = [[65, 90], [97, 122], [48, 57], 95];
/** JavaScript's `\s`: ECMAScript WhiteSpace and LineTerminator. */
const SPACE: ClassItem[] = [[9, 13], 32, 0xa0, 0x1680, [0x2000, 0x200a], 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
/** What `.` does not match in JavaScript: the line terminators. */
const LINE_TERMINATORS: ClassItem[] = [10, 13, 0x2028, 0x2029];
const OUTSIDE_META = new Set('\\^$.|?*+()[]{}'.split(''));
const INSIDE_META = new Set('\\]-^['.split(''));

/** The regex text for `engine` that finds a match wherever the JavaScript `pattern` would. */
export function translatePattern(pattern: string, engine: EngineName): string {
  return new Translator(pattern, flavors[engine]).run();
}

class Translator {
  private at = 0;
  private out = '';
  /** Whether the last thing written can take a quantifier, and whether it was an astral character. */
  private quantifiable = false;
  private lastAstral = false;

  constructor(private readonly pattern: string, private readonly flavor: RegexFlavor) {}

  run(): string {
    const { pattern } = this;
    while (this.at < pattern.length) {
      const char = pattern[this.at]!;
      if (char === '\\') this.escape();
      else if (char === '[') this.characterClass();
      else if (char === '(') this.group();
      else if (char === ')') this.emit(')', true);
      else if (char === '|') this.emit('|', false);
      else if (char === '^') this.emit('^', false);
      else if (char === '$') this.emit(this.flavor.end, false);
      else if (char === '.') this.emit(this.classText(LINE_TERMINATORS, true), true);
      else if (char === '*' || char === '+' || char === '?') this.quantifier(char, 1);
      else if (char === '{' && this.braceQuantifier()) continue;
      else this.literal();
      if (char !== '\\' && char !== '[' && char !== '(') this.at++;
    }
    return this.out;
  }

  private emit(text: string, quantifiable: boolean, astral = false): void {
    this.out += text;
    this.quantifiable = quantifiable;
    this.lastAstral = astral;
  }

  private refuse(why: string): never {
    throw new PatternNotTranslatable(why);
  }

  private literal(): void {
    const code = this.pattern.charCodeAt(this.at);
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = this.pattern.charCodeAt(this.at + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        this.emit(this.pattern.slice(this.at, this.at + 2), true, true);
        this.at++;
        return;
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) this.refuse('a lone surrogate character has no SQL spelling');
    this.emit(this.charText(code, false), true);
  }

  private charText(code: number, inClass: boolean): string {
    const char = String.fromCharCode(code);
    if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) return this.flavor.char(code);
    if ((inClass ? INSIDE_META : OUTSIDE_META).has(char)) return `\\${char}`;
    return char;
  }

  private classText(items: ClassItem[], negated: boolean): string {
    const body = items.map((item) => typeof item === 'number'
      ? this.charText(item, true)
      : `${this.charText(item[0], true)}-${this.charText(item[1], true)}`).join('');
    return `[${negated ? '^' : ''}${body}]`;
  }

  /** `*`, `+`, `?` (and a lazy `?` after them, dropped: it cannot change whether a match exists). */
  private quantifier(text: string, length: number): void {
    if (!this.quantifiable) this.refuse('a quantifier must follow something to repeat');
    if (this.lastAstral) this.refuse('a quantifier after a character outside the Basic Multilingual Plane repeats half of it in JavaScript; write the character in a group');
    this.out += text;
    this.at += length - 1;
    if (this.pattern[this.at + 1] === '?') this.at++;
    this.quantifiable = false;
  }

  /** `{n}`, `{n,}`, `{n,m}`; any other `{` is a literal brace, as JavaScript reads it. */
  private braceQuantifier(): boolean {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(this.pattern.slice(this.at));
    if (!match) return false;
    const counts = [match[1], match[3]].filter((count): count is string => count !== undefined && count !== '').map(Number);
    if (counts.some((count) => count > this.flavor.maxRepeat)) {
      this.refuse(`a repetition count above ${this.flavor.maxRepeat} is more than this engine's regular expressions allow`);
    }
    this.quantifier(match[0], match[0].length);
    this.at++;
    return true;
  }

  private group(): void {
    const rest = this.pattern.slice(this.at);
    if (rest.startsWith('(?:')) this.at += 3;
    else if (/^\(\?<[A-Za-z_$][\w$]*>/.test(rest)) this.at += rest.indexOf('>') + 1;
    else if (rest.startsWith('(?')) this.refuse('lookahead and lookbehind have no equivalent in every engine');
    else this.at += 1;
    this.emit('(', false);
  }

  private escape(): void {
    const next = this.pattern[this.at + 1];
    if (next === undefined) this.refuse('the pattern ends with a lone backslash');
    const set = classEscape(next);
    if (set) {
      this.emit(this.classText(set.items, set.negated), true);
      this.at += 2;
      return;
    }
    const code = this.characterEscape(this.at + 1);
    this.emit(this.charText(code.value, false), true);
    this.at = code.end;
  }

  /** A character escape starting after the backslash at `from`: its code and where it ends. */
  private characterEscape(from: number, inClass = false): { value: number; end: number } {
    const { pattern } = this;
    const letter = pattern[from]!;
    const simple: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, 0: 0 };
    if (inClass && letter === 'b') return { value: 8, end: from + 1 };
    if (letter in simple && !(letter === '0' && /[0-9]/.test(pattern[from + 1] ?? ''))) return { value: simple[letter]!, end: from + 1 };
    const hexDigits = letter === 'x' ? 2 : letter === 'u' ? 4 : 0;
    if (hexDigits > 0) {
      const digits = pattern.slice(from + 1, from + 1 + hexDigits);
      if (new RegExp(`^[0-9A-Fa-f]{${hexDigits}}$`).test(digits)) {
        const value = parseInt(digits, 16);
        if (value >= 0xd800 && value <= 0xdfff) this.refuse('a surrogate escape has no SQL spelling');
        return { value, end: from + 1 + hexDigits };
      }
    }
    if (letter === 'b' || letter === 'B') this.refuse('word boundaries (\\b, \\B) differ between engines; use (^|[^A-Za-z0-9_]) and ([^A-Za-z0-9_]|$) instead');
    if (/[1-9]/.test(letter)) this.refuse('backreferences have no equivalent in every engine');
    if (/[A-Za-z0-9]/.test(letter)) this.refuse(`the escape \\${letter} has no portable SQL spelling`);
    const code = letter.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) this.refuse('an escaped character outside the Basic Multilingual Plane has no SQL spelling');
    return { value: code, end: from + 1 };
  }

  private characterClass(): void {
    const { pattern } = this;
    let at = this.at + 1;
    const negated = pattern[at] === '^';
    if (negated) at++;
    const items: ClassItem[] = [];
    const single = (): number | ClassItem[] => {
      const char = pattern[at]!;
      if (char === '\\') {
        const next = pattern[at + 1];
        if (next === undefined) this.refuse('the pattern ends with a lone backslash');
        const set = classEscape(next);
        if (set) {
          if (set.negated) this.refuse(`\\${next} inside a character class has no portable SQL spelling`);
          at += 2;
          return set.items;
        }
        const code = this.characterEscape(at + 1, true);
        at = code.end;
        return code.value;
      }
      const code = char.charCodeAt(0);
      if (code >= 0xd800 && code <= 0xdfff) this.refuse('a character outside the Basic Multilingual Plane in a character class matches half of it in JavaScript; use an alternation');
      at++;
      return code;
    };
    while (at < pattern.length && pattern[at] !== ']') {
      const first = single();
      if (pattern[at] === '-' && pattern[at + 1] !== undefined && pattern[at + 1] !== ']') {
        at++;
        const last = single();
        if (typeof first !== 'number' || typeof last !== 'number') this.refuse('a range with a class escape (\\d, \\w, \\s) at one end has no portable SQL spelling');
        items.push([first, last]);
      } else if (typeof first === 'number') items.push(first);
      else items.push(...first);
    }
    if (at >= pattern.length) this.refuse('unterminated character class');
    if (items.length === 0) this.refuse(negated ? '[^] (any character) has no portable SQL spelling; use (.|\\n)' : '[] matches nothing');
    this.at = at + 1;
    this.emit(this.classText(items, negated), true);
  }
}

function classEscape(letter: string): { items: ClassItem[]; negated: boolean } | undefined {
  switch (letter) {
    case 'd': return { items: DIGITS, negated: false };
    case 'D': return { items: DIGITS, negated: true };
    case 'w': return { items: WORD, negated: false };
    case 'W': return { items: WORD, negated: true };
    case 's': return { items: SPACE, negated: false };
    case 'S': return { items: SPACE, negated: true };
    default: return undefined;
  }
}
