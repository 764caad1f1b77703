/**
 * Exact comparison of rates and thresholds (RULES 0: values equal in exact arithmetic compare
 * equal). Rates are quotients of whole counts and policy values are decimals as written in the seed,
 * so every comparison is between rationals: cross-multiplied on BigInt, never on rounded floats.
 */

/** A rational number num/den with den > 0. */
export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

/** n/d from whole numbers (counts, fen); d must be non-zero. */
export function fraction(numerator: number, denominator: number): Fraction {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator === 0) {
    throw new RangeError(`not a fraction of whole numbers: ${numerator}/${denominator}`);
  }
  const num = BigInt(numerator);
  const den = BigInt(denominator);
  return den < 0n ? { num: -num, den: -den } : { num, den };
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/**
 * The decimal a policy value is written as (`0.1` is exactly 1/10, not the binary float nearest to
 * it): read from the shortest text that round-trips the number.
 */
export function decimal(value: number): Fraction {
  const m = DECIMAL.exec(String(value));
  if (!m) throw new RangeError(`not a finite decimal: ${value}`);
  const [, sign, whole, fractionDigits = '', exponentText = '0'] = m;
  let num = BigInt(`${whole}${fractionDigits}`);
  let den = 10n ** BigInt(fractionDigits.length);
  const exponent = Number(exponentText);
  if (exponent >= 0) num *= 10n ** BigInt(exponent);
  else den *= 10n ** BigInt(-exponent);
  return { num: sign === '-' ? -num : num, den };
}

export function minus(a: Fraction, b: Fraction): Fraction {
  return { num: a.num * b.den - b.num * a.den, den: a.den * b.den };
}

/** a < b, exactly. */
export function lessThan(a: Fraction, b: Fraction): boolean {
  return a.num * b.den < b.num * a.den;
}

/** The nearest float, for outputs (RULES 0: rates are not rounded beyond that). */
export function toNumber(a: Fraction): number {
  return Number(a.num) / Number(a.den);
}
