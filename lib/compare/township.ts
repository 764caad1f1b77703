import { isTownshipCode, townshipFromAddress } from '../normalize/township.ts';
import { UNASSIGNED } from '../seeds/townships.ts';
import type { TownshipSource } from './types.ts';

/**
 * RULES 1.2 Township of an enterprise: «the registry's township cell; else the registry address
 * (DATA-CONTRACT 2); else the unit of its latest survey row in Y-01..P; else `unassigned`.»
 */
export function townshipOf(
  registry: { township?: string; address?: string } | undefined,
  latestSurvey: { unit: string | null } | undefined,
): { township: string; source: TownshipSource } {
  if (registry?.township) return { township: registry.township, source: 'registry' };
  const fromAddress = registry?.address ? townshipFromAddress(registry.address) : undefined;
  if (fromAddress) return { township: fromAddress, source: 'address' };
  // Surveys are filed by townships; a unit that is not one (a county department) locates nothing.
  const unit = latestSurvey?.unit;
  if (unit && isTownshipCode(unit)) return { township: unit, source: 'survey' };
  return { township: UNASSIGNED, source: 'unassigned' };
}
