// Correctly rounded doubles for decimals of 16–19 significant digits, the floats that pandas,
// NumPy and JavaScript write (`repr` gives up to 17), without making a string for Number().
// The digits are split into exact parts, the quotient by a power of ten is taken in double-double
// arithmetic (Dekker's exact products), and the result is checked against the exact decimal: when
// it lies too near a halfway point to be sure, the caller falls back to Number().

const SPLITTER = 134_217_729; // 2^27 + 1, Veltkamp's split of a double into two 26-bit halves
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);

const bits = new Float64Array(1);
const words = new Int32Array(bits.buffer);

/** The rounding error of a * b: a * b = fl(a * b) + productError(a, b, fl(a * b)), exactly. */
function productError(a: number, b: number, product: number): number {
  let c = SPLITTER * a;
  const aHigh = c - (c - a);
  const aLow = a - aHigh;
  c = SPLITTER * b;
  const bHigh = c - (c - b);
  const bLow = b - bHigh;
  return ((aHigh * bHigh - product) + aHigh * bLow + aLow * bHigh) + aLow * bLow;
}

/** Half the spacing of doubles at a positive normal `value`. */
function halfUlp(value: number): number {
  bits[0] = value;
  const exponent = (words[1] >>> 20) & 0x7ff;
  words[1] = (exponent - 53) << 20;
  words[0] = 0;
  return bits[0];
}

/**
 * The value of the decimal in text[start, end) (an optional sign, digits, at most one `.`, no
 * exponent) when it has 16–19 significant digits and at most 22 after the point; NaN when
 * it does not, or when the answer is too close to call (the caller then uses Number()).
 */
export function exactDecimal(text: string, start: number, end: number): number {
  let i = start;
  const sign = text.charCodeAt(i);
  const negative = sign === 45;
  if (negative || sign === 43) i++;
  // The first 15 significant digits, exact in `high`; up to 4 more in `low`.
  let high = 0;
  let low = 0;
  let digits = 0;
  let lowDigits = 0;
  let fraction = 0;
  let point = false;
  for (; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 46) {
      if (point) return NaN;
      point = true;
      continue;
    }
    if (code < 48 || code > 57) return NaN;
    if (point) fraction++;
    if (digits === 0 && code === 48) continue;
    if (digits < 15) high = high * 10 + code - 48;
    else if (lowDigits < 4) {
      low = low * 10 + code - 48;
      lowDigits++;
    } else return NaN;
    digits++;
  }
  if (lowDigits === 0 || fraction > 22) return NaN;
  // mantissa = high * 10^lowDigits + low, exactly, as the unevaluated sum sum + rest.
  const scale = POWERS_OF_TEN[lowDigits];
  const product = high * scale;
  const productRest = productError(high, scale, product);
  const sum = product + low;
  const rest = (low - (sum - product)) + productRest;
  // value = mantissa / 10^fraction
  const divisor = POWERS_OF_TEN[fraction];
  const estimate = sum / divisor;
  const back = estimate * divisor;
  const residual = ((sum - back) - productError(estimate, divisor, back)) + rest;
  const value = estimate + residual / divisor;
  // At a power of two the doubles below are twice as dense: too rare to handle, left to Number().
  bits[0] = value;
  if (words[0] === 0 && (words[1] & 0xfffff) === 0) return NaN;
  // Check: mantissa - value * divisor must be well inside half an ulp of value times divisor.
  const check = value * divisor;
  const miss = ((sum - check) - productError(value, divisor, check)) + rest;
  const bound = halfUlp(value) * divisor;
  if (!(Math.abs(miss) < bound * (1 - 2 ** -20))) return NaN;
  return negative ? -value : value;
}
