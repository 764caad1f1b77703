import { describe, expect, it } from 'vitest';
import { decimal, fraction, lessThan, minus, toNumber } from '../../lib/compare/exact.ts';

describe('exact comparison of rates (RULES 0)', () => {
  it('reads policy values as the decimals written', () => {
    expect(decimal(0.1)).toEqual({ num: 1n, den: 10n });
    expect(decimal(0.8)).toEqual({ num: 8n, den: 10n });
    expect(decimal(1e-7)).toEqual({ num: 1n, den: 10000000n });
    expect(decimal(100000)).toEqual({ num: 100000n, den: 1n });
  });

  it('compares values equal in exact arithmetic as equal, where floats do not', () => {
    expect(0.7 < 0.8 - 0.1).toBe(true); // the float trap
    expect(lessThan(fraction(7, 10), minus(fraction(4, 5), decimal(0.1)))).toBe(false);
    expect(lessThan(fraction(69999, 100000), minus(fraction(4, 5), decimal(0.1)))).toBe(true);
  });

  it('gives the nearest float for outputs', () => {
    expect(toNumber(fraction(5, 12))).toBe(5 / 12);
    expect(toNumber(minus(fraction(4, 5), decimal(0.1)))).toBe(0.7);
  });
});
