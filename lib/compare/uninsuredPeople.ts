import { maskId } from '../normalize/residentId.ts';
import { toYuan } from './money.ts';
import type { EmployedPerson } from './sources/payroll.ts';
import type { UninsuredPerson } from './types.ts';

/**
 * RULES 1.8 Uninsured people (应保未保人员名单): «the eligible, not covered persons of payroll-sourced
 * enterprises, with enterprise, township, masked ID, name and income. Lists are per township.»
 * Every employed person's employer has payroll rows, so each is payroll-sourced. The full ID is used
 * only to order the list and is not kept.
 */
export function uninsuredPeople(
  employed: readonly EmployedPerson[],
  covered: ReadonlySet<string>,
  enterprise: (creditCode: string) => { name: string | null; township: string },
  townshipRank: (township: string) => number,
): UninsuredPerson[] {
  const rows: Array<UninsuredPerson & { order: string; rank: number }> = [];
  for (const person of employed) {
    if (!person.eligible || covered.has(person.idNumber)) continue;
    const { name, township } = enterprise(person.employer);
    rows.push({
      creditCode: person.employer,
      enterpriseName: name,
      township,
      maskedId: maskId(person.idNumber),
      name: person.name ?? null,
      income: toYuan(person.incomeFen),
      order: `${person.employer}|${person.idNumber}`,
      rank: townshipRank(township),
    });
  }
  rows.sort((a, b) => a.rank - b.rank || (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  return rows.map(({ order: _order, rank: _rank, ...person }) => person);
}
