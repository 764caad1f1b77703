/**
 * People insured without an employer: flexible workers in the enterprise pension scheme (灵活就业,
 * with a township cell so they count where they live) and residents only in the resident scheme.
 */
import type { Township } from '../seeds/townships.ts';
import { dayNumber, earlierStartDay, newIdentity } from './ages.ts';
import type { IdentifierMaker } from './identifiers.ts';
import { type PeopleTable, ROLE, STOP } from './people.ts';
import type { Random } from './random.ts';

export const FLEXIBLE_SHARE = 0.035;
export const RESIDENT_SHARE = 0.04;

/** Township index for a person without an employer; -1 (no township cell) for a few. */
export function homeTownship(r: Random, townships: readonly Township[]): number {
  return r.chance(0.05) ? -1 : r.int(0, townships.length - 1);
}

export function addFlexibleWorkers(
  r: Random,
  ids: IdentifierMaker,
  people: PeopleTable,
  townships: readonly Township[],
  count: number,
  lowerBase: number,
): number[] {
  const added: number[] = [];
  for (let k = 0; k < count; k++) {
    const who = newIdentity(r, ids, 'working', 0.5);
    // A few stopped paying long ago and stay suspended (中断缴费): not covered.
    const stopped = r.chance(0.04);
    added.push(
      people.add({
        id: who.id,
        name: who.name,
        role: ROLE.flexible,
        pensionFrom: 0,
        pensionStop: stopped ? 0 : undefined,
        stopStatus: stopped ? STOP.suspended : STOP.none,
        base: r.chance(0.7) ? lowerBase : lowerBase + r.int(1, 40) * 100,
        startDay: earlierStartDay(r, who.id),
        township: homeTownship(r, townships),
      }),
    );
  }
  return added;
}

/** A flexible worker who joins (or resumes, when `resumed`) the pension scheme in month `from`. */
export function addNewFlexibleWorker(
  r: Random,
  ids: IdentifierMaker,
  people: PeopleTable,
  township: number,
  from: number,
  lowerBase: number,
  resumed: boolean,
): number {
  const who = newIdentity(r, ids, 'working', 0.5);
  return people.add({
    id: who.id,
    name: who.name,
    role: ROLE.flexible,
    pensionFrom: from,
    suspendedBefore: resumed,
    base: lowerBase,
    startDay: dayNumber(2023, from, r.int(1, 28)),
    township,
  });
}

export function addResidents(
  r: Random,
  ids: IdentifierMaker,
  people: PeopleTable,
  townships: readonly Township[],
  count: number,
): number[] {
  const added: number[] = [];
  for (let k = 0; k < count; k++) {
    const who = newIdentity(r, ids, 'elderly', 0.5);
    added.push(
      people.add({
        id: who.id,
        name: who.name,
        role: ROLE.resident,
        resident: true,
        startDay: earlierStartDay(r, who.id),
        township: r.int(0, townships.length - 1),
      }),
    );
  }
  return added;
}
