import type { TaxPayrollRow } from '../model/rows.ts';
import { ageAt, sexOf } from '../normalize/residentId.ts';
import type { Policy } from '../seeds/policy.ts';

/**
 * RULES 1.3 Employment: «A person (valid resident ID) counts as employed when a row has incomeType
 * 正常工资薪金 or 工资薪金, employmentType 雇员, and income > 0.» 劳务报酬, 实习学生 and zero rows do not.
 */
const WAGE_INCOME_TYPES: ReadonlySet<string> = new Set(['正常工资薪金', '工资薪金']);
const EMPLOYEE = '雇员';

export function isWageRow(row: Pick<TaxPayrollRow, 'incomeType' | 'employmentType' | 'income'>): boolean {
  return WAGE_INCOME_TYPES.has(row.incomeType) && row.employmentType === EMPLOYEE && row.income > 0;
}

/**
 * RULES 1.3: «A person paid by several employers belongs to the one that paid the most, summing such
 * rows per employer (ties: the smaller USCC).» True when (employer, paid) beats the current holder.
 */
export function paidMore(
  employer: string,
  paid: number,
  holder: { employer: string; paid: number },
): boolean {
  return paid > holder.paid || (paid === holder.paid && employer < holder.employer);
}

/**
 * RULES 1.3 Eligible: «aged 16 or more and under the retirement age (policy: men 60, women 50) at
 * end(P), age in completed years from the ID's birth date, sex from the ID.» Someone whose birthday
 * falls on end(P) has completed that year: a man turning 60 that day is no longer eligible, a person
 * turning 16 that day is.
 */
export function isEligible(idNumber: string, endOfP: string, policy: Policy): boolean {
  const age = ageAt(idNumber, endOfP);
  return age >= policy.minimumWorkingAge && age < policy.retirementAge[sexOf(idNumber)];
}
