/**
 * The payroll lines of an enterprise in a month, shared by tax-payroll (one row each) and
 * tax-employers (their totals): employees' wages, interns, a foreign employee, service fees
 * (劳务报酬) and second jobs, plus the annual bonus rows of January.
 */
import type { County } from '../model.ts';
import { hasPayrollAt } from '../model.ts';
import { ROLE } from '../people.ts';

export interface PayrollLine {
  person: number;
  idType: '居民身份证' | '外国护照';
  incomeType: '正常工资薪金' | '劳务报酬所得' | '全年一次性奖金收入';
  employmentType: '雇员' | '实习学生（全日制学历教育）' | '其他';
  income: number;
}

/** Month index of 2023-01, when annual bonuses are declared. */
const BONUS_MONTH = 1;

/** A person's income in month m: the base wage within ±5 %, deterministic per person and month. */
export function monthlyIncome(base: number, person: number, m: number): number {
  const wobble = ((Math.imul(person + 1, 2654435761) ^ Math.imul(m + 7, 40503)) >>> 0) % 11;
  return Math.round((base * (95 + wobble)) / 1000) * 10;
}

export function* payrollLines(county: County, enterprise: number, m: number): Generator<PayrollLine> {
  const e = county.enterprises[enterprise];
  if (!hasPayrollAt(e, m)) return;
  const { people } = county;
  for (const i of county.staffOf[enterprise]) {
    if (!people.employedAt(i, m)) continue;
    const income = monthlyIncome(people.wage[i], i, m);
    switch (people.role[i]) {
      case ROLE.labourService:
        yield { person: i, idType: '居民身份证', incomeType: '劳务报酬所得', employmentType: '其他', income };
        break;
      case ROLE.intern:
        yield {
          person: i,
          idType: '居民身份证',
          incomeType: '正常工资薪金',
          employmentType: '实习学生（全日制学历教育）',
          income,
        };
        break;
      case ROLE.foreigner:
        yield { person: i, idType: '外国护照', incomeType: '正常工资薪金', employmentType: '雇员', income };
        break;
      default:
        yield { person: i, idType: '居民身份证', incomeType: '正常工资薪金', employmentType: '雇员', income };
        if (m === BONUS_MONTH && e.archetype === 'clean' && i % 9 === 0) {
          yield {
            person: i,
            idType: '居民身份证',
            incomeType: '全年一次性奖金收入',
            employmentType: '雇员',
            income: income * 2,
          };
        }
    }
  }
  for (const i of county.secondJobsOf[enterprise]) {
    if (!people.employedAt(i, m)) continue;
    const income =
      people.secondWage[i] === people.wage[i] ? monthlyIncome(people.wage[i], i, m) : people.secondWage[i];
    yield { person: i, idType: '居民身份证', incomeType: '正常工资薪金', employmentType: '雇员', income };
  }
}
