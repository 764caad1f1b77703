import type { InsuredRow } from '../model/rows.ts';

/**
 * RULES 1.4 Covered person: «active in the enterprise pension scheme (any employer, or none) or in
 * the public-sector pension scheme in insured as of P.» Flexible workers (no employer) are covered.
 */
export function coversPerson(row: Pick<InsuredRow, 'scheme' | 'status'>): boolean {
  return row.status === 'active' && (row.scheme === 'pension' || row.scheme === 'public');
}
