/**
 * Movement that real payrolls show: some people paid by two employers (the one paying more is their
 * employer, RULES 1.3, including a tie resolved by the smaller USCC) and some leaving their job.
 * Only clean and partial enterprises take part, so planted figures stay exact.
 */
import { MONTHS, NEVER } from './calendar.ts';
import type { Enterprise } from './model.ts';
import { type PeopleTable, ROLE, STOP } from './people.ts';
import type { Random } from './random.ts';

const SECOND_JOB_SHARE = 0.02;
const LEAVING_SHARE = 0.015;
const TIES = 2;

function steadyPayroll(e: Enterprise): boolean {
  return e.payroll !== null && e.payroll.from === 0 && e.payroll.until >= MONTHS;
}

export function addSecondJobs(r: Random, people: PeopleTable, enterprises: Enterprise[]): void {
  const hosts = enterprises.filter((e) => e.archetype === 'clean' && steadyPayroll(e));
  if (hosts.length < 2) return;
  let ties = 0;
  for (let i = 0; i < people.count; i++) {
    const employer = people.employer[i];
    if (
      employer < 0 ||
      people.role[i] !== ROLE.employee ||
      people.hiredFrom[i] !== 0 ||
      people.leftAt[i] !== NEVER
    )
      continue;
    const own = enterprises[employer];
    if ((own.archetype !== 'clean' && own.archetype !== 'partial') || !steadyPayroll(own)) continue;
    if (!r.chance(SECOND_JOB_SHARE)) continue;
    const host = r.pick(hosts);
    if (host.index === employer) continue;
    const wage = people.wage[i];
    // A tie: equal pay from an employer with a larger USCC, so the person stays with their own.
    if (ties < TIES && own.archetype === 'clean' && host.code > own.code && people.pensionFrom[i] === 0) {
      people.second[i] = host.index;
      people.secondWage[i] = wage;
      ties++;
      continue;
    }
    if (wage <= 2_600) continue;
    people.second[i] = host.index;
    people.secondWage[i] = Math.max(500, Math.round((wage * (0.2 + 0.5 * r.next())) / 10) * 10);
  }
}

/** A few employees of clean enterprises leave during the window; their pension is suspended. */
export function addLeavers(r: Random, people: PeopleTable, enterprises: Enterprise[]): void {
  for (let i = 0; i < people.count; i++) {
    const employer = people.employer[i];
    if (employer < 0 || people.role[i] !== ROLE.employee || people.second[i] >= 0) continue;
    const e = enterprises[employer];
    if (e.archetype !== 'clean' || e.staff < 4 || !steadyPayroll(e) || people.hiredFrom[i] !== 0) continue;
    if (!r.chance(LEAVING_SHARE)) continue;
    const month = r.int(2, MONTHS - 1);
    people.leftAt[i] = month;
    if (people.pensionFrom[i] === 0 && people.pensionStop[i] === NEVER) {
      people.pensionStop[i] = month;
      people.stopStatus[i] = STOP.suspended;
    }
  }
}
