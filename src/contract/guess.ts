// "Did you mean …?" for a contract column the data lacks: the data's column it most likely
// misspells (`Country` for `country`, `agee` for `age`), in bounded work on untrusted names.

import { nearest } from '../config/hints.js';

/** Absent columns of one dataset that get a guess, and the data's columns compared with each. */
const GUESSED_COLUMNS = 50;
const GUESS_CANDIDATES = 2000;

export class ColumnGuesser {
  private asked = 0;

  /** `: did you mean "age"?`, or nothing when no column of `columns` is that close. */
  guess(name: string, columns: Iterable<string>): string {
    if (++this.asked > GUESSED_COLUMNS) return '';
    const found = nearest(name, [...columns].slice(0, GUESS_CANDIDATES));
    return found === undefined ? '' : `: did you mean ${JSON.stringify(found)}?`;
  }
}
