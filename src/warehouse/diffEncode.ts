// From canonical texts pulled back from an engine to the file diff's encoded cells.

import { encodeKey, encodeValue, FIELD, settleCell } from '../diff/cells.js';
import { cellOfCanonical, splitCanonicalRow } from './diffCells.js';

/** A canonical key text as the file diff's encoded key (cells joined by FIELD). */
export function encodedKey(keyText: string, columns: number): string {
  return splitCanonicalRow(keyText, columns).map((field) => encodeKey(cellOfCanonical(field))).join(FIELD);
}

/** One canonical field as a value cell the file diff has read and settled ('' for NULL). */
export function settledValue(field: string): string {
  const cell = cellOfCanonical(field);
  return cell === null ? '' : settleCell(encodeValue(cell));
}

/** A canonical values text as the file diff's raw value record (cells joined by FIELD). */
export function encodedValues(valuesText: string, columns: number): string {
  return splitCanonicalRow(valuesText, columns).map((field) => {
    const cell = cellOfCanonical(field);
    return cell === null ? '' : encodeValue(cell);
  }).join(FIELD);
}
