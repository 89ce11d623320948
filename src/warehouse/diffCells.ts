// Canonical texts (diffSql.ts) read back as the cells a file reader gives, so rows pulled from an
// engine go through the file diff's own encoding and comparison rules.

import type { Cell } from '../readers/types.js';

/** One canonical field's value; '' is NULL. */
export function cellOfCanonical(field: string): Cell {
  if (field === '') return null;
  const body = field.slice(1);
  switch (field[0]) {
    case 'i': {
      const value = Number(body);
      return Number.isSafeInteger(value) ? value : BigInt(body);
    }
    case 'n': return Number(body);
    case 't': return new Date(Number(body));
    case 'b': return body === '1';
    case 's': return body.slice(body.indexOf(':') + 1);
    default: throw new Error(`not a canonical field: ${JSON.stringify(field.slice(0, 20))}`);
  }
}

/** Splits a canonical row (fields joined by `|`, text fields length-prefixed in code points) into its fields. */
export function splitCanonicalRow(row: string, count: number): string[] {
  const fields: string[] = [];
  let at = 0;
  for (let f = 0; f < count; f++) {
    if (f > 0) at++; // the `|`
    if (row[at] === 's') {
      const colon = row.indexOf(':', at);
      const length = Number(row.slice(at + 1, colon));
      let end = colon + 1;
      for (let n = 0; n < length; n++) end += row.codePointAt(end)! > 0xffff ? 2 : 1;
      fields.push(row.slice(at, end));
      at = end;
    } else {
      const bar = row.indexOf('|', at);
      const end = bar === -1 ? row.length : bar;
      fields.push(row.slice(at, end));
      at = end;
    }
  }
  return fields;
}
