/**
 * Birth dates and personal details: realistic working ages, some above the retirement age (men 60,
 * women 50), a few children of 14–15 who should never be on a payroll and a few 16-year-olds who
 * may be. «Safe» ages (22–44) keep planted enterprises' figures constant over the whole window.
 */
import type { IdentifierMaker } from './identifiers.ts';
import { personName } from './naming.ts';
import type { Random } from './random.ts';

export type AgeBand = 'working' | 'safe' | 'overRetirement' | 'child' | 'sixteen' | 'student' | 'elderly';

export interface BirthDate {
  year: number;
  month: number;
  day: number;
}

/** Local, other Zhejiang and migrant-province area codes of resident IDs. */
const AREAS: readonly (readonly [string, number])[] = [
  ['330723', 60],
  ['330702', 3],
  ['330781', 2],
  ['330784', 3],
  ['330782', 2],
  ['511321', 5],
  ['522422', 5],
  ['360821', 4],
  ['341222', 4],
  ['412725', 4],
  ['431022', 4],
  ['532126', 4],
];

/** A birth date such that the age on 2022-12-31 (and through 2023-06) falls in the band. */
export function drawBirth(r: Random, band: AgeBand, male: boolean): BirthDate {
  const month = r.int(1, 12);
  const day = r.int(1, 28);
  switch (band) {
    case 'safe':
      return { year: 2022 - r.int(22, 44), month, day };
    case 'overRetirement':
      return { year: 2022 - (male ? r.int(60, 66) : r.int(50, 57)), month, day };
    case 'child':
      // Born March–December 2008: 14 at the start of the window, at most 15 at its end.
      return { year: 2008, month: r.int(3, 12), day };
    case 'sixteen':
      // Born July–November 2006: 16 throughout 2022-12 … 2023-06.
      return { year: 2006, month: r.int(7, 11), day };
    case 'student':
      return { year: 2022 - r.int(19, 22), month, day };
    case 'elderly':
      return { year: 2022 - r.int(45, 75), month, day };
    default: {
      const limit = male ? 59 : 49;
      const age = r.chance(0.7) ? r.int(25, Math.min(45, limit)) : r.int(18, limit);
      return { year: 2022 - age, month, day };
    }
  }
}

/** A working-age band with the county's share of people past retirement age. */
export function workingBand(r: Random, overRetirementShare = 0.05): AgeBand {
  return r.chance(overRetirementShare) ? 'overRetirement' : 'working';
}

export interface Identity {
  id: string;
  name: string;
  male: boolean;
}

export function newIdentity(r: Random, ids: IdentifierMaker, band: AgeBand, maleShare = 0.55): Identity {
  const male = r.chance(maleShare);
  const area = r.weighted(AREAS);
  const id = ids.residentId(area, drawBirth(r, band, male), male);
  return { id, name: personName(r, male), male };
}

/** Monthly wage in yuan: lognormal around 5,200, within 2,500–40,000, in tens. */
export function drawWage(r: Random): number {
  const wage = 5200 * Math.exp(0.45 * r.normal());
  return Math.min(40_000, Math.max(2_500, Math.round(wage / 10) * 10));
}

/** Contribution base: often the floor, otherwise part of the wage, within the year's limits. */
export function drawBase(r: Random, wage: number, lower: number, upper: number): number {
  if (r.chance(0.4)) return lower;
  const base = Math.round((wage * (0.55 + 0.45 * r.next())) / 10) * 10;
  return Math.min(upper, Math.max(lower, base));
}

/** Days since 1970-01-01 of a calendar day. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** A pension start date before the window, after the person turned 18. */
export function earlierStartDay(r: Random, id: string): number {
  const birthYear = Number(id.slice(6, 10));
  const from = Math.max(birthYear + 18, 2000);
  const year = r.int(Math.min(from, 2022), 2022);
  return dayNumber(year, r.int(1, year === 2022 ? 11 : 12), r.int(1, 28));
}
