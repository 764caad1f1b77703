/**
 * Exact fractions over BigInt. RULES 0: thresholds compare exact values, and RULES 2.3 rounds a
 * score half up — both go wrong in binary floating point (100 × 0.8325 is 83.24999…), so scoring
 * works on fractions and converts to a number only for output.
 */
export interface Rational {
  readonly num: bigint;
  /** Always > 0. */
  readonly den: bigint;
}

export const ZERO: Rational = { num: 0n, den: 1n };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function ratio(num: bigint | number, den: bigint | number = 1n): Rational {
  let n = typeof num === 'bigint' ? num : toBigInt(num);
  let d = typeof den === 'bigint' ? den : toBigInt(den);
  if (d === 0n) throw new RangeError('division by zero');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { num: n / g, den: d / g };
}

function toBigInt(value: number): bigint {
  if (!Number.isInteger(value)) throw new RangeError(`not an integer: ${value}`);
  return BigInt(value);
}

/**
 * The decimal a person wrote, not the binary double: 0.6 from a policy file is 6/10 exactly.
 * Uses the shortest round-trip representation of the number (`String(0.6)` is "0.6").
 */
export function fromDecimal(value: number): Rational {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const [mantissa, exponentText] = String(value).toLowerCase().split('e');
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  const negative = mantissa.startsWith('-');
  const [whole, fraction = ''] = (negative ? mantissa.slice(1) : mantissa).split('.');
  const digits = BigInt(whole + fraction) * (negative ? -1n : 1n);
  const scale = fraction.length - exponent;
  return scale >= 0 ? ratio(digits, 10n ** BigInt(scale)) : ratio(digits * 10n ** BigInt(-scale));
}

export function add(a: Rational, b: Rational): Rational {
  return ratio(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function sub(a: Rational, b: Rational): Rational {
  return ratio(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function mul(a: Rational, b: Rational): Rational {
  return ratio(a.num * b.num, a.den * b.den);
}

export function div(a: Rational, b: Rational): Rational {
  if (b.num === 0n) throw new RangeError('division by zero');
  return ratio(a.num * b.den, a.den * b.num);
}

/** −1, 0 or 1 as a is less than, equal to or greater than b — exactly. */
export function compare(a: Rational, b: Rational): number {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function min(a: Rational, b: Rational): Rational {
  return compare(a, b) <= 0 ? a : b;
}

export function isZero(a: Rational): boolean {
  return a.num === 0n;
}

/** Rounded half up (towards +∞ at exactly .5) to `decimals` places, as the nearest number. */
export function roundHalfUp(a: Rational, decimals: number): number {
  const scale = 10n ** BigInt(decimals);
  // floor(a × scale + 1/2) = floor((2·num·scale + den) / (2·den)), with floor division for negatives
  const numerator = 2n * a.num * scale + a.den;
  const denominator = 2n * a.den;
  let units = numerator / denominator;
  if (numerator % denominator !== 0n && numerator < 0n) units -= 1n;
  return Number(units) / Number(scale);
}

/** The nearest number (for output; comparisons stay on the fraction). */
export function toNumber(a: Rational): number {
  const whole = a.num / a.den;
  const rest = a.num - whole * a.den;
  return Number(whole) + Number(rest) / Number(a.den);
}
