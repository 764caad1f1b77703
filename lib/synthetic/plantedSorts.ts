/**
 * How many enterprises of each sort the county holds, and the size and shape each sort is planted
 * with. Planted sizes keep every figure far from a threshold (RULES 1.7), so a correct engine finds
 * the flag whatever the noise: a LARGE_LOW_RATE enterprise has 70–90 employees and 10 % insured.
 */
import type { Archetype } from './model.ts';
import type { Random } from './random.ts';
import { type CountySize, plantedCount } from './scale.ts';

/** Share of all enterprises and minimum count of each planted sort. */
const PLANTED: Partial<Record<Archetype, readonly [share: number, minimum: number]>> = {
  operatingNoInsured: [0.006, 5],
  oniWithSubsidy: [0.0008, 1],
  oniTaxEmployersOnly: [0.0008, 1],
  oniSurveyOnly: [0.0012, 2],
  oniFixed: [0.0004, 1],
  largeLowRate: [0.002, 3],
  subsidizedLowRate: [0.0016, 3],
  subsidizedAtThreshold: [0.0002, 1],
  subsidyJustBelow: [0.0002, 1],
  aboveScaleLowRate: [0.0016, 3],
  stateOwnedGap: [0.0008, 2],
  newformNoInjuryRiders: [0.0004, 1],
  newformNoInjuryEmployees: [0.0004, 1],
  injuryGap: [0.002, 3],
  newformClean: [0.002, 4],
  inactiveWithPayroll: [0.0004, 1],
  closing: [0.002, 2],
  newlyRegistered: [0.01, 6],
  taxEmployersOnly: [0.002, 2],
  publicInstitution: [0.0012, 3],
};

/** Shares of the unplanted rest. */
const DORMANT_SHARE = 0.12;
const INACTIVE_SHARE = 0.04;
const PARTIAL_SHARE = 0.22;

export function archetypeCounts(size: CountySize): Map<Archetype, number> {
  const counts = new Map<Archetype, number>();
  let planted = 0;
  for (const [archetype, [share, minimum]] of Object.entries(PLANTED) as [
    Archetype,
    readonly [number, number],
  ][]) {
    const count = plantedCount(size, share, minimum);
    counts.set(archetype, count);
    planted += count;
  }
  const rest = size.enterprises - planted;
  const dormant = Math.round(rest * DORMANT_SHARE);
  const inactive = Math.round(rest * INACTIVE_SHARE);
  const partial = Math.round(rest * PARTIAL_SHARE);
  counts.set('dormant', dormant);
  counts.set('inactive', inactive);
  counts.set('partial', partial);
  counts.set('clean', rest - dormant - inactive - partial);
  return counts;
}

/** People on the books of a planted enterprise (clean and partial ones are sized elsewhere). */
export function plantedStaff(archetype: Archetype, random: Random): number {
  switch (archetype) {
    case 'operatingNoInsured':
      return random.int(5, 20);
    case 'oniWithSubsidy':
      return random.int(5, 15);
    case 'oniFixed':
      return random.int(6, 12);
    case 'largeLowRate':
      return random.int(70, 90);
    case 'subsidizedLowRate':
      return 20;
    case 'subsidizedAtThreshold':
    case 'subsidyJustBelow':
      return 10;
    case 'aboveScaleLowRate':
      return 30;
    case 'stateOwnedGap':
      return 40;
    case 'newformNoInjuryRiders':
      return random.int(15, 40);
    case 'newformNoInjuryEmployees':
      return 12;
    case 'injuryGap':
      return 15;
    case 'newformClean':
      return random.int(8, 30);
    case 'inactiveWithPayroll':
      return 5;
    case 'closing':
      return random.int(4, 15);
    case 'newlyRegistered':
      return random.int(2, 10);
    case 'taxEmployersOnly':
      return random.int(2, 8);
    case 'publicInstitution':
      return random.int(20, 80);
    default:
      return 0;
  }
}

/** Insured in the enterprise pension scheme, out of `staff`, for the low-rate sorts. */
export function plantedInsured(archetype: Archetype, staff: number): number {
  switch (archetype) {
    case 'largeLowRate':
      return Math.round(staff * 0.1);
    case 'subsidizedLowRate':
      return 8;
    case 'subsidizedAtThreshold':
    case 'subsidyJustBelow':
      return 5;
    case 'aboveScaleLowRate':
      // 30 %: below any county rate the rest of the county can produce.
      return 9;
    case 'stateOwnedGap':
      return staff - 3;
    case 'newformNoInjuryEmployees':
    case 'injuryGap':
      return staff;
    default:
      return 0;
  }
}

/** Of the pension-insured, those also in injury insurance (the rest make INJURY_GAP). */
export function plantedInjured(archetype: Archetype, insured: number): number {
  if (archetype === 'newformNoInjuryEmployees') return 0;
  if (archetype === 'injuryGap') return insured - 5;
  return insured;
}
