import { type Fraction, fraction } from './exact.ts';

/**
 * RULES 1.6 County rate: «Σ coveredEmployees / Σ eligibleEmployees over enterprises whose rate is not
 * null.» The same formula gives a township's rate over its enterprises.
 */
export function countyRate(
  enterprises: Iterable<{ rate: unknown; coveredEmployees: number | null; eligibleEmployees: number | null }>,
): { coveredEmployees: number; eligibleEmployees: number; rate: Fraction | null } {
  let coveredEmployees = 0;
  let eligibleEmployees = 0;
  for (const e of enterprises) {
    if (e.rate === null || e.coveredEmployees === null || e.eligibleEmployees === null) continue;
    coveredEmployees += e.coveredEmployees;
    eligibleEmployees += e.eligibleEmployees;
  }
  return {
    coveredEmployees,
    eligibleEmployees,
    rate: eligibleEmployees > 0 ? fraction(coveredEmployees, eligibleEmployees) : null,
  };
}
