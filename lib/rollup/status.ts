import { type Rational, compare, fromDecimal, sub } from './rational.ts';
import type { Status } from './types.ts';

/**
 * RULES 2.3: `ahead` (超序时) when basis ≥ tp; `behind` (略滞后) when basis ≥ tp − band (policy 0.10);
 * else `lagging` (滞后). Exact comparison, so a basis equal to the threshold is on the upper side.
 */
export function townshipStatus(basis: Rational | null, tp: Rational, behindBand: number): Status | null {
  if (basis === null) return null;
  if (compare(basis, tp) >= 0) return 'ahead';
  if (compare(basis, sub(tp, fromDecimal(behindBand))) >= 0) return 'behind';
  return 'lagging';
}
