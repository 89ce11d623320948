// Parquet DECIMAL and TIME values as the text they stand for: `12333332.3220` as `12333332.322`
// (hyparquet multiplies by 10^-scale and gives 12333332.321999999), and a TIME's micro- or
// nanoseconds since midnight as `08:30:00.125` rather than a plain integer.

import type { SchemaElement } from 'hyparquet';

/** How a flat column's raw values become text; undefined for columns read as hyparquet reads them. */
export type TextConversion = { kind: 'decimal'; scale: number } | { kind: 'time'; perSecond: bigint };

export function textConversionOf(element: SchemaElement): TextConversion | undefined {
  const logical = element.logical_type;
  if (element.converted_type === 'DECIMAL' || logical?.type === 'DECIMAL') {
    return { kind: 'decimal', scale: element.scale ?? (logical?.type === 'DECIMAL' ? logical.scale : 0) ?? 0 };
  }
  if (logical?.type === 'TIME') {
    return { kind: 'time', perSecond: logical.unit === 'MILLIS' ? 1000n : logical.unit === 'MICROS' ? 1_000_000n : 1_000_000_000n };
  }
  if (element.converted_type === 'TIME_MILLIS') return { kind: 'time', perSecond: 1000n };
  if (element.converted_type === 'TIME_MICROS') return { kind: 'time', perSecond: 1_000_000n };
  return undefined;
}

/** A big-endian two's-complement integer (FIXED_LEN_BYTE_ARRAY / BYTE_ARRAY decimals). */
function bigEndian(bytes: Uint8Array): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  if (bytes.length > 0 && bytes[0] & 0x80) value -= 1n << BigInt(bytes.length * 8);
  return value;
}

function integerOf(raw: unknown): bigint | undefined {
  if (typeof raw === 'bigint') return raw;
  if (typeof raw === 'number' && Number.isInteger(raw)) return BigInt(raw);
  if (raw instanceof Uint8Array) return bigEndian(raw);
  return undefined;
}

/** The decimal text of an unscaled integer: `-0.0001`, `1.5`, trailing zeros of the fraction dropped. */
export function decimalText(unscaled: bigint, scale: number): string {
  const negative = unscaled < 0n;
  const digits = (negative ? -unscaled : unscaled).toString();
  if (scale <= 0) return (negative ? '-' : '') + digits + '0'.repeat(-scale);
  const padded = digits.padStart(scale + 1, '0');
  const fraction = padded.slice(padded.length - scale).replace(/0+$/, '');
  const whole = padded.slice(0, padded.length - scale);
  return (negative ? '-' : '') + whole + (fraction ? `.${fraction}` : '');
}

/** `HH:MM:SS` and the fraction of a second written, for a time of day in `perSecond` units. */
export function timeText(units: bigint, perSecond: bigint): string {
  const seconds = units / perSecond;
  const rest = units % perSecond;
  const two = (n: bigint): string => n.toString().padStart(2, '0');
  const clock = `${two(seconds / 3600n)}:${two((seconds / 60n) % 60n)}:${two(seconds % 60n)}`;
  if (rest === 0n) return clock;
  const width = perSecond.toString().length - 1;
  return `${clock}.${rest.toString().padStart(width, '0').replace(/0+$/, '')}`;
}

/** One raw value as text under `conversion`; null stays null. */
export function convertedText(raw: unknown, conversion: TextConversion): string | null {
  const integer = integerOf(raw);
  if (integer === undefined) return raw === null || raw === undefined ? null : String(raw);
  return conversion.kind === 'decimal' ? decimalText(integer, conversion.scale) : timeText(integer, conversion.perSecond);
}
